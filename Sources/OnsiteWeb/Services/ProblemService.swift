public import Foundation
public import OnsiteContent
public import OnsiteCore
public import OnsiteJudge
public import OnsiteStore
import Synchronization

/// Coding problems: the list with each one's status, judging Run and Submit, and scheduling a
/// solved problem for review. The web pages and the JSON API go through here.
public final class ProblemService: Sendable {
    public let bundle: ContentBundle
    public let store: Store
    /// Nil when this machine cannot run code safely and the person did not choose unsandboxed mode.
    public let judge: Judge?
    /// Which protections are active, or why there is no judge: shown on every problem page.
    public let sandboxNote: String
    let scheduler: Scheduler
    let calendar: StudyCalendar
    let clock: WallClock
    private let statements = Mutex<[String: RenderedProblem]>([:])
    private let selfTestReport = Mutex<SandboxReport?>(nil)

    /// What the start-up self-test observed, once it has run.
    public var selfTest: SandboxReport? { selfTestReport.withLock { $0 } }

    /// Runs the judge's self-test (in the background at start-up) and keeps its report for the pages.
    @discardableResult
    public func runSelfTest(hiddenPaths: [String]) async -> SandboxReport? {
        guard let judge else { return nil }
        let report = await SelfTest.run(judge, hiddenPaths: hiddenPaths)
        selfTestReport.withLock { $0 = report }
        return report
    }

    /// - Parameter scheduler: `Scheduler.forProblems()`, or one like it.
    public init(
        bundle: ContentBundle, store: Store, judge: Judge?, sandboxNote: String, scheduler: Scheduler,
        calendar: StudyCalendar, clock: WallClock = .system
    ) {
        self.bundle = bundle
        self.store = store
        self.judge = judge
        self.sandboxNote = sandboxNote
        self.scheduler = scheduler
        self.calendar = calendar
        self.clock = clock
    }

    public func problem(id: String) throws -> CodingProblem {
        guard let problem = bundle.problem(id: id) else { throw ProblemError.unknownProblem(id) }
        return problem
    }

    /// Statement, editorial and hints as HTML, and the visible tests, prepared on a problem's first
    /// view and kept: rendering all of them at start-up would slow every start.
    func rendered(_ problem: CodingProblem) throws -> RenderedProblem {
        if let done = statements.withLock({ $0[problem.id] }) { return done }
        let visible = try bundle.tests(for: problem).filter(\.visible)
        let page = RenderedProblem(
            statementHTML: Markdown.html(Self.droppingTitle(problem.statement)), editorialHTML: Markdown.html(problem.editorial),
            hintsHTML: problem.hints.map(Markdown.html), visibleTests: visible)
        statements.withLock { $0[problem.id] = page }
        return page
    }

    /// Statements open with `# Title` for the terminal; the page already shows the title.
    static func droppingTitle(_ markdown: String) -> String {
        guard markdown.hasPrefix("# "), let newline = markdown.firstIndex(of: "\n") else { return markdown }
        return String(markdown[markdown.index(after: newline)...])
    }

    /// Every problem's status for the person, by problem id.
    public func statuses() async throws -> [String: ProblemStatus] {
        let tally = try await store.submitTally()
        let states = try await store.itemStates()
        let endOfDay = calendar.endOfDay(containing: clock.now())
        var result: [String: ProblemStatus] = [:]
        for problem in bundle.problems {
            let state = states[ProblemItem.id(problem.id)]
            let submits = tally[problem.id]
            result[problem.id] =
                if let state, state.due < endOfDay { .due }
                else if submits?.accepted == true { .solved }
                else if submits != nil || state != nil { .attempted }
                else { .new }
        }
        return result
    }

    /// Judges the code on the visible tests, plus the person's own input when given (its expected
    /// output is what the reference solution returns on it, computed in the sandbox too).
    public func run(problemID: String, code: String, customInput: String?) async throws -> JudgedAttempt {
        let problem = try problem(id: problemID)
        let judge = try requireJudge()
        try Self.checkSize(code)
        var tests = try rendered(problem).visibleTests
        if let customInput, !customInput.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            let input = try CustomInput.test(customInput, for: problem, example: tests.first)
            switch await judge.referenceValue(problem, on: input) {
            case .success(let value):
                tests.append(ProblemTest(name: "custom input", visible: true, args: input.args, data: input.data, expected: value))
            case .failure(let failure):
                throw BadInput(field: "customInput", message: "the reference solution could not answer this input, so it breaks the statement's contract: \(failure.report.summary)")
            }
        }
        let report = await judge.judge(problem, code: code, tests: tests)
        return try await save(problem, kind: .run, code: code, report: report, review: nil)
    }

    /// Judges the code on every test; an accepted submit that ends an attempt schedules the
    /// problem's next review, rated by how the attempt went.
    public func submit(problemID: String, code: String) async throws -> JudgedAttempt {
        let problem = try problem(id: problemID)
        let judge = try requireJudge()
        try Self.checkSize(code)
        let report = await judge.judge(problem, code: code, tests: try bundle.tests(for: problem))
        var review: AttemptOutcome?
        if report.verdict == .accepted, let since = try await openAttemptStart(problem) {
            review = .accepted(after: try await store.failedSubmits(problemID: problem.id, since: since))
        }
        return try await save(problem, kind: .submit, code: code, report: report, review: review)
    }

    /// The person gave up (opened the editorial before solving): the problem comes back soon.
    /// Nothing is recorded when no attempt is open (already solved and not yet due).
    public func giveUp(problemID: String) async throws -> Card? {
        let problem = try problem(id: problemID)
        guard try await openAttemptStart(problem) != nil else { return nil }
        return try await store.recordReview(
            itemID: ProblemItem.id(problem.id), rating: AttemptOutcome.gaveUp.rating, at: clock.now(), scheduler: scheduler)
    }

    /// When the current attempt began (the last review, or the beginning for a new problem), or
    /// nil when the problem is scheduled and not due today: solving it again then is practice.
    func openAttemptStart(_ problem: CodingProblem) async throws -> Date? {
        guard let state = try await store.itemStates()[ProblemItem.id(problem.id)] else { return .distantPast }
        guard state.due < calendar.endOfDay(containing: clock.now()) else { return nil }
        return state.lastReview ?? .distantPast
    }

    private func save(
        _ problem: CodingProblem, kind: SubmissionKind, code: String, report: JudgeReport, review: AttemptOutcome?
    ) async throws -> JudgedAttempt {
        let submission = Submission(
            problemID: problem.id, kind: kind, code: code, verdict: report.verdict, summary: report.summary,
            report: String(decoding: try JSONEncoder().encode(report), as: UTF8.self), submittedAt: clock.now())
        let card = try await store.saveAttempt(submission, review: review?.rating, scheduler: scheduler)
        return JudgedAttempt(submission: submission, report: report, review: review, nextReview: card?.due)
    }

    private func requireJudge() throws -> Judge {
        guard let judge else { throw ProblemError.noJudge(sandboxNote) }
        return judge
    }

    static let maximumCodeBytes = 1 << 20

    private static func checkSize(_ code: String) throws {
        if code.utf8.count > maximumCodeBytes { throw BadInput(field: "code", message: "the code is over 1 MB; a solution may be at most 1 MB") }
        if code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw BadInput(field: "code", message: "the editor is empty: write a solution first") }
    }
}

/// A problem's pages, rendered once.
struct RenderedProblem: Sendable {
    var statementHTML: String
    var editorialHTML: String
    var hintsHTML: [String]
    var visibleTests: [ProblemTest]
}

/// Where a person stands on a problem.
public enum ProblemStatus: String, Sendable, CaseIterable {
    case new, attempted, solved, due

    public var title: String {
        switch self {
        case .new: "Not tried"
        case .attempted: "Attempted"
        case .solved: "Solved"
        case .due: "Due for review"
        }
    }
}

/// A judged and saved Run or Submit.
public struct JudgedAttempt: Sendable {
    public var submission: Submission
    public var report: JudgeReport
    /// For a submit that closed an attempt: how it went, and when the problem comes back.
    public var review: AttemptOutcome?
    public var nextReview: Date?
}

/// A problem request that cannot be served.
public enum ProblemError: Error, CustomStringConvertible, Equatable {
    case unknownProblem(String)
    case noJudge(String)

    public var description: String {
        switch self {
        case .unknownProblem(let id): "no problem '\(id)'; the Problems page (or `onsite problems`) lists them"
        case .noJudge(let why): "code cannot run on this server: \(why)"
        }
    }
}
