import Foundation
public import Logging

/// Billed vendor calls as pending charges (``PendingCharges``): each is recorded when its request leaves (before the
/// call when the source does not announce that, ``BilledSend``) and settled right after the vendor's answer, in one store transaction with the record it paid for (profile, company) and its ledger
/// entry. A store without pending charges gets the record saved and the entry written one after the other.
struct ChargeBook: Sendable {
    let charges: (any PendingCharges)?
    let store: any ScoutStore
    /// Whether the people source announces its requests (``PeopleSourceLimits/announcesBilledSends``).
    let announcesSends: Bool
    let logger: Logger
    /// Records are saved through `store` before the charge is settled, not in its transaction: a workspace-scoped
    /// cache (``WorkspaceCache``) is not the store's record tables. A kill between the two leaves the charge pending,
    /// so it is reconciled as billed.
    var recordsApart = false

    /// This process in a charge's `owner`: `host:pid:token`.
    static let owner = "\(ProcessInfo.processInfo.hostName):\(getpid()):\(UUID().uuidString.prefix(8))"
    /// A pending charge older than this is abandoned whoever recorded it: longer than any billed call lives,
    /// retries and backoff included.
    static let abandonAfter: TimeInterval = 120

    /// Runs `call` as a billed call for `entry`: `isBilled` tells from the answer whether the vendor billed it (a 200),
    /// `record` what to cache with it.
    func billed<T: Sendable>(
        _ entry: LedgerEntry, ledger: LedgerSink, isBilled: (T) -> Bool, record: (T) -> ChargedRecord? = { _ in nil },
        _ call: () async throws -> T
    ) async throws -> T {
        guard let charges else {
            let value = try await call()
            try await saveUnpending(record(value))
            if isBilled(value) { try await ledger.add(entry) }
            return value
        }
        let id = UUID().uuidString.lowercased()
        let pending: @Sendable () async throws -> Void = { [owner = Self.owner] in
            try await charges.recordPendingCharge(
                PendingCharge(id: id, owner: owner, entry: entry, recordedAt: Date()))
        }
        // Recorded when the request leaves (the source announces it, ``BilledSend``), else before the call.
        let announcer = announcesSends ? BilledSendAnnouncer(pending) : nil
        if announcer == nil { try await pending() }
        let value: T
        do {
            value = try await BilledSend.$announcer.withValue(announcer) { try await call() }
        } catch {
            // No answer, or an error answer: the vendor bills a 200 only. Dropped in a task of its own, so a cancelled
            // call still removes its charge.
            if announcer?.announced ?? true {
                await Task { [charges, logger] in
                    do { try await charges.settlePendingCharge(id: id, entry: nil, record: nil) } catch {
                        logger.error(
                            "dropping a pending charge failed; it is reconciled on the next start",
                            metadata: ["charge": .string(id), "error": .string("\(error)")])
                    }
                }.value
            }
            throw error
        }
        let billed = isBilled(value)
        guard announcer?.announced ?? true else {
            // Answered without announcing a request (nothing was sent, or a source that does not announce after all):
            // nothing pending to settle, so the record and the entry are written as without pending charges.
            try await saveUnpending(record(value))
            if billed { try await ledger.add(entry) }
            return value
        }
        var kept = record(value)
        if recordsApart {
            try await saveUnpending(kept)
            kept = nil
        }
        if try await charges.settlePendingCharge(id: id, entry: billed ? entry : nil, record: kept), billed {
            ledger.counted(entry)
        }
        return value
    }

    private func saveUnpending(_ record: ChargedRecord?) async throws {
        switch record {
        case .profile(let profile, let at): try await store.saveProfile(profile, fetchedAt: at)
        case .company(let company, let at): try await store.saveCompany(company, fetchedAt: at)
        case nil: break
        }
    }

    /// Whether a pending charge's call is over: its process (on this host) is gone, or it is older than any call lives.
    static func isAbandoned(_ charge: PendingCharge, now: Date = Date()) -> Bool {
        if now.timeIntervalSince(charge.recordedAt) > abandonAfter { return true }
        let parts = charge.owner.split(separator: ":")
        guard parts.count == 3, let pid = Int32(parts[1]) else { return true }
        if charge.owner == owner { return false }
        guard String(parts[0]) == ProcessInfo.processInfo.hostName else { return false }
        return kill(pid, 0) != 0 && errno == ESRCH || pid == getpid()
    }
}

extension Pipeline {
    /// Settles the pending charges a killed process left behind, as billed, and logs each: a charge is recorded
    /// before the call and settled with the record's write right after the vendor's answer, so one still pending
    /// means the process died between the two — after the vendor's 200 (it billed: the record is then not in the
    /// cache, or only as another worker wrote it) or before it (it may not have). The vendor bills every answered
    /// 200 and the answer cannot be asked for again without paying, so the ledger takes the charge: it may
    /// over-report by the one call a kill interrupted, never under-report. Charges of live processes (this host's
    /// running pids, or younger than two minutes elsewhere) are left alone. Returns how many were settled.
    @discardableResult
    public func reconcilePendingCharges(logger: Logger) async throws -> Int {
        guard let charges = abilities.charges else { return 0 }
        var settled = 0
        for charge in try await charges.pendingCharges() where ChargeBook.isAbandoned(charge) {
            let entry = charge.entry
            let cached: Bool
            switch entry.kind {
            case .profile:
                cached = try await Int(entry.subject).asyncMap { try await store.cachedProfile(employeeID: $0) } != nil
            case .company:
                cached = try await Int(entry.subject).asyncMap { try await store.cachedCompany(id: $0) } != nil
            default: cached = false
            }
            guard try await charges.settlePendingCharge(id: charge.id, entry: entry, record: nil) else { continue }
            settled += 1
            logger.warning(
                "a pending charge left by a stopped process was settled as billed",
                metadata: [
                    "kind": .string(entry.kind.rawValue), "subject": .string(entry.subject),
                    "credits": .stringConvertible(entry.credits), "record.cached": .stringConvertible(cached),
                    "owner": .string(charge.owner),
                ])
        }
        return settled
    }
}

extension Optional {
    fileprivate func asyncMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
