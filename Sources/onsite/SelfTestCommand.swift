import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteJudge
import OnsiteStore

/// `onsite self-test`: what the judge's sandbox contains on this machine, as observed from inside.
struct SelfTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "self-test", abstract: "Check which of the judge's protections hold on this machine (exit 0 only if all do).")

    @OptionGroup var locations: Locations
    @Flag(help: "Probe unsandboxed mode when bubblewrap is missing.") var unsandboxed = false

    func run() async throws {
        let judge = try makeJudge(allowUnsandboxed: unsandboxed)
        let report = await SelfTest.run(judge, hiddenPaths: SelfTest.hostPaths(
            database: StoreLocation.resolve(explicit: locations.database).filePath ?? "",
            content: ContentLocation.resolve(explicit: locations.content).path))
        print(report)
        let off = report.lines.filter { !$0.1 }.count
        if off > 0 { throw UserError("\(off) of \(report.lines.count) protections do not hold") }
    }
}
