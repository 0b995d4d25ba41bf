import Foundation

/// Writing to the terminal: stdout for results, stderr for progress and errors.
enum Terminal {
    static let stderrIsTTY = isatty(STDERR_FILENO) == 1

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Overwrites the current stderr line (progress bars); no-op when stderr is not a terminal.
    static func status(_ text: String) {
        guard stderrIsTTY else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
    }

    static func clearStatus() {
        guard stderrIsTTY else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }

    /// Pads or truncates to a display width (one column per character).
    static func cell(_ text: String, _ width: Int) -> String {
        let width = width - 1
        let clean = text.replacingOccurrences(of: "\n", with: " ")
        if clean.count > width { return String(clean.prefix(max(0, width - 1))) + "… " }
        return clean + String(repeating: " ", count: width - clean.count + 1)
    }
}

extension Terminal {
    /// Dates in text output: ISO 8601 in UTC, to the second (`2026-11-30T12:50:22Z`).
    static func date(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
}
