public import Foundation

/// Case-insensitive response headers.
public struct VendorHeaders: Sendable, Equatable {
    public private(set) var fields: [(name: String, value: String)]

    public init(_ fields: [(String, String)] = []) { self.fields = fields.map { (name: $0.0, value: $0.1) } }

    /// The first value of a header, matched case-insensitively.
    public subscript(name: String) -> String? {
        let lower = name.lowercased()
        return fields.first { $0.name.lowercased() == lower }?.value
    }

    public static func == (lhs: VendorHeaders, rhs: VendorHeaders) -> Bool {
        lhs.fields.map(\.name) == rhs.fields.map(\.name) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
    }
}

/// One vendor call. Header values may hold secrets: they are never logged.
public struct VendorRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [(String, String)]
    public var body: Data?
    /// Credits a successful attempt costs (reported to call hooks; the ledger and the `budget:` ceilings are the core's).
    public var credits: Int
    /// A short, secret-free name for logs and hooks, e.g. "collect employee 42".
    public var label: String

    public init(
        method: String = "GET", url: String, headers: [(String, String)] = [], body: Data? = nil, credits: Int = 0,
        label: String
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.credits = credits
        self.label = label
    }
}

/// A vendor's answer: status, headers and the whole body.
public struct VendorResponse: Sendable {
    public var status: Int
    public var headers: VendorHeaders
    public var body: Data

    public init(status: Int, headers: VendorHeaders, body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The vendor's error text for logs (`detail`, `message`, `error.message` or `detail.error`), never branched on.
    public var errorText: String {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            return String(decoding: body.prefix(200), as: UTF8.self)
        }
        if let detail = object["detail"] as? String { return detail }
        if let detail = object["detail"] as? [String: Any], let error = detail["error"] as? String { return error }
        if let message = object["message"] as? String { return message }
        if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return message }
        return String(decoding: body.prefix(200), as: UTF8.self)
    }
}

/// Thrown by a response reader to have the plumbing retry the attempt (a cut stream, a malformed 2xx body).
public struct VendorRetryableError: Error, CustomStringConvertible, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// What one attempt did, reported to ``VendorHooks``.
public struct VendorAttempt: Sendable, Equatable {
    public var vendor: String
    public var label: String
    /// 1-based.
    public var attempt: Int
    /// The HTTP status, or nil for a transport error or timeout.
    public var status: Int?
    /// Credits this attempt cost (0 unless it was billed).
    public var credits: Int
}

/// Call-counting hooks, e.g. for tests and metrics.
public struct VendorHooks: Sendable {
    public var onAttempt: @Sendable (VendorAttempt) -> Void

    public init(onAttempt: @escaping @Sendable (VendorAttempt) -> Void = { _ in }) { self.onAttempt = onAttempt }

    public static let none = VendorHooks()
}
