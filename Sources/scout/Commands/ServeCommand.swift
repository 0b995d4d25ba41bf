import ArgumentParser
import Foundation
import Logging
import ScoutCore
import ScoutHTTP

/// `scout serve` — Scout's HTTP API (Hummingbird), built from the same plugins.yaml as the CLI.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve Scout's HTTP API.",
        discussion: """
            API keys come from --auth FILE (YAML: keys: [{key, workspace, scopes}]) or SCOUT_API_KEYS \
            ("key:workspace:search+admin,…"). /healthz, /readyz, /metrics and /openapi.yaml need no key.
            """)

    @OptionGroup var options: ConfigOptions

    @Option(name: .long, help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on (0 picks a free port).")
    var port = 8080

    @Option(name: .long, help: "YAML file of API keys (default: the SCOUT_API_KEYS environment variable).")
    var auth: String?

    func run() async throws {
        let keys = try loadKeys()
        let (config, registry) = try options.load()
        let logger = Logger(label: "scout.http")
        let service = try await ScoutService.make(
            config: config, registry: registry, keys: APIKeys(keys.apiKeys), logger: logger)
        let host = self.host
        let count = keys.apiKeys.count
        try await runScoutServer(service: service, host: host, port: port, logger: logger) { port in
            Terminal.note("Scout is serving http://\(host):\(port) (\(count) API key(s); Ctrl-C stops)")
        }
    }

    func loadKeys() throws -> ServeConfig {
        let environment = ProcessInfo.processInfo.environment
        let config: ServeConfig
        if let auth {
            let data = try FileInput.data(atPath: auth, what: "--auth file")
            config = try ServeConfig.parse(
                yaml: String(decoding: data, as: UTF8.self), file: auth, environment: environment)
        } else if let value = environment["SCOUT_API_KEYS"], !value.isEmpty {
            config = try ServeConfig.parse(environmentValue: value)
        } else {
            throw ScoutError.badInput("no API keys: pass --auth FILE or set SCOUT_API_KEYS=key:workspace:search+admin")
        }
        guard !config.apiKeys.isEmpty else { throw ScoutError.badInput("no API keys are configured") }
        return config
    }
}
