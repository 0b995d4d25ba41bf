import Foundation
import Logging

/// Collects profiles and companies through the cache, applying the freshness windows, and records every billed or
/// saved call in the ledger.
struct RecordCollector: Sendable {
    let people: any PeopleSource
    let store: any ScoutStore
    /// The store's record claims (``StoreAbilities/claims``); nil for a single-process store.
    let claims: (any RecordClaims)?
    let policy: CachePolicy
    let clock: any ScoutClock
    let logger: Logger
    let budget: CreditGuard
    /// Billed calls as pending charges, settled with the record's write.
    let book: ChargeBook
    /// Flights return the record and whether it was collected from the vendor (a miss) rather than read back.
    let profileFlight = SingleFlight<Int, (Cached<Profile>, fetched: Bool)?>()
    let companyFlight = SingleFlight<Int, (CompanyRecord, fetched: Bool)?>()
    /// Identifies this process in cross-process record claims.
    let owner = "scout-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"

    /// Runs `fetch` while holding the store's claim on the record, when the store supports claims (several processes).
    /// While another process holds it, waits for its release and returns `cached()` if that found the record.
    func claimed<Value: Sendable>(
        _ kind: CreditKind, id: Int, cached: @Sendable () async throws -> Value?,
        fetch: @Sendable () async throws -> Value
    ) async throws -> Value {
        guard let claims else { return try await fetch() }
        let key = String(id)
        for _ in 0..<50 {
            if try await claims.claimRecord(kind, id: key, owner: owner, ttl: nil) { break }
            _ = try await claims.awaitRelease(kind, id: key, timeout: .seconds(5), interval: .milliseconds(25))
            if let value = try await cached() { return value }
        }
        // Renewed while this process works, so the claim dies with the process, not after a long time to live.
        let renewal = Task { [owner, logger] in
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: claims.claimTTL / 3)
                    _ = try await claims.claimRecord(kind, id: key, owner: owner, ttl: nil)
                } catch is CancellationError {
                    return
                } catch {
                    logger.warning(
                        "renewing a record claim failed",
                        metadata: [
                            "kind": .string(kind.rawValue), "record": .string(key), "error": .string("\(error)"),
                        ])
                }
            }
        }
        defer { renewal.cancel() }
        do {
            // The previous holder may have cached the record between our cache miss and our claim.
            let value: Value
            if let again = try await cached() { value = again } else { value = try await fetch() }
            await release(claims, kind, key)
            return value
        } catch {
            await release(claims, kind, key)
            throw error
        }
    }

    /// Releases this process's claim; a failure is logged (the claim then holds until its time to live, and other
    /// processes wait for it), never thrown over the record that was paid for.
    private func release(_ claims: any RecordClaims, _ kind: CreditKind, _ key: String) async {
        do { _ = try await claims.releaseRecord(kind, id: key, owner: owner) } catch {
            logger.error(
                "releasing a record claim failed",
                metadata: [
                    "kind": .string(kind.rawValue), "record": .string(key), "error": .string("\(error)"),
                ])
        }
    }

    /// The outcome of one profile lookup.
    struct ProfileOutcome: Sendable {
        var profile: Profile
        var freshness: ProfileFreshness
        var fetchedAt: Date
    }

    /// Whole days between two dates, rounded down.
    static func ageInDays(from then: Date, to now: Date) -> Int {
        Int((now.timeIntervalSince(then) / 86_400).rounded(.down))
    }

    /// A profile by employee id: fresh or stale from the cache, otherwise collected (and cached). Nil when the vendor
    /// has no such person (not billed).
    func profile(employeeID: Int, sessionID: String?, ledger: LedgerSink) async throws -> ProfileOutcome? {
        let now = clock.now()
        var expired = false
        if let cached = try await store.cachedProfile(employeeID: employeeID) {
            let age = Self.ageInDays(from: cached.fetchedAt, to: now)
            if age < policy.profileMaxAgeDays {
                try await ledger.add(
                    LedgerEntry(
                        sessionID: sessionID, kind: .profile, subject: String(employeeID),
                        credits: people.limits.profileCredits, cacheHit: true, at: now))
                let freshness: ProfileFreshness = age < policy.profileFreshDays ? .cached : .stale
                return ProfileOutcome(profile: cached.value, freshness: freshness, fetchedAt: cached.fetchedAt)
            }
            expired = true
        }
        let (result, leader) = try await profileFlight.run(employeeID) { [self, people, store, clock] in
            // Another task may have fetched it while this one waited for the flight: re-check the cache.
            if let cached = try await store.cachedProfile(employeeID: employeeID),
                Self.ageInDays(from: cached.fetchedAt, to: clock.now()) < policy.profileMaxAgeDays
            {
                return (cached, false)
            }
            let fresh: @Sendable () async throws -> (Cached<Profile>, fetched: Bool)?? = {
                guard let cached = try await store.cachedProfile(employeeID: employeeID),
                    Self.ageInDays(from: cached.fetchedAt, to: clock.now()) < policy.profileMaxAgeDays
                else { return nil }
                return .some((cached, false))
            }
            return try await claimed(.profile, id: employeeID, cached: fresh) {
                let at = clock.now()
                let entry = LedgerEntry(
                    sessionID: sessionID, kind: .profile, subject: String(employeeID),
                    credits: people.limits.profileCredits, cacheHit: false, at: at)
                let collected = try await budget.spending(
                    sessionID: sessionID, credits: people.limits.profileCredits,
                    billed: { $0 != nil }
                ) {
                    try await book.billed(
                        entry, ledger: ledger, isBilled: { $0 != nil },
                        record: { $0.map { .profile($0, fetchedAt: at) } }
                    ) { try await people.collectProfile(employeeID: employeeID) }
                }
                guard let profile = collected else { return nil }
                return (Cached(profile, fetchedAt: at), true)
            }
        }
        guard let (fetched, paid) = result else { return nil }
        if !(leader && paid) {
            // Someone else paid for this record; this use is a saving.
            try await ledger.add(
                LedgerEntry(
                    sessionID: sessionID, kind: .profile, subject: String(employeeID),
                    credits: people.limits.profileCredits, cacheHit: true, at: clock.now()))
            return ProfileOutcome(profile: fetched.value, freshness: .cached, fetchedAt: fetched.fetchedAt)
        }
        return ProfileOutcome(
            profile: fetched.value, freshness: expired ? .refetched : .fetched, fetchedAt: fetched.fetchedAt)
    }

    /// Experiences whose company is enriched: the first `enrichFirst` in profile order always, later ones only when
    /// they started in `enrichSinceYear` or later; missing or non-positive company ids are skipped.
    static func companiesToEnrich(_ profile: Profile, policy: CachePolicy) -> [Int] {
        var ids: [Int] = []
        for (position, experience) in profile.orderedExperiences.enumerated() {
            guard let id = experience.companyID, id > 0 else { continue }
            let recentEnough = (experience.start?.year).map { $0 >= policy.enrichSinceYear } ?? false
            if position < policy.enrichFirst || recentEnough, !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// A company record through the cache (fresh under `companyMaxAgeDays`); nil when the vendor has none.
    func company(id: Int, sessionID: String?, ledger: LedgerSink) async throws -> CompanyRecord? {
        let now = clock.now()
        if let cached = try await store.cachedCompany(id: id),
            Self.ageInDays(from: cached.fetchedAt, to: now) < policy.companyMaxAgeDays
        {
            try await ledger.add(
                LedgerEntry(
                    sessionID: sessionID, kind: .company, subject: String(id),
                    credits: people.limits.companyCredits, cacheHit: true, at: now))
            return cached.value
        }
        let (result, leader) = try await companyFlight.run(id) { [self, people, store, clock] in
            if let cached = try await store.cachedCompany(id: id),
                Self.ageInDays(from: cached.fetchedAt, to: clock.now()) < policy.companyMaxAgeDays
            {
                return (cached.value, false)
            }
            let fresh: @Sendable () async throws -> (CompanyRecord, fetched: Bool)?? = {
                guard let cached = try await store.cachedCompany(id: id),
                    Self.ageInDays(from: cached.fetchedAt, to: clock.now()) < policy.companyMaxAgeDays
                else { return nil }
                return .some((cached.value, false))
            }
            return try await claimed(.company, id: id, cached: fresh) {
                let at = clock.now()
                let entry = LedgerEntry(
                    sessionID: sessionID, kind: .company, subject: String(id),
                    credits: people.limits.companyCredits, cacheHit: false, at: at)
                let collected = try await budget.spending(
                    sessionID: sessionID, credits: people.limits.companyCredits,
                    billed: { $0 != nil }
                ) {
                    try await book.billed(
                        entry, ledger: ledger, isBilled: { $0 != nil },
                        record: { $0.map { .company($0, fetchedAt: at) } }
                    ) { try await people.collectCompany(id: id) }
                }
                guard let record = collected else { return nil }
                return (record, true)
            }
        }
        guard let (record, paid) = result else { return nil }
        if !(leader && paid) {
            try await ledger.add(
                LedgerEntry(
                    sessionID: sessionID, kind: .company, subject: String(id),
                    credits: people.limits.companyCredits, cacheHit: true, at: clock.now()))
        }
        return record
    }
}

/// Writes ledger entries to the store and keeps the running totals of one call.
/// A slice's sink (`holdingHits`) writes what was spent at once but holds its cache hits back until the slice is
/// committed (``close(committed:)``): a discarded slice saved nothing, so its hits never reach the ledger or the metrics.
final class LedgerSink: Sendable {
    private let store: any CreditLedger
    private let holdingHits: Bool
    private let totals = LockedValue(LedgerTotals())
    private let entries = LockedValue<[LedgerEntry]>([])
    private let onChange: @Sendable (LedgerTotals) -> Void

    init(
        store: any CreditLedger, holdingHits: Bool = false,
        onChange: @escaping @Sendable (LedgerTotals) -> Void = { _ in }
    ) {
        self.store = store
        self.holdingHits = holdingHits
        self.onChange = onChange
    }

    func add(_ entry: LedgerEntry) async throws {
        if !(holdingHits && entry.cacheHit) { try await store.record([entry]) }
        entries.withLock { $0.append(entry) }
        absorb([entry])
    }

    /// Counts an entry the store already holds (written with its pending charge's settlement).
    func counted(_ entry: LedgerEntry) {
        entries.withLock { $0.append(entry) }
        absorb([entry])
    }

    /// Counts entries written elsewhere (a committed slice's) in this sink's totals.
    func absorb(_ added: [LedgerEntry]) {
        guard !added.isEmpty else { return }
        let now = totals.withLock { totals in
            for entry in added { totals.add(entry) }
            return totals
        }
        onChange(now)
    }

    /// Ends a slice's sink: when the slice was committed, writes the held hits and returns every entry; otherwise
    /// drops the hits and returns only what was spent.
    func close(committed: Bool) async throws -> [LedgerEntry] {
        let all = entries.withLock { $0 }
        guard committed else { return all.filter { !$0.cacheHit } }
        let held = holdingHits ? all.filter(\.cacheHit) : []
        if !held.isEmpty { try await store.record(held) }
        return all
    }

    var current: LedgerTotals { totals.withLock { $0 } }
}
