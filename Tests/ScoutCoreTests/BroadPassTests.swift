import Foundation
import Logging
import ScoutCore
import ScoutTesting
import Testing

/// The second, broad pass over a batch: when the exact title phrases run out, titles ending in the role's head nouns
/// that share a cue with the role are taken, and the cursor stays exact across load-mores.
@Suite("People search: exact phrases, then related titles")
struct BroadPassTests {
    static let yaml = """
        store: {type: memory}
        people: {type: sample, variant: paraphrased}
        web_search: {type: sample, variant: paraphrased}
        session: {candidates_per_batch: 20, max_batches: 3}
        """

    @Test func relatedTitlesAreFoundAndSlicesAddUpToOneLoad() async throws {
        let jd =
            "Senior Machine Learning Engineer. Companies like Echowave, Parlance AI, Vocalith, Sonara Labs and Murmur Systems."
        let sliced = try await TestPipeline.make(yaml: Self.yaml)
        let first = try await sliced.orchestrator.search(jd: jd, count: 20)
        var ids = first.newCandidates.map(\.employeeID)
        for _ in 0..<3 {
            let more = try await sliced.orchestrator.loadMore(sessionID: first.session.sessionID, count: 20)
            ids += more.newCandidates.map(\.employeeID)
        }
        #expect(ids.count >= 40)
        #expect(Set(ids).count == ids.count)
        #expect(sliced.people.counts.profilesBilledTwice.isEmpty)

        let whole = try await TestPipeline.make(yaml: Self.yaml)
        let once = try await whole.orchestrator.search(jd: jd, count: ids.count)
        #expect(once.newCandidates.map(\.employeeID).sorted() == ids.sorted())

        // The paraphrased world writes no built-in ML title: what was found came through related titles.
        let terms = RoleTerms(first.session.requirements)
        let titles = first.newCandidates.compactMap(\.preview.currentTitle)
        #expect(!titles.isEmpty)
        #expect(titles.allSatisfy { terms.affinity(title: $0) >= RoleTerms.relatedThreshold })
        #expect(titles.contains { terms.affinity(title: $0) < 1 })
    }
}

@Suite("People search: places")
struct PlaceFilterTests {
    @Test func peopleOutsideTheJDsPlacesAreNotPaidFor() async throws {
        let t = try await TestPipeline.make()
        let result = try await t.orchestrator.search(jd: SampleJDs.voiceML, count: 40)
        #expect(!result.newCandidates.isEmpty)
        let uk = PlaceSet.parse("United Kingdom")
        for candidate in result.newCandidates {
            if let place = candidate.preview.location { #expect(uk.contains(location: place) != false, "\(place)") }
        }
        #expect(t.people.counts.profilesBilledTwice.isEmpty)
    }

    @Test func discoveredEmployersAreNotBoughtAgain() async throws {
        let t = try await TestPipeline.make()
        let result = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 40)
        let discovered = Set(result.session.companies.compactMap(\.vendorID))
        let bought = Set(t.people.counts.companies.keys)
        #expect(!result.newCandidates.isEmpty)
        #expect(bought.isDisjoint(with: discovered))
        // Their market is still shown, from discovery's evidence.
        let evaluated = result.newCandidates.compactMap(\.evaluation)
        #expect(evaluated.contains { $0.strengths.contains { $0.facts.contains { $0.hasPrefix("discovery.") } } })
    }

    @Test func levelsTwoApartAreNotPaidFor() async throws {
        let t = try await TestPipeline.make()
        let result = try await t.orchestrator.search(jd: TestPipeline.voiceJD, count: 40)
        #expect(result.session.requirements.seniorityLevels == [.senior])
        for candidate in result.newCandidates {
            #expect(
                Seniority.levelsApart(title: candidate.preview.currentTitle, from: [.senior]) < 2,
                "\(candidate.preview.currentTitle ?? "")")
        }
    }

    @Test func billedPreviewPagesStopWhenAPageYieldsNobody() async throws {
        let jd = SampleJDs.voiceMLAnywhere.replacingOccurrences(
            of: "## Requirements", with: "Location: Accra, Ghana\n## Requirements")
        let free = try await TestPipeline.make(yaml: "store: {type: memory}\nsession: {max_batches: 3}")
        _ = try await free.orchestrator.search(jd: jd, count: 60)
        let billed = try await TestPipeline.make(
            yaml: "store: {type: memory}\nsession: {max_batches: 3}\npeople: {type: sample, preview_page_credits: 1}")
        let result = try await billed.orchestrator.search(jd: jd, count: 60)
        #expect(billed.people.counts.previewPages < free.people.counts.previewPages)
        // Billed: the exact phrases and the family's variants in one pass per batch (two passes before: 12 pages here).
        #expect(billed.people.counts.previewPages <= 3 * 3)
        let report = try await billed.orchestrator.report(sessionID: result.session.sessionID)
        #expect(report.ledger.previewPages == billed.people.counts.previewPages)
    }
}

@Suite("Discovery: a second round when the first finds too few companies")
struct SecondDiscoveryRoundTests {
    @Test func theCompaniesFoundSeedTheirCompetitorsOnlyWhenTooFew() async throws {
        let jd =
            "# Senior Backend Engineer\n\nWe build payments infrastructure for marketplaces (fintech).\n\n## Requirements\n- Go"
        let few = try await TestPipeline.make(yaml: "store: {type: memory}\nsession: {min_companies: 200}")
        let many = try await TestPipeline.make(yaml: "store: {type: memory}\nsession: {min_companies: 0}")
        let expanded = try await few.orchestrator.search(jd: jd, count: 1).session.companies
        let plain = try await many.orchestrator.search(jd: jd, count: 1).session.companies
        #expect(!plain.isEmpty && plain.allSatisfy { $0.source == .domainQuery })
        // The second round adds competitors of what the first found, each at lower confidence than its seeds.
        let added = expanded.filter { $0.source == .seedExpansion }
        #expect(!added.isEmpty)
        #expect(Set(plain.map { $0.key }).isSubset(of: Set(expanded.map { $0.key })))
        // Seed expansion gives 0.4–0.9; the second round's 0.8 factor keeps every new company at 0.72 or less.
        #expect(added.allSatisfy { $0.confidence <= 0.72 })
    }
}

@Suite("The open batch: a JD naming neither a market nor a company")
struct OpenBatchTests {
    @Test func theRoleIsAlsoSearchedAnywhereAfterTheCompaniesFound() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}")
        let open = try await t.orchestrator.createSession(
            jd: "# Junior Data Engineer\n\nWe are a friendly team.\n\n## Requirements\n- SQL")
        #expect(open.requirements.targetDomain == nil && open.requirements.mentionedCompanies.isEmpty)
        let last = try #require(open.batches.last)
        #expect(last.companies.isEmpty && last.label == CompanyBatch.anywhere && last.index == open.batches.count - 1)
        // A JD with a market keeps to its market.
        let market = try await t.orchestrator.createSession(
            jd: "# Junior Data Engineer\n\nWe build a fintech payments platform.\n\n## Requirements\n- SQL")
        #expect(market.batches.allSatisfy { !$0.companies.isEmpty })
    }

    @Test func theSampleWorldAnswersAQueryWithoutCompanies() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}")
        let page = try await t.orchestrator.pipeline.people.searchPreviews(
            PeopleQuery(companies: [], titles: ["Data Engineer"], currentOnly: true), page: 1)
        #expect(page.results.count == 20)
        #expect(Set(page.results.compactMap(\.currentCompany)).count > 3)  // from many employers
        #expect(
            page.results.allSatisfy { $0.currentTitle.map { TextTokens.contains($0, phrase: "Data Engineer") } == true }
        )
    }
}

/// The sample web, except that queries containing `failing` fail as after their retries.
struct PartlyFailingWebSearch: WebSearch {
    let inner: any WebSearch
    let failing: String
    func search(_ query: WebQuery) async throws -> [WebResult] {
        if query.text.contains(failing) { throw ScoutError.vendor("Tavily search failed after 7 attempts: HTTP 429") }
        return try await inner.search(query)
    }
}

@Suite("A discovery strategy with failed queries says its answer may be incomplete")
struct IncompleteDiscoveryTests {
    @Test func failedQueriesReachTheEvents() async throws {
        let t = try await TestPipeline.make(yaml: "store: {type: memory}")
        let orchestrator = t.orchestrator {
            $0.webSearch = PartlyFailingWebSearch(inner: $0.webSearch, failing: "vendors")
        }
        let seen = LockedValue<[(String, [String], Int)]>([])
        _ = try await orchestrator.createSession(jd: TestPipeline.voiceJD) { event in
            if case .strategyIncomplete(let id, let failed, let of) = event {
                seen.withLock { $0.append((id, failed, of)) }
            }
        }
        let incomplete = seen.withLock { $0 }
        #expect(incomplete.count == 1)
        #expect(incomplete.first?.0 == "domain_queries" && incomplete.first?.1 == ["voice ai vendors"])
        #expect((incomplete.first?.2 ?? 0) > 1)
    }
}
