import ArgumentParser
struct SandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "sandbox", abstract: "not in this check build")
    func run() async throws { throw ValidationError("not available") }
}
