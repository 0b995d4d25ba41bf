import Foundation
import Logging

/// The orchestrator's caches of vendor answers, held in the store (``RecordCache/cachedAnswer(namespace:key:)``):
/// web-search answers, JD parses, preview pages and evaluations, each keyed by a SHA-256 of everything the answer
/// depends on (the stage's ``AnswerIdentity``, the input) and kept for a freshness window (`cache.*_days`).
/// A repeat search within the windows makes no vendor call; ``refreshing`` (`--refresh`, HTTP `refresh`) skips the
/// reads for one call and saves the new answers. Failures to read or save are logged and count as misses.
struct AnswerCache: Sendable {
    enum Kind: String, CaseIterable {
        case webSearch = "web_search", jdParse = "jd_parse", previewPage = "preview_page", evaluation
    }

    /// True inside a call that must ask the vendors again (`--refresh`); inherited by the call's child tasks.
    @TaskLocal static var refreshing = false

    let store: any RecordCache
    let clock: any ScoutClock
    let policy: CachePolicy
    let logger: Logger
    let metrics: ScoutMetrics

    /// How long an answer of `kind` is used; nil when it is not cached at all (its window is 0 days).
    func maxAge(_ kind: Kind) -> TimeInterval? {
        let days: Int
        switch kind {
        case .webSearch: days = policy.webSearchDays
        case .jdParse: days = policy.jdParseDays
        case .previewPage: days = policy.previewDays
        case .evaluation: days = policy.evaluationDays
        }
        return days > 0 ? TimeInterval(days) * 86_400 : nil
    }

    /// The key of an answer: a SHA-256 of its parts.
    static func key(_ parts: [String]) -> String { SHA256.hex(parts.joined(separator: "\u{1F}")) }

    /// Canonical JSON of a part of a key (sorted keys).
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "\(value)"
    }

    /// The fresh answer of `kind` under `key`, unless refreshing; nil on a miss.
    func lookup<T: Decodable & Sendable>(_ type: T.Type, _ kind: Kind, key: String) async -> T? {
        guard let maxAge = maxAge(kind), !Self.refreshing else { return nil }
        do {
            guard let cached = try await store.cachedAnswer(namespace: kind.rawValue, key: key),
                clock.now().timeIntervalSince(cached.fetchedAt) < maxAge
            else {
                metrics.answer(kind.rawValue, hit: false)
                return nil
            }
            let value = try JSONDecoder().decode(T.self, from: cached.value)
            metrics.answer(kind.rawValue, hit: true)
            return value
        } catch {
            logger.warning(
                "answer cache unreadable", metadata: ["cache": .string(kind.rawValue), "error": .string("\(error)")])
            metrics.answer(kind.rawValue, hit: false)
            return nil
        }
    }

    /// Saves a new answer of `kind` (when that kind is cached).
    func save(_ value: some Encodable, _ kind: Kind, key: String) async {
        guard maxAge(kind) != nil else { return }
        do {
            let data = try JSONEncoder().encode(value)
            try await store.saveAnswer(namespace: kind.rawValue, key: key, value: data, fetchedAt: clock.now())
        } catch {
            logger.warning(
                "answer not cached", metadata: ["cache": .string(kind.rawValue), "error": .string("\(error)")])
        }
    }

    /// `fetch`'s answer through the cache of `kind`: the fresh cached one, else fetched and saved. `hit` tells which.
    func through<T: Codable & Sendable>(
        _ kind: Kind, key: String, fetch: () async throws -> T
    ) async throws -> (value: T, hit: Bool) {
        if let cached = await lookup(T.self, kind, key: key) { return (cached, true) }
        let value = try await fetch()
        await save(value, kind, key: key)
        return (value, false)
    }

    /// A web search answered from the cache when `base` has an ``AnswerIdentity``.
    func webSearch(_ base: any WebSearch) -> any WebSearch {
        guard let identity = (base as? any AnswerIdentity)?.answerIdentity, maxAge(.webSearch) != nil else {
            return base
        }
        return CachedWebSearch(base: base, identity: identity, cache: self)
    }

    /// The requirements of a JD: from the cache when the parser has an ``AnswerIdentity``.
    func parse(_ text: String, with parser: any JDParser) async throws -> JobRequirements {
        guard let identity = (parser as? any AnswerIdentity)?.answerIdentity else {
            return try await parser.parse(text)
        }
        return try await through(.jdParse, key: Self.key([identity, text])) { try await parser.parse(text) }.value
    }

    /// One preview page: from the cache when the people source has an ``AnswerIdentity``; `fetch` asks the vendor.
    func previews(
        _ query: PeopleQuery, page: Int, source: any PeopleSource, fetch: () async throws -> PreviewPage
    ) async throws -> (page: PreviewPage, hit: Bool) {
        guard let identity = (source as? any AnswerIdentity)?.answerIdentity else { return (try await fetch(), false) }
        let result = try await through(
            .previewPage, key: Self.key([identity, Self.json(query), String(page)]), fetch: fetch)
        return (result.value, result.hit)
    }

    /// An evaluation: from the cache when the evaluator has an ``AnswerIdentity``. The key holds the requirements and
    /// the dossier's content (profile, companies, discovered companies), so a changed profile is scored again. Only
    /// scored (ok) evaluations are kept.
    func evaluation(
        _ dossier: CandidateDossier, requirements: JobRequirements, evaluator: any CandidateEvaluator
    ) async throws -> Evaluation {
        guard let identity = (evaluator as? any AnswerIdentity)?.answerIdentity else {
            return try await evaluator.evaluate(dossier, for: requirements)
        }
        // Prefixed with the person's id, so an erasure finds their evaluations (``ErasureMatch``).
        let key =
            ErasureMatch.evaluationKeyPrefix(dossier.preview.employeeID)
            + Self.key([
                identity, Self.json(requirements), Self.json(dossier.preview), Self.json(dossier.profile),
                Self.json(dossier.companies.sorted { $0.key < $1.key }.map(\.value)),
                Self.json(dossier.discovered.sorted { $0.key < $1.key }.map(\.value)),
            ])
        if let cached = await lookup(Evaluation.self, .evaluation, key: key) { return cached }
        let evaluation = try await evaluator.evaluate(dossier, for: requirements)
        if evaluation.status == .ok { await save(evaluation, .evaluation, key: key) }
        return evaluation
    }
}

/// A web search whose answers come from the answer cache while fresh. Each answer is kept with the web-search credits
/// the vendor billed for it, so a cached answer is a saving of that much in the ledger.
struct CachedWebSearch: WebSearch {
    let base: any WebSearch
    let identity: String
    let cache: AnswerCache

    struct Answer: Codable, Sendable {
        var results: [WebResult]
        var credits: Int
    }

    func search(_ query: WebQuery) async throws -> [WebResult] {
        let key = AnswerCache.key(["v2", identity, AnswerCache.json(query)])
        if let cached = await cache.lookup(Answer.self, .webSearch, key: key) {
            if cached.credits > 0 {
                VendorSpend.recorder?.add(
                    kind: .webSearch, subject: query.text, credits: cached.credits, cacheHit: true)
            }
            return cached.results
        }
        // An answer cached before answers kept their credits: still an answer (its saving unknown, so none recorded).
        if let older = await cache.lookup(
            [WebResult].self, .webSearch, key: AnswerCache.key([identity, AnswerCache.json(query)]))
        {
            return older
        }
        // The vendor's report of this one call, passed on to the step's recorder as well.
        let own = SpendRecorder()
        defer { own.forward(to: VendorSpend.recorder) }
        let results = try await VendorSpend.$recorder.withValue(own) { try await base.search(query) }
        await cache.save(Answer(results: results, credits: own.credits(of: .webSearch)), .webSearch, key: key)
        return results
    }
}
