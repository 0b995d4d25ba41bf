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
        if let problem = CandidateCount.problem(count) { throw ScoutError.badInput(problem) }
        let sessionID = id.rawValue
        let workspace = workspace ?? pipeline.session.workspace
        guard var session = try await pipeline.store.session(id: sessionID, workspace: workspace) else {
            throw ScoutError.sessionNotFound(sessionID)
        }
        try await pipeline.store.touchSession(id: sessionID, at: clock.now())
        var totals = RunTotals(target: count)
        // The call's totals: what its committed slices spent and saved, and what any other slice spent.
        let ledger = LedgerSink(store: pipeline.store)
        var added: [SessionCandidate] = []
        var failure: ScoutError?
        var conflicts = 0
        // Everyone already in the session, kept up to date locally; re-read only when another worker committed.
        var existing = try await pipeline.store.candidates(sessionID: sessionID)
        // One worker per slice (``SliceLeases``): this call waits while another runs a slice of the session, then
        // reads the session again and continues from the cursor that worker left.
        let leaseOwner = "load-\(UUID().uuidString.prefix(13))"
        while added.count < count, !session.isExhausted {
            var batch = session.batches[session.cursor.batchIndex]
            var hold: SliceLeaseHold?
            do {
                if let leases = pipeline.abilities.leases {
                    hold = try await SliceLeaseHold.take(
                        leases, sessionID: sessionID, owner: leaseOwner, logger: logger)
                    guard let current = try await pipeline.store.session(id: sessionID, workspace: workspace) else {
                        throw ScoutError.sessionNotFound(sessionID)
                    }
                    if current.cursor != session.cursor {
                        existing = try await pipeline.store.candidates(sessionID: sessionID)
                    }
                    session = current
                    if session.isExhausted {
                        await hold?.release()
                        break
                    }
                    batch = session.batches[session.cursor.batchIndex]
                }
                events(
                    .batchStarted(
                        index: batch.index, of: min(session.batches.count, session.settings.maxBatches),
                        label: batch.label))
                let sliceLedger = LedgerSink(store: pipeline.store, holdingHits: true)
                let slice: Slice
                do {
                    slice = try await runSlice(
                        session: session, batch: batch, existing: existing,
                        limit: count - added.count, ledger: sliceLedger, events: events)
                } catch {
                    // What the failed slice spent is spent; what it saved was not used.
                    ledger.absorb(try await sliceLedger.close(committed: false))
                    throw error
                }
                let commit = BatchCommit(
                    sessionID: sessionID, expected: session.cursor, next: slice.cursor,
                    candidates: slice.candidates, at: clock.now())
                let committed = try await pipeline.store.commit(commit)
                await hold?.release()
                hold = nil
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
                    session = reloaded
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
                logger.info(
                    "load-more cancelled",
                    metadata: ["session.id": .string(sessionID), "batch": .stringConvertible(batch.index)])
                metrics.record(ledger.current)
                throw CancellationError()
            } catch {
                await hold?.release()
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
        metrics.record(ledger.current)
        let refreshed = try await pipeline.store.session(id: sessionID, workspace: workspace) ?? session
        return LoadResult(
            session: refreshed, newCandidates: added,
            totalCandidates: existing.filter { $0.status == .evaluated }.count,
            ledger: ledger.current, failure: failure)
    }

    struct Slice {
        var candidates: [SessionCandidate]
        var cursor: SessionCursor
        /// Set when a pick failed: `candidates` and `cursor` then cover only the picks before it.
        var failure: (any Error)?
    }

    /// Works one slice of the current batch: pages of previews from the cursor's offset until `limit` new people
    /// (or the batch's quota) are taken or the batch's results run out.
    func runSlice(
        session: SearchSession, batch: CompanyBatch, existing: [SessionCandidate], limit: Int,
        ledger: LedgerSink, events: @escaping ScoutEventHandler
    ) async throws -> Slice {
        let limits = pipeline.people.limits
        let quota = session.settings.candidatesPerBatch
        let want = min(limit, quota - session.cursor.yielded)
        var seenIDs = Set(existing.map(\.employeeID))
        var seenKeys = Set(existing.compactMap(\.preview.personKey))
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
            // A billed page is a pending charge until its answer (``ChargeBook``).
            let charge = LedgerEntry(
                sessionID: session.id, kind: .previewPage,
                subject: "batch \(batch.index)\(passes[pass].label) page \(pageNumber)",
                credits: limits.previewPageCredits, cacheHit: false, at: clock.now())
            let page = try await collector.budget.spending(
                sessionID: session.id, credits: limits.previewPageCredits,
                billed: { _ in true }
            ) {
                guard billed else { return try await pipeline.people.searchPreviews(query, page: pageNumber) }
                return try await collector.book.billed(charge, ledger: ledger, isBilled: { _ in true }) {
                    try await pipeline.people.searchPreviews(query, page: pageNumber)
                }
            }
            let skip = position - (pageNumber - 1) * limits.pageSize
            var passDone = page.results.count <= skip
            let pickedBefore = picked.count
            for preview in page.results.dropFirst(skip) {
                attempted += 1
                let key = preview.personKey
                if seenIDs.contains(preview.employeeID) || key.map(seenKeys.contains) == true { continue }
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
        let nextOrdinal = (existing.map(\.ordinal).max() ?? -1) + 1
        let results = await collectAndEvaluate(
            picked, session: session, batch: batch.index,
            firstOrdinal: nextOrdinal, ledger: ledger, events: events)
        var candidates: [SessionCandidate] = []
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let candidate):
                candidates.append(candidate)
            case .failure(let error):
                // Keep what was done before the failure; the cursor stops just before the failed pick.
                let yielded = session.cursor.yielded + candidates.filter { $0.status == .evaluated }.count
                let offset = index == 0 ? session.cursor.offset : pickedOffsets[index - 1]
                let cursor = SessionCursor(batchIndex: session.cursor.batchIndex, offset: offset, yielded: yielded)
                return Slice(candidates: candidates, cursor: cursor, failure: error)
            }
        }
        let yielded = session.cursor.yielded + candidates.filter { $0.status == .evaluated }.count
        let done = exhausted || yielded >= quota
        let cursor =
            done
            ? SessionCursor(batchIndex: session.cursor.batchIndex + 1)
            : SessionCursor(batchIndex: session.cursor.batchIndex, offset: attempted, yielded: yielded)
        return Slice(candidates: candidates, cursor: cursor, failure: nil)
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
            return passes
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
        return passes
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
            location: requirements.location.map { PlaceSet.primary(in: $0) ?? $0 }, currentOnly: true)
    }
}
