internal import AsyncHTTPClient
public import Foundation
internal import NIOCore

/// A 2xx response body as it arrives, chunk by chunk.
public final class VendorBody {
    private var iterator: HTTPClientResponse.Body.AsyncIterator

    init(_ body: HTTPClientResponse.Body) { iterator = body.makeAsyncIterator() }

    /// The next chunk, or nil at the end of the body.
    public func next() async throws -> [UInt8]? {
        guard let buffer = try await iterator.next() else { return nil }
        return Array(buffer.readableBytesView)
    }

    /// The rest of the body, failing past `limit` bytes.
    public func collect(limit: Int) async throws -> Data {
        var data = Data()
        while let chunk = try await next() {
            data.append(contentsOf: chunk)
            guard data.count <= limit else { throw VendorRetryableError("the body exceeds \(limit) bytes") }
        }
        return data
    }
}
