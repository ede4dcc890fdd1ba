import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore

/// `onsite design list|show|score`: the design cases and drills, and scoring a Markdown answer against one.
/// They read the bank only, like `stories lint`: scoring is a Core function and needs no database.
struct DesignCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "design", abstract: "ML system design cases and drills: list, show, and score an answer file (docs/design.md).",
        subcommands: [List.self, Show.self, Score.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the design cases, then the drills.")
        @Option(help: "The content folder.") var content: String?
        @Flag(help: "Print JSON: [{\"id\", \"title\", \"kind\": \"case\"|\"drill\"}].") var json = false

        func run() async throws {
            let items = try loadBundle(content).designItems
            if json {
                print(DesignJSON.list(items))
            } else if items.isEmpty {
                print("No design cases in this bundle.")
            } else {
                for item in items { print("\(item.id)  \(item.kind.rawValue)  \(item.title)") }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a case or drill: prompt, clarifying questions, and per step the model answer and rubric.")
        @Option(help: "The content folder.") var content: String?
        @Argument(help: "The case or drill id.") var id: String

        func run() async throws {
            let item = try designItem(id, content: content)
            print(DesignText.show(item))
        }
    }

    struct Score: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score a Markdown answer (one `## ` heading per step: Clarify, Metrics, Data, Model, System, Trade-offs) against a case's rubric.")
        @Option(help: "The content folder.") var content: String?
        @Argument(help: "The case or drill id.") var id: String
        @Argument(help: "The answer file (Markdown).") var answer: String
        @Flag(help: "Print JSON: {\"total\", \"steps\": [{\"step\", \"score\", \"matched\", \"missed\", \"redFlags\"}]}.") var json = false

        func run() async throws {
            let item = try designItem(id, content: content)
            let text: String
            do {
                text = try String(contentsOfFile: answer, encoding: .utf8)
            } catch {
                throw UserError("cannot read \(answer): \((error as NSError).localizedDescription)")
            }
            let parsed: DesignAnswer
            do {
                parsed = try DesignAnswerFile.parse(text, single: item.kind == .drill ? item.steps.first?.step : nil)
            } catch {
                throw UserError("\(answer): \(error)")
            }
            let score = DesignScorer.score(parsed, against: item)
            print(json ? DesignJSON.score(score) : DesignText.report(score))
        }
    }
}

func designItem(_ id: String, content: String?) throws -> DesignItem {
    let bundle = try loadBundle(content)
    guard let item = bundle.designItem(id: id) else {
        throw UserError("no design case or drill `\(id)` (see `onsite design list`)")
    }
    return item
}

extension DesignText {
    /// The terminal view of an item.
    static func show(_ item: DesignItem) -> String {
        var out = "\(item.title) (\(item.kind.rawValue), \(item.difficulty.rawValue), \(item.kind.minutes) minutes)\n\n\(item.prompt)\n"
        if !item.clarifying.isEmpty {
            out += "\nClarifying questions:\n" + item.clarifying.map { "- \($0.question)\n  Assume: \($0.assumption)" }.joined(separator: "\n") + "\n"
        }
        if !item.diagram.isEmpty { out += "\nServing path:\n\(item.diagram)\n" }
        for step in item.steps {
            out += "\n## \(step.step.title)\n\n\(step.answer)\nRubric:\n"
            out += step.points.map { "- [\($0.weight)] \($0.point) (\($0.phrases.joined(separator: "; ")))" }.joined(separator: "\n") + "\n"
        }
        if !item.redFlags.isEmpty { out += "\nRed flags:\n" + item.redFlags.map { "- \($0.flag)" }.joined(separator: "\n") + "\n" }
        if !item.followUps.isEmpty {
            out += "\nFollow-ups:\n" + item.followUps.map { "- \($0.question)\n  \($0.answer.replacingOccurrences(of: "\n", with: "\n  "))" }.joined(separator: "\n")
        }
        return out
    }

    /// The terminal report of a score.
    static func report(_ score: DesignScore) -> String {
        var out = "total \(Int((score.total * 100).rounded()))%\n"
        for step in score.steps {
            out += "\n\(step.step.title): \(Int((step.score * 100).rounded()))%\n"
            for match in step.matched { out += "  + \(match.point.point) — “\(match.phrase)” in: \(match.sentence)\n" }
            for point in step.missed { out += "  - missed: \(point.point)\n" }
            for flag in step.redFlags { out += "  ! red flag: \(flag.flag.flag) — \(flag.sentence)\n" }
        }
        return out
    }
}
