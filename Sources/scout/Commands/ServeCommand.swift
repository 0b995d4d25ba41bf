import ArgumentParser
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "not in this check build")
    func run() async throws { throw ValidationError("not available") }
}
