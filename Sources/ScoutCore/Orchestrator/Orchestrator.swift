import Foundation
public import Logging
public import Metrics

/// Runs Scout's pipeline: JD → discovery → company ids → batches (a persistent session) → people search per batch →
/// profiles and companies through the cache → evaluation. Stateless itself: all state lives in the store.
public struct Orchestrator: Sendable {
    public let pipeline: Pipeline
    public let clock: any ScoutClock
    public let logger: Logger
    let collector: RecordCollector
    /// Web-search answers, JD parses, preview pages and evaluations remembered in the store.
    let answers: AnswerCache
    /// The store as the caches see it: the store itself, or its ``WorkspaceCache`` under `cache.scope: workspace`.
    public let records: any ScoutStore
    /// The orchestrator's metrics (docs/metrics.md); pass them to another orchestrator of the same service to share them.
    public let metrics: ScoutMetrics
    /// The store's erasure salt once read: it never changes, and every preview page and commit hashes with it.
    let erasureSalt = LockedValue<Data?>(nil)

    public init(
        pipeline: Pipeline, clock: any ScoutClock = SystemClock(), logger: Logger,
        metrics: any MetricsFactory = NOOPMetricsHandler.instance
    ) {
        self.init(pipeline: pipeline, clock: clock, logger: logger, metrics: ScoutMetrics(factory: metrics))
    }

    public init(pipeline: Pipeline, clock: any ScoutClock = SystemClock(), logger: Logger, metrics: ScoutMetrics) {
        self.pipeline = pipeline
        self.clock = clock
        self.logger = logger
        self.metrics = metrics
        let records: any ScoutStore =
            pipeline.cache.scope == .workspace
            ? WorkspaceCache(base: pipeline.store, defaultWorkspace: pipeline.session.workspace) as any ScoutStore
            : pipeline.store
        self.records = records
        self.answers = AnswerCache(
            store: records, clock: clock, policy: pipeline.cache, logger: logger, metrics: metrics)
        self.collector = RecordCollector(
            people: pipeline.people, store: records, claims: pipeline.abilities.claims, policy: pipeline.cache,
            clock: clock, logger: logger,
            budget: CreditGuard(
                ledger: pipeline.store, reservations: pipeline.abilities.reservations, config: pipeline.budget,
                clock: clock, logger: logger),
            book: ChargeBook(
                charges: pipeline.abilities.charges, store: records,
                announcesSends: pipeline.people.limits.announcesBilledSends, baseline: pipeline.chargeBaseline,
                probe: pipeline.people as? any CreditBalanceProbe, logger: logger,
                recordsApart: pipeline.cache.scope == .workspace))
    }

    /// Creates a session from a JD and loads its first `count` candidates. `hideSeen` skips people the workspace's
    /// other sessions already hold (``SessionSettings/hideSeen``). Answers the caches hold fresh (web searches, the
    /// JD's parse, preview pages, evaluations) are reused unless `refresh` asks the vendors again.
    public func search(
        jd: String, count: Int? = nil, workspace: String? = nil, hideSeen: Bool = false, refresh: Bool = false,
        events: @escaping ScoutEventHandler = { _ in }
    ) async throws -> LoadResult {
        try await AnswerCache.$refreshing.withValue(refresh) {
            let ledger = LedgerSink(store: pipeline.store)
            let session = try await createSession(
                jd: jd, workspace: workspace, hideSeen: hideSeen, ledger: ledger, events: events)
            var result = try await loadMore(
                sessionID: session.sessionID, count: count ?? pipeline.session.initialCount,
                workspace: session.workspace, ledger: ledger, events: events)
            // The session is new: its ledger is this call's, discovery's web searches included.
            result.ledger = try await pipeline.store.ledgerTotals(sessionID: session.id)
            return result
        }
    }

    /// Parses the JD, discovers companies, plans batches, resolves the first batch's company ids and stores a new
    /// session (no people yet). Later batches' companies are resolved when a load-more reaches them.
    public func createSession(
        jd: String, workspace: String? = nil, hideSeen: Bool = false,
        events: @escaping ScoutEventHandler = { _ in }
    ) async throws -> SearchSession {
        try await createSession(
            jd: jd, workspace: workspace, hideSeen: hideSeen, ledger: LedgerSink(store: pipeline.store), events: events)
    }

    func createSession(
        jd: String, workspace: String?, hideSeen: Bool, ledger: LedgerSink, events: @escaping ScoutEventHandler
    ) async throws -> SearchSession {
        try await inWorkspace(workspace) {
            try await createScopedSession(
                jd: jd, workspace: workspace, hideSeen: hideSeen, ledger: ledger, events: events)
        }
    }

    private func createScopedSession(
        jd: String, workspace: String?, hideSeen: Bool, ledger: LedgerSink, events: @escaping ScoutEventHandler
    ) async throws -> SearchSession {
        let text = jd.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ScoutError.badInput("the job description is empty") }
        if let problem = InputLimits.jdProblem(jd) { throw ScoutError.badInput(problem) }
        // What the vendors bill for the parse and discovery (web-search credits) goes to the new session's ledger,
        // or to no session's when none is made.
        let spend = SpendRecorder()
        do {
            let session = try await VendorSpend.$recorder.withValue(spend) {
                try await makeSession(text, workspace: workspace, hideSeen: hideSeen, ledger: ledger, events: events)
            }
            let entries = spend.drain(sessionID: session.id, at: clock.now())
            try await pipeline.store.record(entries)
            metrics.record(LedgerTotals(entries: entries))
            return session
        } catch {
            let entries = spend.drain(sessionID: nil, at: clock.now())
            try? await pipeline.store.record(entries)
            metrics.record(LedgerTotals(entries: entries))
            throw error
        }
    }

    private func makeSession(
        _ text: String, workspace: String?, hideSeen: Bool, ledger: LedgerSink, events: @escaping ScoutEventHandler
    ) async throws -> SearchSession {
        var requirements = try await answers.parse(text, with: pipeline.jdParser)
        // A JD that names more companies than a search takes as seeds keeps the first ones (the parse is paid for;
        // refusing now would waste it); names too long to be a company are dropped.
        let named = requirements.mentionedCompanies
        let kept = Array(named.filter { $0.count <= InputLimits.seedNameCharacters }.prefix(InputLimits.seedCompanies))
        if kept.count < named.count {
            logger.notice(
                "the JD names more companies than a search seeds; the first ones are kept",
                metadata: ["named": .stringConvertible(named.count), "kept": .stringConvertible(kept.count)])
            requirements.mentionedCompanies = kept
        }
        events(.requirementsParsed(requirements))
        let companies = try await discover(requirements, jobDescription: text, events: events)
        // A JD that names neither a market nor a company also searches the role anywhere, after the companies found.
        let open = requirements.mentionedCompanies.isEmpty && (requirements.targetDomain ?? "").isEmpty
        guard !companies.isEmpty || open else {
            throw ScoutError(
                .noCompanies,
                "no companies were discovered; name some companies (\"companies like A, B\") or a domain in the JD")
        }
        let settings = SessionSettings(
            batchingEnabled: pipeline.batchingEnabled,
            batchingMode: pipeline.batchingEnabled ? pipeline.batchingMode : "off",
            candidatesPerBatch: pipeline.batchingEnabled
                ? pipeline.session.candidatesPerBatch : pipeline.people.limits.resultCap,
            maxBatches: pipeline.session.maxBatches, hideSeen: hideSeen)
        var batches =
            companies.isEmpty
            ? []
            : pipeline.batchingEnabled
                ? pipeline.batching.plan(companies, for: requirements)
                : [CompanyBatch(index: 0, companies: companies)]
        // The open batch takes the last place, never the only one while companies were found.
        let reserve = open && (companies.isEmpty || settings.maxBatches > 1) ? 1 : 0
        batches = Array(batches.prefix(settings.maxBatches - reserve))
        var session = SearchSession(
            id: SessionID.make().rawValue, workspace: workspace ?? pipeline.session.workspace, jdText: text,
            requirements: requirements, companies: companies, batches: batches, settings: settings,
            createdAt: clock.now())
        // Only the first batch is resolved now (more only while none of a batch's companies is known to the people
        // source); the others when a load-more reaches them, so a session pays for the lookups it uses.
        var known = 0, unknown = 0
        for index in session.batches.indices where known == 0 {
            let (batch, resolved, unresolved) = try await resolvedBatch(index, of: session, ledger: ledger)
            session.batches[index] = batch
            known += resolved.count
            unknown += unresolved.count
            events(.companiesResolved(resolved: resolved, unresolved: unresolved))
        }
        session = try await withCachedIDs(session)
        guard known > 0 || open else {
            throw ScoutError(
                .noCompanies, "none of the \(unknown) discovered companies is known to the people source")
        }
        if reserve == 1 { session.batches.append(CompanyBatch(index: session.batches.count, companies: [])) }
        try await pipeline.store.createSession(session)
        metrics.sessionCreated()
        logger.info(
            "session created",
            metadata: ["session.id": .string(session.id), "batches": .stringConvertible(session.batches.count)])
        events(.sessionCreated(id: session.id, batches: session.batches))
        return session
    }

    /// Runs every discovery strategy concurrently, then merges: mentioned companies first, deduplicated by name key
    /// and website, the hiring company and exclusions dropped.
    func discover(
        _ requirements: JobRequirements, jobDescription: String = "",
        events: @escaping ScoutEventHandler
    ) async throws -> [Company] {
        events(.discoveryStarted(strategies: pipeline.discovery.map(\.id)))
        let context = DiscoveryContext(
            webSearch: answers.webSearch(pipeline.webSearch), logger: logger, jobDescription: jobDescription)
        let first = try await runStrategies(requirements, context: context, events: events)
        let mentioned = requirements.mentionedCompanies.map { Company(name: $0, source: .mentioned, confidence: 1) }
        if first.failures.count == pipeline.discovery.count, mentioned.isEmpty, let cause = first.failures.first {
            let reasons = first.failures.map { "\($0)" }.joined(separator: "; ")
            throw ScoutError(.vendor, "every discovery strategy failed: \(reasons)", cause: cause)
        }
        var merged = CompanyMerger.merge(mentioned + first.companies, excluding: requirements.excludedKeys)
        // Too few companies: those found (not the JD's own, already expanded) seed a second round — their competitors.
        // Only with a market to check the new companies against: competitors of competitors drift otherwise.
        let found = merged.filter { $0.source != .mentioned }
        if merged.count < pipeline.session.minCompanies, !found.isEmpty, !(requirements.targetDomain ?? "").isEmpty {
            var seeded = requirements
            seeded.mentionedCompanies = found.prefix(Self.secondRoundSeeds).map(\.name)
            var second = context
            second.round = 2
            let more = try await runStrategies(seeded, context: second, events: events)
            let expanded = more.companies.map { company in
                var company = company
                company.confidence = (company.confidence * 0.8 * 100).rounded() / 100
                return company
            }
            merged = CompanyMerger.merge(merged + expanded, excluding: requirements.excludedKeys)
        }
        events(.companiesDiscovered(merged))
        return merged
    }

    /// Companies of the first round that seed the second: the most confident, few enough to keep web searches bounded.
    static let secondRoundSeeds = 5

    /// Runs every discovery strategy concurrently; their companies in strategy order, then by confidence, and the
    /// errors of the strategies that failed. A fatal error (``ScoutError/isFatal(_:)``: cancellation, a rejected key,
    /// an exhausted quota or budget) cancels the other strategies and is thrown: no strategy can get past it.
    private func runStrategies(
        _ requirements: JobRequirements, context: DiscoveryContext,
        events: @escaping ScoutEventHandler
    ) async throws -> (companies: [Company], failures: [any Error]) {
        var found: [(Int, [Company])] = []
        var failures: [any Error] = []
        try await withThrowingTaskGroup(of: StrategyOutcome.self) { group in
            for (index, entry) in pipeline.discovery.enumerated() {
                group.addTask {
                    do {
                        return StrategyOutcome(
                            index: index, id: entry.id,
                            result: .success(try await entry.strategy.discover(requirements, context: context)))
                    } catch {
                        return StrategyOutcome(index: index, id: entry.id, result: .failure(error))
                    }
                }
            }
            while let outcome = try await group.next() {
                switch outcome.result {
                case .success(let result):
                    if context.round == 1 || !result.queries.isEmpty {
                        events(.strategyFinished(id: outcome.id, companies: result.companies, queries: result.queries))
                    }
                    if !result.failedQueries.isEmpty {
                        logger.warning(
                            "discovery strategy incomplete",
                            metadata: [
                                "strategy": .string(outcome.id),
                                "failed": .stringConvertible(result.failedQueries.count),
                                "queries": .stringConvertible(result.queries.count),
                            ])
                        events(
                            .strategyIncomplete(
                                id: outcome.id, failedQueries: result.failedQueries, of: result.queries.count))
                    }
                    found.append((outcome.index, result.companies))
                case .failure(let error):
                    if ScoutError.isFatal(error) {
                        logger.error(
                            "discovery stopped",
                            metadata: ["strategy": .string(outcome.id), "error": .string("\(error)")])
                        group.cancelAll()
                        throw error
                    }
                    failures.append(error)
                    logger.warning(
                        "discovery strategy failed",
                        metadata: [
                            "strategy": .string(outcome.id), "error": .string("\(error)"),
                            "round": .stringConvertible(context.round),
                        ])
                    events(.strategyFailed(id: outcome.id, message: "\(error)"))
                }
            }
        }
        return (found.sorted { $0.0 < $1.0 }.flatMap(\.1).sorted { $0.confidence > $1.confidence }, failures)
    }
}

/// One discovery strategy's answer inside `discover`.
private struct StrategyOutcome: Sendable {
    let index: Int
    let id: String
    let result: Result<DiscoveryResult, any Error>
}
