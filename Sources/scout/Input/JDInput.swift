import Foundation
import ScoutCore

/// Reads the JD from a file, standard input or the arguments, and checks that it is text of a sensible size.
enum JDInput {
    /// The largest JD read, in bytes (UTF-8). A long JD is under 20 KB; a bigger input is almost always the wrong file.
    static let maxBytes = InputLimits.jdBytes

    static func read(file: String?, text: [String]) throws -> String {
        if let file {
            if file == "-" { return try checked(readStandardInput(), source: "standard input") }
            return try checked(FileInput.data(atPath: file, what: "JD file"), source: "JD file '\(file)'")
        }
        // `scout search jd.md` means the file: one argument that names an existing file is read as --jd.
        if text.count == 1, let path = text.first, !path.contains("\n"), isFile(path) {
            return try checked(FileInput.data(atPath: path, what: "JD file"), source: "JD file '\(path)'")
        }
        if !text.isEmpty { return try checked(Data(text.joined(separator: " ").utf8), source: "the JD text") }
        if isatty(STDIN_FILENO) == 0 { return try checked(readStandardInput(), source: "standard input") }
        throw ScoutError.badInput("no job description: use --jd FILE, pass the text, or pipe it on standard input")
    }

    static func isFile(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && !directory.boolValue
    }

    static func readStandardInput() -> Data {
        FileHandle.standardInput.readDataToEndOfFile()
    }

    /// The JD as text; binary data and oversized input are bad input with a message that says what to give instead.
    static func checked(_ data: Data, source: String) throws -> String {
        guard !data.prefix(8192).contains(0) else {
            throw ScoutError.badInput(
                "\(source) is not text (it holds binary data); give the JD as markdown, plain text, YAML or JSON")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScoutError.badInput("\(source) is not UTF-8 text; save it as UTF-8 and try again")
        }
        guard data.count <= maxBytes else {
            throw ScoutError.badInput(
                "\(source) is \(ByteSize(data.count)); Scout reads JDs up to \(ByteSize(maxBytes)): keep the role's description "
                    + "(title, requirements, companies, location) and drop the rest")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ScoutError.badInput(
                "the job description is empty (\(source)); give it with --jd FILE, as text, or on standard input")
        }
        return text
    }

    /// A JD parse failure with what the heuristic parser does not support said plainly: it reads English only.
    static func explain(_ error: ScoutError, jd: String, parserType: String) -> ScoutError {
        guard error.code == .badInput, parserType == "heuristic", let language = JDLanguage(jd), !language.isEnglish
        else {
            return error
        }
        let heading = language.heading.map { " (the heading '\($0)' is not a role title it knows)" } ?? ""
        return ScoutError.badInput(
            "this JD is not in English\(heading), and the heuristic JD parser reads English only; start the JD with "
                + "'Title: <the role in English>' and name companies with 'Companies like …', or set jd_parser to claude, "
                + "which reads any language")
    }
}

/// Sizes as people read them: `812 bytes`, `97 KB`, `5.2 MB`.
struct ByteSize: CustomStringConvertible {
    let bytes: Int

    init(_ bytes: Int) { self.bytes = bytes }

    var description: String {
        if bytes < 1000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return "\(bytes / 1000) KB" }
        return String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
