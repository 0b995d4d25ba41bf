import Foundation
import ScoutCore

/// Load shedding before the machine saturates: at most `maxInFlight` API requests at once (more are 503
/// `overloaded`) and at most `maxPerKey` of one API key (more are 429 `too_many_requests`), both with
/// `Retry-After`. A request holds its ``Permit`` until its work ends, a stream's work included, so work a client
/// left behind still counts. Health, readiness, metrics and the page are never shed.
final class AdmissionControl: Sendable {
    /// A place in flight; ``release()`` gives it back (once, whoever calls it first).
    final class Permit: Sendable {
        private let control: AdmissionControl
        private let key: String
        private let state = LockedValue((released: false, handedOff: false))

        fileprivate init(control: AdmissionControl, key: String) {
            self.control = control
            self.key = key
        }

        func release() {
            let first = state.withLock { state in
                defer { state.released = true }
                return !state.released
            }
            if first { control.leave(key) }
        }

        /// A stream takes the permit over: the request's end no longer releases it, the stream's work does.
        func handOff() { state.withLock { $0.handedOff = true } }

        /// Releases the permit unless a stream took it over.
        func releaseUnlessHandedOff() {
            if !state.withLock({ $0.handedOff }) { release() }
        }
    }

    private let state = LockedValue<(total: Int, perKey: [String: Int])>((0, [:]))
    let maxInFlight: Int
    let maxPerKey: Int
    let retryAfter: Int

    init(maxInFlight: Int, maxPerKey: Int, retryAfter: Int) {
        self.maxInFlight = maxInFlight
        self.maxPerKey = maxPerKey
        self.retryAfter = retryAfter
    }

    /// Requests in flight now.
    var inFlight: Int { state.withLock { $0.total } }

    /// A permit for one request of `key` (the API key's identity, never the secret itself), or the 503 / 429 that
    /// sheds it.
    func admit(key: String) throws -> Permit {
        let refusal: ScoutHTTPError? = state.withLock { state in
            if state.total >= maxInFlight { return .overloaded(retryAfter: retryAfter) }
            let mine = state.perKey[key, default: 0]
            if mine >= maxPerKey { return .tooManyRequests(limit: maxPerKey, retryAfter: retryAfter) }
            state.total += 1
            state.perKey[key] = mine + 1
            return nil
        }
        if let refusal { throw refusal }
        return Permit(control: self, key: key)
    }

    fileprivate func leave(_ key: String) {
        state.withLock { state in
            state.total -= 1
            let left = state.perKey[key, default: 1] - 1
            state.perKey[key] = left > 0 ? left : nil
        }
    }
}
