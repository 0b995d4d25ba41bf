import Foundation
import PostgresNIO
import ScoutCore

/// JSON and column conversions between Scout's models and Postgres values. JSON goes in as text cast to JSONB
/// (`$1::jsonb`) and comes back as text (`column::text`).
enum PostgresCoding {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String, column: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw ScoutError.store("postgres store: column \(column) does not decode as \(type): \(error)")
        }
    }

    /// Decodes a raw value stored as text, naming the column when it is unknown.
    static func raw<T: RawRepresentable>(_ type: T.Type, _ text: String, column: String) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            throw ScoutError.store("postgres store: column \(column) has unknown value '\(text)'")
        }
        return value
    }

    /// A date for a TIMESTAMPTZ bind, rounded to whole microseconds (PostgresNIO's own `Date` bind truncates).
    static func timestamp(_ date: Date) -> Timestamp { Timestamp(date: date) }
    static func timestamp(_ date: Date?) -> Timestamp? { date.map(Timestamp.init(date:)) }
}

/// A TIMESTAMPTZ bind: microseconds since 2000-01-01, rounded to the nearest.
struct Timestamp: PostgresNonThrowingEncodable, Sendable {
    var date: Date

    static var psqlType: PostgresDataType { .timestamptz }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        let seconds = date.timeIntervalSince1970 - 946_684_800
        byteBuffer.writeInteger(Int64((seconds * 1_000_000).rounded()))
    }
}

extension PostgresRandomAccessRow {
    /// The value of `column`, decoded; a decoding failure names the column.
    func value<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        do {
            return try self[column].decode(T.self)
        } catch {
            throw ScoutError.store("postgres store: column \(column) does not decode as \(T.self)")
        }
    }
}

extension PostgresRowSequence {
    /// Every row, for random access by column name.
    func all() async throws -> [PostgresRandomAccessRow] {
        try await collect().map { $0.makeRandomAccess() }
    }
}
