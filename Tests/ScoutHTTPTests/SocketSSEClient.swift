import Foundation
import ScoutTesting

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A minimal SSE client over a real TCP socket: sends one HTTP/1.1 request to 127.0.0.1, decodes the chunked
/// response as it arrives and reports each event the moment its block is complete. Runs on its own thread;
/// every read times out after 30 s.
enum SocketSSEClient {
    struct Outcome: Sendable {
        var statusLine: String
        var headers: String
        var events: [ParsedEvent]
        /// How many socket reads delivered at least one complete event (more than 1 = events arrived separately).
        var readsWithEvents: Int
    }

    static func post(
        port: Int, path: String, body: String, headers: [String: String],
        onEvent: @escaping @Sendable (ParsedEvent) -> Void
    ) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(
                    with: Result { try run(port: port, path: path, body: body, headers: headers, onEvent: onEvent) })
            }
            thread.start()
        }
    }

    private static func run(
        port: Int, path: String, body: String, headers: [String: String],
        onEvent: (ParsedEvent) -> Void
    ) throws -> Outcome {
        let socket = try LoopbackSocket(port: port)
        defer { withExtendedLifetime(socket) {} }
        let fd = socket.descriptor
        var request = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json\r\n"
        request += "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n" + body
        try socket.send(request)

        var raw: [UInt8] = []
        var head: String?
        var decoded = ""
        var events: [ParsedEvent] = []
        var readsWithEvents = 0
        var buffer = [UInt8](repeating: 0, count: 8192)
        var done = false
        while !done {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 8192, 0) }
            if n < 0, errno == ECONNRESET { break }
            if n < 0 { throw TestFailure("recv() failed or timed out") }
            if n == 0 { break }
            raw += buffer[0..<n]
            if head == nil, let end = find([13, 10, 13, 10], in: raw) {
                head = String(decoding: raw[0..<end], as: UTF8.self)
                raw.removeFirst(end + 4)
            }
            guard head != nil else { continue }
            // Decode every complete chunk.
            while let lineEnd = find([13, 10], in: raw) {
                let sizeText = String(decoding: raw[0..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
                guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else {
                    throw TestFailure("bad chunk size")
                }
                if size == 0 { done = true; break }
                guard raw.count >= lineEnd + 2 + size + 2 else { break }
                decoded += String(decoding: raw[(lineEnd + 2)..<(lineEnd + 2 + size)], as: UTF8.self)
                raw.removeFirst(lineEnd + 2 + size + 2)
            }
            var delivered = false
            while let range = decoded.range(of: "\n\n") {
                let block = String(decoded[..<range.upperBound])
                decoded.removeSubrange(..<range.upperBound)
                for event in ParsedEvent.parse(block) {
                    events.append(event)
                    onEvent(event)
                    delivered = true
                }
            }
            if delivered { readsWithEvents += 1 }
        }
        let lines = (head ?? "").components(separatedBy: "\r\n")
        return Outcome(
            statusLine: lines.first ?? "", headers: lines.dropFirst().joined(separator: "\n"), events: events,
            readsWithEvents: readsWithEvents)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }
}
