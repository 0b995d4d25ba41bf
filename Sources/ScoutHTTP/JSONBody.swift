import Foundation

/// Any JSON value, decoded without coercion so that wrong types can be reported precisely.
enum JSONValue: Decodable, Equatable, Sendable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Back to JSON text (used to hand a structured JD to the JD parser).
    var jsonObject: Any {
        switch self {
        case .null: NSNull()
        case .bool(let value): value
        case .number(let value): value
        case .string(let value): value
        case .array(let values): values.map(\.jsonObject)
        case .object(let values): values.mapValues(\.jsonObject)
        }
    }
}

/// A request's JSON object, read strictly: unknown keys, wrong types and missing fields are 422s naming the field;
/// text that is not JSON (or not an object) is a 400.
struct JSONBody {
    let fields: [String: JSONValue]
    let prefix: String

    init(fields: [String: JSONValue], prefix: String = "") {
        self.fields = fields
        self.prefix = prefix
    }

    /// Parses a body; an empty body is an empty object when `allowEmpty`.
    init(data: Data, allowed: Set<String>, allowEmpty: Bool = false) throws {
        if allowEmpty, data.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
            self.init(fields: [:])
            return
        }
        let value: JSONValue
        do { value = try JSONDecoder().decode(JSONValue.self, from: data) } catch {
            throw ScoutHTTPError.malformed("the request body is not valid JSON")
        }
        guard case .object(let fields) = value else {
            throw ScoutHTTPError.malformed(
                "the request body must be a JSON object, not \(value.typeName == "array" ? "an" : "a") \(value.typeName)"
            )
        }
        self.init(fields: fields)
        try rejectUnknown(allowed)
    }

    func path(_ key: String) -> String { prefix.isEmpty ? key : prefix + "." + key }

    func rejectUnknown(_ allowed: Set<String>) throws {
        if let unknown = fields.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw ScoutHTTPError.unknownField(path(unknown))
        }
    }

    private func present(_ key: String) -> JSONValue? {
        guard let value = fields[key], value != .null else { return nil }
        return value
    }

    private func wrongType(_ key: String, _ expected: String, _ value: JSONValue) -> ScoutHTTPError {
        .invalid(path(key), "'\(path(key))' must be \(expected), got \(value.typeName)")
    }

    func string(_ key: String) throws -> String? {
        guard let value = present(key) else { return nil }
        guard case .string(let text) = value else { throw wrongType(key, "a string", value) }
        return text
    }

    func requiredString(_ key: String) throws -> String {
        guard let text = try string(key) else { throw ScoutHTTPError.missing(path(key)) }
        return text
    }

    func int(_ key: String) throws -> Int? {
        guard let value = present(key) else { return nil }
        guard case .number(let number) = value, number.rounded() == number, abs(number) < 1e9 else {
            throw wrongType(key, "an integer", value)
        }
        return Int(number)
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = present(key) else { return nil }
        guard case .bool(let flag) = value else { throw wrongType(key, "true or false", value) }
        return flag
    }

    func strings(_ key: String) throws -> [String]? {
        guard let value = present(key) else { return nil }
        guard case .array(let items) = value else { throw wrongType(key, "an array of strings", value) }
        return try items.map { item in
            guard case .string(let text) = item else { throw wrongType(key, "an array of strings", item) }
            return text
        }
    }

    func object(_ key: String, allowed: Set<String>) throws -> JSONBody? {
        guard let value = present(key) else { return nil }
        guard case .object(let fields) = value else { throw wrongType(key, "an object", value) }
        let body = JSONBody(fields: fields, prefix: path(key))
        try body.rejectUnknown(allowed)
        return body
    }

    func value(_ key: String) -> JSONValue? { present(key) }
}
