public import Foundation

/// A group of companies searched together, optionally with a seniority band of its own.
public struct CompanyBatch: Codable, Sendable, Equatable {
    public var index: Int
    public var companies: [Company]
    /// When set, only these levels are searched in this batch (seniority variation).
    public var seniorities: [Seniority]?

    /// The label of the open batch.
    public static let anywhere = "anywhere (the JD names no market and no company)"

    public init(index: Int, companies: [Company], seniorities: [Seniority]? = nil) {
        self.index = index
        self.companies = companies
        self.seniorities = seniorities
    }

    /// "Echowave, Parlance AI, … (senior, staff)"; the open batch (no companies) is "anywhere".
    public var label: String {
        var text = companies.isEmpty ? Self.anywhere : companies.map(\.name).prefix(6).joined(separator: ", ")
        if companies.count > 6 { text += ", +\(companies.count - 6)" }
        if let seniorities, !seniorities.isEmpty {
            text += " [" + seniorities.map(\.rawValue).joined(separator: ", ") + "]"
        }
        return text
    }
}

/// Where a session is: the batch being worked on and how far into its results.
/// It only moves forward when a slice of work has been committed.
public struct SessionCursor: Codable, Sendable, Equatable {
    public var batchIndex: Int
    /// Preview results already attempted in the current batch (taken, skipped as duplicates, or unavailable).
    public var offset: Int
    /// New candidates the current batch has yielded so far.
    public var yielded: Int

    public init(batchIndex: Int = 0, offset: Int = 0, yielded: Int = 0) {
        self.batchIndex = batchIndex
        self.offset = offset
        self.yielded = yielded
    }
}

/// Per-session settings fixed when the session is created.
public struct SessionSettings: Codable, Sendable, Equatable {
    public var batchingEnabled: Bool
    public var batchingMode: String
    /// New candidates one batch may yield before the session moves to the next batch.
    public var candidatesPerBatch: Int
    public var maxBatches: Int
    /// When true, people that the workspace's other active sessions already hold are skipped before they are
    /// collected (so they cost nothing). Absent in sessions stored before it existed: false.
    public var hideSeen: Bool

    public init(
        batchingEnabled: Bool, batchingMode: String, candidatesPerBatch: Int, maxBatches: Int, hideSeen: Bool = false
    ) {
        self.batchingEnabled = batchingEnabled
        self.batchingMode = batchingMode
        self.candidatesPerBatch = candidatesPerBatch
        self.maxBatches = maxBatches
        self.hideSeen = hideSeen
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        batchingEnabled = try c.decode(Bool.self, forKey: .batchingEnabled)
        batchingMode = try c.decode(String.self, forKey: .batchingMode)
        candidatesPerBatch = try c.decode(Int.self, forKey: .candidatesPerBatch)
        maxBatches = try c.decode(Int.self, forKey: .maxBatches)
        hideSeen = try c.decodeIfPresent(Bool.self, forKey: .hideSeen) ?? false
    }
}

/// A persistent search: the JD, its companies cut into batches, and the cursor through them.
public struct SearchSession: Codable, Sendable, Equatable {
    public var id: String
    public var workspace: String
    public var jdText: String
    public var requirements: JobRequirements
    public var companies: [Company]
    public var batches: [CompanyBatch]
    public var settings: SessionSettings
    public var cursor: SessionCursor
    public var isActive: Bool
    public var createdAt: Date
    public var updatedAt: Date
    public var lastAccessed: Date

    public init(
        id: String, workspace: String, jdText: String, requirements: JobRequirements, companies: [Company],
        batches: [CompanyBatch], settings: SessionSettings, cursor: SessionCursor = SessionCursor(),
        isActive: Bool = true, createdAt: Date, updatedAt: Date? = nil, lastAccessed: Date? = nil
    ) {
        self.id = id
        self.workspace = workspace
        self.jdText = jdText
        self.requirements = requirements
        self.companies = companies
        self.batches = batches
        self.settings = settings
        self.cursor = cursor
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.lastAccessed = lastAccessed ?? createdAt
    }

    /// Batches that may still be processed (bounded by `max_batches`).
    public var remainingBatches: Int { max(0, min(batches.count, settings.maxBatches) - cursor.batchIndex) }
    public var isExhausted: Bool { remainingBatches == 0 }
}

/// How a candidate's profile was obtained.
public enum ProfileFreshness: String, Codable, Sendable {
    /// Collected from the vendor just now (1 collect paid).
    case fetched
    /// From the cache, younger than the fresh window.
    case cached
    /// From the cache, older than the fresh window but within the maximum age; flagged for the user.
    case stale
    /// Was in the cache but too old, so collected again.
    case refetched
}

/// A person found in a session: unique per (session, employee id).
public struct SessionCandidate: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable {
        case evaluated
        /// The vendor had no profile for this id; attempted, never retried, never billed.
        case unavailable
    }

    public var sessionID: String
    public var employeeID: Int
    public var batchIndex: Int
    /// Order of discovery within the session (0-based).
    public var ordinal: Int
    public var preview: CandidatePreview
    public var status: Status
    public var freshness: ProfileFreshness?
    /// When the profile used was fetched from the vendor.
    public var profileFetchedAt: Date?
    public var evaluation: Evaluation?
    public var note: String?
    public var foundAt: Date

    public init(
        sessionID: String, employeeID: Int, batchIndex: Int, ordinal: Int, preview: CandidatePreview,
        status: Status, freshness: ProfileFreshness?, profileFetchedAt: Date?, evaluation: Evaluation?,
        note: String? = nil, foundAt: Date
    ) {
        self.sessionID = sessionID
        self.employeeID = employeeID
        self.batchIndex = batchIndex
        self.ordinal = ordinal
        self.preview = preview
        self.status = status
        self.freshness = freshness
        self.profileFetchedAt = profileFetchedAt
        self.evaluation = evaluation
        self.note = note
        self.foundAt = foundAt
    }
}

/// One committed step of a session: the candidates a slice of a batch produced and the cursor after it.
public struct BatchCommit: Sendable, Equatable {
    public var sessionID: String
    /// The cursor the work started from; the commit fails if the stored cursor moved meanwhile.
    public var expected: SessionCursor
    public var next: SessionCursor
    public var candidates: [SessionCandidate]
    public var at: Date

    public init(
        sessionID: String, expected: SessionCursor, next: SessionCursor, candidates: [SessionCandidate], at: Date
    ) {
        self.sessionID = sessionID
        self.expected = expected
        self.next = next
        self.candidates = candidates
        self.at = at
    }
}
