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
    /// This process's registration as the charges' owner, made before its first billed call.
    let baseline: ChargeBaseline
    /// Reads the vendor's balance for that registration; nil when the people source cannot.
    let probe: (any CreditBalanceProbe)?
    let logger: Logger
    /// Records are saved through `store` before the charge is settled, not in its transaction: a workspace-scoped
    /// cache (``WorkspaceCache``) is not the store's record tables. A kill between the two leaves the charge pending,
    /// so it is reconciled as billed.
    var recordsApart = false

    /// This process in a charge's `owner`: `host:pid:token`, where `host` is the host name and, on Linux, the pid
    /// namespace (`name/4026531836`): containers sharing a host name (host networking) number their pids apart.
    static let owner = "\(host):\(getpid()):\(UUID().uuidString.prefix(8))"

    /// The host part of ``owner``: a pid in it can be asked about with `kill(pid, 0)` here.
    static let host: String = {
        let name = ProcessInfo.processInfo.hostName.replacingOccurrences(of: ":", with: "_")
        guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/ns/pid"),
            let open = link.firstIndex(of: "["), let close = link.firstIndex(of: "]"), open < close
        else { return name }
        return "\(name)/\(link[link.index(after: open)..<close])"
    }()
    /// A pending charge older than this is abandoned whoever recorded it: longer than any billed call lives,
    /// retries and backoff included.
    static let abandonAfter: TimeInterval = 120

    /// Starts this process's registration (``ChargeBaseline``) without waiting for it, where vendor calls are being
    /// made anyway (a company lookup the cache does not hold): the balance probe then overlaps them instead of
    /// delaying the first billed call. A search answered from the caches never gets here and makes no call.
    func startRegistration() {
        guard let charges else { return }
        Task { [baseline, probe, logger] in try? await baseline.ensure(charges: charges, probe: probe, logger: logger) }
    }

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
        try await baseline.ensure(charges: charges, probe: probe, logger: logger)
        let id = UUID().uuidString.lowercased()
        let pending: @Sendable () async throws -> Void = { [owner = Self.owner] in
            try await charges.recordPendingCharge(
                PendingCharge(id: id, owner: owner, entry: entry, recordedAt: Date()))
        }
        // Recorded when the request leaves (the source announces it, ``BilledSend``), else before the call.
        let resent: @Sendable () async -> Void = { [logger] in
            do { try await charges.markPendingChargeSent(id: id, at: Date()) } catch {
                logger.warning(
                    "marking a retried billed request failed", metadata: ["charge": .string(id), "error": "\(error)"])
            }
        }
        let announcer = announcesSends ? BilledSendAnnouncer(pending, resent: resent) : nil
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

    /// Whether an owner with nothing pending is over: its process (on this host) is gone, or it was idle for a day.
    static func isGone(_ row: ChargeOwner, now: Date = Date()) -> Bool {
        guard row.owner != owner else { return false }
        return now.timeIntervalSince(row.lastActiveAt) > 86_400 || processGone(row.owner) == true
    }

    /// Whether `owner` is a process of this host (and pid namespace) that is no longer running: only then can nothing
    /// of it still be on its way to the vendor (a charge merely old may belong to a live process still retrying).
    static func isDeadHere(_ owner: String) -> Bool {
        owner != Self.owner && processGone(owner) == true
    }

    /// Whether a pending charge's call is over: its process (on this host) is gone, or it is older than any call lives.
    static func isAbandoned(_ charge: PendingCharge, now: Date = Date()) -> Bool {
        if now.timeIntervalSince(charge.recordedAt) > abandonAfter { return true }
        guard charge.owner != owner else { return false }
        // An owner that is no `host:pid:token` cannot be asked about: abandoned.
        let parts = charge.owner.split(separator: ":")
        guard parts.count == 3, Int32(parts[1]) != nil else { return true }
        return processGone(charge.owner) == true
    }

    /// Whether the process of an owner `host:pid:token` is gone: nil when it is not of this host (or pid namespace), or
    /// not of that form; true when no process has its pid here, or the pid is this process's (the owner's token differs:
    /// the pid was reused).
    static func processGone(_ owner: String) -> Bool? {
        let parts = owner.split(separator: ":")
        guard parts.count == 3, let pid = Int32(parts[1]), String(parts[0]) == host else { return nil }
        return kill(pid, 0) != 0 && errno == ESRCH || pid == getpid()
    }
}

extension Pipeline {
    /// Settles the pending charges a stopped process left behind. A charge is recorded when its request leaves and
    /// settled with the record's write right after the vendor's answer, so one still pending means the process died
    /// in between: after the vendor billed it (its answer was lost with the process) or before the request reached
    /// the vendor (it did not). When the people source reads the vendor's balance (``CreditBalanceProbe``), the owner
    /// registered its balance before its first billed call (``ChargeOwner``) and nobody else spent since, exactly
    /// `creditsBefore − balance now − settledCredits` of its pending credits were billed: that many, oldest first, are
    /// settled as billed and the rest as not billed. Otherwise every one is settled as billed — the ledger may then
    /// over-report by the calls a kill stopped before they reached the vendor, never under-report. Charges of live
    /// processes (this host's running pids, or younger than two minutes elsewhere) are left alone. Returns how many
    /// charges were settled as billed.
    @discardableResult
    public func reconcilePendingCharges(logger: Logger) async throws -> Int {
        guard let charges = abilities.charges else { return 0 }
        // Owners first: a charge settled between the two reads is then still in an owner's older `settledCredits`,
        // which can only make the exact count over-report, never under-report.
        let owners = try await charges.chargeOwners()
        let pending = try await charges.pendingCharges()
        let abandoned = pending.filter { ChargeBook.isAbandoned($0) }
        var reading = BalanceReading(probe: people as? any CreditBalanceProbe, logger: logger)
        var settled = 0
        for (owner, left) in Dictionary(grouping: abandoned, by: \.owner).sorted(by: { $0.key < $1.key }) {
            let exact = try await Self.exactlyBilled(
                left, owner: owner, pending: pending, owners: owners, charges: charges, reading: &reading,
                logger: logger)
            for charge in left {
                let billed = exact?.contains(charge.id) ?? true
                guard
                    try await charges.settlePendingCharge(
                        id: charge.id, entry: billed ? charge.entry : nil, record: nil)
                else { continue }
                if billed { settled += 1 }
                try await logSettled(charge, billed: billed, exact: exact != nil, logger: logger)
            }
            if pending.allSatisfy({ $0.owner != owner || left.contains($0) }) {
                try await charges.removeChargeOwner(owner)
            }
        }
        // Owners gone with nothing pending (a process that ended, on this host; any owner idle for a day).
        let stillPending = Set(pending.map(\.owner))
        for row in owners where !stillPending.contains(row.owner) && ChargeBook.isGone(row) {
            try await charges.removeChargeOwner(row.owner)
        }
        // The balance just read is this process's own, before any billed call of it: no second probe.
        if let (balance, readAt) = reading.value, !owners.contains(where: { $0.owner == ChargeBook.owner }),
            !pending.contains(where: { $0.owner == ChargeBook.owner })
        {
            try await charges.registerChargeOwner(
                ChargeOwner(owner: ChargeBook.owner, creditsBefore: balance, startedAt: readAt))
            chargeBaseline.markRegistered()
        }
        return settled
    }

    /// How long a killed owner may have lived for its balance to settle its charges: a top-up or a renewal of the
    /// account during its life would hide as calls not billed, so a long-lived owner's charges are settled as billed.
    static let exactLifetime: TimeInterval = 3_600

    /// The ids of `left` (one stopped owner's abandoned charges, oldest first) the vendor billed, by its balance; nil
    /// when the balance cannot tell: the owner is not a process of this host known to be gone, lived longer than
    /// ``exactLifetime``, had no balance before; another owner was active since it started or has charges pending;
    /// no balance now; anything of the owner changed while the balance was read; a drop the charges, taken oldest
    /// first, do not add up to exactly (another subset might, but which one the vendor billed cannot be told).
    private static func exactlyBilled(
        _ left: [PendingCharge], owner: String, pending: [PendingCharge], owners: [ChargeOwner],
        charges: any PendingCharges, reading: inout BalanceReading, logger: Logger
    ) async throws -> Set<String>? {
        guard let row = owners.first(where: { $0.owner == owner }), let before = row.creditsBefore,
            ChargeBook.isDeadHere(owner), Date().timeIntervalSince(row.startedAt) <= exactLifetime
        else { return nil }
        // Every charge pending is this owner's, and no other owner was active since it started.
        guard pending.allSatisfy({ $0.owner == owner }), left.count == pending.count,
            owners.allSatisfy({ $0.owner == owner || $0.lastActiveAt < row.startedAt })
        else { return nil }
        // Requests in flight at the kill may still be billed: the balance is read once they are answered.
        if let probe = reading.probe, !reading.tried {
            // `recordedAt` is when the charge's latest request (a retry's, too) left.
            let lastSent = left.map(\.recordedAt).max() ?? row.startedAt
            let wait = lastSent.addingTimeInterval(probe.balanceSettleSeconds).timeIntervalSinceNow
            if wait > 0 {
                logger.notice(
                    "waiting for the vendor to answer the calls a stopped process left in flight before reading its balance",
                    metadata: ["seconds": .string(String(format: "%.1f", wait))])
                try await Task.sleep(for: .seconds(wait))
            }
        }
        guard let (now, _) = await reading.read() else { return nil }
        // Nothing moved meanwhile: the same charges pending, the same owners, the same settled credits.
        let ownersAfter = try await charges.chargeOwners()
        let pendingAfter = try await charges.pendingCharges()
        guard pendingAfter.map(\.id) == pending.map(\.id), pendingAfter.map(\.recordedAt) == pending.map(\.recordedAt),
            ownersAfter == owners
        else {
            logger.warning(
                "pending charges or their owners changed while the vendor's balance was read; all are settled as billed",
                metadata: ["owner": .string(owner)])
            return nil
        }
        let unsettled = before - now - row.settledCredits
        var remaining = unsettled
        var billed = Set<String>()
        for charge in left where charge.entry.credits <= remaining && remaining > 0 {
            billed.insert(charge.id)
            remaining -= charge.entry.credits
        }
        guard unsettled >= 0, remaining == 0 else {
            logger.warning(
                "the vendor's balance does not match the pending charges of a stopped process; all are settled as billed",
                metadata: [
                    "owner": .string(owner), "balance.before": .stringConvertible(before),
                    "balance.now": .stringConvertible(now), "settled.credits": .stringConvertible(row.settledCredits),
                    "pending.credits": .stringConvertible(left.reduce(0) { $0 + $1.entry.credits }),
                ])
            return nil
        }
        return billed
    }

    private func logSettled(_ charge: PendingCharge, billed: Bool, exact: Bool, logger: Logger) async throws {
        let entry = charge.entry
        let cached: Bool
        switch entry.kind {
        case .profile:
            cached = try await Int(entry.subject).asyncMap { try await store.cachedProfile(employeeID: $0) } != nil
        case .company:
            cached = try await Int(entry.subject).asyncMap { try await store.cachedCompany(id: $0) } != nil
        default: cached = false
        }
        let metadata: Logger.Metadata = [
            "kind": .string(entry.kind.rawValue), "subject": .string(entry.subject),
            "credits": .stringConvertible(entry.credits), "record.cached": .stringConvertible(cached),
            "owner": .string(charge.owner), "by": .string(exact ? "vendor balance" : "assumption"),
        ]
        if billed {
            logger.warning("a pending charge left by a stopped process was settled as billed", metadata: metadata)
        } else {
            logger.notice(
                "a pending charge left by a stopped process was settled as not billed: the vendor's balance shows it never reached the vendor",
                metadata: metadata)
        }
    }
}

/// The vendor's balance, read at most once per reconciliation and only when an owner needs it.
private struct BalanceReading {
    let probe: (any CreditBalanceProbe)?
    let logger: Logger
    private(set) var value: (balance: Int, readAt: Date)?
    private(set) var tried = false

    init(probe: (any CreditBalanceProbe)?, logger: Logger) {
        self.probe = probe
        self.logger = logger
    }

    mutating func read() async -> (balance: Int, readAt: Date)? {
        if tried { return value }
        tried = true
        guard let probe else { return nil }
        let readAt = Date()
        do {
            if let balance = try await probe.creditsRemaining() { value = (balance, readAt) }
        } catch {
            logger.warning(
                "reading the vendor's credit balance failed; pending charges are settled as billed",
                metadata: ["error": .string("\(error)")])
        }
        return value
    }
}

extension Optional {
    fileprivate func asyncMap<U>(_ transform: (Wrapped) async throws -> U?) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
