import Foundation
import ScoutCore

/// JSON and date conversions between Scout's models and column values.
enum SQLiteCoding {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String, column: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw ScoutError.store("sqlite store: column \(column) does not decode as \(type): \(error)")
        }
    }

    /// Seconds since 1970, full precision.
    static func seconds(_ date: Date) -> Double { date.timeIntervalSince1970 }

    static func date(_ seconds: Double) -> Date { Date(timeIntervalSince1970: seconds) }

    /// Decodes a raw value stored as text, naming the column when it is unknown.
    static func raw<T: RawRepresentable>(_ type: T.Type, _ text: String, column: String) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            throw ScoutError.store("sqlite store: column \(column) has unknown value '\(text)'")
        }
        return value
    }
}
