import Foundation
internal import HTTPTypes
internal import Hummingbird
internal import NIOCore

/// Response helpers shared by the fakes.
enum SandboxHTTP {
    static func json(_ object: Any, status: Int = 200, headers: [(String, String)] = []) -> Response {
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return raw(data, status: status, contentType: "application/json", headers: headers)
    }

    static func raw(_ data: Data, status: Int, contentType: String, headers: [(String, String)] = []) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        for (name, value) in headers { if let key = HTTPField.Name(name) { fields[key] = value } }
        return Response(
            status: HTTPResponse.Status(code: status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `response` with `headers` set (replacing fields of the same name).
    static func adding(_ headers: [(String, String)], to response: Response) -> Response {
        var response = response
        for (name, value) in headers { if let key = HTTPField.Name(name) { response.headers[key] = value } }
        return response
    }

    /// A 200 whose body is not valid JSON (a malformed-body fault).
    static func malformed(contentType: String = "application/json") -> Response {
        raw(Data("{\"truncated\": [1, 2,".utf8), status: 200, contentType: contentType)
    }

    static func header(_ request: Request, _ name: String) -> String? {
        HTTPField.Name(name).flatMap { request.headers[$0] }
    }

    static func body(_ request: Request) async throws -> Data {
        let buffer = try await request.body.collect(upTo: 8 << 20)
        return Data(buffer.readableBytesView)
    }

    static func object(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    static func sleep(milliseconds: Int) async {
        guard milliseconds > 0 else { return }
        try? await Task.sleep(for: .milliseconds(milliseconds))
    }
}
