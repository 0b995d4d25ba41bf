import Foundation

/// What a job description asks for, as the pipeline's stages read it.
public struct JobRequirements: Codable, Sendable, Equatable {
    /// The role as written, e.g. "Senior Machine Learning Engineer".
    public var roleTitle: String
    /// Title phrases a matching person may hold (synonyms of the role, without level words).
    public var titleKeywords: [String]
    /// Acceptable seniority levels; empty means any.
    public var seniorityLevels: [Seniority]
    public var mustHaveSkills: [String]
    public var niceToHaveSkills: [String]
    public var location: String?
    /// The market the hiring company is in, e.g. "voice ai".
    public var targetDomain: String?
    /// Companies the JD names as examples of where good candidates work (discovery seeds).
    public var mentionedCompanies: [String]
    /// Companies never to search, e.g. the hiring company itself.
    public var excludedCompanies: [String]
    /// The company that is hiring, if the JD says; it is excluded from discovery.
    public var hiringCompany: String?

    public init(
        roleTitle: String, titleKeywords: [String] = [], seniorityLevels: [Seniority] = [],
        mustHaveSkills: [String] = [], niceToHaveSkills: [String] = [], location: String? = nil,
        targetDomain: String? = nil, mentionedCompanies: [String] = [], excludedCompanies: [String] = [],
        hiringCompany: String? = nil
    ) {
        self.roleTitle = roleTitle
        self.titleKeywords = titleKeywords
        self.seniorityLevels = seniorityLevels
        self.mustHaveSkills = mustHaveSkills
        self.niceToHaveSkills = niceToHaveSkills
        self.location = location
        self.targetDomain = targetDomain
        self.mentionedCompanies = mentionedCompanies
        self.excludedCompanies = excludedCompanies
        self.hiringCompany = hiringCompany
    }

    /// A one-line description for session lists, e.g. "Senior ML Engineer · voice ai · Echowave, Parlance AI".
    public var summary: String {
        var parts = [roleTitle]
        if let targetDomain, !targetDomain.isEmpty { parts.append(targetDomain) }
        if !mentionedCompanies.isEmpty { parts.append(mentionedCompanies.prefix(3).joined(separator: ", ")) }
        if let location, !location.isEmpty { parts.append(location) }
        return parts.joined(separator: " · ")
    }

    /// The skills a requirement accepts: "Go or Rust" → ["Go", "Rust"], met by any; a plain skill → itself.
    public static func alternatives(_ requirement: String) -> [String] {
        requirement.components(separatedBy: " or ").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }

    /// Every company name the pipeline must not search: exclusions plus the hiring company.
    public var excludedKeys: Set<String> {
        var keys = Set(excludedCompanies.map(CompanyKey.normalize))
        if let hiringCompany { keys.insert(CompanyKey.normalize(hiringCompany)) }
        keys.remove("")
        return keys
    }
}
