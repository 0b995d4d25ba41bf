import Foundation
import ScoutCore

/// Precomputed lookup tables the people generator draws from, built once per world.
final class PeopleCatalog: Sendable {
    let companies: [SampleCompany]
    let flavors: [DomainFlavor]
    /// Company indices per domain index, and their cumulative hiring weights (bigger companies hire more).
    let companiesByDomain: [[Int]]
    let companyWeights: [[Double]]
    /// Role families per domain index and their cumulative weights.
    let families: [RoleFamily]
    let familyWeights: [[Double]]
    let neighborOf: [Int]
    let familyIndex: [String: Int]
    /// ASCII slug fragments of every name in the bank ("Łukasz" → "lukasz").
    let slugParts: [String: String]

    /// Families people drift to when they change specialty.
    static let related: [String: [String]] = [
        "backend_engineer": ["devops_engineer", "data_engineer", "frontend_engineer"],
        "frontend_engineer": ["mobile_engineer", "backend_engineer"],
        "mobile_engineer": ["frontend_engineer"], "data_engineer": ["backend_engineer", "data_scientist"],
        "data_scientist": ["ml_engineer", "data_engineer"],
        "ml_engineer": ["research_scientist", "data_scientist", "speech_engineer"],
        "research_scientist": ["ml_engineer"], "speech_engineer": ["ml_engineer"],
        "devops_engineer": ["backend_engineer", "security_engineer"],
        "security_engineer": ["devops_engineer"], "sales": ["solutions_engineer"],
        "solutions_engineer": ["sales", "backend_engineer"],
        "marketing": ["product_manager"], "designer": ["product_manager"], "product_manager": ["marketing"],
    ]

    init(companies: [SampleCompany], flavors: [DomainFlavor] = DomainFlavor.all) {
        self.companies = companies
        self.flavors = flavors
        families = Vocabulary.roleFamilies
        var familyIndex: [String: Int] = [:]
        for (i, family) in families.enumerated() { familyIndex[family.id] = i }
        self.familyIndex = familyIndex
        let domainIndex = Dictionary(uniqueKeysWithValues: flavors.enumerated().map { ($1.id, $0) })
        var byDomain = Array(repeating: [Int](), count: flavors.count)
        for (i, company) in companies.enumerated() { byDomain[domainIndex[company.domainID]!].append(i) }
        companiesByDomain = byDomain
        companyWeights = byDomain.map { indices in
            var total = 0.0
            return indices.map {
                total += (Double(companies[$0].employeesCount) + 30).squareRoot(); return total
            }
        }
        neighborOf = flavors.map { domainIndex[$0.neighbor]! }
        familyWeights = flavors.map { flavor in
            var total = 0.0
            return Vocabulary.roleFamilies.map { family in
                total += Double((DomainFlavor.baseFamilyWeights[family.id] ?? 0) + (flavor.familyBoost[family.id] ?? 0))
                return total
            }
        }
        var slugs: [String: String] = [:]
        for region in NameBank.regions {
            for name in region.given + region.family + region.wholeNames {
                let ascii = TextTokens.words(name).joined(separator: "-").unicodeScalars.filter(\.isASCII)
                slugs[name] = String(String.UnicodeScalarView(ascii))
            }
        }
        slugParts = slugs
    }
}
