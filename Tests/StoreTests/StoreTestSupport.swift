import CoreMetrics
import Foundation
import Logging
import ScoutCore

/// A unique directory under the system temp directory, removed by `remove()`.
struct TemporaryDirectory: Sendable {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "scout-store-tests-\(UUID().uuidString)", isDirectory: true)
    }

    func path(_ components: String...) -> String {
        components.reduce(url) { $0.appendingPathComponent($1) }.path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Runs `body` with a fresh directory and removes it afterwards.
    static func with<T>(_ body: (TemporaryDirectory) async throws -> T) async throws -> T {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        return try await body(directory)
    }
}

/// A build context for making store plugins in tests.
func makeContext(id: String, dataDirectory: URL) -> BuildContext {
    BuildContext(
        id: id, path: "store", logger: Logger(label: "scout.tests.store"), metrics: NOOPMetricsHandler.instance,
        clock: SystemClock(), secrets: SecretResolver(environment: [:]), dataDirectory: dataDirectory)
}
