public import Foundation
public import OnsiteContent
public import OnsiteCore
public import OnsiteJudge
import OnsiteStore
import Synchronization

/// Coding problems: the list with each one's status, judging Run and Submit, and scheduling a
/// solved problem for review. The web pages, the JSON API and `onsite judge` go through here.
public final class ProblemService: Sendable {
    public let bundle: ContentBundle
    let store: any Store
    /// Nil when this machine cannot run code safely and the person did not choose unsandboxed mode.
    let judge: (any CodeJudge)?
    /// Which protections are active, or why there is no judge: shown on every problem page.
    public let sandboxNote: String
    let scheduler: Scheduler
    public let calendar: StudyCalendar
    let clock: WallClock
    let generators: Generators
    private let statements = Mutex<[String: RenderedProblem]>([:])
    private let selfTestReport = Mutex<SandboxReport?>(nil)

    /// What the start-up self-test observed, once it has run.
    public var selfTest: SandboxReport? { selfTestReport.withLock { $0 } }

    /// Runs the judge's self-test (in the background at start-up) and keeps its report for the pages.
    @discardableResult
    public func runSelfTest(hiddenPaths: [String]) async -> SandboxReport? {
        guard let judge = judge as? Judge else { return nil }
        let report = await SelfTest.run(judge, hiddenPaths: hiddenPaths)
        selfTestReport.withLock { $0 = report }
        return report
    }

    /// - Parameter scheduler: `Scheduler.forProblems()`, or one like it.
    init(
        bundle: ContentBundle, store: any Store, judge: (any CodeJudge)?, sandboxNote: String, scheduler: Scheduler,
        calendar: StudyCalendar, clock: WallClock, generators: Generators
    ) {
        self.bundle = bundle
        self.store = store
        self.judge = judge
        self.sandboxNote = sandboxNote
        self.scheduler = scheduler
        self.calendar = calendar
        self.clock = clock
        self.generators = generators
    }

    /// How code runs here: nil when it cannot, else whether it is sandboxed.
    public var canRun: Bool { judge != nil }
    public var isSandboxed: Bool { judge?.mode.isSandboxed ?? false }

    /// Starts the judge's warm interpreters (a server calls this once it listens).
    public func warmUp() { judge?.warmUp() }

    public func problem(id: String) throws -> CodingProblem {
        guard let problem = bundle.problem(id: id) else { throw ProblemError.unknownProblem(id) }
        return problem
    }

    /// Statement, editorial and hints as HTML, and the visible tests, prepared on a problem's first
    /// view and kept: rendering all of them at start-up would slow every start.
    public func rendered(_ problem: CodingProblem) throws -> RenderedProblem {
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
        let states = try await store.itemStates().of(.problem)
        let endOfDay = calendar.endOfDay(containing: clock.now())
        var result: [String: ProblemStatus] = [:]
        for problem in bundle.problems {
            result[problem.id] = ProblemStatus.of(state: states[problem.id], tally: tally[problem.id], endOfDay: endOfDay)
        }
        return result
    }

    /// A problem's submissions, newest first.
    public func history(problemID: String, limit: Int = 50) async throws -> [Submission] {
        _ = try problem(id: problemID)
        return try await store.submissions(problemID: problemID, limit: limit)
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
            switch try await judge.referenceValue(problem, on: input) {
            case .success(let value):
                tests.append(ProblemTest(name: "custom input", visible: true, args: input.args, data: input.data, expected: value))
            case .failure(let failure):
                throw BadInput(field: "customInput", message: "the reference solution could not answer this input, so it breaks the statement's contract: \(failure.report.summary)")
            }
        }
        let report = try await judge.judge(problem, code: code, tests: tests, progress: { _ in })
        return try await save(problem, kind: .run, code: code, report: report, review: nil)
    }

    /// Judges the code on every test; an accepted submit that ends an attempt schedules the
    /// problem's next review, rated by how the attempt went.
    /// With `record: false` (`onsite judge --no-record`) nothing is saved or scheduled.
    public func submit(
        problemID: String, code: String, record: Bool = true, progress: @escaping @Sendable (TestOutcome) -> Void = { _ in }
    ) async throws -> JudgedAttempt {
        let problem = try problem(id: problemID)
        let judge = try requireJudge()
        try Self.checkSize(code)
        let report = try await judge.judge(problem, code: code, tests: try bundle.tests(for: problem), progress: progress)
        guard record else { return JudgedAttempt(submission: nil, report: report, review: nil, nextReview: nil) }
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
        return try await store.recordReview(.problem(problem.id), .by(scheduler, generators: generators, rating: AttemptOutcome.gaveUp.rating, at: clock.now()))
    }

    /// Whether an attempt is open: the problem is new, or due today.
    public func hasOpenAttempt(_ problem: CodingProblem) async throws -> Bool {
        try await openAttemptStart(problem) != nil
    }

    /// When the current attempt began (the last review, or the beginning for a new problem), or
    /// nil when the problem is scheduled and not due today: solving it again then is practice.
    func openAttemptStart(_ problem: CodingProblem) async throws -> Date? {
        AttemptWindow.start(state: try await store.itemStates()[.problem(problem.id)], endOfDay: calendar.endOfDay(containing: clock.now()))
    }


    private func save(
        _ problem: CodingProblem, kind: SubmissionKind, code: String, report: JudgeReport, review: AttemptOutcome?
    ) async throws -> JudgedAttempt {
        let submission = Submission(
            id: generators.newID(), problemID: problem.id, kind: kind, code: code, verdict: report.verdict, summary: report.summary,
            report: String(decoding: try JSONEncoder().encode(report), as: UTF8.self), submittedAt: clock.now())
        let card = try await store.saveAttempt(submission, review: review.map { .by(scheduler, generators: generators, rating: $0.rating, at: submission.submittedAt) })
        return JudgedAttempt(submission: submission, report: report, review: review, nextReview: card?.due)
    }

    private func requireJudge() throws -> any CodeJudge {
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
public struct RenderedProblem: Sendable {
    public var statementHTML: String
    public var editorialHTML: String
    public var hintsHTML: [String]
    public var visibleTests: [ProblemTest]
}

/// A judged Run or Submit, and what was saved of it (nil with `record: false`).
public struct JudgedAttempt: Sendable {
    public var submission: Submission?
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
