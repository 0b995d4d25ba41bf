import Foundation
public import ScoutCore

/// The words the sample world uses for one `Vocabulary` domain: anchors, categories, products and skills.
public struct DomainFlavor: Sendable {
    /// The `DomainTerm.id` this flavour belongs to.
    public var id: String
    /// Hand-picked companies, independent of the seed: (name, bare website).
    public var anchors: [(name: String, website: String)]
    /// The directory category, e.g. "Speech Recognition Software".
    public var category: String
    /// URL slug of the category on G2.
    public var categorySlug: String
    /// What companies in the domain sell, lower case ("real-time speech recognition API").
    public var products: [String]
    /// Who buys it ("contact centers").
    public var audiences: [String]
    /// Company specialties.
    public var specialties: [String]
    /// Name suffixes for generated companies ("AI", "Labs" …).
    public var suffixes: [String]
    /// Top-level domains for generated websites, most likely first.
    public var tlds: [String]
    /// Skills people in the domain list besides their role family's.
    public var skills: [String]
    /// Extra weight per role-family id for people whose career is in this domain.
    public var familyBoost: [String: Int]
    /// The domain people most often move to when they leave this one.
    public var neighbor: String
    /// The domain's name on this world's pages; nil = the vocabulary's (`DomainTerm.name`).
    public var nameOverride: String? = nil
    /// The industry label on this world's company records; nil = the vocabulary's (`DomainTerm.industry`).
    public var industryOverride: String? = nil

    /// The domain's name as this world writes it.
    public var displayName: String { nameOverride ?? term.name }
    /// The industry label as this world writes it.
    public var industry: String { industryOverride ?? term.industry }

    /// The vocabulary term of this flavour.
    public var term: DomainTerm { Vocabulary.domains.first { $0.id == id }! }
}

extension DomainFlavor {
    /// Role-family weights every domain starts from.
    static let baseFamilyWeights: [String: Int] = [
        "backend_engineer": 4, "frontend_engineer": 2, "mobile_engineer": 1, "data_engineer": 1, "data_scientist": 1,
        "devops_engineer": 2, "product_manager": 2, "designer": 1, "sales": 2, "solutions_engineer": 1,
        "marketing": 1, "ml_engineer": 1, "security_engineer": 1, "engineering_manager": 1,
    ]

    /// The flavour of a domain id; every `Vocabulary.domains` id has one.
    public static func named(_ id: String) -> DomainFlavor? { all.first { $0.id == id } }

    /// Flavours in `Vocabulary.domains` order.
    public static var all: [DomainFlavor] { DomainFlavors.list }
}
