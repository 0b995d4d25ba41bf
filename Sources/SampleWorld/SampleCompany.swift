import Foundation
public import ScoutCore

/// One company of the sample world, with everything the people vendor and the web know about it.
public struct SampleCompany: Sendable, Equatable {
    /// The people vendor's company id (stable: anchors keep theirs for every seed).
    public var id: Int
    public var name: String
    /// Bare domain, e.g. "echowave.ai".
    public var website: String
    /// `DomainTerm.id`, e.g. "voice_ai".
    public var domainID: String
    public var industry: String
    /// Size band, e.g. "51-200 employees".
    public var size: String
    public var employeesCount: Int
    public var founded: Int
    public var headquartersCountry: String
    public var tagline: String
    public var description: String
    public var specialties: [String]
    /// Ids of 4–8 competitors, mostly in the same domain, most similar first.
    public var competitorIDs: [Int]
    /// True for the fixed, hand-picked names of a domain.
    public var isAnchor: Bool
    /// The normalised name (``CompanyKey/normalize(_:)``).
    public var key: String
    /// The URL slug used by directories ("parlance-ai").
    public var slug: String

    /// The record a company collect returns.
    public var record: CompanyRecord {
        CompanyRecord(
            id: id, name: name, website: website, industry: industry, size: size, employeesCount: employeesCount,
            founded: founded, headquartersCountry: headquartersCountry, description: description,
            specialties: specialties)
    }

    /// A discovery-stage `Company` for this record, resolved to its vendor id.
    public func company(source: DiscoverySource = .supplied, confidence: Double = 1) -> Company {
        Company(name: name, website: website, vendorID: id, source: source, confidence: confidence)
    }
}
