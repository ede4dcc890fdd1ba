import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// The design index: due items first, cases and drills apart, and the history of attempts.
struct DesignIndexView {
    struct Row { var id: String; var title: String; var difficulty: String; var status: String; var isDue: Bool }
    struct HistoryRow { var id: String; var title: String; var when: String; var mode: String; var state: String }
    var cases: [Row]
    var drills: [Row]
    var history: [HistoryRow]
    var hasItems: Bool
    var hasHistory: Bool
    var dueCount: Int
    var csrf: String
    var error: String?
    var hasError: Bool
}

/// The workspace of an open attempt: one editor per step, the diagram with its preview, the timer.
struct DesignWorkspaceView {
    struct Point { var point: String; var weight: Int }
    struct Step {
        var id: String
        var title: String
        var covers: String
        var text: String
        var rows: Int
        /// Practice mode only: the rubric and the model answer (trusted bundle Markdown).
        var points: [Point]
        var answerHTML: String
    }
    struct Clarifying { var question: String; var assumption: String }

    var attemptID: String
    var title: String
    var kindLabel: String
    var promptHTML: String
    var isPractice: Bool
    var modeLabel: String
    var steps: [Step]
    var isCase: Bool
    var diagram: String
    var limitSeconds: Int
    var elapsedSeconds: Int
    var running: Bool
    var clarifying: [Clarifying]
    var hasClarifying: Bool
    var csrf: String
    var error: String?
    var hasError: Bool
    var maxFieldBytes = DesignService.maxFieldBytes

    init(_ view: DesignAttemptView, csrf: String, error: String? = nil) {
        let attempt = view.attempt, item = view.item
        attemptID = attempt.id
        title = item.title
        kindLabel = item.kind == .case ? "Case · 45 minutes" : "Drill · 5 minutes"
        promptHTML = Markdown.html(item.prompt)
        isPractice = attempt.mode == .practice
        modeLabel = attempt.mode == .practice ? "Practice: the rubric and model answers are open" : "Interview: the rubric and model answers show after Submit"
        steps = item.steps.map { rubric in
            Step(
                id: rubric.step.rawValue, title: rubric.step.title, covers: rubric.step.covers, text: attempt.answer[rubric.step],
                rows: item.kind == .case ? 7 : 14, points: rubric.points.map { Point(point: $0.point, weight: $0.weight) },
                answerHTML: Markdown.html(rubric.answer))
        }
        isCase = item.kind == .case
        diagram = attempt.answer.diagram
        limitSeconds = item.kind.minutes * 60
        elapsedSeconds = attempt.timer.elapsedSeconds
        running = attempt.timer.running
        clarifying = attempt.mode == .practice ? item.clarifying.map { Clarifying(question: $0.question, assumption: $0.assumption) } : []
        hasClarifying = !clarifying.isEmpty
        self.csrf = csrf
        self.error = error
        hasError = error != nil
    }
}

/// A submitted attempt: per step the coverage, points found and missed, red flags, and the model answer beside the person's own.
struct DesignResultView {
    struct Match { var point: String; var words: String; var sentence: String }
    struct Flag { var flag: String; var sentence: String }
    struct Step {
        var id: String
        var title: String
        var percent: Int
        var matched: [Match]
        var missed: [String]
        var flags: [Flag]
        var hasFlags: Bool
        var own: String
        var ownIsEmpty: Bool
        var answerHTML: String
        var anchors: [Anchor]
    }
    struct Anchor { var level: String; var text: String }
    struct Level { var value: String; var number: Int; var title: String; var chosen: Bool }
    struct FollowUp { var question: String; var answerHTML: String }

    var attemptID: String
    var itemID: String
    var title: String
    var percent: Int
    var steps: [Step]
    var diagramSVG: String
    var hasDiagram: Bool
    /// Why the person's diagram could not be drawn (the text itself is kept in the attempt).
    var diagramError: String
    var hasDiagramError: Bool
    var modelDiagramSVG: String
    var levels: [Level]
    var rated: Bool
    var ratedText: String
    var followUps: [FollowUp]
    var hasFollowUps: Bool
    var csrf: String

    init(_ view: DesignAttemptView, csrf: String, due: String?) {
        let attempt = view.attempt, item = view.item
        attemptID = attempt.id
        itemID = item.id
        title = item.title
        let score = view.score ?? DesignScorer.score(attempt.answer, against: item)
        percent = Int((score.total * 100).rounded())
        steps = score.steps.map { step in
            let rubric = item.rubric(for: step.step)
            return Step(
                id: step.step.rawValue, title: step.step.title, percent: Int((step.score * 100).rounded()),
                matched: step.matched.map { Match(point: $0.point.point, words: $0.words.joined(separator: " "), sentence: $0.sentence) },
                missed: step.missed.map(\.point),
                flags: step.redFlags.map { Flag(flag: $0.flag.flag, sentence: $0.sentence) }, hasFlags: !step.redFlags.isEmpty,
                own: attempt.answer[step.step], ownIsEmpty: attempt.answer[step.step].allSatisfy(\.isWhitespace),
                answerHTML: Markdown.html(rubric?.answer ?? ""),
                anchors: DesignLevel.allCases.map { Anchor(level: $0.title, text: rubric?.anchors[$0] ?? "") })
        }
        var own: String?
        var ownError = ""
        do { own = DiagramSVG.render(try DesignDiagram.parse(attempt.answer.diagram)) } catch { ownError = "Your diagram could not be drawn: \(error)." }
        hasDiagram = own != nil && !attempt.answer.diagram.allSatisfy(\.isWhitespace)
        diagramSVG = hasDiagram ? own ?? "" : ""
        diagramError = ownError
        hasDiagramError = !ownError.isEmpty
        modelDiagramSVG = (try? DesignDiagram.parse(item.diagram)).map(DiagramSVG.render) ?? ""
        levels = DesignLevel.allCases.map { Level(value: $0.rawValue, number: $0.number, title: $0.title, chosen: attempt.selfRating == $0) }
        rated = attempt.selfRating != nil
        let total = Int((score.total * 100).rounded())
        ratedText = attempt.selfRating.map { level in
            "You rated it \(level.title.lowercased()); with \(total)% coverage that schedules it as \("\(DesignRating.rating(self: level, coverage: score.total))".capitalized)"
                + (due.map { ", next due \($0)." } ?? ".")
        } ?? ""
        followUps = item.followUps.map { FollowUp(question: $0.question, answerHTML: $0.answerHTML) }
        hasFollowUps = !followUps.isEmpty
        self.csrf = csrf
    }
}

extension DesignIndexView.Row {
    init(_ status: DesignItemStatus, now: Date) {
        let label: String
        if status.isDue {
            label = "due"
        } else if let due = status.due {
            label = "due in " + IntervalText.format(due.timeIntervalSince(now))
        } else {
            label = "new"
        }
        self.init(id: status.item.id, title: status.item.title, difficulty: status.item.difficulty.rawValue, status: label, isDue: status.isDue)
    }
}
