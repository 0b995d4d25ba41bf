import Foundation

/// A search hit: the shallow record a people search returns before any credit is spent on the full profile.
public struct CandidatePreview: Codable, Sendable, Equatable {
    public var employeeID: Int
    public var name: String
    public var headline: String?
    public var location: String?
    /// The country the vendor parsed from the location (CoreSignal's `location_country`), when it gives one.
    public var country: String?
    public var currentTitle: String?
    public var currentCompany: String?
    /// The vendor's relevance score, when it gives one.
    public var score: Double?

    public init(
        employeeID: Int, name: String, headline: String? = nil, location: String? = nil, currentTitle: String? = nil,
        currentCompany: String? = nil, score: Double? = nil, country: String? = nil
    ) {
        self.employeeID = employeeID
        self.name = name
        self.headline = headline
        self.location = location
        self.currentTitle = currentTitle
        self.currentCompany = currentCompany
        self.score = score
        self.country = country
    }

    /// Where the person is, as the preview states it: the location with its country ("深圳市, 广东, China"), so a
    /// place written in another script or alphabet is still known by its country.
    public var statedLocation: String? {
        let parts = [location, country].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let first = parts.first else { return nil }
        if parts.count == 2, TextTokens.contains(first, phrase: parts[1]) { return first }
        return parts.joined(separator: ", ")
    }

    /// The secondary dedup key (name plus current company), nil when either is missing.
    public var personKey: String? {
        guard let currentCompany, !currentCompany.isEmpty, !name.isEmpty else { return nil }
        return TextTokens.words(name).joined(separator: " ") + "@" + CompanyKey.normalize(currentCompany)
    }
}
