import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteServices

/// `onsite apps`: the job-application tracker in the terminal, on the same database as the web.
struct AppsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apps", abstract: "Track job applications: add, move, list, export, import, and the odds of an offer.",
        subcommands: [Add.self, Move.self, List.self, Export.self, Import.self, OddsCommand.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an application (at Applied, today, unless --stage/--date say otherwise); prints its id.")
        @OptionGroup var locations: Locations
        @Option(help: "The company (required).") var company: String
        @Option(help: "The role (required).") var role: String
        @Option(help: "The level, e.g. L5 or Senior.") var level: String?
        @Option(help: "The posting's http(s) address.") var link: String?
        @Option(help: "big-tech, startup, research-lab or other.") var tier: String?
        @Option(help: "referral, recruiter or cold.") var source: String?
        @Option(help: "The stage it is at (default: applied).") var stage: String?
        @Option(help: "The day it reached that stage, YYYY-MM-DD (default: today).") var date: String?

        func run() async throws {
            try await withServices(locations) { services in
                var values = ["company": company, "role": role]
                for (name, value) in [("level", level), ("link", link), ("tier", tier), ("source", source), ("stage", stage), ("date", date)] {
                    if let value { values[name] = value }
                }
                let application = try await services.applications.add(values)
                print(application.key)
            }
        }
    }

    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move an application to a stage (named by company or id).")
        @OptionGroup var locations: Locations
        @Argument(help: "The company, or the application's id when the company has several.") var application: String
        @Argument(help: "The stage: \(ApplicationStage.names).") var stage: String
        @Option(help: "When it happened, YYYY-MM-DD (default: today; never in the future).") var date: String?

        func run() async throws {
            try await withServices(locations) { services in
                let found = try await services.applications.find(application)
                let moved = try await services.applications.move(found, to: stage, date: date)
                print("\(moved.details.company) (\(moved.details.role)): \(moved.stage.title) since \(moved.since)")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every application with its stage.")
        @OptionGroup var locations: Locations
        @Flag(help: "Print JSON: {\"applications\": [...]} as in docs/applications.md.") var json = false

        func run() async throws {
            try await withServices(locations) { services in
                let applications = try await services.applications.list()
                if json {
                    print(JSONValue.object(["applications": .array(applications.map(ApplicationJSON.object))]).description)
                    return
                }
                if applications.isEmpty {
                    print("No applications yet. Add one: onsite apps add --company C --role R")
                    return
                }
                for application in applications {
                    let d = application.details
                    let next = d.nextStep.map { "  next: \($0.text) (\($0.day))" } ?? ""
                    print("\(application.key.prefix(8))  \(d.company) · \(d.role)  \(application.stage.title) since \(application.since)\(next)")
                }
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write every application with its stage history to standard output.")
        @OptionGroup var locations: Locations
        @Option(help: "csv or json.") var format: String = "csv"

        func run() async throws {
            guard let format = ApplicationFileFormat(rawValue: format.lowercased()) else {
                throw UserError("--format must be csv or json, not \"\(format)\"")
            }
            try await withServices(locations) { services in
                FileHandle.standardOutput.write(Data(try await services.applications.export(format).utf8))
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import applications from a .csv or .json file; bad lines go to standard error (exit 1) and the good ones are kept.")
        @OptionGroup var locations: Locations
        @Argument(help: "The file (its extension says the format).") var file: String

        func run() async throws {
            guard let format = ApplicationFileFormat(fileName: file) else {
                throw UserError("\(file): the name must end in .csv or .json (it says the format)")
            }
            let text: String
            do {
                text = try String(contentsOfFile: file, encoding: .utf8)
            } catch {
                throw UserError("cannot read \(file): \((error as NSError).localizedDescription)")
            }
            try await withServices(locations) { services in
                let outcome = try await services.applications.importFile(text, format: format)
                print("imported \(outcome.imported) application(s)")
                if !outcome.alreadyPresent.isEmpty {
                    print("left \(outcome.alreadyPresent.count) already saved as they are: \(outcome.alreadyPresent.joined(separator: ", "))")
                }
                for problem in outcome.problems {
                    FileHandle.standardError.write(Data("\(file): \(problem)\n".utf8))
                }
                if !outcome.problems.isEmpty { throw ExitCode(1) }
            }
        }
    }

    struct OddsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "odds", abstract: "How many applications give a chance of at least one offer.")
        @OptionGroup var locations: Locations
        @Option(help: "The chance wanted, between 0 and 1 (e.g. 0.9).") var probability: String
        @Option(help: "Pass rates per stage, comma-separated (default: typical 0.4,0.5,0.6,0.7,0.8).") var rates: String?
        @Flag(help: "Use your own pass rates (needs 5 decided applications at every rated stage).") var own = false
        @Flag(help: "Print {\"perApplication\": …, \"applications\": …}.") var json = false

        func run() async throws {
            let chance: Double
            let source: OddsRates
            do throws(FieldProblem) {
                chance = try ApplicationOdds.probability(probability, field: "--probability")
                source = try rates.map { raw throws(FieldProblem) in .given(try ApplicationOdds.rates(raw, field: "--rates")) } ?? (own ? .own : .typical)
            } catch {
                throw UserError(error.message)
            }
            if own && rates != nil { throw UserError("--own and --rates cannot be used together: pick one") }
            try await withServices(locations) { services in
                let odds = try await services.applications.odds(probability: chance, rates: source)
                let rounded = (odds.perApplication * 10_000).rounded() / 10_000
                if json {
                    // Fixed key order, as documented in docs/applications.md.
                    print("{\"perApplication\": \(rounded), \"applications\": \(odds.applications.map(String.init) ?? "null")}")
                    return
                }
                let percent = String(format: "%.2f%%", odds.perApplication * 100)
                guard let n = odds.applications else {
                    print("Per application: \(percent): no number of applications reaches \(probability).")
                    return
                }
                print("Per application: \(percent). \(n) application(s) give at least \(String(format: "%g", chance * 100))% chance of one offer or more.")
            }
        }
    }
}
