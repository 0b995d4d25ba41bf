import Foundation

/// Firmographics of one company, as collected from the people vendor.
public struct CompanyRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String
    public var website: String?
    public var industry: String?
    /// The vendor's size band, e.g. "51-200 employees".
    public var size: String?
    public var employeesCount: Int?
    public var founded: Int?
    public var headquartersCountry: String?
    public var description: String?
    public var specialties: [String]

    public init(
        id: Int, name: String, website: String? = nil, industry: String? = nil, size: String? = nil,
        employeesCount: Int? = nil, founded: Int? = nil, headquartersCountry: String? = nil,
        description: String? = nil, specialties: [String] = []
    ) {
        self.id = id
        self.name = name
        self.website = website
        self.industry = industry
        self.size = size
        self.employeesCount = employeesCount
        self.founded = founded
        self.headquartersCountry = headquartersCountry
        self.description = description
        self.specialties = specialties
    }
}
