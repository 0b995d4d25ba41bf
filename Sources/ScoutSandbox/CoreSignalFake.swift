import Foundation
internal import Hummingbird
import SampleWorld
import ScoutCore

/// CoreSignal v2 over the sample world (vendor-contracts.md §1): `apikey` auth, ES DSL search (ids, `after` paging),
/// preview (20 a page, `page=N`, capped), collects in the vendor's snake_case shape, 402 when credits run out, 404 for
/// unknown ids (not billed), `x-credits-remaining` on every answer.
struct CoreSignalFake {
    let sandbox: ScoutSandbox
    static let employeeTiers: Set<String> = ["employee_base", "employee_clean", "employee_multi_source"]
    static let companyTiers: Set<String> = ["company_base", "company_clean", "company_multi_source"]
    static let prefix = "coresignal/cdapi/v2"

    func register(on router: Router<BasicRequestContext>) {
        router.post("\(Self.prefix)/:dataset/search/es_dsl/preview") { request, context in
            await handle(request) { try await preview(request, dataset: context.parameters.get("dataset") ?? "") }
        }
        router.post("\(Self.prefix)/:dataset/search/es_dsl") { request, context in
            await handle(request) { try await search(request, dataset: context.parameters.get("dataset") ?? "") }
        }
        router.get("\(Self.prefix)/:dataset/collect/:id") { request, context in
            await handle(request) {
                collect(dataset: context.parameters.get("dataset") ?? "", id: context.parameters.get("id") ?? "")
            }
        }
    }

    var state: SandboxState { sandbox.state }

    /// Auth, rate limit, latency and faults, then the endpoint.
    func handle(_ request: Request, _ endpoint: () async throws -> Response) async -> Response {
        await sandbox.latency(.coresignal)
        let fault = state.fault(for: .coresignal, streaming: false)
        guard let key = SandboxHTTP.header(request, "apikey"), !key.isEmpty,
            sandbox.options.coreSignalKey.map({ $0 == key }) ?? true
        else { return SandboxHTTP.json(["detail": "Invalid API key"], status: 401) }
        let admission = state.admitCoreSignal()
        guard admission.admitted else {
            return SandboxHTTP.json(
                ["message": "API rate limit exceeded"], status: 429,
                headers: [("Retry-After", retryAfter)] + rateHeaders(remaining: 0))
        }
        return SandboxHTTP.adding(rateHeaders(remaining: admission.remaining), to: await answer(fault, endpoint))
    }

    /// The rate headers CoreSignal's gateway was seen sending (vendor-contracts.md §1.5), when a rate is set.
    func rateHeaders(remaining: Int?) -> [(String, String)] {
        guard let limit = sandbox.options.coreSignalRequestsPerSecond, let remaining else { return [] }
        return [("x-ratelimit-limit-second", String(limit)), ("x-ratelimit-remaining-second", String(remaining))]
    }

    /// The injected fault's answer, or the endpoint's.
    private func answer(_ fault: SandboxFault?, _ endpoint: () async throws -> Response) async -> Response {
        switch fault {
        case .serverError: return SandboxHTTP.json(["detail": "Service temporarily unavailable"], status: 503)
        case .tooMany:
            return SandboxHTTP.json(
                ["message": "API rate limit exceeded"], status: 429, headers: [("Retry-After", retryAfter)])
        case .stall:
            await SandboxHTTP.sleep(milliseconds: Int(sandbox.options.stallSeconds * 1000))
            return SandboxHTTP.json(["message": "upstream request timed out"], status: 504)
        case .malformed: return SandboxHTTP.malformed()
        case .cut, nil: break
        }
        do { return try await endpoint() } catch {
            return SandboxHTTP.json(["detail": "Unprocessable request"], status: 422)
        }
    }

    var retryAfter: String {
        let seconds = sandbox.options.retryAfterSeconds
        return seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    /// `x-credits-remaining` on every answer, as the vendor sends it: the balance left, or with no `--credits` a
    /// notional billion less what was spent.
    var creditHeader: [(String, String)] {
        let stats = state.stats
        return [("x-credits-remaining", String(stats.creditsRemaining ?? (Self.unlimitedBalance - stats.creditsSpent)))]
    }

    static let unlimitedBalance = 1_000_000_000

    func preview(_ request: Request, dataset: String) async throws -> Response {
        let body = try await SandboxHTTP.body(request)
        guard let object = SandboxHTTP.object(body) else {
            return SandboxHTTP.json(["detail": "Invalid JSON body"], status: 400)
        }
        for key in ["size", "from", "sort"] where object[key] != nil {
            return SandboxHTTP.json(
                ["detail": [["msg": "Extra inputs are not permitted", "loc": ["body", key]]]], status: 422)
        }
        let page = request.uri.queryParameters.get("page", as: Int.self) ?? 1
        let items: [[String: Any]]
        let total: Int
        if Self.companyTiers.contains(dataset) {
            let matches = CoreSignalDSL.companies(object, world: sandbox.world)
            total = matches.count
            items = page == 1 ? matches.prefix(20).map(CoreSignalWire.companyPreview) : []
        } else if Self.employeeTiers.contains(dataset) {
            let matches = sandbox.world.searchPeople(CoreSignalDSL.peopleQuery(object))
            total = matches.count
            let start = (page - 1) * 20
            let slice =
                page >= 1 && page <= sandbox.options.previewPageCap && start < matches.count
                ? Array(matches[start..<min(matches.count, start + 20)]) : []
            items = slice.compactMap { match in
                sandbox.world.profile(employeeID: match.employeeID).map {
                    CoreSignalWire.employeePreview($0, score: match.score)
                }
            }
        } else {
            return SandboxHTTP.json(["detail": "Not Found"], status: 404)
        }
        guard state.charge(sandbox.options.previewPageCredits) else {
            return SandboxHTTP.json(["detail": "Insufficient credits"], status: 402)
        }
        state.update { $0.previewPages += 1 }
        return SandboxHTTP.json(items, headers: [("x-total-results", String(total))] + creditHeader)
    }

    func search(_ request: Request, dataset: String) async throws -> Response {
        let body = try await SandboxHTTP.body(request)
        guard let object = SandboxHTTP.object(body) else {
            return SandboxHTTP.json(["detail": "Invalid JSON body"], status: 400)
        }
        for key in ["size", "from"] where object[key] != nil {
            return SandboxHTTP.json(["detail": "Extra inputs are not permitted: \(key)"], status: 422)
        }
        let perPage = min(1000, max(1, request.uri.queryParameters.get("items_per_page", as: Int.self) ?? 1000))
        let offset = request.uri.queryParameters.get("after").flatMap { Int($0.split(separator: ",").last ?? "") } ?? 0
        let ids: [(id: Int, score: Double)]
        if Self.companyTiers.contains(dataset) {
            ids = CoreSignalDSL.companies(object, world: sandbox.world).map { ($0.id, 1.0) }
        } else if Self.employeeTiers.contains(dataset) {
            ids = sandbox.world.searchPeople(CoreSignalDSL.peopleQuery(object)).map { ($0.employeeID, $0.score) }
        } else {
            return SandboxHTTP.json(["detail": "Not Found"], status: 404)
        }
        state.update { $0.searches += 1 }
        let page = Array(ids.dropFirst(offset).prefix(perPage))
        var headers = [
            ("x-total-results", String(ids.count)), ("x-total-pages", String((ids.count + perPage - 1) / perPage)),
        ]
        if let last = page.last, offset + page.count < ids.count {
            headers.append(("x-next-page-after", "\(last.score),\"2026-11-01T00:00:00.000Z\",\(offset + page.count)"))
        }
        return SandboxHTTP.json(page.map(\.id), headers: headers + creditHeader)
    }

    func collect(dataset: String, id: String) -> Response {
        let cost = sandbox.options.collectCredits
        if Self.employeeTiers.contains(dataset) {
            guard let number = Int(id), let profile = sandbox.world.profile(employeeID: number) else {
                return SandboxHTTP.json(["detail": "Not Found"], status: 404)
            }
            guard state.charge(cost) else { return SandboxHTTP.json(["detail": "Insufficient credits"], status: 402) }
            state.update { $0.employeeCollects[String(number), default: 0] += 1 }
            return SandboxHTTP.json(CoreSignalWire.employee(profile), headers: creditHeader)
        }
        if Self.companyTiers.contains(dataset) {
            guard let number = Int(id), let company = sandbox.world.company(id: number) else {
                return SandboxHTTP.json(["detail": "Not Found"], status: 404)
            }
            guard state.charge(cost) else { return SandboxHTTP.json(["detail": "Insufficient credits"], status: 402) }
            state.update { $0.companyCollects[String(number), default: 0] += 1 }
            return SandboxHTTP.json(CoreSignalWire.company(company), headers: creditHeader)
        }
        return SandboxHTTP.json(["detail": "Not Found"], status: 404)
    }
}
