import Foundation

/// Session identifiers: 128 random bits, URL-safe base64 without padding, prefixed `s_` (24 characters).
public enum SessionID {
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8]()
        for _ in 0..<16 { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
        let base = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return "s_" + base
    }

    /// True for strings of the shape `make()` produces; cheap validation before a store lookup.
    public static func isWellFormed(_ id: String) -> Bool {
        guard id.hasPrefix("s_"), id.count == 24 else { return false }
        return id.dropFirst(2).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }
}
