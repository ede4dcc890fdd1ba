import Foundation
import OnsiteCore

/// The make-a-plan form: the values typed (kept on an error) and each field's message.
struct PlanFormView {
    var template = "30-day", start = "", interview = "", weekdayHours = "2", weekendHours = "4", daysOff = "", target = "big-tech", level = "mid"
    var weights: [String: String] = [:]
    var errors: [String: String] = [:]

    init(today: StudyDay) {
        start = today.description
        interview = today.adding(days: 30).description
    }

    init(fields: FormFields) {
        template = fields["template"] ?? ""
        start = fields["start"] ?? ""
        interview = fields["interview"] ?? ""
        weekdayHours = fields["weekday-hours"] ?? ""
        weekendHours = fields["weekend-hours"] ?? ""
        daysOff = fields["days-off"] ?? ""
        target = fields["target"] ?? "big-tech"
        level = fields["level"] ?? "mid"
        for round in PlanRounds.all { weights[round.rawValue] = fields["w-\(round.rawValue)"] ?? "" }
    }

    /// What the template reads: swift-mustache sees stored properties only (it reflects with Mirror).
    func render() -> PlanFormRender {
        let defaults = RoundWeights.defaults(for: PlanTarget(rawValue: target) ?? .bigTech, level: PlanLevel(rawValue: level) ?? .mid)
        return PlanFormRender(
            start: start, interview: interview, weekdayHours: weekdayHours, weekendHours: weekendHours, daysOff: daysOff,
            templates: PlanTemplate.allCases.map { PlanOption(value: $0.rawValue, label: $0.title, selected: $0.rawValue == template) },
            targets: PlanTarget.allCases.map { PlanOption(value: $0.rawValue, label: $0.title, selected: $0.rawValue == target) },
            levels: PlanLevel.allCases.map { PlanOption(value: $0.rawValue, label: $0.rawValue.capitalized, selected: $0.rawValue == level) },
            weightFields: PlanRounds.all.map { PlanWeightField(round: $0.rawValue, title: $0.title, value: weights[$0.rawValue] ?? "", placeholder: String(defaults[$0])) },
            templateError: errors["template"], startError: errors["start"], interviewError: errors["interview"],
            weekdayError: errors["weekday-hours"], weekendError: errors["weekend-hours"], daysOffError: errors["days-off"],
            weightsError: errors["weights"], hasErrors: !errors.isEmpty)
    }
}

struct PlanOption { var value: String; var label: String; var selected: Bool }
struct PlanWeightField { var round: String; var title: String; var value: String; var placeholder: String }

struct PlanFormRender {
    var start: String, interview: String, weekdayHours: String, weekendHours: String, daysOff: String
    var templates: [PlanOption], targets: [PlanOption], levels: [PlanOption], weightFields: [PlanWeightField]
    var templateError: String?, startError: String?, interviewError: String?, weekdayError: String?, weekendError: String?
    var daysOffError: String?, weightsError: String?
    var hasErrors: Bool
}

struct PlanTaskRow { var index: Int; var title: String; var minutes: Int; var done: Bool; var review: Bool; var round: String; var item: String }

struct PlanDayRow {
    var date: String, weekday: String, kind: String, minutes: Int, planned: Int, focus: String
    var isToday: Bool, isPast: Bool, isDone: Bool, tasks: [PlanTaskRow], hasTasks: Bool, missed: Bool
}

struct PlanMoveRow { var title: String; var from: String; var to: String }
struct PlanChangeRow { var date: String; var reasons: [String]; var moves: [PlanMoveRow]; var moreMoves: String?; var hasMoves: Bool }
struct CountRow { var label: String; var value: Int }

struct PlanPageView {
    var hasPlan: Bool
    var title = ""
    var interview = ""
    var daysLeft = 0
    var days: [PlanDayRow] = []
    var kinds: [CountRow] = []
    var rounds: [CountRow] = []
    var changes: [PlanChangeRow] = []
    var hasChanges = false
    var form: PlanFormRender
    var csrf: String
    var formOpen: Bool

    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    init(plan: StudyPlan?, today: StudyDay, form: PlanFormView, csrf: String, formOpen: Bool = false) {
        self.hasPlan = plan != nil
        self.form = form.render()
        self.csrf = csrf
        self.formOpen = formOpen || plan == nil
        guard let plan else { return }
        title = "\(plan.inputs.template.title) · \(plan.inputs.target.title) · \(plan.inputs.level.rawValue)"
        interview = plan.inputs.interview.description
        daysLeft = max(0, plan.inputs.interview.ordinal - today.ordinal)
        days = plan.days.map { day in
            PlanDayRow(
                date: day.date.description, weekday: Self.weekdays[day.date.weekday], kind: day.kind.rawValue, minutes: day.minutes,
                planned: day.plannedMinutes, focus: day.focus, isToday: day.date == today, isPast: day.date < today, isDone: day.isDone,
                tasks: day.tasks.enumerated().map { i, t in
                    PlanTaskRow(index: i, title: t.title, minutes: t.minutes, done: t.done, review: t.review, round: t.round.title, item: t.item.description)
                },
                hasTasks: !day.tasks.isEmpty, missed: day.date < today && !day.undone.isEmpty)
        }
        kinds = DayKind.allCases.compactMap { kind in plan.daysByKind[kind].map { CountRow(label: kind.rawValue, value: $0) } }
        rounds = PlanRounds.all.map { CountRow(label: $0.title, value: plan.minutesByRound[$0] ?? 0) }
        changes = plan.changes.reversed().map { change in
            PlanChangeRow(
                date: change.day.description, reasons: change.reasons,
                moves: change.moves.prefix(40).map { PlanMoveRow(title: $0.title, from: $0.from?.description ?? "–", to: $0.to?.description ?? "no room before the interview") },
                moreMoves: change.moves.count > 40 ? String(change.moves.count - 40) : nil, hasMoves: !change.moves.isEmpty)
        }
        hasChanges = !changes.isEmpty
    }
}

struct ChecklistLineRow { var id: String; var title: String; var ticked: Bool; var tickedText: String; var byEvidence: Bool; var how: String; var progress: String? }
struct ChecklistSectionRow { var id: String; var title: String; var done: Int; var total: Int; var lines: [ChecklistLineRow] }

struct ChecklistPageView {
    var sections: [ChecklistSectionRow]
    var csrf: String
    var error: String?
    var done: Int
    var total: Int

    init(lines: [ChecklistLine], csrf: String, error: String? = nil) {
        sections = ChecklistSection.allCases.compactMap { section in
            let rows = lines.filter { $0.section == section }
            guard !rows.isEmpty else { return nil }
            return ChecklistSectionRow(
                id: section.rawValue, title: section.title, done: rows.filter(\.ticked).count, total: rows.count,
                lines: rows.map { ChecklistLineRow(id: $0.id, title: $0.title, ticked: $0.ticked, tickedText: $0.ticked ? "true" : "false", byEvidence: $0.byEvidence, how: $0.howToTick, progress: $0.progress) })
        }
        self.csrf = csrf
        self.error = error
        done = lines.filter(\.ticked).count
        total = lines.count
    }
}

/// A round's readiness as Today shows it.
struct ReadinessRow {
    var round: String
    var score: String
    var percent: Int
    var hasScore: Bool
    var evidence: [String]

    init(_ r: RoundReadiness) {
        round = r.round.title
        hasScore = r.score != nil
        score = r.score.map(Readiness.fixed) ?? "no evidence yet"
        percent = Int(((r.score ?? 0) * 100).rounded())
        evidence = r.evidence.map { "\($0.source): \($0.detail)" }
    }
}
