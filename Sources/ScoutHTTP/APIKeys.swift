import Foundation

/// What an API key may do.
public enum APIScope: String, Sendable, CaseIterable, Codable {
    /// Search, load more, stream, read and clear one's own sessions.
    case search
    /// Everything `search` may, plus clearing every session of the workspace and erasing people from it.
    case admin
    /// Everything `admin` may, plus erasing people from every workspace (`"everywhere": true`): for the deployment's
    /// operators, never a tenant's key.
    case deploymentAdmin = "deployment_admin"
}

/// One API key: the secret, the workspace it acts in, and its scopes. Its description never shows the key.
public struct APIKey: Sendable, CustomStringConvertible {
    /// The shortest key `scout serve` accepts (``ServeConfig`` refuses shorter ones at start-up).
    public static let minimumLength = 16

    let secret: [UInt8]
    public var workspace: String
    public var scopes: Set<APIScope>

    public init(key: String, workspace: String, scopes: Set<APIScope>) {
        self.secret = Array(key.utf8)
        self.workspace = workspace
        self.scopes = scopes
    }

    public var description: String {
        "APIKey(<redacted>, workspace: \(workspace), scopes: \(scopes.map(\.rawValue).sorted().joined(separator: "+")))"
    }
}

/// Who a request acts as, once its key is checked.
public struct Principal: Sendable, Equatable {
    public var workspace: String
    public var scopes: Set<APIScope>
    /// Which configured key it presented (its position), for per-key limits; never the secret.
    var keyIndex = 0

    public func allows(_ scope: APIScope) -> Bool {
        scopes.contains(scope) || scopes.contains(.deploymentAdmin)
            || (scope != .deploymentAdmin && scopes.contains(.admin))
    }
}

/// The configured API keys. Bearer tokens are compared in constant time against every key.
public struct APIKeys: Sendable {
    public let keys: [APIKey]

    public init(_ keys: [APIKey]) { self.keys = keys }

    /// The principal for an `Authorization` header value, or nil when it names no configured key.
    public func authenticate(authorization: String?) -> Principal? {
        guard let authorization else { return nil }
        let parts = authorization.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let presented = Array(parts[1].trimmingCharacters(in: .whitespaces).utf8)
        var match: (index: Int, key: APIKey)?
        // Check every key (no early exit) so timing does not reveal which prefix or key matched.
        for (index, key) in keys.enumerated() where Self.constantTimeEquals(key.secret, presented) {
            match = (index, key)
        }
        return match.map { Principal(workspace: $0.key.workspace, scopes: $0.key.scopes, keyIndex: $0.index) }
    }

    /// Compares two byte strings in time that depends only on their lengths.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        let n = max(a.count, b.count)
        for i in 0..<n {
            let x = i < a.count ? a[i] : 0
            let y = i < b.count ? b[i] : 0
            difference |= x ^ y
        }
        return difference == 0 && a.count == b.count
    }
}
