public import Foundation
import ScoutCore

/// Settings of `scout serve` beyond plugins.yaml: the API keys.
///
/// Keys come from a YAML file (`--auth FILE`):
/// ```yaml
/// keys:
///   - key: "…"            # or key_env: NAME to read it from the environment
///     workspace: acme
///     scopes: [search, admin]
/// ```
/// or from `SCOUT_API_KEYS` as `key:workspace:scope1+scope2,…`. Keys are never printed or logged; a key shorter
/// than ``APIKey/minimumLength`` (16) characters is refused.
public struct ServeConfig: Sendable {
    public var apiKeys: [APIKey]

    public init(apiKeys: [APIKey]) { self.apiKeys = apiKeys }

    /// Parses `key:workspace:scope1+scope2,…`.
    public static func parse(environmentValue value: String) throws -> ServeConfig {
        var keys: [APIKey] = []
        for (index, entry) in value.split(separator: ",").enumerated() {
            let parts = entry.trimmingCharacters(in: .whitespaces).split(
                separator: ":", omittingEmptySubsequences: false
            ).map(String.init)
            guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ScoutError.badInput(
                    "SCOUT_API_KEYS entry \(index + 1) must look like key:workspace:scope1+scope2")
            }
            try checkLength(parts[0], where: "SCOUT_API_KEYS entry \(index + 1)")
            keys.append(
                APIKey(
                    key: parts[0], workspace: parts[1],
                    scopes: try scopes(
                        parts[2].split(separator: "+").map(String.init),
                        where: "SCOUT_API_KEYS entry \(index + 1)")))
        }
        return ServeConfig(apiKeys: keys)
    }

    /// Parses the `keys:` YAML file described above (a deliberately small subset of YAML).
    public static func parse(
        yaml text: String, file: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ServeConfig {
        var entries: [[String: String]] = []
        var sawKeys = false
        for (number, raw) in text.components(separatedBy: .newlines).enumerated() {
            let line = stripComment(raw).trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line == "keys:" { sawKeys = true; continue }
            guard sawKeys else { throw ScoutError.badInput("\(file):\(number + 1): expected 'keys:' first") }
            var body = line
            if body.hasPrefix("- ") {
                entries.append([:]); body = String(body.dropFirst(2)).trimmingCharacters(in: .whitespaces)
            }
            guard !entries.isEmpty, let colon = body.firstIndex(of: ":") else {
                throw ScoutError.badInput("\(file):\(number + 1): expected '- key: …' entries under 'keys:'")
            }
            let name = body[..<colon].trimmingCharacters(in: .whitespaces)
            let value = unquote(body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            guard ["key", "key_env", "workspace", "scopes"].contains(name) else {
                throw ScoutError.badInput(
                    "\(file):\(number + 1): unknown field '\(name)' (valid: key, key_env, workspace, scopes)")
            }
            entries[entries.count - 1][name] = value
        }
        var keys: [APIKey] = []
        for (index, entry) in entries.enumerated() {
            let place = "\(file): keys[\(index)]"
            let secret: String? = entry["key"] ?? entry["key_env"].flatMap { environment[$0] }
            guard let secret, !secret.isEmpty else {
                throw ScoutError.badInput("\(place): 'key' (or a set 'key_env') is required")
            }
            try checkLength(secret, where: place)
            guard let workspace = entry["workspace"], !workspace.isEmpty else {
                throw ScoutError.badInput("\(place): 'workspace' is required")
            }
            let list = (entry["scopes"] ?? "search").trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
            keys.append(
                APIKey(
                    key: secret, workspace: workspace,
                    scopes: try scopes(
                        list.split(whereSeparator: { $0 == "," || $0 == "+" }).map {
                            unquote($0.trimmingCharacters(in: .whitespaces))
                        }, where: place)))
        }
        return ServeConfig(apiKeys: keys)
    }

    /// Refuses a key shorter than ``APIKey/minimumLength``, saying how long it is (never what it is).
    static func checkLength(_ key: String, where place: String) throws {
        guard key.count < APIKey.minimumLength else { return }
        throw ScoutError.badInput(
            "\(place): the API key has \(key.count) characters; keys need at least \(APIKey.minimumLength) "
                + "(generate one with `openssl rand -hex 16`)")
    }

    static func scopes(_ names: [String], where place: String) throws -> Set<APIScope> {
        var scopes = Set<APIScope>()
        for name in names where !name.isEmpty {
            guard let scope = APIScope(rawValue: name) else {
                throw ScoutError.badInput(
                    "\(place): unknown scope '\(name)' (valid: \(APIScope.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            scopes.insert(scope)
        }
        guard !scopes.isEmpty else { throw ScoutError.badInput("\(place): at least one scope is required") }
        return scopes
    }

    static func stripComment(_ line: String) -> String {
        var quote: Character?
        for index in line.indices {
            let c = line[index]
            if c == "\"" || c == "'" { quote = quote == c ? nil : (quote ?? c) }
            if c == "#", quote == nil, index == line.startIndex || line[line.index(before: index)] == " " {
                return String(line[..<index])
            }
        }
        return line
    }

    static func unquote(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == text.last, first == "\"" || first == "'" else {
            return text
        }
        return String(text.dropFirst().dropLast())
    }
}
