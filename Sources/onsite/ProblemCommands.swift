import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteJudge

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
        print(starter ? problem.starter : "# \(problem.title)\n\n\(problem.statement)\n\nJudge a solution with: onsite judge \(problem.id) FILE")
    }
}

/// `onsite judge SLUG FILE`: judges a file against every test; exit code 0 only when Accepted.
struct JudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "judge", abstract: "Judge a solution file against a problem's tests.")
    static let maximumCodeBytes = 1 << 20
    @Argument(help: "The problem's id.") var slug: String
    @Argument(help: "Your solution (.py, or .sql for SQL problems).") var file: String
    @Flag(help: "Print the report as JSON.") var json = false
    @Flag(help: "Run code directly on this machine when bubblewrap is missing (not sandboxed).") var unsandboxed = false
    @Option(help: "The content folder.") var content: String?

    func run() async throws {
        let bundle = try loadBundle(content)
        let problem = try findProblem(slug, in: bundle)
        let code = try readSolution(file)
        let judge = try makeJudge(allowUnsandboxed: unsandboxed)
        if !judge.mode.isSandboxed {
            FileHandle.standardError.write(Data("onsite: WARNING: \(ExecutionMode.unsandboxedWarning)\n".utf8))
        }
        let tests = try bundle.tests(for: problem)
        let quiet = json
        let report = await judge.judge(problem, code: code, tests: tests) { outcome in
            if !quiet { print("  test \(outcome.number)/\(tests.count) \(outcome.visible ? outcome.name : "hidden") … passed (\(String(format: "%.2f", outcome.seconds)) s)") }
        }
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
