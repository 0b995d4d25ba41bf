import Foundation
internal import HTTPTypes
internal import Hummingbird
public import Logging
internal import NIOCore
public import SampleWorld
import ScoutCore

/// Loopback fakes of CoreSignal, Tavily, Anthropic and an OpenAI-compatible server over the sample world, on one port,
/// in their documented wire formats. `GET /_sandbox/stats` shows billed calls per employee and company id.
public final class ScoutSandbox: Sendable {
    public let options: SandboxOptions
    let state: SandboxState
    /// The sample world the fakes serve.
    public let world: SampleWorld
    let logger: Logger

    public init(options: SandboxOptions = SandboxOptions(), logger: Logger = Logger(label: "scout.sandbox")) {
        self.options = options
        state = SandboxState(options: options)
        world = SampleWorld.shared(seed: options.worldSeed, variant: options.worldVariant)
        self.logger = logger
    }

    /// Counters so far.
    public var stats: SandboxStats { state.stats }

    /// The router with every fake's routes.
    func router() -> Router<BasicRequestContext> {
        let router = Router()
        CoreSignalFake(sandbox: self).register(on: router)
        TavilyFake(sandbox: self).register(on: router)
        AnthropicFake(sandbox: self).register(on: router)
        OpenAIFake(sandbox: self).register(on: router)
        router.get("_sandbox/stats") { _, _ in
            let data = (try? JSONEncoder().encode(self.state.stats)) ?? Data()
            return SandboxHTTP.raw(data, status: 200, contentType: "application/json")
        }
        return router
    }

    /// Starts serving on 127.0.0.1 (`port` 0 picks a free one) until `stop()` or until the returned server's task
    /// is cancelled.
    public func start(port: Int = 0) async throws -> SandboxServer {
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "scout-sandbox"),
            onServerRunning: { channel in
                continuation.yield(channel.localAddress?.port ?? 0)
                continuation.finish()
            }, logger: logger)
        let task = Task { try await app.runService(gracefulShutdownSignals: []) }
        var bound: Int?
        for await value in stream {
            bound = value
            break
        }
        guard let bound, bound > 0 else {
            task.cancel()
            throw ScoutError(.internalError, "the sandbox could not bind 127.0.0.1:\(port)")
        }
        return SandboxServer(port: bound, task: task)
    }

    func latency(_ vendor: SandboxVendor) async {
        await SandboxHTTP.sleep(milliseconds: options.latencyMilliseconds[vendor] ?? 0)
    }
}

/// A running sandbox: its port, the vendors' base URLs and a stop handle.
public struct SandboxServer: Sendable {
    public let port: Int
    let task: Task<Void, any Error>

    public var root: String { "http://127.0.0.1:\(port)" }
    /// The `base_url` of each vendor plugin.
    public var coreSignalBaseURL: String { "\(root)/coresignal/cdapi/v2" }
    public var tavilyBaseURL: String { "\(root)/tavily" }
    public var anthropicBaseURL: String { "\(root)/anthropic" }
    public var openAIBaseURL: String { "\(root)/openai" }
    public var statsURL: String { "\(root)/_sandbox/stats" }

    /// Stops the server.
    public func stop() async {
        task.cancel()
        _ = await task.result
    }

    /// Runs until the task is cancelled (e.g. by Ctrl-C in the CLI).
    public func wait() async {
        _ = await task.result
    }
}
