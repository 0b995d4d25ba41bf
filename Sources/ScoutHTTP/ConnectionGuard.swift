import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// One per connection of the stand-alone server, after HTTP decoding: registers the connection with the
/// ``ConnectionTracker``, closes it when its first request head does not arrive within `headerTimeout` or when a
/// response cannot be written for `writeTimeout` (the client stopped reading), and tags each request head with the
/// connection's id (``idField``, replacing any the client sent) so a stream can drop its connection.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// The request header carrying the connection's id inside the server.
    static let idField = HTTPField.Name("Scout-Connection-Id")!

    private let tracker: ConnectionTracker
    private let headerTimeout: TimeAmount
    private let writeTimeout: TimeAmount
    private var id: Int?
    private var headerTimer: Scheduled<Void>?
    private var stallTimer: Scheduled<Void>?
    private var busy = false

    init(tracker: ConnectionTracker, headerTimeout: Duration, writeTimeout: Duration) {
        self.tracker = tracker
        self.headerTimeout = TimeAmount(headerTimeout)
        self.writeTimeout = TimeAmount(writeTimeout)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        id = tracker.opened(context.channel)
        let loop = context.eventLoop.assumeIsolated()
        headerTimer = loop.scheduleTask(in: headerTimeout) { context.close(promise: nil) }
    }

    func handlerRemoved(context: ChannelHandlerContext) { release() }

    func channelInactive(context: ChannelHandlerContext) {
        release()
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(var head) = unwrapInboundIn(data) else {
            context.fireChannelRead(data)
            return
        }
        headerTimer?.cancel()
        headerTimer = nil
        busy = true
        if let id { tracker.setBusy(id, true) }
        head.headerFields[Self.idField] = id.map(String.init)
        context.fireChannelRead(wrapInboundOut(.head(head)))
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            busy = false
            stallTimer?.cancel()
            stallTimer = nil
            if let id { tracker.setBusy(id, false) }
        }
        context.write(data, promise: promise)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            stallTimer?.cancel()
            stallTimer = nil
        } else if busy, stallTimer == nil {
            stallTimer = context.eventLoop.assumeIsolated().scheduleTask(in: writeTimeout) {
                context.close(promise: nil)
            }
        }
        context.fireChannelWritabilityChanged()
    }

    private func release() {
        headerTimer?.cancel()
        stallTimer?.cancel()
        headerTimer = nil
        stallTimer = nil
        if let id { tracker.closed(id) }
        id = nil
    }
}
