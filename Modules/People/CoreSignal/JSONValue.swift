import Foundation

/// Lenient reads of decoded JSON: unknown fields ignored, numbers accepted as strings and strings as numbers.
struct JSONFields {
    let raw: [String: Any]

    init?(_ value: Any?) {
        guard let object = value as? [String: Any] else { return nil }
        raw = object
    }

    func string(_ key: String) -> String? {
        switch raw[key] {
        case let text as String:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    func int(_ key: String) -> Int? {
        switch raw[key] {
        case let number as NSNumber: return number.intValue
        case let text as String: return Int(text.trimmingCharacters(in: .whitespaces)) ?? Double(text).map { Int($0) }
        default: return nil
        }
    }

    func double(_ key: String) -> Double? {
        switch raw[key] {
        case let number as NSNumber: return number.doubleValue
        case let text as String: return Double(text)
        default: return nil
        }
    }

    func objects(_ key: String) -> [JSONFields] { (raw[key] as? [Any] ?? []).compactMap(JSONFields.init) }

    func strings(_ key: String) -> [String] {
        (raw[key] as? [Any] ?? []).compactMap { ($0 as? String)?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }
}
