import Foundation

/// One server-sent event: the `event:` name (nil when absent, as in OpenAI streams) and its `data:` lines joined by "\n".
public struct SSEEvent: Sendable, Equatable {
    public var event: String?
    public var data: String

    public init(event: String?, data: String) {
        self.event = event
        self.data = data
    }
}

/// An incremental `text/event-stream` parser: feed it bytes as they arrive, take the complete events. Handles `\n`,
/// `\r\n` and `\r` line ends, `:` comments, multi-line data and the optional space after the colon; `id:` and `retry:`
/// are ignored. Anthropic streams name each event; OpenAI streams send only `data:` lines and end with `[DONE]`.
public struct SSEParser: Sendable {
    private var pending: [UInt8] = []
    private var lastWasCR = false
    private var eventName: String?
    private var dataLines: [String] = []

    public init() {}

    /// Consumes bytes and returns the events they completed.
    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> [SSEEvent] where Bytes.Element == UInt8 {
        var events: [SSEEvent] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n"), lastWasCR {
                lastWasCR = false
                continue
            }
            lastWasCR = byte == UInt8(ascii: "\r")
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                if let event = line(String(decoding: pending, as: UTF8.self)) { events.append(event) }
                pending.removeAll(keepingCapacity: true)
            } else {
                pending.append(byte)
            }
        }
        return events
    }

    /// Ends the stream: a final event not followed by a blank line is still dispatched.
    public mutating func finish() -> [SSEEvent] {
        var events: [SSEEvent] = []
        if !pending.isEmpty, let event = line(String(decoding: pending, as: UTF8.self)) { events.append(event) }
        pending.removeAll()
        if let event = line("") { events.append(event) }
        return events
    }

    private mutating func line(_ text: String) -> SSEEvent? {
        if text.isEmpty {
            defer {
                eventName = nil
                dataLines = []
            }
            guard !dataLines.isEmpty || eventName != nil else { return nil }
            return SSEEvent(event: eventName, data: dataLines.joined(separator: "\n"))
        }
        if text.hasPrefix(":") { return nil }
        let field: Substring, value: Substring
        if let colon = text.firstIndex(of: ":") {
            field = text[..<colon]
            var rest = text[text.index(after: colon)...]
            if rest.first == " " { rest = rest.dropFirst() }
            value = rest
        } else {
            field = Substring(text)
            value = ""
        }
        switch field {
        case "event": eventName = String(value)
        case "data": dataLines.append(String(value))
        default: break
        }
        return nil
    }
}
