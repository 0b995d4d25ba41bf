import Foundation
import ScoutCore

/// The key of `scout serve --local`: random, kept in `<data directory>/local-api-key` (owner-only) so the printed
/// link keeps working across restarts.
enum LocalKey {
    static let fileName = "local-api-key"

    static func isLoopback(_ host: String) -> Bool { ["127.0.0.1", "::1", "localhost"].contains(host) }

    static func loadOrCreate(in directory: URL) throws -> String {
        let file = directory.appendingPathComponent(fileName)
        if let data = FileManager.default.contents(atPath: file.path) {
            let key = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if key.count >= 32 { return key }
        }
        var generator = SystemRandomNumberGenerator()
        let key =
            "local-"
            + (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }
            .joined()
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard
            FileManager.default.createFile(
                atPath: file.path, contents: Data((key + "\n").utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw ScoutError.badInput("cannot keep the local key in \(file.path): check the directory's permissions")
        }
        return key
    }
}
