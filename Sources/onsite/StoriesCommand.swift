import ArgumentParser
import Foundation
import OnsiteCore

/// `onsite stories`: the STAR story bank in the terminal — lint a story file, lint a pitch.
struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories", abstract: "Behavioral stories: lint a STAR story file or a 2-minute pitch (docs/stories.md).",
        subcommands: [Lint.self, Pitch.self])

    /// `onsite stories lint FILE.md [--json]`: reads no database, only the file; findings never fail the command.
    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint a story file (# Title, Themes:, ## Situation/Task/Action/Result/Learning); exits 0 even with findings.")
        @Argument(help: "The story's Markdown file.") var file: String
        @Flag(help: "Print JSON: {\"findings\": [{\"rule\", \"severity\", \"part\", \"sentence\", \"message\"}]}.") var json = false

        func run() async throws {
            let text = try StoryFile.read(file)
            let story: Story
            do {
                story = try StoryMarkdown.parse(text, id: StoryFile.id(file))
            } catch {
                StoryFile.fail(error.located(in: file))
            }
            let findings = StarLinter.lint(story)
            print(json ? StoryJSON.findings(findings) : FindingList.text(findings, subject: "\(file) (\(StoryText.wordCount(story.text(of: .story))) words)"))
        }
    }

    /// `onsite stories pitch FILE --company NAME [--json]`: the pitch linter on a plain-text file.
    struct Pitch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lint a 2-minute pitch: length, your role, an impact with a number, why this company; exits 0 even with findings.")
        @Argument(help: "The pitch as a text file.") var file: String
        @Option(help: "The company the pitch is for.") var company: String
        @Flag(help: "Print JSON: {\"findings\": [...]}, as for stories lint.") var json = false

        func run() async throws {
            let text = try StoryFile.read(file)
            let findings = PitchLinter.lint(text, company: company)
            print(json ? StoryJSON.findings(findings) : FindingList.text(findings, subject: "\(file) (\(StoryText.wordCount(text)) words)"))
        }
    }
}

/// Reading a story file for the CLI: a missing, binary or oversized file is a one-line error, exit 1.
enum StoryFile {
    static func read(_ path: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            fail("\(path): cannot read it: \((error as NSError).localizedDescription)")
        }
        if data.count > StoryMarkdown.maxBytes {
            // Refused before it is decoded or split into lines.
            fail(StoryMarkdown.tooBig(data.count).located(in: path))
        }
        guard let text = String(data: data, encoding: .utf8) else { fail("\(path): not UTF-8 text") }
        return text
    }

    /// The story's id: the file name without `.md`.
    static func id(_ path: String) -> String {
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return name.isEmpty ? "story" : name
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        Foundation.exit(1)
    }
}

/// Findings as a person reads them: one per line, the severity first.
enum FindingList {
    static func text(_ findings: [Finding], subject: String) -> String {
        if findings.isEmpty { return "\(subject): no findings" }
        var lines = ["\(subject): \(findings.count) finding(s)"]
        for finding in findings {
            lines.append("  \(finding.severity.rawValue)  [\(finding.part.rawValue)] \(finding.message)")
        }
        return lines.joined(separator: "\n")
    }
}
