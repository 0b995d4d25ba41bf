import Foundation

/// A search hit: the shallow record a people search returns before any credit is spent on the full profile.
public struct CandidatePreview: Codable, Sendable, Equatable {
    public var employeeID: Int
    public var name: String
    public var headline: String?
    public var location: String?
    public var currentTitle: String?
    public var currentCompany: String?
    /// The vendor's relevance score, when it gives one.
    public var score: Double?

    public init(
        employeeID: Int, name: String, headline: String? = nil, location: String? = nil, currentTitle: String? = nil,
        currentCompany: String? = nil, score: Double? = nil
    ) {
        self.employeeID = employeeID
        self.name = name
        self.headline = headline
        self.location = location
        self.currentTitle = currentTitle
        self.currentCompany = currentCompany
        self.score = score
    }

    /// The secondary dedup key (name plus current company), nil when either is missing.
    public var personKey: String? {
        guard let currentCompany, !currentCompany.isEmpty, !name.isEmpty else { return nil }
        return TextTokens.words(name).joined(separator: " ") + "@" + CompanyKey.normalize(currentCompany)
    }
}
