import Foundation

/// Who to erase and where: `scout erase` and `POST /api/admin/erase` both describe the request this way.
public struct ErasureRequest: Sendable, Equatable {
    public var employeeID: Int?
    public var name: String?
    /// The workspace whose sessions lose the person; nil: every workspace (a deployment admin's erasure).
    public var workspace: String?
    /// Who asks, for the audit: `cli`, `api:<workspace>`.
    public var actor: String

    public init(employeeID: Int? = nil, name: String? = nil, workspace: String?, actor: String) {
        self.employeeID = employeeID
        self.name = name
        self.workspace = workspace
        self.actor = actor
    }

    /// The problem with the request, if any: it names nobody, or a name too short to match safely.
    public var problem: String? {
        if employeeID == nil && name == nil { return "name an employee id or a name" }
        if let employeeID, employeeID <= 0 { return "the employee id must be positive" }
        if let name, ErasureMatch.normalize(name: name).count < 3 { return "the name must have at least 3 characters" }
        return nil
    }
}

/// The outcome of an erasure or an allow.
public struct ErasureOutcome: Sendable, Equatable {
    /// The people found (the id given and those of the name).
    public var employeeIDs: [Int]
    public var counts: ErasureCounts
    /// Suppression entries added (erase) or removed (allow).
    public var suppressions: Int
    public var audit: ErasureAudit
}

/// Drives a store's ``PersonErasure``: resolves a name to employee ids, hashes the subjects with the store's salt,
/// and erases (or allows) in one store call. The audit record holds the hash, the counts, who and when.
public struct PersonEraser: Sendable {
    public let erasure: any PersonErasure
    public let clock: any ScoutClock

    public init(erasure: any PersonErasure, clock: any ScoutClock = SystemClock()) {
        self.erasure = erasure
        self.clock = clock
    }

    /// Removes the person everywhere the store keeps them within the request's scope and suppresses them there.
    public func erase(_ request: ErasureRequest) async throws -> ErasureOutcome {
        if let problem = request.problem { throw ScoutError.badInput(problem) }
        var ids = request.employeeID.map { [$0] } ?? []
        if let name = request.name { ids += try await erasure.employeeIDs(named: name, workspace: request.workspace) }
        let salt = try await erasure.erasureSalt()
        let hashes = Self.subjects(request, ids: ids).map { ErasureMatch.hash($0, salt: salt) }
        let match = ErasureMatch(employeeIDs: ids, name: request.name)
        let audit = ErasureAudit(
            action: .erase, subjectHash: Self.subjectHash(request, salt: salt),
            scope: ErasureAudit.scope(request.workspace), actor: request.actor, at: clock.now())
        let counts = try await erasure.erase(
            ErasurePlan(match: match, workspace: request.workspace, suppress: hashes, audit: audit))
        var recorded = audit
        recorded.counts = counts
        return ErasureOutcome(
            employeeIDs: match.employeeIDs, counts: counts, suppressions: hashes.count, audit: recorded)
    }

    /// Lifts the suppression of the request's subject (its id and name), so they may be collected again.
    public func allow(_ request: ErasureRequest) async throws -> ErasureOutcome {
        if let problem = request.problem { throw ScoutError.badInput(problem) }
        let salt = try await erasure.erasureSalt()
        let hashes = Self.subjects(request, ids: request.employeeID.map { [$0] } ?? []).map {
            ErasureMatch.hash($0, salt: salt)
        }
        let audit = ErasureAudit(
            action: .allow, subjectHash: Self.subjectHash(request, salt: salt),
            scope: ErasureAudit.scope(request.workspace), actor: request.actor, at: clock.now())
        let removed = try await erasure.allow(hashes, workspace: request.workspace, audit: audit)
        return ErasureOutcome(employeeIDs: [], counts: ErasureCounts(), suppressions: removed, audit: audit)
    }

    /// The subjects suppressed: each employee id, and the name when given.
    static func subjects(_ request: ErasureRequest, ids: [Int]) -> [String] {
        Set(ids).sorted().map(ErasureMatch.subject(employeeID:))
            + (request.name.map { [ErasureMatch.subject(name: $0)] } ?? [])
    }

    /// The audit's subject: the employee id when given, else the name.
    static func subjectHash(_ request: ErasureRequest, salt: Data) -> String {
        let subject =
            request.employeeID.map(ErasureMatch.subject(employeeID:)) ?? ErasureMatch.subject(name: request.name ?? "")
        return ErasureMatch.hash(subject, salt: salt)
    }
}

extension Orchestrator {
    /// The preview ids of `previews` that are suppressed in `workspace` (erased, not allowed again); empty when the
    /// store cannot erase.
    func suppressedIDs(_ previews: [CandidatePreview], workspace: String) async throws -> Set<Int> {
        guard let erasure = pipeline.abilities.erasure, !previews.isEmpty else { return [] }
        let salt: Data
        if let known = erasureSalt.withLock({ $0 }) {
            salt = known
        } else {
            salt = try await erasure.erasureSalt()
            erasureSalt.withLock { $0 = salt }
        }
        var byHash: [String: [Int]] = [:]
        for preview in previews {
            byHash[ErasureMatch.hash(ErasureMatch.subject(employeeID: preview.employeeID), salt: salt), default: []]
                .append(preview.employeeID)
            byHash[ErasureMatch.hash(ErasureMatch.subject(name: preview.name), salt: salt), default: []]
                .append(preview.employeeID)
        }
        let found = try await erasure.suppressed(Array(byHash.keys), workspace: workspace)
        return Set(found.flatMap { byHash[$0] ?? [] })
    }

    /// `page` with the people suppressed in `workspace` blanked (employee id 0, no name) in their place, so a page
    /// saved to the answer cache holds nothing of them and its offsets stay those of the vendor's page.
    func redactingSuppressed(_ page: PreviewPage, workspace: String) async throws -> PreviewPage {
        let suppressed = try await suppressedIDs(page.results, workspace: workspace)
        guard !suppressed.isEmpty else { return page }
        var redacted = page
        redacted.results = page.results.map {
            suppressed.contains($0.employeeID) ? CandidatePreview(employeeID: 0, name: "") : $0
        }
        return redacted
    }
}
