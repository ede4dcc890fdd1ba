import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteServices

/// `onsite stories`: the STAR story bank in the terminal — lint a file or a pitch, list, coverage, import, export.
struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories", abstract: "Behavioral stories: lint a STAR story file or a 2-minute pitch, and the story bank (docs/stories.md).",
        subcommands: [Lint.self, Pitch.self, List.self, CoverageCommand.self, Import.self, Export.self, Practice.self])

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

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the saved stories with their themes.")
        @OptionGroup var locations: Locations
        @Flag(help: "Print JSON: {\"stories\": [{\"id\", \"title\", \"themes\"}]}.") var json = false

        func run() async throws {
            try await withServices(locations) { services in
                let stories = try await services.stories.list()
                if json {
                    print(StoryJSON.stories(stories))
                } else if stories.isEmpty {
                    print("No stories yet. Import some: onsite stories import DIR")
                } else {
                    for story in stories {
                        print("\(story.id)  \(story.title)  [\(story.themes.joined(separator: ", "))]")
                    }
                }
            }
        }
    }

    struct CoverageCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coverage", abstract: "Themes × stories: the gaps, a story that could stretch to each, and whether 6–8 stories cover every common theme.")
        @OptionGroup var locations: Locations
        @Flag(help: "Print JSON as in docs/stories.md.") var json = false

        func run() async throws {
            try await withServices(locations) { services in
                let matrix = try await services.stories.coverage()
                print(json ? StoryJSON.coverage(matrix) : CoverageTable.text(matrix))
            }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import every *.md story in a folder (id = file name); broken files go to standard error (exit 1), the good ones are kept.")
        @OptionGroup var locations: Locations
        @Argument(help: "The folder.") var folder: String

        func run() async throws {
            let url = URL(fileURLWithPath: folder)
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
            } catch {
                throw UserError("cannot read the folder \(folder): \((error as NSError).localizedDescription)")
            }
            var files: [(name: String, text: String)] = []
            var problems: [String] = []
            for name in names {
                let path = url.appendingPathComponent(name).path
                guard let data = FileManager.default.contents(atPath: path) else { problems.append("\(path): cannot read it"); continue }
                if data.count > StoryMarkdown.maxBytes { problems.append(StoryMarkdown.tooBig(data.count).located(in: path)); continue }
                guard let text = String(data: data, encoding: .utf8) else { problems.append("\(path): not UTF-8 text"); continue }
                files.append((name, text))
            }
            try await withServices(locations) { services in
                let outcome = try await services.stories.importFiles(files)
                print("imported \(outcome.imported.count) story(ies)")
                problems += outcome.problems.map { url.appendingPathComponent($0).path }
                for problem in problems.sorted() { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
                if !problems.isEmpty { throw ExitCode(1) }
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write every story to a folder as ID.md (Markdown; import reads them back).")
        @OptionGroup var locations: Locations
        @Argument(help: "The folder (made when missing).") var folder: String

        func run() async throws {
            try await withServices(locations) { services in
                let files = try await services.stories.exportFiles()
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    for file in files {
                        try Data(file.text.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(file.name))
                    }
                } catch {
                    throw UserError("cannot write to \(folder): \((error as NSError).localizedDescription)")
                }
                print("exported \(files.count) story(ies) to \(folder)")
            }
        }
    }
}

/// The coverage matrix as a person reads it: a row per theme, a column per story, then gaps and verdict.
enum CoverageTable {
    static func text(_ matrix: CoverageMatrix) -> String {
        let width = (matrix.themes.map(\.count).max() ?? 0) + 2
        var lines: [String] = []
        for (index, story) in matrix.stories.enumerated() { lines.append("  \(index + 1). \(story.id)") }
        let header = String(repeating: " ", count: width) + matrix.stories.indices.map { " \(($0 + 1) % 10)" }.joined()
        lines.append(header)
        for (row, theme) in matrix.themes.enumerated() {
            let name = theme + String(repeating: " ", count: width - theme.count)
            lines.append(name + matrix.cells[row].map { $0 ? " x" : " ." }.joined())
        }
        for item in matrix.stretch {
            if let id = item.storyID {
                lines.append("gap \(item.theme): \(id) could stretch to it (mentions \(item.matched.joined(separator: ", ")))")
            } else {
                lines.append("gap \(item.theme): no story mentions it — write one")
            }
        }
        lines.append(matrix.verdict)
        return lines.joined(separator: "\n")
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
