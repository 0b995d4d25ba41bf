import ArgumentParser
struct DBCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "db", abstract: "not in this check build")
    func run() async throws { throw ValidationError("not available") }
}
