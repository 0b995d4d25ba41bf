import Foundation
public import ScoutCore
import Synchronization

/// A deterministic, generated recruiting world: ~360 companies in 12 domains, 15,000 people with careers, and the web
/// pages that describe them. The same seed always builds the same world; "now" is 2026-11.
public final class SampleWorld: Sendable {
    /// The seed both sample plugins use unless configured otherwise.
    public static let defaultSeed: UInt64 = 42
    /// The month the world treats as today.
    public static let now = PeopleGenerator.now
    /// People in a standard world.
    public static let standardPeopleCount = 15_000

    public let seed: UInt64
    /// The vocabulary the world is written in.
    public let variant: WorldVariant
    /// The domain flavours of the variant, in `Vocabulary.domains` order.
    public let flavors: [DomainFlavor]
    /// Every company, domain by domain; in each domain the anchors come first.
    public let companies: [SampleCompany]
    /// Every record, in ascending employee-id order (a paraphrased world's second records of a person come last).
    public let people: [Profile]
    /// What each record of `people` *is*, at the same index: the generator's latent attributes, for ground truth.
    public let truths: [PersonTruth]

    let companyIndex: [Int: Int]
    let companyByKey: [String: Int]
    let companyByWebsite: [String: Int]
    let personIndex: [Int: Int]
    let peopleIndex: PeopleIndex
    private let corpus = Mutex<WebCorpus?>(nil)

    /// Builds a world. Prefer ``shared(seed:)``, which builds each seed once per process.
    public init(
        seed: UInt64 = SampleWorld.defaultSeed, variant: WorldVariant = .standard,
        peopleCount: Int = SampleWorld.standardPeopleCount
    ) {
        self.seed = seed
        self.variant = variant
        let wording = variant.wording
        let flavors = wording?.flavors ?? DomainFlavor.all
        self.flavors = flavors
        let companies = CompanyGenerator.build(seed: seed ^ variant.seedSalt, flavors: flavors)
        self.companies = companies
        var byID: [Int: Int] = [:], byKey: [String: Int] = [:], bySite: [String: Int] = [:]
        for (i, company) in companies.enumerated() {
            byID[company.id] = i
            byKey[company.key] = byKey[company.key] ?? i
            bySite[company.website] = i
        }
        companyIndex = byID
        companyByKey = byKey
        companyByWebsite = bySite
        let generator = PeopleGenerator(
            catalog: PeopleCatalog(companies: companies, flavors: flavors), seed: seed ^ variant.seedSalt,
            wording: wording)
        // Every person has its own random stream, so chunks generate in parallel and concatenate deterministically.
        let count = max(0, peopleCount)
        let chunkCount = max(1, min(16, ProcessInfo.processInfo.activeProcessorCount * 2))
        let chunkSize = (count + chunkCount - 1) / chunkCount
        let chunks = LockedValue([[GeneratedPerson]](repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = min(count, chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
            let part = range.map(generator.person)
            chunks.withLock { $0[chunk] = part }
        }
        let generated = chunks.withLock { $0 }.flatMap { $0 }
        let seconds = generated.compactMap(\.secondRecord).sorted { $0.profile.employeeID < $1.profile.employeeID }
        let records = generated.map { ($0.profile, $0.truth) } + seconds.map { ($0.profile, $0.truth) }
        let people = records.map(\.0)
        self.people = people
        truths = records.map(\.1)
        personIndex = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1.employeeID, $0) })
        peopleIndex = PeopleIndex(people: people, companies: companies)
    }

    private static let cache = Mutex<[String: SampleWorld]>([:])

    /// The world of a seed and variant, built on first use and shared by every caller in the process.
    public static func shared(seed: UInt64 = defaultSeed, variant: WorldVariant = .standard) -> SampleWorld {
        cache.withLock { worlds in
            let key = "\(variant.rawValue):\(seed)"
            if let world = worlds[key] { return world }
            let world = SampleWorld(seed: seed, variant: variant)
            worlds[key] = world
            return world
        }
    }

    /// The flavour of a domain id in this world's wording.
    public func flavor(_ domainID: String) -> DomainFlavor? { flavors.first { $0.id == domainID } }

    /// The latent attributes behind a record; nil for an id the world does not know.
    public func truth(employeeID: Int) -> PersonTruth? { personIndex[employeeID].map { truths[$0] } }

    /// The company with a vendor id.
    public func company(id: Int) -> SampleCompany? { companyIndex[id].map { companies[$0] } }

    /// The company whose normalised name equals that of `name`.
    public func company(named name: String) -> SampleCompany? {
        companyByKey[CompanyKey.normalize(name)].map { companies[$0] }
    }

    /// Companies of one `DomainTerm.id`, anchors first.
    public func companies(inDomain domainID: String) -> [SampleCompany] { companies.filter { $0.domainID == domainID } }

    /// The competitors of a company, most similar first.
    public func competitors(of company: SampleCompany) -> [SampleCompany] {
        company.competitorIDs.compactMap(self.company(id:))
    }

    /// The full profile of an employee id; nil for an id the world does not know.
    public func profile(employeeID: Int) -> Profile? { personIndex[employeeID].map { people[$0] } }

    /// Every web document of the world (built on first use).
    public var documents: [SampleDocument] { webCorpus.documents }

    var webCorpus: WebCorpus {
        corpus.withLock { stored in
            if let stored { return stored }
            let built = WebCorpus(documents: DocumentGenerator(world: self).build())
            stored = built
            return built
        }
    }
}
