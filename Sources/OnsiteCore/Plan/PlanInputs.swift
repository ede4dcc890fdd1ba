/// The shape a plan follows, as the seeds describe them (docs/plan.md).
public enum PlanTemplate: String, Sendable, Codable, CaseIterable {
    case eightWeek = "8-week", thirtyDay = "30-day", sevenDay = "7-day"

    /// Days the plan runs when only the start is given.
    public var nominalDays: Int {
        switch self {
        case .eightWeek: 56
        case .thirtyDay: 30
        case .sevenDay: 7
        }
    }

    public var title: String {
        switch self {
        case .eightWeek: "8-week plan"
        case .thirtyDay: "30-day plan"
        case .sevenDay: "7-day refresh"
        }
    }
}

/// Where the person interviews; it picks the default emphasis per round.
public enum PlanTarget: String, Sendable, Codable, CaseIterable {
    case bigTech = "big-tech", startup, researchLab = "research-lab"

    public var title: String {
        switch self {
        case .bigTech: "Big tech"
        case .startup: "Startup"
        case .researchLab: "Research lab"
        }
    }
}

/// The level interviewed for; senior and above move time from coding to design (docs/plan.md).
public enum PlanLevel: String, Sendable, Codable, CaseIterable {
    case junior, mid, senior, staff
}

/// The rounds a plan spends time on, in loop order.
public enum PlanRounds {
    public static let all: [InterviewRound] = [.coding, .mlBreadth, .mlDepth, .mlSystemDesign, .behavioral]
}

/// Emphasis per round in percent, summing to 100.
public struct RoundWeights: Sendable, Codable, Equatable {
    public var percent: [InterviewRound: Int]

    public init(_ percent: [InterviewRound: Int]) { self.percent = percent }

    public subscript(round: InterviewRound) -> Int { percent[round] ?? 0 }

    public var total: Int { PlanRounds.all.reduce(0) { $0 + self[$1] } }

    /// The default per target and level; why each is chosen is in docs/plan.md.
    public static func defaults(for target: PlanTarget, level: PlanLevel = .mid) -> RoundWeights {
        var w: [InterviewRound: Int]
        switch target {
        // Split "coding 40 / concepts 30 / design 20 / behavioral 10"; concepts split breadth 20 + depth 10.
        case .bigTech: w = [.coding: 40, .mlBreadth: 20, .mlDepth: 10, .mlSystemDesign: 20, .behavioral: 10]
        // Split "breadth 35 / depth 25 / design 40" with coding sharing breadth's time, 10 kept for behavioral.
        case .startup: w = [.coding: 15, .mlBreadth: 20, .mlDepth: 20, .mlSystemDesign: 35, .behavioral: 10]
        // Labs probe fundamentals and past research in depth, rarely production design.
        case .researchLab: w = [.coding: 20, .mlBreadth: 30, .mlDepth: 35, .mlSystemDesign: 5, .behavioral: 10]
        }
        if level == .senior || level == .staff {
            let shift = min(10, w[.coding]! - 5)
            w[.coding]! -= shift
            w[.mlSystemDesign]! += shift
        }
        return RoundWeights(w)
    }
}

/// A plan input that is wrong, naming the field (as the CLI flag and the form field are named).
public struct PlanInputError: Error, Equatable, CustomStringConvertible {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// What the person tells the planner.
public struct PlanInputs: Sendable, Codable, Equatable {
    public var template: PlanTemplate
    public var start: StudyDay
    /// The interview day; the plan runs from `start` to the day before it.
    public var interview: StudyDay
    public var weekdayHours: Double
    public var weekendHours: Double
    public var daysOff: [StudyDay]
    public var target: PlanTarget
    public var level: PlanLevel
    public var weights: RoundWeights

    public init(
        template: PlanTemplate, start: StudyDay, interview: StudyDay? = nil, weeks: Int? = nil, weekdayHours: Double, weekendHours: Double,
        daysOff: [StudyDay] = [], target: PlanTarget = .bigTech, level: PlanLevel = .mid, weights: RoundWeights? = nil
    ) {
        self.template = template
        self.start = start
        self.interview = interview ?? start.adding(days: weeks.map { $0 * 7 } ?? template.nominalDays)
        self.weekdayHours = weekdayHours
        self.weekendHours = weekendHours
        self.daysOff = daysOff
        self.target = target
        self.level = level
        self.weights = weights ?? RoundWeights.defaults(for: target, level: level)
    }

    /// Every problem, each naming its field; empty when the inputs make a plan.
    public func problems(today: StudyDay) -> [PlanInputError] {
        var out: [PlanInputError] = []
        if interview < today {
            out.append(PlanInputError(field: "interview", message: "the interview date \(interview) is in the past (today is \(today))"))
        } else if interview <= start {
            out.append(PlanInputError(field: "interview", message: "the interview date \(interview) must be after the start date \(start)"))
        } else if interview.ordinal - start.ordinal > 366 {
            out.append(PlanInputError(field: "interview", message: "the interview date is more than a year after the start; plan at most 366 days"))
        }
        for (field, hours) in [("weekday-hours", weekdayHours), ("weekend-hours", weekendHours)] {
            if !(hours > 0) {
                out.append(PlanInputError(field: field, message: "hours must be more than 0 (got \(Self.text(hours))); mark rest days as days off instead"))
            } else if hours > 16 {
                out.append(PlanInputError(field: field, message: "hours must be at most 16 (got \(Self.text(hours)))"))
            }
        }
        if let negative = PlanRounds.all.first(where: { weights[$0] < 0 }) {
            out.append(PlanInputError(field: "weights", message: "the weight of \(negative.rawValue) is negative"))
        } else if weights.total != 100 {
            out.append(PlanInputError(field: "weights", message: "weights must sum to 100 (got \(weights.total))"))
        }
        return out
    }

    /// Throws the first problem.
    public func validate(today: StudyDay) throws {
        if let first = problems(today: today).first { throw first }
    }

    /// Minutes a day offers before its kind shapes it.
    public func minutes(on day: StudyDay) -> Int {
        Int(((day.weekday >= 5 ? weekendHours : weekdayHours) * 60).rounded())
    }

    static func text(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(hours)
    }
}

extension StudyDay {
    /// Reads `YYYY-MM-DD`, or nil.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
        guard date.day == d, date.month == m else { return nil }  // 2026-02-30 is not a date
    }
}
