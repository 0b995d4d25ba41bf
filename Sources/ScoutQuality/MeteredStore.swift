import Foundation
import ScoutCore

/// Remembers, per session, every distinct record a run needed and what it costs cold (billed or saved), so an arm
/// that found records already in the experiment's shared cache still reports what it would have paid alone.
final class RecordMeter: Sendable {
    private let needed = LockedValue<[String: [String: Int]]>([:])

    func observe(_ entries: [LedgerEntry]) {
        needed.withLock { bySession in
            for entry in entries {
                let key = "\(entry.kind.rawValue):\(entry.subject)"
                let session = entry.sessionID ?? ""
                if bySession[session]?[key] == nil { bySession[session, default: [:]][key] = entry.credits }
            }
        }
    }

    /// Cold-equivalent credits of a set of sessions: each distinct record they needed, once, at its price.
    func coldCredits(sessions: Set<String>) -> Int {
        needed.withLock { bySession in
            var merged: [String: Int] = [:]
            for session in sessions { merged.merge(bySession[session] ?? [:]) { first, _ in first } }
            return merged.values.reduce(0, +)
        }
    }
}

/// A store that forwards everything to the experiment's shared store and shows the ledger's entries to a meter.
protocol MeteredStore: StoreDecorator {
    var meter: RecordMeter { get }
}

extension MeteredStore {
    func record(_ entries: [LedgerEntry]) async throws {
        try await base.record(entries)
        meter.observe(entries)
    }
}

/// ``MeteredStore`` over a single-process store.
struct PlainMeteredStore: MeteredStore {
    let base: any ScoutStore
    let meter: RecordMeter
}

/// ``MeteredStore`` over a store with cross-process claims and credit reservations (Postgres), keeping both.
struct SharedMeteredStore: MeteredStore, RecordClaims, CreditReservations {
    let base: any ScoutStore
    let claims: any RecordClaims
    let reservations: any CreditReservations
    let meter: RecordMeter

    func claimRecord(_ kind: CreditKind, id: String, owner: String, ttl: Duration?) async throws -> Bool {
        try await claims.claimRecord(kind, id: id, owner: owner, ttl: ttl)
    }
    func releaseRecord(_ kind: CreditKind, id: String, owner: String) async throws -> Bool {
        try await claims.releaseRecord(kind, id: id, owner: owner)
    }
    func awaitRelease(_ kind: CreditKind, id: String, timeout: Duration, interval: Duration) async throws -> Bool {
        try await claims.awaitRelease(kind, id: id, timeout: timeout, interval: interval)
    }
    func reserveCredits(vendor: String, credits: Int, dailyLimit: Int, ttl: Duration?) async throws -> CreditReservation
    {
        try await reservations.reserveCredits(vendor: vendor, credits: credits, dailyLimit: dailyLimit, ttl: ttl)
    }
    func settleCredits(_ reservation: CreditReservation, spent: Int) async throws {
        try await reservations.settleCredits(reservation, spent: spent)
    }
}

enum MeteredStores {
    /// Wraps `store`, keeping its claims and reservations when it has both.
    static func wrap(_ store: any ScoutStore, meter: RecordMeter) -> any ScoutStore {
        let abilities = StoreAbilities(of: store)
        if let claims = abilities.claims, let reservations = abilities.reservations {
            return SharedMeteredStore(base: store, claims: claims, reservations: reservations, meter: meter)
        }
        return PlainMeteredStore(base: store, meter: meter)
    }
}
