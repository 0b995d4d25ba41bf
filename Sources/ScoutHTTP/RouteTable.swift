import HTTPTypes
import Hummingbird

/// Registers Scout's routes and remembers the methods each path answers: every GET also answers HEAD (the same
/// status and headers, no body), and ``addMethodNotAllowed()`` answers every other method on a known path 405 with
/// an `Allow` header, instead of the router's 404.
struct RouteTable<Context: RequestContext> {
    typealias Handler = @Sendable (Request, Context) async throws -> Response

    let group: RouterGroup<Context>
    let service: ScoutService
    private var methods: [(path: String, methods: [HTTPRequest.Method])] = []

    init(group: RouterGroup<Context>, service: ScoutService) {
        self.group = group
        self.service = service
    }

    /// The methods a known path may be asked with and is not, answered 405.
    static var answered: [HTTPRequest.Method] { [.get, .head, .post, .put, .patch, .delete, .options] }

    mutating func get(_ path: String, _ handler: @escaping Handler) {
        let handler = Self.timed(handler)
        group.get(RouterPath(path), use: handler)
        group.head(RouterPath(path)) { request, context in
            let response = try await handler(request, context)
            return Response(status: response.status, headers: response.headers, body: ResponseBody())
        }
        record(path, [.get, .head])
    }

    mutating func post(_ path: String, _ handler: @escaping Handler) {
        group.post(RouterPath(path), use: Self.timed(handler))
        record(path, [.post])
    }

    /// The handler with its request's arrival noted (``RequestStart``), for the latency histogram.
    static func timed(_ handler: @escaping Handler) -> Handler {
        { request, context in
            try await RequestStart.$instant.withValue(.now) { try await handler(request, context) }
        }
    }

    private mutating func record(_ path: String, _ added: [HTTPRequest.Method]) {
        if let index = methods.firstIndex(where: { $0.path == path }) {
            methods[index].methods += added
        } else {
            methods.append((path, added))
        }
    }

    /// Answers the methods no route declared on each known path 405 `method_not_allowed` with `Allow`.
    func addMethodNotAllowed() {
        for (path, declared) in methods {
            let allow = declared.map(\.rawValue).joined(separator: ", ")
            for method in Self.answered where !declared.contains(method) {
                group.on(RouterPath(path), method: method) { [service] request, _ in
                    service.errorResponse(
                        "method_not_allowed",
                        ScoutHTTPError.methodNotAllowed(request.method.rawValue, allow: allow),
                        started: .now)
                }
            }
        }
    }
}
