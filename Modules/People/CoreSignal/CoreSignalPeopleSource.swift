import Foundation
public import Logging
public import Metrics
public import ScoutCore
public import ScoutVendorKit

/// The `coresignal` people source (CoreSignal v2, vendor-contracts.md §1): company resolution through company search
/// preview, people search through `/search/es_dsl/preview` (20 a page, `page=N`) or `/search/es_dsl` (ids, `after`
/// cursor), and billed collects decoded once into Scout's model. 402 stops the run with `quotaExhausted`; 404 on a
/// collect is nil; 401 is a config error naming the key's variable.
public struct CoreSignalPeopleSource: PeopleSource {
    public let config: Config
    public var limits: PeopleSourceLimits { config.limits }
    let apiKey: Secret
    let client: VendorClient
    let cursors = LockedValue<[String: String]>([:])

    public init(
        config: Config, apiKey: Secret, logger: Logger, clock: any ScoutClock = SystemClock(),
        vendorClock: any VendorClock = SystemVendorClock(), hooks: VendorHooks = .none,
        metrics: any MetricsFactory = NOOPMetricsHandler.instance
    ) {
        self.config = config
        self.apiKey = apiKey
        client = VendorClient(
            vendor: "CoreSignal", settings: config.http, logger: logger, clock: vendorClock, hooks: hooks,
            metrics: metrics, rateHeaders: .coreSignal)
    }

    public func searchPreviews(_ query: PeopleQuery, page: Int) async throws -> PreviewPage {
        guard page >= 1 else { throw ScoutError.badInput("preview page must be 1 or more, got \(page)") }
        guard page <= config.maxPages else { return PreviewPage(results: [], page: page, totalResults: nil) }
        if config.searchMode == .esDSL { return try await searchIDs(query, page: page) }
        let body = try CoreSignalQuery.json(CoreSignalQuery.people(query, sorted: false))
        let response = try await call(
            "POST", "/\(config.employeeDataset)/search/es_dsl/preview?page=\(page)", body: body,
            credits: config.previewPageCredits, label: "people preview page \(page)")
        guard let items = try? JSONSerialization.jsonObject(with: response.body) as? [Any] else {
            throw ScoutError.vendor("CoreSignal people preview page \(page): the body is not a JSON array")
        }
        let results = items.compactMap(JSONFields.init).compactMap(CoreSignalRecords.preview)
        return PreviewPage(
            results: results, page: page, totalResults: response.headers["x-total-results"].flatMap { Int($0) })
    }

    /// `/search/es_dsl` paging: page N needs the cursor of page N−1, walked from page 1 when unknown (search is free).
    func searchIDs(_ query: PeopleQuery, page: Int) async throws -> PreviewPage {
        let body = try CoreSignalQuery.json(CoreSignalQuery.people(query, sorted: true))
        let key = String(decoding: body, as: UTF8.self)
        var start = page
        while start > 1, cursors.withLock({ $0["\(start)|\(key)"] }) == nil { start -= 1 }
        for current in start...page {
            var path = "/\(config.employeeDataset)/search/es_dsl?items_per_page=\(config.pageSize)"
            if current > 1 {
                guard let after = cursors.withLock({ $0["\(current)|\(key)"] }) else {
                    return PreviewPage(results: [], page: page, totalResults: nil)
                }
                path += "&after=" + (after.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? after)
            }
            let response = try await call("POST", path, body: body, credits: 0, label: "people search page \(current)")
            guard let ids = try? JSONSerialization.jsonObject(with: response.body) as? [Any] else {
                throw ScoutError.vendor("CoreSignal people search page \(current): the body is not a JSON array")
            }
            let numbers = ids.compactMap { ($0 as? NSNumber)?.intValue ?? JSONFields($0)?.int("id") }
            let next = response.headers["x-next-page-after"]?.trimmingCharacters(in: .whitespaces)
            if let next, !next.isEmpty, numbers.count >= config.pageSize {
                cursors.withLock { $0["\(current + 1)|\(key)"] = next }
            }
            if current == page {
                let total = response.headers["x-total-results"].flatMap { Int($0) }
                return PreviewPage(
                    results: numbers.map { CandidatePreview(employeeID: $0, name: "") }, page: page, totalResults: total
                )
            }
        }
        return PreviewPage(results: [], page: page, totalResults: nil)
    }

    public func collectProfile(employeeID: Int) async throws -> Profile? {
        let response = try await call(
            "GET", "/\(config.employeeDataset)/collect/\(employeeID)", credits: config.profileCredits,
            label: "collect employee \(employeeID)", notFoundIsNil: true)
        guard response.status != 404 else { return nil }
        do { return try CoreSignalRecords.profile(response.body) } catch {
            throw ScoutError.vendor("CoreSignal collect employee \(employeeID): \(error)")
        }
    }

    public func collectCompany(id: Int) async throws -> CompanyRecord? {
        let response = try await call(
            "GET", "/\(config.companyDataset)/collect/\(id)", credits: config.companyCredits,
            label: "collect company \(id)", notFoundIsNil: true)
        guard response.status != 404 else { return nil }
        do { return try CoreSignalRecords.company(response.body) } catch {
            throw ScoutError.vendor("CoreSignal collect company \(id): \(error)")
        }
    }

    /// One call with the contract's status mapping; a 2xx body that is not JSON is retried as a bad response.
    func call(
        _ method: String, _ path: String, body: Data? = nil, credits: Int, label: String, notFoundIsNil: Bool = false
    ) async throws -> VendorResponse {
        var headers = [("apikey", apiKey.value), ("accept", "application/json")]
        if body != nil { headers.append(("content-type", "application/json")) }
        let request = VendorRequest(
            method: method, url: BaseURL.join(config.baseURL, path), headers: headers, body: body,
            credits: credits, label: label)
        let response = try await client.send(request, isValid: VendorClient.jsonBody)
        switch response.status {
        case 200..<300: return response
        case 404 where notFoundIsNil: return response
        case 401, 403:
            throw ScoutError(
                .config, "CoreSignal rejected the API key from \(config.apiKey.env) (HTTP \(response.status))")
        case 402:
            throw ScoutError(
                .quotaExhausted,
                "CoreSignal credits exhausted (HTTP 402: \(response.errorText.prefix(80))); stopping, everything collected so far is kept"
            )
        default:
            throw ScoutError.vendor("CoreSignal \(label): HTTP \(response.status) (\(response.errorText.prefix(160)))")
        }
    }
}

extension CoreSignalPeopleSource {
    /// The `coresignal` factory.
    public static let factory = PluginFactory<any PeopleSource>(
        type: "coresignal",
        summary: "CoreSignal v2 people data: company resolution, ES DSL preview search, billed collects",
        config: Config.self
    ) { config, context in
        let key = try context.secrets.resolve(config.apiKey, for: "\(context.path).api_key")
        return CoreSignalPeopleSource(
            config: config, apiKey: key, logger: context.logger, clock: context.clock, metrics: context.metrics)
    }
}

extension CoreSignalPeopleSource: AnswerIdentity {
    /// Endpoint, tier and search mode: what a preview page depends on besides the query and page.
    public var answerIdentity: String {
        "coresignal|\(config.baseURL)|\(config.employeeDataset)|\(config.searchMode.rawValue)|\(config.pageSize)"
    }
}
