import Foundation
import ScoutCore

/// Writes the web pages of a world: per company an alternatives page (G2), a competitors page (Crunchbase), a
/// comparison page (GetApp or SaaSHub) and a homepage; per domain category pages and news.
struct DocumentGenerator {
    let world: SampleWorld

    func build() -> [SampleDocument] {
        var rng = SplitMix64(seed: world.seed, stream: 2)
        var documents: [SampleDocument] = []
        documents.reserveCapacity(world.companies.count * 4 + 100)
        for company in world.companies {
            let competitors = world.competitors(of: company)
            documents.append(alternatives(company, competitors, &rng))
            documents.append(crunchbase(company, competitors, &rng))
            documents.append(comparison(company, competitors, &rng))
            documents.append(homepage(company, &rng))
        }
        for flavor in world.flavors {
            documents += domainPages(flavor, &rng)
        }
        return documents
    }

    private func alternatives(_ x: SampleCompany, _ rivals: [SampleCompany], _ rng: inout SplitMix64) -> SampleDocument
    {
        let names = rivals.map(\.name)
        let lines = rivals.map { rival in
            (rival.name, "\(rival.tagline) (\(rating(&rng)) out of 5, \(rng.int(4...900)) reviews)")
        }
        let content = """
            Looking for alternatives to \(x.name)? The best alternatives to \(x.name) are \(ListFormat.commaList(Array(names.prefix(4)))). \
            Other important factors to consider when researching alternatives to \(x.name) include features, pricing and reliability. \
            We have compiled a list of solutions that reviewers voted as the best overall alternatives and competitors to \(x.name).

            Top \(x.name) Alternatives
            \(ListFormat.numbered(lines))
            """
        return SampleDocument(
            kind: .alternatives, title: "Top \(rivals.count) \(x.name) Alternatives & Competitors (2026) | G2",
            url: "https://www.g2.com/products/\(x.slug)/competitors/alternatives", content: content,
            companyID: x.id, domainID: x.domainID)
    }

    private func crunchbase(_ x: SampleCompany, _ rivals: [SampleCompany], _ rng: inout SplitMix64) -> SampleDocument {
        let domainName = world.flavor(x.domainID)!.displayName
        let lines = rivals.map { ($0.name, "\($0.industry) · \($0.size) · \($0.headquartersCountry)") }
        let content = """
            \(x.name) is a \(domainName) company. \(x.description) Top competitors of \(x.name) include \(ListFormat.commaList(Array(rivals.prefix(3).map(\.name)))). \
            \(x.name) has \(x.employeesCount) employees and raised a total of $\(rng.int(2...400))M in funding.

            Companies like \(x.name)
            \(ListFormat.numbered(lines))
            """
        let title =
            rng.chance(0.5)
            ? "Companies like \(x.name) | Crunchbase"
            : "\(x.name) competitors — Top \(rivals.count) Similar Companies | Crunchbase"
        return SampleDocument(
            kind: .competitors, title: title, url: "https://www.crunchbase.com/organization/\(x.slug)/competitors",
            content: content, companyID: x.id, domainID: x.domainID)
    }

    private func comparison(_ x: SampleCompany, _ rivals: [SampleCompany], _ rng: inout SplitMix64) -> SampleDocument {
        let y = rivals[0]
        let others = ListFormat.commaList(Array(rivals.prefix(4).map(\.name)))
        if rng.chance(0.5) {
            let content = """
                Compare \(x.name) vs \(y.name) side by side on features, pricing and reviews. \
                \(x.name) is rated \(rating(&rng)) out of 5 and \(y.name) is rated \(rating(&rng)) out of 5 by verified users. \
                Software similar to \(x.name) such as \(others) is worth a look before you buy.
                """
            return SampleDocument(
                kind: .comparison, title: "\(x.name) vs \(y.name): Compare Similar Tools (2026) | GetApp",
                url: "https://www.getapp.com/software/\(x.slug)/alternatives/", content: content,
                companyID: x.id, domainID: x.domainID)
        }
        let content = """
            \(x.name) alternatives and similar software. Popular tools similar to \(x.name), such as \(others), \
            are ranked by user votes. \(x.name) is described as \(x.tagline.lowercased()).
            """
        return SampleDocument(
            kind: .comparison, title: "\(x.name) Alternatives & Similar Software | SaaSHub",
            url: "https://www.saashub.com/\(x.slug)-alternatives", content: content, companyID: x.id,
            domainID: x.domainID)
    }

    private func homepage(_ x: SampleCompany, _ rng: inout SplitMix64) -> SampleDocument {
        let cta = rng.pick(["Book a Demo", "Start Free Trial", "Talk to Sales", "Get Started"])
        let content = """
            \(x.tagline). \(x.description)
            Specialties: \(x.specialties.joined(separator: ", ")).
            Founded \(x.founded) · \(x.headquartersCountry) · \(x.size).
            \(cta) · Pricing · Careers · Privacy Policy
            """
        return SampleDocument(
            kind: .homepage, title: "\(x.name) — \(x.tagline)", url: "https://\(x.website)/", content: content,
            companyID: x.id, domainID: x.domainID)
    }

    func rating(_ rng: inout SplitMix64) -> String { String(format: "%.1f", 3.6 + Double(rng.int(0...14)) / 10) }
}
