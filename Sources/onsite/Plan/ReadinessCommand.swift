import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteServices

/// `onsite readiness`: one figure per round from evidence, or "no evidence yet".
struct ReadinessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "readiness", abstract: "Readiness per round from evidence (formula in docs/plan.md).")
    @OptionGroup var locations: Locations
    @Flag(help: "Print JSON: {\"rounds\": {\"<round>\": {\"score\": 0..1 or null, \"evidence\": [{\"source\", \"score\", \"detail\"}]}}}.") var json = false

    func run() async throws {
        try await withServices(locations) { services in
            let rounds = try await services.plan.readiness()
            if json {
                print(PlanJSON.text(ReadinessJSON.rounds(rounds)))
                return
            }
            for round in rounds {
                print("\(round.round.title.padding(toLength: 18, withPad: " ", startingAt: 0)) \(round.score.map(Readiness.fixed) ?? "no evidence yet")")
                for evidence in round.evidence { print("    \(evidence.source): \(Readiness.fixed(evidence.score)) — \(evidence.detail)") }
            }
        }
    }
}

/// `onsite checklist`: the one-page checklist; `onsite checklist tick ID` ticks a line by hand.
struct ChecklistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist", abstract: "The one-page checklist, ticked by evidence or by hand.", subcommands: [Show.self, Tick.self], defaultSubcommand: Show.self)

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Every line, ticked or not, and what would tick it.")
        @OptionGroup var locations: Locations
        @Flag(help: "Print JSON: {\"sections\": [{\"id\", \"title\", \"lines\": [{\"id\", \"title\", \"ticked\", \"by\": \"evidence\"|\"hand\", \"how\", \"progress\"}]}]}.")
        var json = false

        func run() async throws {
            try await withServices(locations) { services in
                let lines = try await services.plan.checklist()
                print(json ? PlanJSON.text(ChecklistJSON.sections(lines)) : ChecklistText.text(lines))
            }
        }
    }

    struct Tick: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Tick a line by hand (only lines no evidence decides).")
        @OptionGroup var locations: Locations
        @Argument(help: "The line's id, as checklist --json shows it.") var id: String
        @Flag(help: "Untick instead.") var undo = false

        func run() async throws {
            try await withServices(locations) { services in
                try await services.plan.tick(id, ticked: !undo)
                print("\(undo ? "Unticked" : "Ticked") \(id)")
            }
        }
    }
}

enum ChecklistText {
    static func text(_ lines: [ChecklistLine]) -> String {
        var out: [String] = []
        for section in ChecklistSection.allCases {
            let rows = lines.filter { $0.section == section }
            guard !rows.isEmpty else { continue }
            out.append("\(section.title) (\(rows.filter(\.ticked).count)/\(rows.count))")
            for line in rows {
                out.append("  [\(line.ticked ? "x" : " ")] \(line.title) — \(line.howToTick)\(line.progress.map { " (\($0))" } ?? "")")
            }
        }
        return out.joined(separator: "\n")
    }
}
