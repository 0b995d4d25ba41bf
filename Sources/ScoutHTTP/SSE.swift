import Foundation
import HTTPTypes
import Hummingbird
import ScoutCore
import ServiceLifecycle

/// One Server-Sent Event: `event: <name>`, an optional `id:`, and one line of JSON `data:`.
struct SSEEvent: Sendable, Equatable {
    var name: String
    var id: String?
    var data: Data

    init(_ name: String, id: String? = nil, _ payload: some Encodable) {
        self.name = name
        self.id = id
        self.data = JSONResponse.data(payload)
    }

    var text: String {
        var text = "event: \(name)\n"
        if let id { text += "id: \(id)\n" }
        return text + "data: " + String(decoding: data, as: UTF8.self) + "\n\n"
    }
}

/// Where a stream's producer sends events, buffered until written, at most `limit` bytes of them: a client that
/// reads slower than the work produces is dropped once the buffer is full (``overflowed``; `onOverflow` closes its
/// connection), and the work goes on. After `close`, nothing more is sent, so a final event stays final.
final class SSEChannel: Sendable {
    private let continuation: AsyncStream<SSEEvent>.Continuation
    private let state = LockedValue((closed: false, buffered: 0, overflowed: false))
    private let limit: Int
    private let onOverflow: @Sendable () -> Void

    init(
        _ continuation: AsyncStream<SSEEvent>.Continuation, limit: Int = .max,
        onOverflow: @escaping @Sendable () -> Void = {}
    ) {
        self.continuation = continuation
        self.limit = limit
        self.onOverflow = onOverflow
    }

    /// True once the client fell `limit` bytes behind.
    var overflowed: Bool { state.withLock { $0.overflowed } }

    func send(_ event: SSEEvent) {
        let overflow = state.withLock { state -> Bool in
            guard !state.closed else { return false }
            let size = event.data.count + event.name.utf8.count + 16
            if state.buffered > 0, state.buffered + size > limit {
                state.overflowed = true
                state.closed = true
                continuation.finish()
                return true
            }
            state.buffered += size
            continuation.yield(event)
            return false
        }
        if overflow { onOverflow() }
    }

    /// The writer wrote `event`: its bytes leave the buffer.
    func written(_ event: SSEEvent) {
        state.withLock { $0.buffered -= event.data.count + event.name.utf8.count + 16 }
    }

    /// Sends `last` (if still open) and ends the stream.
    func close(with last: SSEEvent? = nil) {
        state.withLock { state in
            guard !state.closed else { return }
            if let last { continuation.yield(last) }
            state.closed = true
            continuation.finish()
        }
    }
}

enum SSE {
    static let contentType = "text/event-stream"
    static let headers: HTTPFields = [
        .contentType: contentType, .cacheControl: "no-cache", HTTPField.Name("X-Accel-Buffering")!: "no",
    ]

    struct Shutdown: Encodable {
        var code = "shutting_down"; var message = "the server is shutting down; reconnect to resume"
    }

    static let shutdownEvent = SSEEvent("shutdown", Shutdown())

    /// How a stream ended, for `scout_http_streams_total{outcome}`.
    enum Outcome: String, Sendable {
        /// The final event (a result) was written.
        case completed
        /// The stream ended with an `error` event.
        case error
        /// The server was stopping: a `shutdown` event ended it.
        case shutdown
        /// The client went away or stopped reading before the end.
        case clientGone = "client_gone"
    }

    /// What a stream needs beyond its producer.
    struct Settings: Sendable {
        var route: String
        var shutdown: ShutdownNotifier
        var bufferBytes = Int.max
        var metrics: ServiceMetrics?
        /// Closes the stream's connection (a client that stopped reading).
        var dropConnection: @Sendable () -> Void = {}
        /// The request's place in flight, given back when the work ends.
        var permit: AdmissionControl.Permit?
        /// Where the work runs (``WorkExecutor``).
        var executor: (any TaskExecutor)?
    }

    /// A streaming response: `produce` sends events and returns; the stream then ends. The work is not tied to the
    /// client: when it goes away or stops reading, the stream is dropped and the work goes on to its end (and
    /// commits). On graceful shutdown (of the service or the host's ServiceGroup) the producer is cancelled and the
    /// stream ends with a `shutdown` event.
    static func response(_ settings: Settings, produce: @escaping @Sendable (SSEChannel) async -> Void) -> Response {
        settings.permit?.handOff()
        let ticket = PermitTicket(settings.permit)
        let body = ResponseBody { writer in
            let started = ContinuousClock.now
            let (stream, continuation) = AsyncStream.makeStream(of: SSEEvent.self)
            let channel = SSEChannel(continuation, limit: settings.bufferBytes, onOverflow: settings.dropConnection)
            let producer = Task(executorPreference: settings.executor) {
                await produce(channel)
                channel.close()
                withExtendedLifetime(ticket) {}
            }
            let shutdown = settings.shutdown
            let registration = shutdown.register {
                channel.close(with: shutdownEvent)
                producer.cancel()
            }
            var outcome = Outcome.clientGone
            defer {
                shutdown.unregister(registration)
                settings.metrics?.stream(route: settings.route, outcome: outcome, duration: .now - started)
            }
            let last = try await withGracefulShutdownHandler {
                var last: String?
                for await event in stream {
                    try await writer.write(ByteBuffer(string: event.text))
                    channel.written(event)
                    last = event.name
                }
                return last
            } onGracefulShutdown: {
                shutdown.shutDown()
            }
            guard !channel.overflowed else { throw CancellationError() }
            try await writer.finish(nil)
            outcome = last == "error" ? .error : last == shutdownEvent.name ? .shutdown : .completed
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}

/// Gives a stream's place in flight back once nothing holds it any more: its work ended, or the response was dropped
/// before it was written (so the work never started).
final class PermitTicket: Sendable {
    let permit: AdmissionControl.Permit?

    init(_ permit: AdmissionControl.Permit?) { self.permit = permit }

    deinit { permit?.release() }
}

extension ScoutService {
    /// An event stream for `route` with this service's buffer bound, metrics and shutdown; it takes over the
    /// request's place in flight until its work ends.
    func stream(
        route: String, request: Request, produce: @escaping @Sendable (SSEChannel) async -> Void
    ) -> Response {
        let connection = request.headers[ConnectionGuard.idField].flatMap(Int.init)
        let connections = self.connections
        let settings = SSE.Settings(
            route: route, shutdown: shutdown, bufferBytes: limits.sseBufferBytes, metrics: metrics,
            dropConnection: { if let connection { connections.close(connection) } }, permit: RequestPermit.current,
            executor: work)
        return SSE.response(settings, produce: produce)
    }
}

/// Lets a service end every open stream at once (graceful shutdown).
public final class ShutdownNotifier: Sendable {
    private let state = LockedValue<(shuttingDown: Bool, next: Int, handlers: [Int: @Sendable () -> Void])>(
        (false, 0, [:]))

    public init() {}

    public var isShuttingDown: Bool { state.withLock { $0.shuttingDown } }

    /// Ends every open stream with a final `shutdown` event; new streams are refused with 503.
    public func shutDown() {
        let handlers = state.withLock { state in
            state.shuttingDown = true
            let handlers = Array(state.handlers.values)
            state.handlers = [:]
            return handlers
        }
        for handler in handlers { handler() }
    }

    func register(_ handler: @escaping @Sendable () -> Void) -> Int {
        let id: Int? = state.withLock { state in
            guard !state.shuttingDown else { return nil }
            state.next += 1
            state.handlers[state.next] = handler
            return state.next
        }
        guard let id else { handler(); return -1 }
        return id
    }

    func unregister(_ id: Int) { _ = state.withLock { $0.handlers.removeValue(forKey: id) } }
}
