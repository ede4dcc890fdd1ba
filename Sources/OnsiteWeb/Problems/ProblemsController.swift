import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteServices

/// The problem list with its filters, a problem's page, and the interview-mode switch.
struct ProblemsController<Context: RequestContext> {
    let problems: ProblemService
    let renderer: PageRenderer
    let token: FormToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/problems", use: list)
        routes.post("/problems/interview-mode", use: toggleInterviewMode)
        routes.get("/problems/{id}", use: page)
        return routes
    }

    func list(request: Request, context: Context) async throws -> HTMLPage {
        let filter = try ProblemFilter(request.uri.queryParameters)
        let interview = InterviewMode.isOn(request)
        let statuses = try await problems.statuses()
        let rows = problems.bundle.problems
            .filter { filter.matches($0, status: statuses[$0.id] ?? .new, interview: interview) }
            .map { ProblemRow($0, status: statuses[$0.id] ?? .new, interview: interview) }
        let all = problems.bundle.problems
        let solved = all.filter { statuses[$0.id]?.isSolved == true }.count
        return renderer.render("problems", ProblemListView(
            rows: rows, count: rows.count, total: all.count, solved: solved,
            due: all.filter { statuses[$0.id] == .due }.count, hasDue: statuses.values.contains(.due),
            filtered: filter.isActive, interview: interview, csrf: token.value,
            rounds: ProblemRound.allCases.map { Option(value: $0.rawValue, label: $0.title, selected: filter.round == $0) },
            patterns: Set(all.flatMap(\.patterns)).sorted().map { Option(value: $0, label: $0, selected: filter.pattern == $0) },
            difficulties: Difficulty.allCases.map { Option(value: $0.rawValue, label: $0.rawValue, selected: filter.difficulty == $0) },
            statuses: ProblemStatus.allCases.map { Option(value: $0.rawValue, label: $0.title, selected: filter.status == $0) }))
    }

    func page(request: Request, context: Context) async throws -> HTMLPage {
        let id = try context.parameters.require("id")
        let problem = try problems.problem(id: id)
        let rendered = try problems.rendered(problem)
        let history = try await problems.history(problemID: id, limit: 30)
        let status = try await problems.statuses()[id] ?? .new
        let openAttempt = try await problems.hasOpenAttempt(problem)
        let interview = InterviewMode.isOn(request)
        let all = problems.bundle.problems
        let next = all.firstIndex { $0.id == id }.flatMap { index in all[(index + 1)...].first { $0.round == problem.round } }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        formatter.timeZone = problems.calendar.timeZone
        return renderer.render("problem", ProblemPageView(
            id: problem.id, title: problem.title, round: problem.round.title, roundID: problem.round.rawValue,
            difficulty: problem.difficulty.rawValue, patterns: problem.patterns, interview: interview, csrf: token.value,
            status: status.title, statusID: status.rawValue,
            language: problem.language == .sql ? "SQL (SQLite)" : (problem.numpy ? "Python 3 with numpy" : "Python 3"),
            languageID: problem.language.rawValue,
            timeLimit: Self.seconds(problem.timeLimitSeconds), memoryLimit: problem.memoryLimitMB,
            statementHTML: rendered.statementHTML, editorialHTML: rendered.editorialHTML,
            solution: problem.solution,
            hints: rendered.hintsHTML.enumerated().map { HintView(number: $0 + 1, html: $1) },
            hasHints: !rendered.hintsHTML.isEmpty,
            examples: rendered.visibleTests.map { ExampleView($0, language: problem.language) },
            code: history.first?.code ?? problem.starter, starter: problem.starter,
            customInput: rendered.visibleTests.first.map { CustomInputText.text(for: $0) } ?? "",
            customInputHelp: problem.language == .sql
                ? "(SQL statements that fill the tables)" : "(one argument of \(problem.entry) per line, as JSON)",
            canRun: problems.canRun, sandboxed: problems.isSandboxed,
            sandboxNote: problems.sandboxNote, selfTest: problems.selfTest?.description ?? "",
            hasSelfTest: problems.selfTest != nil, openAttempt: openAttempt,
            history: history.map { SubmissionRow($0, formatter: formatter) },
            nextID: next?.id ?? "", nextTitle: next?.title ?? "", hasNext: next != nil))
    }

    /// Interview mode hides difficulty and pattern tags everywhere, as a real interview would.
    func toggleInterviewMode(request: Request, context: Context) async throws -> Response {
        let form = try await FormFields(request: request, context: context)
        let on = form["on"] == "1"
        let back = form["back"].flatMap { $0.hasPrefix("/problems") && !$0.hasPrefix("//") ? $0 : nil } ?? "/problems"
        var response = Response.redirect(to: back, type: .normal)
        response.headers[.setCookie] = "\(InterviewMode.cookie)=\(on ? "1" : "0"); Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"
        return response
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// Whether the person switched interview mode on (a cookie, so pages render without tags at once).
enum InterviewMode {
    static let cookie = "onsite_interview"

    static func isOn(_ request: Request) -> Bool {
        request.cookies[cookie]?.value == "1"
    }
}

/// The list's filters from the query string; an unknown value names the field.
struct ProblemFilter {
    var round: ProblemRound?
    var pattern: String?
    var difficulty: Difficulty?
    var status: ProblemStatus?

    init(_ query: Parameters) throws {
        func value(_ name: String) -> String? {
            query[name[...]].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        }
        if let raw = value("round") {
            guard let round = ProblemRound(rawValue: raw) else { throw BadInput(field: "round", message: "`round` must be dsa, ml or sql, not `\(raw)`") }
            self.round = round
        }
        if let raw = value("difficulty") {
            guard let difficulty = Difficulty(rawValue: raw) else { throw BadInput(field: "difficulty", message: "`difficulty` must be easy, medium or hard, not `\(raw)`") }
            self.difficulty = difficulty
        }
        if let raw = value("status") {
            guard let status = ProblemStatus(rawValue: raw) else { throw BadInput(field: "status", message: "`status` must be new, attempted, solved or due, not `\(raw)`") }
            self.status = status
        }
        pattern = value("pattern")
    }

    var isActive: Bool { round != nil || pattern != nil || difficulty != nil || status != nil }

    /// In interview mode the difficulty and pattern filters are ignored, as they are hidden.
    func matches(_ problem: CodingProblem, status: ProblemStatus, interview: Bool) -> Bool {
        (round == nil || problem.round == round)
            && (interview || pattern == nil || problem.patterns.contains(pattern!))
            && (interview || difficulty == nil || problem.difficulty == difficulty)
            && (self.status == nil || status == self.status)
    }
}

/// How a test's input is written in the custom-input box: one JSON argument per line, or SQL.
enum CustomInputText {
    static func text(for test: ProblemTest) -> String {
        test.data ?? (test.args ?? []).map(\.description).joined(separator: "\n")
    }
}

struct Option { var value: String; var label: String; var selected: Bool }

struct ProblemRow {
    var id: String, title: String, round: String, difficulty: String, patterns: String
    var status: String, statusID: String, showTags: Bool

    init(_ problem: CodingProblem, status: ProblemStatus, interview: Bool) {
        id = problem.id
        title = problem.title
        round = problem.round.rawValue.uppercased()
        difficulty = problem.difficulty.rawValue
        patterns = problem.patterns.joined(separator: ", ")
        self.status = status.title
        statusID = status.rawValue
        showTags = !interview
    }
}

struct ProblemListView {
    var rows: [ProblemRow]
    var count: Int, total: Int, solved: Int, due: Int, hasDue: Bool
    var filtered: Bool, interview: Bool, csrf: String
    var rounds: [Option], patterns: [Option], difficulties: [Option], statuses: [Option]
}

struct HintView { var number: Int; var html: String }

struct ExampleView {
    var name: String, input: String, expected: String

    init(_ test: ProblemTest, language: ProblemLanguage) {
        name = test.name
        input = CustomInputText.text(for: test)
        expected = test.expected.description
    }
}

struct SubmissionRow {
    var when: String, kind: String, verdict: String, verdictID: String, summary: String, code: String

    init(_ submission: Submission, formatter: DateFormatter) {
        when = formatter.string(from: submission.submittedAt)
        kind = submission.kind == .submit ? "Submit" : "Run"
        verdict = submission.verdict.title
        verdictID = submission.verdict.rawValue
        summary = submission.summary
        code = submission.code
    }
}

struct ProblemPageView {
    var id: String, title: String, round: String, roundID: String, difficulty: String, patterns: [String], interview: Bool, csrf: String
    var status: String, statusID: String, language: String, languageID: String
    var timeLimit: String, memoryLimit: Int
    var statementHTML: String, editorialHTML: String, solution: String
    var hints: [HintView], hasHints: Bool
    var examples: [ExampleView]
    var code: String, starter: String, customInput: String, customInputHelp: String
    var canRun: Bool, sandboxed: Bool, sandboxNote: String, selfTest: String, hasSelfTest: Bool, openAttempt: Bool
    var history: [SubmissionRow]
    /// The next problem of the same round in bank order.
    var nextID: String, nextTitle: String, hasNext: Bool
}
