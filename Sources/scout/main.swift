import Foundation
import Logging

// The only place that bootstraps logging. Scout's libraries take their Logger from the context they are built with.
let level = ProcessInfo.processInfo.environment["SCOUT_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .error
LoggingSystem.bootstrap { label in
    var handler = StreamLogHandler.standardError(label: label)
    handler.logLevel = level
    return handler
}
exit(await ScoutCLI.run(Array(CommandLine.arguments.dropFirst())))
