import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteServices

/// `onsite problems`: the coding problems, filtered.
struct Problems: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the coding problems.")
    @Option(help: "Only this round: dsa, ml or sql.") var round: String?
    @Option(help: "Only problems with this pattern tag.") var pattern: String?
    @Option(help: "The content folder.") var content: String?
    @Flag(help: "Print JSON.") var json = false

    struct Row: Codable { var id: String; var title: String; var round: String; var difficulty: String; var patterns: [String] }

    func run() async throws {
        let bundle = try loadBundle(content)
        if let round, ProblemRound(rawValue: round) == nil {
            throw UserError("unknown round '\(round)'; use dsa, ml or sql")
        }
        let rows = bundle.problems
            .filter { round == nil || $0.round.rawValue == round }
            .filter { pattern == nil || $0.patterns.contains(pattern!) }
            .map { Row(id: $0.id, title: $0.title, round: $0.round.rawValue, difficulty: $0.difficulty.rawValue, patterns: $0.patterns) }
        if json {
            print(String(decoding: try ContentJSON.encode(rows), as: UTF8.self))
            return
        }
        if rows.isEmpty { print("No problems match; `onsite problems` lists them all.") }
        for row in rows {
            print("\(row.id.padding(toLength: 36, withPad: " ", startingAt: 0)) \(row.round.padding(toLength: 4, withPad: " ", startingAt: 0)) \(row.difficulty.padding(toLength: 7, withPad: " ", startingAt: 0)) \(row.title)  [\(row.patterns.joined(separator: ", "))]")
        }
    }
}

/// `onsite problem SLUG`: the statement, or the starter code to solve it in your own editor.
struct Problem: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show a problem's statement (or its starter code).")
    @Argument(help: "The problem's id (see `onsite problems`).") var slug: String
    @Flag(help: "Print the starter code instead, to save as a file: onsite problem SLUG --starter > solution.py") var starter = false
    @Option(help: "The content folder.") var content: String?

    func run() async throws {
        let problem = try findProblem(slug, in: try loadBundle(content))
        if starter { return print(problem.starter) }
        // Statements open with their `# Title`; one without gets it here, so it shows once either way.
        let statement = problem.statement.hasPrefix("# ") ? problem.statement : "# \(problem.title)\n\n\(problem.statement)"
        let language = problem.language == .sql ? "SQL (SQLite)" : problem.numpy ? "Python 3; numpy is allowed (import numpy as np)" : "Python 3; numpy is not allowed"
        print("\(statement)\n\nLanguage: \(language)\nJudge a solution with: onsite judge \(problem.id) FILE")
    }
}

/// `onsite judge SLUG FILE`: judges a file against every test, through the same service as the
/// web's Submit: the submission is saved and a solved problem scheduled, unless `--no-record`.
/// Exit code 0 only when Accepted.
struct JudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "judge", abstract: "Judge a solution file against a problem's tests.")
    static let maximumCodeBytes = 1 << 20
    @Argument(help: "The problem's id.") var slug: String
    @Argument(help: "Your solution (.py, or .sql for SQL problems).") var file: String
    @Flag(help: "Print the report as JSON.") var json = false
    @Flag(help: "Run code directly on this machine when bubblewrap is missing (not sandboxed).") var unsandboxed = false
    @Flag(help: "Judge only: save nothing and schedule nothing.") var noRecord = false
    @OptionGroup var locations: Locations

    func run() async throws {
        let code = try readSolution(file)
        try await withServices(locations, judge: .machine(allowUnsandboxed: unsandboxed, warm: 0)) { services in
            let problems = services.problems
            _ = try findProblem(slug, in: services.bundle)
            guard problems.canRun else { throw UserError(problems.sandboxNote) }
            if !problems.isSandboxed {
                FileHandle.standardError.write(Data("onsite: WARNING: \(ExecutionMode.unsandboxedWarning)\n".utf8))
            }
            let quiet = json
            let attempt = try await problems.submit(problemID: slug, code: code, record: !noRecord) { outcome in
                if !quiet { print("  test \(outcome.number) \(outcome.visible ? outcome.name : "(hidden)") … passed (\(String(format: "%.2f", outcome.seconds)) s)") }
            }
            try report(attempt)
        }
    }

    private func report(_ attempt: JudgedAttempt) throws {
        let report = attempt.report
        if json {
            print(String(decoding: try ContentJSON.encode(report), as: UTF8.self))
        } else {
            print(report.summary)
            if let input = report.input { print("  input:    \(input)") }
            if let expected = report.expected { print("  expected: \(expected)") }
            if let got = report.got { print("  got:      \(got)") }
            for line in report.trace { print("  \(line)") }
            let memory = report.peakMemoryBytes > 0 ? String(format: ", peak memory %.0f MB", Double(report.peakMemoryBytes) / 1_048_576) : ""
            print(String(format: "  %.2f s", report.seconds) + memory + (report.sandboxed ? "" : " (UNSANDBOXED)"))
            if let outcome = attempt.review, let due = attempt.nextReview {
                print("  scheduled: \("\(outcome.rating)".capitalized), back on \(due.formatted(date: .abbreviated, time: .omitted))")
            } else if attempt.submission != nil {
                print("  saved to your history")
            }
        }
        if report.verdict != .accepted { throw ExitCode(1) }
    }

    private func readSolution(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw UserError("cannot read \(path)") }
        guard data.count <= Self.maximumCodeBytes else {
            throw UserError("\(path) is \(data.count / 1_048_576) MB; a solution may be at most 1 MB")
        }
        guard let code = String(data: data, encoding: .utf8) else { throw UserError("\(path) is not UTF-8 text") }
        return code
    }
}

func findProblem(_ slug: String, in bundle: ContentBundle) throws -> CodingProblem {
    guard let problem = bundle.problem(id: slug) else {
        throw UserError("no problem '\(slug)'; `onsite problems` lists them")
    }
    return problem
}

func makeJudge(allowUnsandboxed: Bool) throws -> Judge {
    do {
        return try JudgeSetup.make(allowUnsandboxed: allowUnsandboxed)
    } catch {
        throw UserError(error)
    }
}
