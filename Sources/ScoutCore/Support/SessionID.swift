import Foundation

/// A session's id: 128 random bits, URL-safe base64 without padding, prefixed `s_` (24 characters).
/// Text from outside (a CLI argument, an HTTP body or path, JSON) becomes one only through ``init(_:)``, which
/// checks the shape; the orchestrator's API takes it. Stores keep and return the plain ``rawValue``
/// (`SearchSession.id`); ``SearchSession/sessionID`` reads it back.
public struct SessionID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// The id `text` names, or nil when it is not of the shape ``make()`` produces.
    public init?(_ text: String) {
        guard Self.isWellFormed(text) else { return nil }
        rawValue = text
    }

    /// An id Scout itself stored or made (not checked): what a store returns, or an id kept from an earlier answer.
    public init(stored text: String) { rawValue = text }

    /// A new random id.
    public static func make() -> SessionID {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8]()
        for _ in 0..<16 { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
        let base = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return SessionID(stored: "s_" + base)
    }

    /// True for strings of the shape `make()` produces; cheap validation before a store lookup.
    public static func isWellFormed(_ id: String) -> Bool {
        guard id.hasPrefix("s_"), id.count == 24 else { return false }
        return id.dropFirst(2).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    public var description: String { rawValue }

    /// Decodes from a string; a malformed one is a decoding error.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = SessionID(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a session id (s_ and 22 URL-safe characters)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension SearchSession {
    /// ``id`` as a ``SessionID``.
    public var sessionID: SessionID { SessionID(stored: id) }
}
