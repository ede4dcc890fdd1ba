import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteStore

/// `onsite content check|stats|export`: the bank, validated and described.
struct ContentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "content", abstract: "Validate, count or export the content bundle.",
        subcommands: [Check.self, StatsCommand.self, Export.self])

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate every item; print path:line: message for each error.")
        @Option(help: "The content folder.") var content: String?
        @Flag(help: "Also run every reference and known-wrong solution through the judge.") var runSolutions = false
        @Flag(help: "With --run-solutions: run code directly when bubblewrap is missing (not sandboxed).") var unsandboxed = false
        @Flag(inversion: .prefixedNo, help: "Check the bank's minimum sizes (default: on for the shipped bundle only; test fixtures are small).")
        var bankSize: Bool?

        func run() async throws {
            let folder = ContentLocation.resolve(explicit: content)
            let (bundle, found) = ContentBundle.check(folder: folder)
            var problems = found
            let isShipped = folder.standardizedFileURL.path == ContentLocation.sourceCheckout.standardizedFileURL.path
            if let bundle, bankSize ?? isShipped { problems += BankSize.check(bundle) }
            for problem in problems { print(problem) }
            guard problems.isEmpty, let bundle else {
                throw UserError("\(problems.count) error(s) in \(folder.path)")
            }
            print("content OK: \(bundle.cards.count) cards in \(bundle.topics.count) topics, \(bundle.problems.count) problems, \(bundle.behavioralQuestions.count) behavioral questions in \(bundle.themes.count) themes, \(bundle.screenQuestions.count) screen questions, \(bundle.depthProbes.count) depth probes (\(folder.path))")
            guard runSolutions else { return }
            let judge = try makeJudge(allowUnsandboxed: unsandboxed)
            print(await SelfTest.run(judge, hiddenPaths: SelfTest.hostPaths(database: StoreLocation.resolve(explicit: nil).filePath ?? "", content: folder.path)))
            let result = try await SolutionCheck.run(bundle: bundle, judge: judge)
            for failure in result.failures { print(failure) }
            print("solutions: \(result.references) references checked; \(result.wrongRejected) of \(result.wrongTotal) wrong solutions got their declared verdicts; \(result.failures.count) failure(s)")
            if !result.failures.isEmpty { throw UserError("\(result.failures.count) solution check(s) failed") }
        }
    }

    struct StatsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count what the bank holds.")
        @Option(help: "The content folder.") var content: String?
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let bundle = try loadBundle(content, includeTests: true)
            let stats = ContentStats(bundle: bundle)
            if json {
                print(String(decoding: try ContentJSON.encode(stats), as: UTF8.self))
                return
            }
            let cards = stats.cards
            let problems = stats.problems
            print("problems: \(problems.total) (dsa \(problems.byRound["dsa"] ?? 0), ml \(problems.byRound["ml"] ?? 0), sql \(problems.byRound["sql"] ?? 0)); \(problems.tests) tests; \(problems.wrongSolutions) known-wrong solutions")
            print("cards: \(cards.total) (easy \(cards.byDifficulty["easy"] ?? 0), medium \(cards.byDifficulty["medium"] ?? 0), hard \(cards.byDifficulty["hard"] ?? 0)); \(cards.withPhrasings) with phrasings; \(cards.followUps) follow-ups")
            for topic in bundle.topics {
                print("  \(topic.id.padding(toLength: 26, withPad: " ", startingAt: 0)) \(cards.byTopic[topic.id] ?? 0)")
            }
            let behavioral = stats.behavioralQuestions
            let levels = BehavioralLevel.allCases.map { "\($0.rawValue) \(behavioral.byLevel[$0.rawValue] ?? 0)" }.joined(separator: ", ")
            print("behavioral questions: \(behavioral.total) (\(levels))")
            for theme in bundle.themes {
                print("  \(theme.id.padding(toLength: 34, withPad: " ", startingAt: 0)) \(behavioral.byTheme[theme.id] ?? 0)")
            }
            let screen = stats.screenQuestions
            print("screen questions: \(screen.total) (" + ScreenCategory.allCases.map { "\($0.rawValue) \(screen.byCategory[$0.rawValue] ?? 0)" }.joined(separator: ", ") + ")")
            print("design: \(stats.designCases.total) cases, \(stats.designDrills.total) drills")
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the whole bank as one JSON document.")
        @Option(help: "The content folder.") var content: String?
        @Flag(help: "JSON output (the only format).") var json = false
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func run() async throws {
            let data = try ContentJSON.encode(ContentExport(bundle: try loadBundle(content, includeTests: true)))
            guard let output else {
                FileHandle.standardOutput.write(data + Data("\n".utf8))
                return
            }
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw UserError("cannot write \(output): \((error as NSError).localizedDescription)")
            }
        }
    }
}

/// The bank; `includeTests` reads every problem's tests now (stats and export count and carry them).
func loadBundle(_ explicit: String?, includeTests: Bool = false) throws -> ContentBundle {
    let folder = ContentLocation.resolve(explicit: explicit)
    guard includeTests else {
        do { return try ContentBundle.load(from: folder) } catch { throw UserError(error) }
    }
    let (bundle, problems) = ContentBundle.check(folder: folder)
    guard problems.isEmpty, let bundle else { throw UserError(ContentInvalid(diagnostics: problems)) }
    return bundle
}
