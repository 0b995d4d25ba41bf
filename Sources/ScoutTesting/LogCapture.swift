import Foundation
public import Logging
import ScoutCore

/// Log lines captured by ``CapturingLogHandler``: `<level> <message> <key=value …>`, one per record.
public final class LogCapture: Sendable {
    private let lines = LockedValue<[String]>([])

    public init() {}

    public func append(_ line: String) { lines.withLock { $0.append(line) } }
    public var text: String { lines.withLock { $0.joined(separator: "\n") } }
    public var all: [String] { lines.withLock { $0 } }

    /// A trace-level logger writing here.
    public func logger(_ label: String = "test") -> Logger {
        var logger = Logger(label: label, factory: { _ in CapturingLogHandler(capture: self) })
        logger.logLevel = .trace
        return logger
    }
}

/// A LogHandler that records every message with its metadata.
public struct CapturingLogHandler: LogHandler {
    let capture: LogCapture
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .trace

    public init(capture: LogCapture) { self.capture = capture }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        capture.append(
            "\(event.level) \(event.message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))")
    }
}
