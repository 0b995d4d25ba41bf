import Foundation
import Logging

extension Orchestrator {
    /// Loads up to `count` new candidates into a session, working through its batches in order. A batch's people
    /// are searched, deduplicated against everyone already in the session, collected through the cache and
    /// evaluated; then the slice is committed with the cursor in one step. A failed batch commits nothing and is
    /// retried by the next call; candidates committed before it are kept and returned.
    /// `count` follows ``CandidateCount/range``.
    public func loadMore(
        sessionID id: SessionID, count: Int, workspace: String? = nil,
        events: @escaping ScoutEventHandler = { _ in }
    ) async throws -> LoadResult {
        try await loadMore(
            sessionID: id, count: count, workspace: workspace, ledger: LedgerSink(store: pipeline.store), events: events
        )
    }

    func loadMore(
        sessionID id: SessionID, count: Int, workspace: String?, ledger: LedgerSink,
        events: @escaping ScoutEventHandler
    ) async throws -> LoadResult {
        try await inWorkspace(workspace) {
            try await loadScoped(sessionID: id, count: count, workspace: workspace, ledger: ledger, events: events)
        }
    }

    private func loadScoped(
        sessionID id: SessionID, count: Int, workspace: String?, ledger: LedgerSink,
        events: @escaping ScoutEventHandler
    ) async throws -> LoadResult {
        if let problem = CandidateCount.problem(count) { throw ScoutError.badInput(problem) }
        let sessionID = id.rawValue
        let workspace = workspace ?? pipeline.session.workspace
        guard let stored = try await pipeline.store.session(id: sessionID, workspace: workspace) else {
            throw ScoutError.sessionNotFound(sessionID)
        }
        var session = try await withCachedIDs(stored)
        try await pipeline.store.touchSession(id: sessionID, at: clock.now())
        var totals = RunTotals(target: count)
        // The next batch's companies, resolved while this batch works when this call will need that batch too.
        var prefetch: (index: Int, task: Task<PreparedBatch, any Error>)?
        defer { prefetch?.task.cancel() }
        var added: [SessionCandidate] = []
        var failure: ScoutError?
        var conflicts = 0
        // Everyone already in the session, kept up to date locally; re-read only when another worker committed.
        var existing = try await pipeline.store.candidates(sessionID: sessionID)
        // One worker per slice (``SliceLeases``): this call waits while another runs a slice of the session, then
        // reads the session again and continues from the cursor that worker left.
        let leaseOwner = "load-\(UUID().uuidString.prefix(13))"
        // The lease held across slices while a slice started ahead runs (so no other worker redoes it).
        var hold: SliceLeaseHold?
        // Candidates in flight for this call, shared by the current slice and the one started ahead.
        let slots = EvaluationSlots(pipeline.session.concurrency)
        // The next batch's slice, picked and started while the current one finishes (pipelining).
        var ahead: RunningSlice?
        defer {
            ahead?.task.cancel()
            hold?.releaseDetached()
        }
        // A hide-seen session skips everyone the workspace's other sessions already hold, before paying for them.
        let hidden = session.settings.hideSeen ? try await peopleSeenElsewhere(session) : []
        failure = try await rescoreBeforeLoading(&existing, session: session, ledger: ledger, events: events)
        while failure == nil, added.count < count, !session.isExhausted {
            var batch = session.batches[session.cursor.batchIndex]
            do {
                if let leases = pipeline.abilities.leases {
                    if hold == nil {
                        hold = try await SliceLeaseHold.take(
                            leases, sessionID: sessionID, owner: leaseOwner, logger: logger)
                    }
                    guard let current = try await pipeline.store.session(id: sessionID, workspace: workspace) else {
                        throw ScoutError.sessionNotFound(sessionID)
                    }
                    if current.cursor != session.cursor {
                        existing = try await pipeline.store.candidates(sessionID: sessionID)
                    }
                    session = try await withCachedIDs(current)
                    if session.isExhausted {
                        await hold?.release()
                        hold = nil
                        break
                    }
                    batch = session.batches[session.cursor.batchIndex]
                }
                let index = session.cursor.batchIndex
                let running: RunningSlice
                if let started = ahead, started.picks.cursor == session.cursor {
                    // The slice started ahead is the one due: the session is where it assumed.
                    ahead = nil
                    running = started
                    batch = started.picks.batch
                    session.batches[index] = batch
                    session.companies = started.session.companies
                } else {
                    if let stale = ahead {
                        // Another worker moved the session: what the slice ahead started is not committed.
                        stale.task.cancel()
                        _ = await stale.task.value
                        ledger.absorb(try await stale.ledger.close(committed: false))
                        ahead = nil
                    }
                    let prepared = try await preparedBatch(index, of: session, prefetch: &prefetch, ledger: ledger)
                    if batch.companies.contains(where: { $0.vendorID == nil }) {
                        events(.companiesResolved(resolved: prepared.resolved, unresolved: prepared.unresolved))
                    }
                    let emptied = !batch.companies.isEmpty && prepared.batch.companies.isEmpty
                    batch = prepared.batch
                    session = Self.with(prepared, at: index, in: session)
                    events(
                        .batchStarted(
                            index: batch.index, of: min(session.batches.count, session.settings.maxBatches),
                            label: batch.label))
                    if emptied {
                        // None of the batch's companies is known to the people source: nothing to search, move on.
                        let commit = BatchCommit(
                            sessionID: sessionID, expected: session.cursor,
                            next: SessionCursor(batchIndex: index + 1), candidates: [], at: clock.now())
                        let committed = try await pipeline.store.commit(commit)
                        await hold?.release()
                        hold = nil
                        if committed {
                            session.cursor = commit.next
                            events(.batchFinished(index: batch.index, newCandidates: 0, exhausted: true))
                        } else {
                            guard let reloaded = try await pipeline.store.session(id: sessionID, workspace: workspace)
                            else { throw ScoutError.sessionNotFound(sessionID) }
                            session = try await withCachedIDs(reloaded)
                            existing = try await pipeline.store.candidates(sessionID: sessionID)
                        }
                        continue
                    }
                    running = try await startSlice(
                        session: session, batch: batch, seenIDs: Set((existing + hidden).map(\.employeeID)),
                        seenKeys: Set((existing + hidden).compactMap(\.preview.personKey)),
                        firstOrdinal: (existing.map(\.ordinal).max() ?? -1) + 1, limit: count - added.count,
                        slots: slots, events: events)
                }
                // This call needs more than the batch can still yield: resolve the next batch's companies meanwhile.
                let canYield = session.settings.candidatesPerBatch - session.cursor.yielded
                if prefetch == nil, ahead == nil, count - added.count > canYield, index + 1 < session.batches.count {
                    let snapshot = session
                    prefetch = (
                        index + 1,
                        Task { try await self.resolvedBatch(index + 1, of: snapshot, ledger: ledger) }
                    )
                }
                // Pipelining: when this slice ends its batch and the call needs more, the next batch's slice is picked
                // and started now, its candidates taking the shared slots this slice's last ones leave free.
                let beyond = count - added.count - running.picks.picked.count
                let next = index + 1
                if beyond > 0, running.picks.endsBatch, next < min(session.batches.count, session.settings.maxBatches) {
                    var following = session
                    following.cursor = SessionCursor(batchIndex: next)
                    let prepared = try await preparedBatch(next, of: following, prefetch: &prefetch, ledger: ledger)
                    if !prepared.batch.companies.isEmpty || session.batches[next].companies.isEmpty {
                        if following.batches[next].companies.contains(where: { $0.vendorID == nil }) {
                            events(
                                .companiesResolved(resolved: prepared.resolved, unresolved: prepared.unresolved))
                        }
                        following = Self.with(prepared, at: next, in: following)
                        events(
                            .batchStarted(
                                index: next, of: min(session.batches.count, session.settings.maxBatches),
                                label: prepared.batch.label))
                        let seen = (existing + hidden).map(\.employeeID) + running.picks.picked.map(\.employeeID)
                        let keys =
                            (existing + hidden).compactMap(\.preview.personKey)
                            + running.picks.picked.compactMap(\.personKey)
                        ahead = try await startSlice(
                            session: following, batch: prepared.batch, seenIDs: Set(seen), seenKeys: Set(keys),
                            firstOrdinal: running.firstOrdinal + running.picks.picked.count, limit: beyond,
                            slots: slots, events: events)
                    }
                }
                let outcome = await running.task.value
                var slice = finishSlice(running.picks, results: outcome.results, stop: outcome.stop)
                let sliceLedger = running.ledger
                if slice.failure != nil, slice.candidates.isEmpty {
                    // What the failed slice spent is spent; what it saved was not used.
                    ledger.absorb(try await sliceLedger.close(committed: false))
                    throw slice.failure!
                }
                // Someone erased while the slice ran is not committed (its picks were checked when the previews were
                // read, ``suppressedIDs(_:workspace:)``).
                let erased = try await suppressedIDs(slice.candidates.map(\.preview), workspace: session.workspace)
                if !erased.isEmpty { slice.candidates.removeAll { erased.contains($0.employeeID) } }
                let commit = BatchCommit(
                    sessionID: sessionID, expected: session.cursor, next: slice.cursor,
                    candidates: slice.candidates, at: clock.now())
                let committed = try await pipeline.store.commit(commit)
                if ahead == nil || !committed || slice.cursor != ahead?.picks.cursor {
                    await hold?.release()
                    hold = nil
                }
                ledger.absorb(try await sliceLedger.close(committed: committed))
                guard committed else {
                    // Another worker moved the cursor (so the session made progress): reload and carry on from there.
                    // Every conflict means another slice was committed, so this ends; the bound is only a safety net.
                    conflicts += 1
                    guard conflicts < 10_000,
                        let reloaded = try await pipeline.store.session(id: sessionID, workspace: workspace)
                    else {
                        throw ScoutError.store("session \(sessionID) keeps changing under this load-more")
                    }
                    session = try await withCachedIDs(reloaded)
                    existing = try await pipeline.store.candidates(sessionID: sessionID)
                    continue
                }
                metrics.sliceCommitted()
                session.cursor = slice.cursor
                existing += slice.candidates
                let evaluated = slice.candidates.filter { $0.status == .evaluated }
                added += evaluated
                totals.found = added.count
                totals.evaluated = added.count
                totals.ledger = ledger.current
                if let error = slice.failure { throw error }
                if slice.cursor.batchIndex != batch.index { metrics.batchCompleted() }
                events(
                    .batchFinished(
                        index: batch.index, newCandidates: evaluated.count,
                        exhausted: slice.cursor.batchIndex != batch.index))
                events(.totals(totals))
            } catch let error where error is CancellationError || Task.isCancelled {
                // The caller is gone: no more I/O (no reload, no result); what was committed stays committed.
                // The lease is given up by a task of its own, so the next load-more need not wait for it to expire.
                hold?.releaseDetached()
                hold = nil
                logger.info(
                    "load-more cancelled",
                    metadata: ["session.id": .string(sessionID), "batch": .stringConvertible(batch.index)])
                metrics.record(ledger.current)
                throw CancellationError()
            } catch {
                await hold?.release()
                hold = nil
                let scoutError = (error as? ScoutError) ?? ScoutError(.vendor, "\(error)", cause: error)
                logger.error(
                    "batch failed",
                    metadata: [
                        "session.id": .string(sessionID), "batch": .stringConvertible(batch.index),
                        "error": .string(scoutError.message),
                    ])
                metrics.batchFailed()
                events(.batchFailed(index: batch.index, message: scoutError.message))
                failure = scoutError
                break
            }
        }
        if let stale = ahead {
            // The call has what it asked for (or failed): the slice started ahead is not committed.
            stale.task.cancel()
            _ = await stale.task.value
            ledger.absorb(try await stale.ledger.close(committed: false))
            ahead = nil
        }
        await hold?.release()
        hold = nil
        metrics.record(ledger.current)
        let refreshed = try await withCachedIDs(
            try await pipeline.store.session(id: sessionID, workspace: workspace) ?? session)
        return LoadResult(
            session: refreshed, newCandidates: added,
            totalCandidates: existing.filter { $0.status == .evaluated }.count,
            ledger: ledger.current, failure: failure)
    }

    /// A batch ready to search, with the companies resolved and those unknown to the people source.
    typealias PreparedBatch = (batch: CompanyBatch, resolved: [Company], unresolved: [Company])

    /// A slice whose picks are being collected and evaluated.
    struct RunningSlice: Sendable {
        var picks: Picks
        /// The session as the slice sees it (its cursor is the slice's start).
        var session: SearchSession
        var ledger: LedgerSink
        var firstOrdinal: Int
        var task: Task<(results: [Result<SessionCandidate, any Error>], stop: ScoutError?), Never>
    }

    /// Picks a slice and starts collecting and evaluating it (in `slots`); the picks' own preview pages are read first.
    func startSlice(
        session: SearchSession, batch: CompanyBatch, seenIDs: Set<Int>, seenKeys: Set<String>, firstOrdinal: Int,
        limit: Int, slots: EvaluationSlots, events: @escaping ScoutEventHandler
    ) async throws -> RunningSlice {
        let sliceLedger = LedgerSink(store: pipeline.store, holdingHits: true)
        let picks: Picks
        do {
            picks = try await pickSlice(
                session: session, batch: batch, seenIDs: seenIDs, seenKeys: seenKeys, limit: limit,
                ledger: sliceLedger, events: events)
        } catch {
            _ = try? await sliceLedger.close(committed: false)
            throw error
        }
        let task = Task {
            await collectAndEvaluate(
                picks.picked, session: session, batch: batch.index, firstOrdinal: firstOrdinal, ledger: sliceLedger,
                slots: slots, events: events)
        }
        return RunningSlice(picks: picks, session: session, ledger: sliceLedger, firstOrdinal: firstOrdinal, task: task)
    }

    /// Batch `index` resolved: from the prefetch when it is that batch's, else now.
    func preparedBatch(
        _ index: Int, of session: SearchSession, prefetch: inout (index: Int, task: Task<PreparedBatch, any Error>)?,
        ledger: LedgerSink
    ) async throws -> PreparedBatch {
        if let started = prefetch, started.index == index {
            prefetch = nil
            return try await started.task.value
        }
        return try await resolvedBatch(index, of: session, ledger: ledger)
    }

    /// `session` with batch `index` resolved: its companies' ids known in the session's company list too.
    static func with(_ prepared: PreparedBatch, at index: Int, in session: SearchSession) -> SearchSession {
        var session = session
        session.batches[index] = prepared.batch
        for company in prepared.resolved {
            for i in session.companies.indices
            where session.companies[i].vendorID == nil && session.companies[i].key == company.key {
                session.companies[i].vendorID = company.vendorID
            }
        }
        return session
    }

    struct Slice {
        var candidates: [SessionCandidate]
        var cursor: SessionCursor
        /// Set when a pick failed: `candidates` and `cursor` then cover only the picks before it.
        var failure: (any Error)?
    }

    /// A slice's picks, before they are collected and evaluated.
    struct Picks: Sendable {
        var batch: CompanyBatch
        /// The cursor the slice starts from: its commit's expected cursor.
        var cursor: SessionCursor
        var picked: [CandidatePreview]
        /// The cursor offset just after each pick.
        var offsets: [Int]
        var attempted: Int
        var exhausted: Bool
        var quota: Int

        /// Whether the batch is done once every pick is evaluated.
        var endsBatch: Bool { exhausted || cursor.yielded + picked.count >= quota }
    }

    /// Works one slice of the current batch: pages of previews from the cursor's offset until `limit` new people
    /// (or the batch's quota) are taken or the batch's results run out.
    func runSlice(
        session: SearchSession, batch: CompanyBatch, existing: [SessionCandidate], hidden: [SessionCandidate] = [],
        limit: Int, ledger: LedgerSink, events: @escaping ScoutEventHandler
    ) async throws -> Slice {
        let picks = try await pickSlice(
            session: session, batch: batch, seenIDs: Set(existing.map(\.employeeID)),
            seenKeys: Set(existing.compactMap(\.preview.personKey)), limit: limit, ledger: ledger, events: events)
        let (results, stop) = await collectAndEvaluate(
            picks.picked, session: session, batch: batch.index,
            firstOrdinal: (existing.map(\.ordinal).max() ?? -1) + 1, ledger: ledger, events: events)
        return finishSlice(picks, results: results, stop: stop)
    }

    /// The picks of a slice: pages of previews from the session cursor's offset until `limit` new people (or the
    /// batch's quota) are taken or the batch's results run out, skipping `seenIDs` and `seenKeys`.
    func pickSlice(
        session: SearchSession, batch: CompanyBatch, seenIDs: Set<Int>, seenKeys: Set<String>, limit: Int,
        ledger: LedgerSink, events: @escaping ScoutEventHandler
    ) async throws -> Picks {
        let limits = pipeline.people.limits
        let quota = session.settings.candidatesPerBatch
        let want = min(limit, quota - session.cursor.yielded)
        var seenIDs = seenIDs
        var seenKeys = seenKeys
        var picked: [CandidatePreview] = []
        var pickedOffsets: [Int] = []
        var attempted = session.cursor.offset
        var exhausted = false
        // Up to three passes over the batch: the exact title phrases first; then, when those run out before the
        // quota, what the same work is also called (``TitleThesaurus``); then the role's head nouns ("Engineer",
        // "Developer"). The later passes keep only previews whose current title is related to the role
        // (``RoleTerms``). Pass k reads offsets from k × the result cap, so the cursor stays exact.
        let terms = RoleTerms(session.requirements)
        let billed = limits.previewPageCredits > 0
        let passes = Self.passes(
            Self.peopleQuery(for: session.requirements, batch: batch), terms: terms, billed: billed)
        // People whose stated place is known and outside the JD's places are not paid for.
        let places = PlaceSet.parse(session.requirements.location ?? "")
        while picked.count < want {
            let pass = attempted / limits.resultCap
            guard pass < passes.count else { exhausted = true; break }
            let query = passes[pass].query
            let position = attempted - pass * limits.resultCap
            let pageNumber = position / limits.pageSize + 1
            // A page the answer cache holds fresh costs nothing: a billed one is a saving in the ledger. A billed page
            // asked of the vendor is a pending charge until its answer (``ChargeBook``), settled with its entry.
            let charge = LedgerEntry(
                sessionID: session.id, kind: .previewPage,
                subject: "batch \(batch.index)\(passes[pass].label) page \(pageNumber)",
                credits: limits.previewPageCredits, cacheHit: false, at: clock.now())
            let (page, cached) = try await answers.previews(query, page: pageNumber, source: pipeline.people) {
                let fetched = try await collector.budget.spending(
                    sessionID: session.id, credits: limits.previewPageCredits,
                    billed: { _ in true }
                ) {
                    guard billed else { return try await pipeline.people.searchPreviews(query, page: pageNumber) }
                    return try await collector.book.billed(charge, ledger: ledger, isBilled: { _ in true }) {
                        try await pipeline.people.searchPreviews(query, page: pageNumber)
                    }
                }
                // Erased people are blanked before the page is cached, in their place (the cursor stays exact).
                return try await redactingSuppressed(fetched, workspace: session.workspace)
            }
            if cached, billed {
                var saving = charge
                saving.cacheHit = true
                try await ledger.add(saving)
            }
            let skip = position - (pageNumber - 1) * limits.pageSize
            var passDone = page.results.count <= skip
            let pickedBefore = picked.count
            // People erased on request are not collected again unless allowed (``PersonErasure``).
            let suppressed = try await suppressedIDs(Array(page.results.dropFirst(skip)), workspace: session.workspace)
            for preview in page.results.dropFirst(skip) {
                attempted += 1
                let key = preview.personKey
                if seenIDs.contains(preview.employeeID) || key.map(seenKeys.contains) == true { continue }
                if preview.employeeID <= 0 || suppressed.contains(preview.employeeID) { continue }
                if pass > 0 || billed {
                    // A preview without a title (CoreSignal's es_dsl mode) matched the query's titles at the vendor:
                    // trusted for phrases and variants, not for bare head nouns.
                    if preview.currentTitle?.isEmpty ?? true {
                        if passes[pass].label == Self.broadLabel { continue }
                    } else if terms.affinity(title: preview.currentTitle) < RoleTerms.relatedThreshold {
                        continue
                    }
                }
                if !places.isEmpty, let stated = preview.statedLocation, places.contains(location: stated) == false {
                    continue
                }
                if Seniority.levelsApart(title: preview.currentTitle, from: session.requirements.seniorityLevels) >= 2 {
                    continue
                }
                seenIDs.insert(preview.employeeID)
                if let key { seenKeys.insert(key) }
                picked.append(preview)
                pickedOffsets.append(attempted)
                events(.candidateFound(preview, batch: batch.index))
                if picked.count == want { break }
            }
            if picked.count >= want { break }
            let seenInPass = attempted - pass * limits.resultCap
            if seenInPass >= pageNumber * limits.pageSize, page.results.count < limits.pageSize { passDone = true }
            if let total = page.totalResults, seenInPass >= total { passDone = true }
            if seenInPass >= limits.resultCap { passDone = true }
            // Where preview pages are billed, a page that yields nobody ends the pass: the vendor's order only gets worse.
            if limits.previewPageCredits > 0, picked.count == pickedBefore { passDone = true }
            if passDone { attempted = (pass + 1) * limits.resultCap }
        }
        return Picks(
            batch: batch, cursor: session.cursor, picked: picked, offsets: pickedOffsets, attempted: attempted,
            exhausted: exhausted, quota: quota)
    }

    /// The slice a slice's picks and their results make: the candidates in pick order, and the cursor after them —
    /// just before the first failed pick when one failed.
    func finishSlice(
        _ picks: Picks, results: [Result<SessionCandidate, any Error>], stop: ScoutError? = nil
    ) -> Slice {
        var candidates: [SessionCandidate] = []
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let candidate):
                candidates.append(candidate)
            case .failure(let error):
                // Keep what was done before the failure; the cursor stops just before the failed pick.
                let yielded = picks.cursor.yielded + candidates.filter { $0.status == .evaluated }.count
                let offset = index == 0 ? picks.cursor.offset : picks.offsets[index - 1]
                let cursor = SessionCursor(batchIndex: picks.cursor.batchIndex, offset: offset, yielded: yielded)
                return Slice(candidates: candidates, cursor: cursor, failure: error)
            }
        }
        let yielded = picks.cursor.yielded + candidates.filter { $0.status == .evaluated }.count
        let done = picks.exhausted || yielded >= picks.quota
        let cursor =
            done
            ? SessionCursor(batchIndex: picks.cursor.batchIndex + 1)
            : SessionCursor(batchIndex: picks.cursor.batchIndex, offset: picks.attempted, yielded: yielded)
        return Slice(candidates: candidates, cursor: cursor, failure: stop)
    }

    /// The queries a batch is read with, in order: the exact phrases, the family's variants, the heads (each
    /// only when it adds titles the earlier ones did not ask for).
    /// Where preview pages are billed, every pass costs at least a page: the exact phrases and the variants are asked
    /// at once, and the heads only when the role's family is unknown (no variants).
    static func passes(
        _ exact: PeopleQuery, terms: RoleTerms, billed: Bool = false
    ) -> [(label: String, query: PeopleQuery)] {
        if billed {
            var merged = exact
            merged.titles = exact.titles + terms.variants
            var passes = [(label: "", query: merged)]
            if terms.variants.isEmpty, !terms.heads.isEmpty {
                var broad = exact
                broad.titles = terms.heads
                passes.append((broadLabel, broad))
            }
            return passes.map { ($0.label, $0.query.capped()) }
        }
        var passes = [(label: "", query: exact)]
        var asked = Set(exact.titles.map { TextTokens.words($0).joined(separator: " ") })
        for (label, titles) in [(" variants", terms.variants), (broadLabel, terms.heads)] {
            let new = titles.filter { !asked.contains(TextTokens.words($0).joined(separator: " ")) }
            guard !new.isEmpty else { continue }
            asked.formUnion(new.map { TextTokens.words($0).joined(separator: " ") })
            var query = exact
            query.titles = titles
            passes.append((label, query))
        }
        return passes.map { ($0.label, $0.query.capped()) }
    }

    static let broadLabel = " broad"

    /// The structured people query for a batch.
    static func peopleQuery(for requirements: JobRequirements, batch: CompanyBatch) -> PeopleQuery {
        let titles = requirements.titleKeywords.isEmpty ? [requirements.roleTitle] : requirements.titleKeywords
        return PeopleQuery(
            companies: batch.companies, titles: titles, seniorities: batch.seniorities ?? [],
            preferredSeniorities: requirements.seniorityLevels,
            skills: (requirements.mustHaveSkills + requirements.niceToHaveSkills).flatMap(JobRequirements.alternatives)
                .flatMap(SkillAliases.names(for:)),
            location: requirements.location.map { PlaceSet.primary(in: $0) ?? $0 }, currentOnly: true
        ).capped()
    }
}
