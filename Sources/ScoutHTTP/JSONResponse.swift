import Foundation
import HTTPTypes
import Hummingbird

/// JSON bodies the way Scout writes them everywhere: snake_case keys, ISO-8601 dates, sorted keys.
enum JSONResponse {
    static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func data(_ value: some Encodable) -> Data {
        // Every payload is a plain struct of strings, numbers and dates; encoding cannot fail for them.
        (try? encoder().encode(value)) ?? Data(#"{"error":{"code":"internal","message":"encoding failed","field":null}}"#.utf8)
    }

    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        make(data: data(value), status: status)
    }

    static func make(data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
