import Foundation
import OnsiteCore
import OnsiteServices


struct DepthFindingView { var rule: String; var message: String }

/// One deep dive in the list: its title, how many findings are open, and when it is next practised.
struct DeepDiveRow {
    var id: String
    var title: String
    var updated: String
    var findingCount: Int
    var findingsText: String
    var practice: String

    init(_ record: DeepDiveRecord, analysis: DepthAnalysis, schedule: Card?, now: Date) {
        id = record.id
        title = analysis.dive.map { $0.title.isEmpty ? record.id : $0.title } ?? record.id
        updated = ISO8601DateFormatter.string(from: record.updatedAt, timeZone: .current, formatOptions: [.withFullDate])
        findingCount = analysis.findings.count + (analysis.parseError == nil ? 0 : 1)
        findingsText = findingCount == 0 ? "no findings" : findingCount == 1 ? "1 finding" : "\(findingCount) findings"
        if let schedule {
            practice = schedule.due <= now ? "due now" : "next in " + IntervalText.format(schedule.due.timeIntervalSince(now))
        } else {
            practice = "not practised yet"
        }
    }
}

struct DepthListView {
    var dives: [DeepDiveRow]
    var isEmpty: Bool
    var csrf: String
    var probeCount: Int
    var error: String?
    var title = ""
}

struct DepthEditorView {
    var id: String
    var title: String
    var text: String
    var csrf: String
    var saved: Bool
    var error: String?
    var questions: [String]
    var hasQuestions: Bool
    var findings: [DepthFindingView]
    var hasFindings: Bool
    var parseError: String?
    var sections: [String]

    init(record: DeepDiveRecord, text: String, analysis: DepthAnalysis, csrf: String, saved: Bool = false, error: String? = nil) {
        id = record.id
        title = analysis.dive.map { $0.title.isEmpty ? record.id : $0.title } ?? record.id
        self.text = text
        self.csrf = csrf
        self.saved = saved
        self.error = error
        questions = analysis.questions
        hasQuestions = !questions.isEmpty
        findings = analysis.findings.map { DepthFindingView(rule: $0.rule, message: $0.message) }
        hasFindings = !findings.isEmpty
        parseError = analysis.parseError.map { "Line \($0.line): \($0.message)" }
        sections = DeepDiveSection.allCases.map { "## \($0.heading): \($0.hint)" }
    }
}

struct DepthPracticeView {

    var id: String
    var title: String
    var phase: String
    var probe: String
    var listenFor: String
    var followUp: String?
    var isNew: Bool
    var buttons: [RatingButton]
    var csrf: String
    var comesBack: String?

    init(_ prompt: DepthPrompt, csrf: String, comesBack: String?) {
        id = prompt.record.id
        title = prompt.dive.title.isEmpty ? prompt.record.id : prompt.dive.title
        phase = prompt.probe.phase.title
        probe = prompt.probe.question
        listenFor = prompt.probe.listenFor
        followUp = prompt.followUp
        isNew = prompt.isNew
        buttons = RatingButton.buttons(prompt.intervals) { $0.practiceLabel }
        self.csrf = csrf
        self.comesBack = comesBack
    }
}

struct DepthDeleteView { var id: String; var title: String; var csrf: String }

struct ProbeView { var question: String; var listenFor: String }
struct ProbePhaseView { var title: String; var probes: [ProbeView] }
struct DepthProbesView { var phases: [ProbePhaseView]; var total: Int }
