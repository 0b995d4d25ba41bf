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

/// Where a stream's producer sends events. After `close`, nothing more is sent, so a final event stays final.
final class SSEChannel: Sendable {
    private let continuation: AsyncStream<SSEEvent>.Continuation
    private let closed = LockedValue(false)

    init(_ continuation: AsyncStream<SSEEvent>.Continuation) { self.continuation = continuation }

    func send(_ event: SSEEvent) {
        closed.withLock { closed in
            if !closed { continuation.yield(event) }
        }
    }

    /// Sends `last` (if still open) and ends the stream.
    func close(with last: SSEEvent? = nil) {
        closed.withLock { closed in
            guard !closed else { return }
            if let last { continuation.yield(last) }
            closed = true
            continuation.finish()
        }
    }
}

enum SSE {
    static let headers: HTTPFields = [
        .contentType: "text/event-stream", .cacheControl: "no-cache", HTTPField.Name("X-Accel-Buffering")!: "no",
    ]

    struct Shutdown: Encodable {
        var code = "shutting_down"; var message = "the server is shutting down; reconnect to resume"
    }

    static let shutdownEvent = SSEEvent("shutdown", Shutdown())

    /// A streaming response: `produce` sends events and returns; the stream then ends. On graceful shutdown (of the
    /// service or the host's ServiceGroup) the producer is cancelled and the stream ends with a `shutdown` event.
    static func response(
        shutdown: ShutdownNotifier, produce: @escaping @Sendable (SSEChannel) async -> Void
    ) -> Response {
        let body = ResponseBody { writer in
            let (stream, continuation) = AsyncStream.makeStream(of: SSEEvent.self)
            let channel = SSEChannel(continuation)
            let producer = Task {
                await produce(channel)
                channel.close()
            }
            let registration = shutdown.register { channel.close(with: shutdownEvent) }
            defer {
                shutdown.unregister(registration)
                producer.cancel()
            }
            try await withGracefulShutdownHandler {
                for await event in stream {
                    try await writer.write(ByteBuffer(string: event.text))
                }
            } onGracefulShutdown: {
                shutdown.shutDown()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
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
