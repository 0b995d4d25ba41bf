import Foundation
public import ScoutCore

/// What one record of the sample world *is*: the generator's latent attributes of the person behind it, read by
/// ground-truth judges and never derived from the record's text.
public struct PersonTruth: Sendable, Equatable, Codable {
    /// The record's employee id.
    public var employeeID: Int
    /// The person: the employee id of their first record. Two records of one person share it.
    public var personID: Int
    /// Role family (`RoleFamily.id`) of the primary (non-advisory) current role, or of the last role when not working.
    public var familyID: String
    /// Level of that role.
    public var level: Seniority
    /// The employer's vendor id; nil for a stealth or unknown employer.
    public var employerID: Int?
    /// The employer's `DomainTerm.id`; nil for a stealth or unknown employer.
    public var domainID: String?
    /// Where the person lives, canonically ("Berlin"), whatever the record says or omits.
    public var city: String
    /// The country of `city` ("Germany").
    public var country: String
    /// Skills as generated, in the built-in vocabulary's spelling.
    public var skills: [String]
    /// True when the person has a current (non-advisory) role.
    public var isWorking: Bool

    public init(
        employeeID: Int, personID: Int, familyID: String, level: Seniority, employerID: Int?, domainID: String?,
        city: String, country: String, skills: [String], isWorking: Bool
    ) {
        self.employeeID = employeeID
        self.personID = personID
        self.familyID = familyID
        self.level = level
        self.employerID = employerID
        self.domainID = domainID
        self.city = city
        self.country = country
        self.skills = skills
        self.isWorking = isWorking
    }
}

/// One generated person: the record, its truth, and in a paraphrased world sometimes a second record.
struct GeneratedPerson: Sendable {
    var profile: Profile
    var truth: PersonTruth
    var secondRecord: SecondRecord?

    /// A thinner second record of the same person under another employee id.
    struct SecondRecord: Sendable {
        var profile: Profile
        var truth: PersonTruth
    }
}
