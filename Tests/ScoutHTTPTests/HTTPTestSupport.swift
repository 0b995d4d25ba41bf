import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import ScoutCore
import ScoutHTTP
import ScoutPlugins
import ScoutTesting

/// A Scout service over the embedded sample world with a memory store, and helpers to call it.
struct TestServer {
    static let searchKey = "test-search-key"
    static let adminKey = "test-admin-key"
    static let otherKey = "test-other-key"

    static let voiceJD = SampleJDs.voiceML

    let service: ScoutService

    static func make(
        yaml: String = "store: {type: memory}", limits: ServerLimits = relaxed, registry: PluginRegistry? = nil
    ) async throws -> TestServer {
        let registry = try registry ?? BuiltinPlugins.registry()
        let config = try ConfigLoader(registry: registry, environment: [:]).load(yaml: yaml, file: "test.yaml")
        let keys = APIKeys([
            APIKey(key: searchKey, workspace: "acme", scopes: [.search]),
            APIKey(key: adminKey, workspace: "acme", scopes: [.search, .admin]),
            APIKey(key: otherKey, workspace: "globex", scopes: [.search, .admin]),
        ])
        let service = try await ScoutService.make(
            config: config, registry: registry, keys: keys, logger: Logger(label: "scout.http.test"),
            secrets: SecretResolver(environment: [:]),
            dataDirectory: FileManager.default.temporaryDirectory, limits: limits)
        return TestServer(service: service)
    }

    /// The defaults with header and idle timeouts of 10 minutes: the live test client opens its connection when a
    /// test starts and may first use it after a long stream (ConnectionLimitTests set the timeouts they test).
    static var relaxed: ServerLimits {
        var limits = ServerLimits()
        limits.headerTimeout = .seconds(600)
        limits.idleTimeout = .seconds(600)
        return limits
    }

    /// The stand-alone application on a free loopback port.
    func application() throws -> some ApplicationProtocol {
        try buildApplication(service: service, host: "127.0.0.1", port: 0, logger: Logger(label: "scout.http.test"))
    }

    static func searchBody(count: Int = 5, extra: String = "", jd text: String = voiceJD) -> String {
        let jd = String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
        return #"{"jd": \#(jd), "count": \#(count)\#(extra)}"#
    }
}

extension TestClientProtocol {
    /// Sends a request with a Bearer key (nil: none) and returns the response.
    func call(
        _ method: HTTPRequest.Method, _ uri: String, key: String? = TestServer.searchKey, body: String? = nil,
        headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = headers
        if let key { headers[.authorization] = "Bearer \(key)" }
        if body != nil { headers[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
    }

    /// Runs a JSON domain search and returns its session id.
    func search(
        key: String = TestServer.searchKey, prefix: String = "", count: Int = 5, extra: String = "",
        jd: String = TestServer.voiceJD
    ) async throws -> String {
        let response = try await call(
            .post, prefix + "/api/jd/domain-search", key: key,
            body: TestServer.searchBody(count: count, extra: extra, jd: jd))
        guard response.status == .ok, let id = response.json["session_id"] as? String else {
            throw TestFailure("domain-search answered \(response.status): \(response.text)")
        }
        return id
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:] }
    var errorCode: String? { (json["error"] as? [String: Any])?["code"] as? String }
    var errorField: String? { (json["error"] as? [String: Any])?["field"] as? String }
}

/// One parsed Server-Sent Event.
struct ParsedEvent: Equatable {
    var name: String
    var id: String?
    var data: String

    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(data.utf8))) as? [String: Any] ?? [:] }

    /// Parses complete events (blocks ending in a blank line) from SSE text.
    static func parse(_ text: String) -> [ParsedEvent] {
        text.components(separatedBy: "\n\n").compactMap { block in
            var event = ParsedEvent(name: "message", id: nil, data: "")
            var seen = false
            for line in block.split(separator: "\n") {
                if line.hasPrefix("event: ") {
                    event.name = String(line.dropFirst(7)); seen = true
                } else if line.hasPrefix("id: ") {
                    event.id = String(line.dropFirst(4))
                } else if line.hasPrefix("data: ") {
                    event.data += String(line.dropFirst(6)); seen = true
                }
            }
            return seen ? event : nil
        }
    }
}
