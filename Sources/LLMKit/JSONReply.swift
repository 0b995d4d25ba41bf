public import Foundation

/// Finds the JSON object in a model's reply: inside a ```json fence, or the first balanced `{…}` with prose around it.
public enum JSONReply {
    /// The object's bytes, or nil when the text holds no balanced JSON object.
    public static func extractObject(from text: String) -> Data? {
        for candidate in candidates(in: text) {
            if let data = balancedObject(in: candidate),
                (try? JSONSerialization.jsonObject(with: data)) is [String: Any]
            {
                return data
            }
        }
        return nil
    }

    /// The fenced blocks first, then the whole text.
    static func candidates(in text: String) -> [String] {
        var blocks: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "```") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "```") else { break }
            var block = afterOpen[..<close.lowerBound]
            if let newline = block.firstIndex(of: "\n"), !block[..<newline].contains("{") {
                block = block[block.index(after: newline)...]
            }
            blocks.append(String(block))
            rest = afterOpen[close.upperBound...]
        }
        return blocks + [text]
    }

    /// The first `{…}` whose braces balance (outside strings) and that parses, scanning each `{` in turn.
    static func balancedObject(in text: String) -> Data? {
        let bytes = Array(text.utf8)
        var start = bytes.firstIndex(of: UInt8(ascii: "{"))
        var tries = 0
        while let begin = start, tries < 50 {
            tries += 1
            if let end = matchingBrace(bytes, from: begin) {
                let data = Data(bytes[begin...end])
                if (try? JSONSerialization.jsonObject(with: data)) != nil { return data }
            }
            start = bytes[(begin + 1)...].firstIndex(of: UInt8(ascii: "{"))
        }
        return nil
    }

    private static func matchingBrace(_ bytes: [UInt8], from begin: Int) -> Int? {
        var depth = 0, inString = false, escaped = false
        for i in begin..<bytes.count {
            let c = bytes[i]
            if inString {
                if escaped {
                    escaped = false
                } else if c == UInt8(ascii: "\\") {
                    escaped = true
                } else if c == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch c {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
        }
        return nil
    }
}
