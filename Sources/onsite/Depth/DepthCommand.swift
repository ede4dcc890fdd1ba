import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// `onsite depth`: the ML depth round in the terminal — the follow-ups and findings of a deep-dive file,
/// and the probe bank (docs/depth.md).
struct DepthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "depth", abstract: "ML depth: follow-up questions and findings for a project deep dive, and the probe bank (docs/depth.md).",
        subcommands: [Probes.self, Bank.self])

    /// `onsite depth probes FILE.md [--json]`: reads no database, only the file.
    struct Probes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The questions an interviewer would ask about a deep dive (## Context, Role, Decisions, Result, Why, Now), and what to fix.")
        @Argument(help: "The deep dive's Markdown file.") var file: String
        @Flag(help: "Print JSON: {\"questions\": [text], \"findings\": [{\"rule\", \"message\"}]}.") var json = false

        func run() async throws {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                StoryFile.fail("\(file): cannot read it: \((error as NSError).localizedDescription)")
            }
            if data.count > DepthService.maxBytes {
                StoryFile.fail("\(file):1: the file is \(data.count / 1000) kB; a deep dive is at most \(DepthService.maxBytes / 1000) kB")
            }
            guard let text = String(data: data, encoding: .utf8) else { StoryFile.fail("\(file): not UTF-8 text") }
            let dive: DeepDive
            do {
                dive = try DeepDiveMarkdown.parse(text)
            } catch {
                StoryFile.fail(error.located(in: file))
            }
            let report = DepthReport(questions: DepthQuestions.generate(dive), findings: DeepDiveLinter.lint(dive))
            if json {
                print(String(decoding: try ContentJSON.encode(report), as: UTF8.self))
                return
            }
            print("\(dive.title.isEmpty ? file : dive.title)\n\nQuestions to expect:")
            for question in report.questions { print("  - \(question)") }
            print(report.findings.isEmpty ? "\nNo findings." : "\nFindings:")
            for finding in report.findings { print("  [\(finding.rule)] \(finding.message)") }
        }
    }

    /// `onsite depth bank [--json]`: the probe questions by phase.
    struct Bank: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the probe questions of the bank, by phase.")
        @Option(help: "The content folder.") var content: String?
        @Flag(help: "Print JSON: [{\"id\", \"phase\", \"question\", \"listenFor\"}].") var json = false

        func run() async throws {
            let bundle = try ContentBundle.load(from: ContentLocation.resolve(explicit: content))
            if json {
                print(String(decoding: try ContentJSON.encode(bundle.depthProbes), as: UTF8.self))
                return
            }
            for phase in DepthPhase.allCases {
                print("\(phase.title):")
                for probe in bundle.depthProbes where probe.phase == phase { print("  \(probe.id): \(probe.question)") }
            }
        }
    }
}

struct DepthReport: Encodable {
    var questions: [String]
    var findings: [DeepDiveLinter.Finding]
}
