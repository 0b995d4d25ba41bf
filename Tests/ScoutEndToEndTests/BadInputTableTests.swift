import Foundation
import Testing

/// Issue 14's bad-input table, end to end: each input, run by the built binary in a fresh directory, exits 2 with
/// exactly these lines on stderr (`{dir}` stands for the scratch directory) and nothing on stdout.
@Suite("bad input: one line that names the problem and the fix, exit 2")
struct BadInputTableTests {
    typealias T = ScoutBinaryTests

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var files: [String: [UInt8]] = [:]
        var environment: [String: String] = [:]
        var stdin: String?
        var stderr: [String]

        var testDescription: String { name }
    }

    static let germanJD =
        "# Senior Backend-Entwickler (m/w/d)\n\nWir suchen eine:n erfahrene:n Backend-Entwickler:in für unser "
        + "Team in Berlin. Kenntnisse in Go, Kubernetes und PostgreSQL. Unternehmen wie Echowave und Vocalith.\n"
    static let japaneseJD = "# シニアバックエンドエンジニア\n\nGo と Kubernetes の経験がある方を募集しています。勤務地は東京です。\n"
    static let notEnglish =
        "and the heuristic JD parser reads English only; start the JD with 'Title: <the role in English>' and "
        + "name companies with 'Companies like …', or set jd_parser to claude, which reads any language"
    static let session = "s_AAAAAAAAAAAAAAAAAAAAAA"

    static let cases: [Case] = [
        Case(
            name: "a binary file as the JD", arguments: ["search", "--quiet", "--jd", "photo.png"],
            files: ["photo.png": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]],
            stderr: [
                "error: JD file 'photo.png' is not text (it holds binary data); give the JD as markdown, plain text, YAML or JSON"
            ]),
        Case(
            name: "a JD that is not UTF-8", arguments: ["search", "--quiet", "--jd", "latin1.md"],
            files: ["latin1.md": Array("Senior Entwickler f".utf8) + [0xFC] + Array("r Berlin".utf8)],
            stderr: ["error: JD file 'latin1.md' is not UTF-8 text; save it as UTF-8 and try again"]),
        Case(
            name: "a 5 MB JD", arguments: ["search", "--quiet", "--jd", "huge.md"],
            files: [
                "huge.md": Array(
                    String(repeating: "Senior Go engineer, companies like Echowave.\n", count: 112_000).utf8)
            ],
            stderr: [
                "error: JD file 'huge.md' is 5.0 MB; Scout reads JDs up to 100 KB: keep the role's description (title, "
                    + "requirements, companies, location) and drop the rest"
            ]),
        Case(
            name: "a German JD with a # heading", arguments: ["search", "--quiet", "--jd", "de.md"],
            files: ["de.md": Array(germanJD.utf8)],
            stderr: [
                "error: this JD is not in English (the heading 'Senior Backend-Entwickler (m/w/d)' is not a role title it knows), "
                    + notEnglish
            ]),
        Case(
            name: "a Japanese JD with a # heading", arguments: ["search", "--quiet", "--jd", "ja.md"],
            files: ["ja.md": Array(japaneseJD.utf8)],
            stderr: [
                "error: this JD is not in English (the heading 'シニアバックエンドエンジニア' is not a role title it knows), "
                    + notEnglish
            ]),
        Case(
            name: "a missing JD file", arguments: ["search", "--jd", "missing.md"],
            stderr: ["error: cannot read JD file 'missing.md': No such file or directory"]),
        Case(
            name: "a directory as the JD", arguments: ["search", "--jd", "."],
            stderr: ["error: cannot read JD file '.': it is a directory"]),
        Case(
            name: "an empty JD on standard input", arguments: ["search", "--jd", "-"], stdin: "  \n",
            stderr: [
                "error: the job description is empty (standard input); give it with --jd FILE, as text, or on standard input"
            ]),
        Case(
            name: "search --count -5", arguments: ["search", "--count", "-5", "Senior Go engineer"],
            stderr: ["error: --count must be between 1 and 500, got -5 (see `scout search --help`)"]),
        Case(
            name: "more --count -5", arguments: ["more", session, "--count", "-5"],
            stderr: ["error: --count must be 20, 40 or 100, got -5 (see `scout more --help`)"]),
        Case(
            name: "more --count 30", arguments: ["more", session, "--count", "30"],
            stderr: ["error: --count must be 20, 40 or 100, got 30 (see `scout more --help`)"]),
        Case(
            name: "an unknown session", arguments: ["more", session],
            stderr: ["error: no active session '\(session)' in workspace 'default' (`scout sessions` lists them)"]),
        Case(
            name: "show --limit -1", arguments: ["show", session, "--limit", "-1"],
            stderr: ["error: --limit must be 0 or more, got -1 (see `scout show --help`)"]),
        Case(
            name: "a misspelt option", arguments: ["plugins", "--jsn"],
            stderr: ["error: unknown option '--jsn'. Did you mean '--json'? (see `scout plugins --help`)"]),
        Case(
            name: "an unknown command", arguments: ["serach"],
            stderr: ["error: unexpected argument 'serach' (see `scout --help`)"]),
        Case(
            name: "a missing config file", arguments: ["sessions", "--config", "missing.yaml"],
            stderr: ["error: cannot read config file 'missing.yaml': No such file or directory"]),
        Case(
            name: "a duplicate YAML key", arguments: ["config", "validate", "dup.yaml"],
            files: ["dup.yaml": Array("batching:\n  type: company_batch\n  batch_size: 3\n  batch_size: 4\n".utf8)],
            stderr: ["dup.yaml:4:3: batching.batch_size: duplicate key (first given at line 3); keep one"]),
        Case(
            name: "a range error and a type error in one section", arguments: ["config", "validate", "bad.yaml"],
            files: ["bad.yaml": Array("session:\n  max_batches: 0\n  concurrency: many\n".utf8)],
            stderr: [
                "bad.yaml:2:16: session.max_batches: must be between 1 and 200, got 0",
                "bad.yaml:3:16: session.concurrency: expected an integer, found 'many'",
            ]),
        Case(
            name: "a secret whose environment variable is unset", arguments: ["config", "validate", "vendors.yaml"],
            files: ["vendors.yaml": Array("people: { type: coresignal }\n".utf8)],
            environment: ["CORESIGNAL_API_KEY": ""],
            stderr: [
                "vendors.yaml:1:9: people.api_key: environment variable CORESIGNAL_API_KEY (the default) is not set; export it, "
                    + "or choose a plugin that needs no key"
            ]),
        Case(
            name: "an SQLite path under a file", arguments: ["sessions", "--config", "store.yaml"],
            files: ["store.yaml": Array("store: { type: sqlite, path: taken/scout.sqlite }\n".utf8), "taken": []],
            stderr: [
                "error: store.path: cannot create the SQLite database '{dir}/taken/scout.sqlite': '{dir}/taken' is not a directory "
                    + "(choose a writable path)"
            ]),
        Case(
            name: "an SQLite path that is not a database", arguments: ["sessions", "--config", "store.yaml"],
            files: [
                "store.yaml": Array("store: { type: sqlite, path: notes.txt }\n".utf8),
                "notes.txt": Array("hello\n".utf8),
            ],
            stderr: [
                "error: store.path: cannot open the SQLite database '{dir}/notes.txt': file is not a database (choose a writable SQLite file)"
            ]),
    ]

    @Test(arguments: cases)
    func badInput(_ input: Case) async throws {
        let dir = try T.scratch()
        for (name, bytes) in input.files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        let run = try await T.scout(input.arguments, in: dir, stdin: input.stdin, environment: input.environment)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout.isEmpty, "\(run.stdout)")
        let expected = input.stderr.map { $0.replacingOccurrences(of: "{dir}", with: dir.path) }
        #expect(
            run.stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == expected)
    }
}
