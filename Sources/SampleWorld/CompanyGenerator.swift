import Foundation
import ScoutCore

/// Builds the companies of a world: fixed anchors first in each domain, then generated names, then the competitor graph.
enum CompanyGenerator {
    /// Vendor ids are `baseID + domainIndex * 1000 + position + 1`: stable for anchors whatever the seed.
    static let baseID = 4_000_000

    /// Companies per domain: 28…32, fixed by the domain's position.
    static func count(domainIndex: Int) -> Int { 28 + domainIndex % 5 }

    static func build(seed: UInt64, flavors: [DomainFlavor] = DomainFlavor.all) -> [SampleCompany] {
        var rng = SplitMix64(seed: seed, stream: 1)
        var takenNames = Set<String>(), takenSites = Set<String>()
        for flavor in flavors {
            for anchor in flavor.anchors {
                takenNames.insert(CompanyKey.normalize(anchor.name))
                takenNames.insert(TextTokens.words(anchor.name)[0])
                takenSites.insert(anchor.website)
            }
        }
        var companies: [SampleCompany] = []
        for (d, flavor) in flavors.enumerated() {
            for position in 0..<count(domainIndex: d) {
                let anchor = position < flavor.anchors.count ? flavor.anchors[position] : nil
                let name = anchor?.name ?? CompanyNames.generate(&rng, flavor: flavor, taken: &takenNames)
                let website =
                    anchor?.website ?? CompanyNames.website(for: name, &rng, flavor: flavor, taken: &takenSites)
                companies.append(
                    make(
                        id: baseID + d * 1000 + position + 1, name: name, website: website, flavor: flavor,
                        isAnchor: anchor != nil, rng: &rng))
            }
        }
        linkCompetitors(&companies, rng: &rng)
        return companies
    }

    private static func make(
        id: Int, name: String, website: String, flavor: DomainFlavor, isAnchor: Bool, rng: inout SplitMix64
    ) -> SampleCompany {
        let band = isAnchor ? rng.int(3...5) : min(6, max(0, rng.int(0...3) + rng.int(0...2)))
        let (sizeLabel, low, high) = CompanyNames.bands[band]
        let product = rng.pick(flavor.products), audience = rng.pick(flavor.audiences)
        let second = rng.pick(flavor.products.filter { $0 != product })
        let founded = isAnchor ? rng.int(2008...2019) : rng.int(2004...2023)
        let country = pickCountry(&rng)
        let tagline =
            product.prefix(1).uppercased() + product.dropFirst() + (product.contains(" for ") ? "" : " for " + audience)
        let description =
            "\(name) builds \(product) for \(audience). Founded in \(founded) and headquartered in "
            + "\(country), the company also offers \(second) and serves customers in more than "
            + "\(rng.int(5...60)) countries."
        var specialties = rng.sample(flavor.specialties, count: rng.int(3...5))
        if rng.chance(0.5) { specialties.append(second.prefix(1).uppercased() + second.dropFirst()) }
        return SampleCompany(
            id: id, name: name, website: website, domainID: flavor.id, industry: flavor.industry, size: sizeLabel,
            employeesCount: rng.int(low...high), founded: founded, headquartersCountry: country, tagline: tagline,
            description: description, specialties: specialties, competitorIDs: [], isAnchor: isAnchor,
            key: CompanyKey.normalize(name), slug: CompanyNames.slug(name))
    }

    private static func pickCountry(_ rng: inout SplitMix64) -> String {
        let total = CompanyNames.countries.reduce(0) { $0 + $1.1 }
        var roll = rng.int(0..<total)
        for (country, weight) in CompanyNames.countries {
            if roll < weight { return country }
            roll -= weight
        }
        return "United States"
    }

    /// 4–8 competitors each: anchors list the other anchors first; ~15% come from the neighbouring domain.
    private static func linkCompetitors(_ companies: inout [SampleCompany], rng: inout SplitMix64) {
        var byDomain: [String: [Int]] = [:]
        for (i, company) in companies.enumerated() { byDomain[company.domainID, default: []].append(i) }
        for i in companies.indices {
            let me = companies[i]
            let peers = byDomain[me.domainID]!.filter { $0 != i }
            let neighbor = DomainFlavor.named(me.domainID)!.neighbor
            let want = rng.int(4...8)
            var chosen: [Int] = []
            if me.isAnchor {
                chosen = peers.filter { companies[$0].isAnchor }
                chosen = Array(chosen.prefix(want - 1))
            }
            // Similar-sized peers are the likelier competitors.
            let ranked = rng.shuffled(peers.filter { !chosen.contains($0) }).sorted {
                abs(companies[$0].employeesCount - me.employeesCount)
                    < abs(companies[$1].employeesCount - me.employeesCount)
            }
            var pool = Array(ranked.prefix(12))
            pool = rng.shuffled(pool)
            while chosen.count < want, !pool.isEmpty {
                if rng.chance(0.15), let other = byDomain[neighbor].map({ rng.pick($0) }), !chosen.contains(other) {
                    chosen.append(other)
                } else {
                    chosen.append(pool.removeFirst())
                }
            }
            companies[i].competitorIDs = chosen.map { companies[$0].id }
        }
    }
}
