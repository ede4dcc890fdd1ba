import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteServices

/// `onsite plan`: make a dated study plan, see today's tasks, tick them, re-plan, export to a calendar.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "A dated study plan to the interview that re-plans when you fall behind (docs/plan.md).",
        subcommands: [New.self, Show.self, Today.self, Done.self, Replan.self, ICS.self])

    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a plan (it replaces the current one).")
        @OptionGroup var locations: Locations
        @Option(help: "8-week, 30-day or 7-day.") var template: String
        @Option(help: "The first day, YYYY-MM-DD (default: today).") var start: String?
        @Option(help: "The interview date, YYYY-MM-DD (or give --weeks).") var interview: String?
        @Option(help: "Weeks from the start to the interview, when no --interview.") var weeks: Int?
        @Option(name: .customLong("weekday-hours"), help: "Hours a weekday.") var weekdayHours: Double
        @Option(name: .customLong("weekend-hours"), help: "Hours a weekend day.") var weekendHours: Double
        @Option(name: .customLong("days-off"), help: "Days off, comma-separated YYYY-MM-DD.") var daysOff: String?
        @Option(help: "big-tech, startup or research-lab.") var target = "big-tech"
        @Option(help: "junior, mid, senior or staff.") var level = "mid"
        @Option(help: "Emphasis per round in percent summing to 100, e.g. coding=40,ml-breadth=20,ml-depth=10,ml-system-design=20,behavioral=10 (default: the target's).")
        var weights: String?
        @Flag(help: "Print JSON: {\"days\": [{\"date\", \"kind\", \"minutes\", \"tasks\": [{\"item\", \"minutes\", \"title\"}]}]} (docs/plan.md).") var json = false

        func run() async throws {
            try await withServices(locations) { services in
                let inputs = try PlanArguments.inputs(
                    template: template, start: start, interview: interview, weeks: weeks, weekdayHours: weekdayHours, weekendHours: weekendHours,
                    daysOff: daysOff, target: target, level: level, weights: weights, today: services.plan.today)
                let plan: StudyPlan
                do {
                    plan = try await services.plan.make(inputs)
                } catch let error as PlanInputError {
                    throw UserError(error.description)
                }
                print(json ? PlanJSON.text(PlanJSON.plan(plan)) : PlanText.plan(plan))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The whole plan, with its re-plans.")
        @OptionGroup var locations: Locations
        @Flag(help: "Print JSON as plan new does.") var json = false

        func run() async throws {
            try await withServices(locations) { services in
                guard let plan = try await services.plan.current() else { throw UserError(PlanServiceError.noPlan.description) }
                print(json ? PlanJSON.text(PlanJSON.plan(plan)) : PlanText.plan(plan))
            }
        }
    }

    struct Today: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Today's day of the plan (re-planned first if days were missed).")
        @OptionGroup var locations: Locations
        @Flag(help: "Print JSON: {\"day\": {\"date\", \"kind\", \"minutes\", \"focus\", \"tasks\"} or null}.") var json = false

        func run() async throws {
            try await withServices(locations) { services in
                guard try await services.plan.current() != nil else { throw UserError(PlanServiceError.noPlan.description) }
                let day = try await services.plan.todayDay()
                if json {
                    print(PlanJSON.text(.object(["day": day.map(PlanJSON.day) ?? .null])))
                } else if let day {
                    print(PlanText.day(day, numbered: true))
                } else {
                    print("Today (\(services.plan.today)) is outside the plan.")
                }
            }
        }
    }

    struct Done: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Tick a day's tasks done (or one task with --task N, counting from 1).")
        @OptionGroup var locations: Locations
        @Option(help: "The day, YYYY-MM-DD (default: today).") var date: String?
        @Option(help: "One task's number, as plan today prints it.") var task: Int?
        @Flag(help: "Mark not done instead.") var undo = false

        func run() async throws {
            try await withServices(locations) { services in
                let day = try date.map { try PlanArguments.day($0, field: "date") } ?? services.plan.today
                let plan = try await services.plan.setDone(day, task: task.map { $0 - 1 }, done: !undo)
                if let d = plan.day(day) { print(PlanText.day(d, numbered: true)) }
            }
        }
    }

    struct Replan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Re-plan from today now and say what moved and why.")
        @OptionGroup var locations: Locations
        @Flag(help: "Print the plan's JSON.") var json = false

        func run() async throws {
            try await withServices(locations) { services in
                let plan = try await services.plan.replan()
                print(json ? PlanJSON.text(PlanJSON.plan(plan)) : PlanText.change(plan.changes.last!))
            }
        }
    }

    struct ICS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "ics", abstract: "The plan as an iCalendar file on stdout: onsite plan ics > plan.ics")
        @OptionGroup var locations: Locations

        func run() async throws {
            try await withServices(locations) { services in
                FileHandle.standardOutput.write(Data(try await services.plan.ics().utf8))
            }
        }
    }
}

/// Turns the command's text options into plan inputs, each bad one a message naming its flag.
enum PlanArguments {
    static func day(_ text: String, field: String) throws -> StudyDay {
        guard let day = StudyDay(parsing: text) else { throw UserError("\(field): \"\(text)\" is not a date; use YYYY-MM-DD") }
        return day
    }

    static func inputs(
        template: String, start: String?, interview: String?, weeks: Int?, weekdayHours: Double, weekendHours: Double, daysOff: String?,
        target: String, level: String, weights: String?, today: StudyDay
    ) throws -> PlanInputs {
        guard let template = PlanTemplate(rawValue: template) else {
            throw UserError("template: unknown template \"\(template)\"; use 8-week, 30-day or 7-day")
        }
        guard let target = PlanTarget(rawValue: target) else { throw UserError("target: unknown target \"\(target)\"; use big-tech, startup or research-lab") }
        guard let level = PlanLevel(rawValue: level) else { throw UserError("level: unknown level \"\(level)\"; use junior, mid, senior or staff") }
        if interview == nil, let weeks, weeks < 1 { throw UserError("weeks: must be at least 1 (got \(weeks))") }
        return PlanInputs(
            template: template, start: try start.map { try day($0, field: "start") } ?? today,
            interview: try interview.map { try day($0, field: "interview") }, weeks: weeks, weekdayHours: weekdayHours, weekendHours: weekendHours,
            daysOff: try (daysOff ?? "").split(separator: ",").map { try day(String($0).trimmingCharacters(in: .whitespaces), field: "days-off") },
            target: target, level: level, weights: try weights.map(Self.weights))
    }

    /// `coding=40,ml-breadth=20,…`: rounds not named get 0.
    static func weights(_ text: String) throws -> RoundWeights {
        var out: [InterviewRound: Int] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let round = InterviewRound(rawValue: parts[0]), PlanRounds.all.contains(round), let value = Int(parts[1]) else {
                throw UserError("weights: \"\(pair)\" is not ROUND=PERCENT with a round of \(PlanRounds.all.map(\.rawValue).joined(separator: ", "))")
            }
            out[round] = value
        }
        return RoundWeights(out)
    }
}

/// The plan as a person reads it in the terminal.
enum PlanText {
    static func plan(_ plan: StudyPlan) -> String {
        var lines = ["\(plan.inputs.template.title) for \(plan.inputs.target.title): \(plan.inputs.start) to the interview on \(plan.inputs.interview)"]
        lines.append("Days: " + DayKind.allCases.compactMap { kind in plan.daysByKind[kind].map { "\($0) \(kind.rawValue)" } }.joined(separator: ", "))
        lines.append("Minutes: " + PlanRounds.all.map { "\($0.rawValue) \(plan.minutesByRound[$0] ?? 0)" }.joined(separator: ", "))
        for day in plan.days { lines.append(day.tasks.isEmpty ? "\(day.date)  \(day.kind.rawValue)  \(day.minutes) min  (no tasks)" : PlanText.day(day, numbered: false)) }
        for change in plan.changes { lines.append(PlanText.change(change)) }
        return lines.joined(separator: "\n")
    }

    static func day(_ day: PlanDay, numbered: Bool) -> String {
        var lines = ["\(day.date)  \(day.kind.rawValue)  \(day.plannedMinutes) of \(day.minutes) min  \(day.focus)"]
        for (i, task) in day.tasks.enumerated() {
            lines.append("  \(numbered ? "\(i + 1). " : "")[\(task.done ? "x" : " ")] \(task.title) (\(task.minutes) min, \(task.item))")
        }
        return lines.joined(separator: "\n")
    }

    static func change(_ change: PlanChange) -> String {
        var lines = ["Re-planned on \(change.day):"] + change.reasons.map { "  why: \($0)" }
        for move in change.moves.prefix(30) {
            lines.append("  moved: \(move.title) \(move.from?.description ?? "-") → \(move.to?.description ?? "no room before the interview")")
        }
        if change.moves.count > 30 { lines.append("  … and \(change.moves.count - 30) more") }
        return lines.joined(separator: "\n")
    }
}
