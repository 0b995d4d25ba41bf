import Foundation
import HTTPTypes
import Hummingbird
import ScoutCore

/// JSON bodies the way Scout writes them everywhere: snake_case keys, ISO-8601 dates, sorted keys.
enum JSONResponse {
    static func data(_ value: some Encodable) -> Data {
        // Every payload is a plain struct of strings, numbers and dates; encoding cannot fail for them.
        (try? ScoutPayloads.encoder().encode(value))
            ?? Data(#"{"error":{"code":"internal","message":"encoding failed","field":null}}"#.utf8)
    }

    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        make(data: data(value), status: status)
    }

    static func make(data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
