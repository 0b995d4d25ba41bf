import Foundation
import HTTPTypes

/// A single pass over a JSON body's bytes, before any parser sees it: the nesting depth and the number of members
/// (object keys and array elements) are bounded, and a key given twice in one object is refused, naming it.
/// It checks only what it needs to (brackets, strings, commas); malformed JSON is left to the parser. Linear in the
/// body's size, so a small deeply nested body costs microseconds instead of seconds of parsing.
struct JSONPreScan {
    var maxDepth: Int
    var maxMembers: Int

    /// Throws 413 `json_too_complex` beyond the bounds, 422 `duplicate_key` for a key given twice in one object.
    func check(_ data: Data) throws {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in try scan(bytes) }
    }

    private func scan(_ bytes: UnsafeRawBufferPointer) throws {
        // One frame per open container: nil keys for an array, the keys seen so far for an object.
        var frames: [Set<[UInt8]>?] = []
        var members = 0
        var expectingKey = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                frames.append(byte == UInt8(ascii: "{") ? Set<[UInt8]>() : nil)
                guard frames.count <= maxDepth else {
                    throw ScoutHTTPError.tooComplex("the JSON nests deeper than \(maxDepth) levels")
                }
                expectingKey = byte == UInt8(ascii: "{")
                if byte == UInt8(ascii: "[") { try countMember(&members, bytes, after: index) }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !frames.isEmpty { frames.removeLast() }
                expectingKey = false
            case UInt8(ascii: ","):
                if let last = frames.last {
                    expectingKey = last != nil
                    if last == nil { try countMember(&members, bytes, after: index) }
                }
            case UInt8(ascii: "\""):
                let start = index + 1
                var end = start
                var escaped = false
                while end < count, bytes[end] != UInt8(ascii: "\"") {
                    if bytes[end] == UInt8(ascii: "\\") { escaped = true; end += 1 }
                    end += 1
                }
                if expectingKey, let last = frames.last, var keys = last {
                    members += 1
                    guard members <= maxMembers else {
                        throw ScoutHTTPError.tooComplex("the JSON holds more than \(maxMembers) keys and elements")
                    }
                    let raw = Array(bytes[start..<min(end, count)])
                    let key = escaped ? Self.unescaped(raw) : raw
                    guard keys.insert(key).inserted else {
                        let name = String(decoding: key, as: UTF8.self)
                        throw ScoutHTTPError(
                            .unprocessableContent, code: "duplicate_key",
                            "the key '\(name)' is given twice in one object; keep one", field: name)
                    }
                    frames[frames.count - 1] = keys
                    expectingKey = false
                }
                index = end
            default:
                break
            }
            index += 1
        }
    }

    /// Counts one array element unless the array is empty (the next non-blank byte closes it).
    private func countMember(_ members: inout Int, _ bytes: UnsafeRawBufferPointer, after index: Int) throws {
        var next = index + 1
        while next < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[next]) { next += 1 }
        guard next < bytes.count, bytes[next] != UInt8(ascii: "]") else { return }
        members += 1
        guard members <= maxMembers else {
            throw ScoutHTTPError.tooComplex("the JSON holds more than \(maxMembers) keys and elements")
        }
    }

    /// A key's bytes with its JSON escapes decoded (`"\u0061"` is `"a"`), so an escaped twin is caught too.
    static func unescaped(_ raw: [UInt8]) -> [UInt8] {
        let quoted = Data([UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")])
        guard let text = try? JSONDecoder().decode(String.self, from: quoted) else { return raw }
        return Array(text.utf8)
    }
}
