import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteStore

/// `onsite`: prepare for the ML engineering interview loop, in the browser or the terminal.
@main
struct Onsite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prepare for the machine-learning engineering interview loop, privately, on your machine.",
        subcommands: [
            Serve.self, Drill.self, Stats.self, Problems.self, Problem.self, JudgeCommand.self, SelfTestCommand.self, ContentCommand.self,
            Migrate.self, AppsCommand.self, OfferCommand.self, StoriesCommand.self, DepthCommand.self, DrillsCommand.self, DesignCommand.self,
            PlanCommand.self, ReadinessCommand.self, ChecklistCommand.self, MockCommand.self,
        ])

    /// Exit codes as the design fixes them: 0 success, 1 a user error (message on stderr), 2 usage.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as UserError {
            FileHandle.standardError.write(Data("onsite: \(error.message)\n".utf8))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}

/// Something the person can fix, said in one line.
struct UserError: Error {
    var message: String
    init(_ message: String) { self.message = message }
    init(_ error: any Error) { self.message = String(describing: error) }
}

/// Where the data and the bank are; shared by every command.
struct Locations: ParsableArguments {
    @Option(help: "The SQLite file, or a postgres://user:password@host:port/db URL (default: $ONSITE_DATABASE, else the data directory).")
    var database: String?

    @Option(help: "The content folder (default: $ONSITE_CONTENT, else the bundled content/).")
    var content: String?
}
