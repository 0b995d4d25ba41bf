import ArgumentParser
import Foundation
import Logging
import ScoutCore
import ScoutHTTP

/// `scout serve` — Scout's HTTP API (Hummingbird) and the recruiter's web page, built from the same plugins.yaml as
/// the CLI. `--local` is the one-person setup: loopback only, with a key of its own.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve Scout's HTTP API and the recruiter's web page.",
        discussion: """
            API keys come from --auth FILE (YAML: keys: [{key, workspace, scopes}]) or SCOUT_API_KEYS \
            ("key:workspace:search+admin,…"). /healthz, /readyz, /metrics and /openapi.yaml need no key. \
            --local listens on 127.0.0.1 only, adds a key of its own (kept in .scout/local-api-key, in the CLI's \
            workspace) and prints the page's address with that key, http://127.0.0.1:PORT/#key=…. API keys must \
            have at least 16 characters. The limits below bound what hostile or heavy traffic can take \
            (docs/http-api.md, "Limits"); times are in seconds.
            """)

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on, 0–65535 (0 picks a free port).")
    var port = 8080

    @Option(name: .long, help: "YAML file of API keys (default: the SCOUT_API_KEYS environment variable).")
    var auth: String?

    @Flag(name: .long, help: "One-person setup: loopback only, a local key, and the page's sign-in link printed.")
    var local = false

    @OptionGroup(title: "Limits") var limits: ServeLimitOptions

    func validate() throws {
        if local, !LocalKey.isLoopback(host) {
            throw ValidationError("--local listens on loopback only; drop --host \(host) or --local")
        }
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535, got \(port)")
        }
        if let problem = limits.serverLimits.problems().first { throw ValidationError(problem) }
    }

    func run() async throws {
        let (config, registry) = try options.load()
        var keys = try loadKeys(required: !local)
        let localKey = local ? try LocalKey.loadOrCreate(in: URL(fileURLWithPath: ".scout")) : nil
        if let localKey {
            keys.apiKeys.append(APIKey(key: localKey, workspace: config.session.workspace, scopes: [.search, .admin]))
        }
        let logger = Logger(label: "scout.http")
        let service = try await ScoutService.make(
            config: config, registry: registry, keys: APIKeys(keys.apiKeys), logger: logger,
            limits: limits.serverLimits)
        let host = self.host
        let count = keys.apiKeys.count
        try await runScoutServer(service: service, host: host, port: port, logger: logger) { port in
            Terminal.note("Scout is serving http://\(host):\(port) (\(count) API key(s); Ctrl-C stops)")
            if let localKey {
                // The key travels in the fragment, which browsers never send to the server.
                FileHandle.standardOutput.write(Data("Open http://\(host):\(port)/#key=\(localKey)\n".utf8))
            }
        }
    }

    func loadKeys(required: Bool) throws -> ServeConfig {
        let environment = ProcessInfo.processInfo.environment
        let config: ServeConfig
        if let auth {
            let data = try FileInput.data(atPath: auth, what: "--auth file")
            config = try ServeConfig.parse(
                yaml: String(decoding: data, as: UTF8.self), file: auth, environment: environment)
        } else if let value = environment["SCOUT_API_KEYS"], !value.isEmpty {
            config = try ServeConfig.parse(environmentValue: value)
        } else if required {
            throw ScoutError.badInput(
                "no API keys: pass --auth FILE, set SCOUT_API_KEYS=key:workspace:search+admin, or use --local")
        } else {
            return ServeConfig(apiKeys: [])
        }
        guard !config.apiKeys.isEmpty || !required else { throw ScoutError.badInput("no API keys are configured") }
        return config
    }
}
