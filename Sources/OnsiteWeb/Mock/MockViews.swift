import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// Formatting shared by the mock pages.
enum MockViews {
    /// `m:ss`, with a minus sign once over time.
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.magnitude.rounded(.down))
        return (seconds < 0 ? "-" : "") + "\(whole / 60):" + String(format: "%02d", whole % 60)
    }

    static func percent(_ score: Double?) -> String {
        score.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
    }

    static func date(_ date: Date, calendar: StudyCalendar) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        formatter.timeZone = calendar.timeZone
        return formatter.string(from: date)
    }

    /// What a person reads for an item, and where they review it.
    static func describe(_ item: ItemRef, bundle: ContentBundle) -> (title: String, link: String) {
        switch item.kind {
        case .card: (bundle.card(id: item.id)?.question ?? item.id, "/cards/\(item.id)")
        case .problem: (bundle.problem(id: item.id)?.title ?? item.id, "/problems/\(item.id)")
        case .behavioral:
            (bundle.behavioralQuestion(id: item.id)?.question ?? item.id,
             "/stories/practice?theme=\(bundle.behavioralQuestion(id: item.id)?.primaryTheme ?? "")")
        default: (item.id, "")
        }
    }
}

struct MockStartView {
    struct StageOption { var kind: String; var title: String; var minutes: Int; var summary: String; var unavailable: String; var runnable: Bool }
    struct Open { var id: String; var stage: String }
    struct Past { var id: String; var when: String; var stages: String; var overall: String }
    var stages: [StageOption]
    var inProgress: Open?
    var past: [Past]
    var csrf: String
}

struct MockRatingButton { var name: String; var label: String; var value: Int }

struct MockStageView {
    struct Step { var title: String; var status: String; var current: Bool }
    struct Breadth { var item: String; var question: String; var answerHTML: String; var position: Int; var count: Int }
    struct Behavioral { var item: String; var question: String; var listeningFor: [String]; var redFlags: [String]; var position: Int; var count: Int }
    struct Coding {
        var problemID: String, title: String, statementHTML: String, language: String, languageID: String, starter: String
        var examples: [ExampleView], customInput: String
        var canRun: Bool, sandboxed: Bool, sandboxNote: String
        var submissions: [Submitted]
    }
    struct Submitted { var verdict: String; var verdictID: String; var summary: String }
    struct Design { var caseID: String; var title: String; var prompt: String; var total: String; var steps: [DesignStep] }
    struct DesignStep { var stepID: String; var title: String; var text: String; var scored: String; var answered: Bool }

    var id: String, mockID: String, csrf: String
    var title: String, number: Int, count: Int, isLast: Bool
    var steps: [Step]
    var limitSeconds: Int, elapsedSeconds: String, running: Bool, remaining: String, overTime: Bool, limitText: String
    var breadth: Breadth?
    var behavioral: Behavioral?
    var coding: Coding?
    var design: Design?
    /// Breadth or behavioral with every item answered.
    var allAnswered: Bool
    var ratingButtons: [MockRatingButton]

    init(mock: Mock, index: Int, now: Date, bundle: ContentBundle, problems: ProblemService, mocks: MockService, csrf: String) async throws {
        let stage = mock.stages[index]
        id = mock.id.uuidString.lowercased()
        mockID = id
        self.csrf = csrf
        title = stage.kind.title
        number = index + 1
        count = mock.stages.count
        isLast = !mock.stages.indices.contains { $0 > index && mock.stages[$0].status == .pending }
        steps = mock.stages.enumerated().map { Step(title: $1.kind.title, status: $1.status.rawValue, current: $0 == index) }
        limitSeconds = Int(stage.limitSeconds)
        let elapsed = stage.timer.elapsed(at: now)
        elapsedSeconds = String(format: "%.1f", elapsed)
        running = stage.timer.isRunning
        remaining = MockViews.clock(stage.limitSeconds - elapsed)
        overTime = elapsed > stage.limitSeconds
        limitText = MockViews.clock(stage.limitSeconds)
        allAnswered = false
        ratingButtons = []
        let next = stage.nextUnanswered
        let position = stage.answers.count + 1
        switch stage.kind {
        case .breadth:
            ratingButtons = Rating.allCases.map { MockRatingButton(name: "\($0)", label: "\($0)".capitalized, value: $0.rawValue) }
            if let next, let card = bundle.card(id: next.id) {
                breadth = Breadth(item: card.id, question: card.question, answerHTML: card.answerHTML, position: position, count: stage.items.count)
            } else { allAnswered = true }
        case .behavioral:
            ratingButtons = Rating.allCases.map { MockRatingButton(name: "\($0)", label: $0.mockLabel, value: $0.rawValue) }
            if let next, let question = bundle.behavioralQuestion(id: next.id) {
                behavioral = Behavioral(
                    item: question.id, question: question.question, listeningFor: question.listeningFor, redFlags: question.redFlags,
                    position: position, count: stage.items.count)
            } else { allAnswered = true }
        case .coding:
            if let item = stage.items.first, let problem = bundle.problem(id: item.id) {
                let rendered = try problems.rendered(problem)
                coding = Coding(
                    problemID: problem.id, title: problem.title, statementHTML: rendered.statementHTML,
                    language: problem.language == .sql ? "SQL (SQLite)" : (problem.numpy ? "Python 3 with numpy" : "Python 3"),
                    languageID: problem.language.rawValue, starter: problem.starter,
                    examples: rendered.visibleTests.map { ExampleView($0, language: problem.language) },
                    customInput: rendered.visibleTests.first.map { CustomInputText.text(for: $0) } ?? "",
                    canRun: problems.canRun, sandboxed: problems.isSandboxed, sandboxNote: problems.sandboxNote,
                    submissions: stage.answers.reversed().map {
                        Submitted(verdict: $0.verdict?.title ?? "Not judged", verdictID: $0.verdict?.rawValue ?? "", summary: $0.detail)
                    })
            }
        case .design:
            if let item = stage.items.first, let prompt = try? mocks.design.prompt(caseID: item.id) {
                let (texts, score) = mocks.designScore(stage)
                design = Design(
                    caseID: item.id, title: prompt.title, prompt: prompt.prompt, total: MockViews.percent(score?.total),
                    steps: prompt.steps.map { step in
                        DesignStep(
                            stepID: step.id, title: step.title, text: texts[step.id] ?? "",
                            scored: score.map { MockViews.percent($0.steps[step.id]) + " · " + ($0.findings[step.id] ?? "") } ?? "",
                            answered: texts[step.id] != nil)
                    })
            }
        }
    }
}

struct MockReportView {
    struct ItemRow { var title: String; var link: String; var hasLink: Bool; var outcome: String; var score: String; var mistake: Bool }
    struct StageRow {
        var title: String, status: String, note: String, skipped: Bool, used: String, limit: String, overTime: Bool, score: String
        var items: [ItemRow]
    }
    var id: String, when: String, finished: Bool
    var overall: String, used: String, limit: String
    var stages: [StageRow]
    var mistakes: Int
    var hasMistakes: Bool

    init(_ report: MockReport, mock: Mock, bundle: ContentBundle, calendar: StudyCalendar) {
        id = mock.id.uuidString.lowercased()
        when = MockViews.date(mock.startedAt, calendar: calendar)
        finished = mock.isFinished
        overall = MockViews.percent(report.overall)
        used = MockViews.clock(report.usedSeconds)
        limit = MockViews.clock(report.limitSeconds)
        mistakes = report.mistakes.count
        hasMistakes = mistakes > 0
        stages = report.stages.map { stage in
            StageRow(
                title: stage.kind.title, status: stage.status.rawValue, note: stage.note, skipped: stage.status == .skipped,
                used: MockViews.clock(stage.usedSeconds), limit: MockViews.clock(stage.limitSeconds), overTime: stage.overTime,
                score: MockViews.percent(stage.score),
                items: stage.items.map { item in
                    let (title, link) = MockViews.describe(item.item, bundle: bundle)
                    return ItemRow(title: title, link: link, hasLink: !link.isEmpty, outcome: item.outcome, score: MockViews.percent(item.score), mistake: item.isMistake)
                })
        }
    }
}
