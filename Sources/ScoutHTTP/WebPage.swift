import Foundation
import HTTPTypes
import Hummingbird

/// The recruiter's web page: plain HTML, CSS and JavaScript modules from `Sources/ScoutHTTP/Web`, embedded in the
/// binary (nothing is fetched from elsewhere). Served at the group's root and at `sessions/{id}` (a session's deep
/// link), with `app.js` and `app.css` beside them. The page talks to the `api/jd/…` routes relative to a `<base>`
/// the server sets from the request path, so it works under any prefix a host mounts Scout at. The API key stays in
/// the browser (sessionStorage) and goes only in `Authorization` headers.
public enum WebPage {
    static let html = String(decoding: PackageResources.index_html, as: UTF8.self)
    static let script = String(decoding: PackageResources.app_js, as: UTF8.self)
    static let style = String(decoding: PackageResources.app_css, as: UTF8.self)

    /// Scripts, styles and requests only from this origin; no inline script, no framing.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

    static func addRoutes<Context: RequestContext>(to table: inout RouteTable<Context>, service: ScoutService) {
        table.get("") { request, _ in
            service.finish("page", page(base: base(path: request.uri.path, dropping: 0)))
        }
        table.get("sessions/:id") { request, _ in
            service.finish("page", page(base: base(path: request.uri.path, dropping: 2)))
        }
        table.get("app.js") { _, _ in
            service.finish("page_asset", asset(script, contentType: "text/javascript; charset=utf-8"))
        }
        table.get("app.css") { _, _ in
            service.finish("page_asset", asset(style, contentType: "text/css; charset=utf-8"))
        }
    }

    /// The page's base path: the request path without its last `dropping` segments, ending in "/".
    static func base(path: String, dropping: Int) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: true)
        segments.removeLast(min(dropping, segments.count))
        return "/" + segments.map { $0 + "/" }.joined()
    }

    static func page(base: String) -> Response {
        let body = html.replacingOccurrences(of: "{{BASE}}", with: escape(base))
        var response = asset(body, contentType: "text/html; charset=utf-8")
        response.headers[.contentSecurityPolicy] = contentSecurityPolicy
        response.headers[referrerPolicy] = "no-referrer"
        return response
    }

    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    static func asset(_ text: String, contentType: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: contentType, .cacheControl: "no-cache", .xContentTypeOptions: "nosniff"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// HTML attribute escaping for the base path.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
