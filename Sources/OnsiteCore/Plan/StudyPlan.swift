/// What a day of the plan is for.
public enum DayKind: String, Sendable, Codable, CaseIterable {
    /// New items and due reviews at the day's full minutes.
    case study
    /// One lighter day a week: due reviews and what was missed, at half the minutes.
    case buffer
    /// A timed mixed session (a dry run of the loop); mock interviews plug in here.
    case mock
    /// Due reviews only, at most an hour: the last day before the interview.
    case light
    /// A day off the person chose.
    case off
}

/// One task of a day: a real item of the bank (a card set names its first card and lists the rest).
public struct PlanTask: Sendable, Codable, Equatable {
    public var item: ItemRef
    /// Every item the task covers (a card set's cards); `[item]` otherwise.
    public var items: [ItemRef]
    public var round: InterviewRound
    public var minutes: Int
    public var title: String
    /// A review due that day (counted before new work).
    public var review: Bool
    public var done: Bool

    public init(item: ItemRef, items: [ItemRef]? = nil, round: InterviewRound, minutes: Int, title: String, review: Bool = false, done: Bool = false) {
        self.item = item
        self.items = items ?? [item]
        self.round = round
        self.minutes = minutes
        self.title = title
        self.review = review
        self.done = done
    }
}

/// One dated day of the plan.
public struct PlanDay: Sendable, Codable, Equatable {
    public var date: StudyDay
    public var kind: DayKind
    /// The minutes the day offers (its kind applied); tasks fill at most this.
    public var minutes: Int
    /// What the template puts first that day, in words.
    public var focus: String
    public var tasks: [PlanTask]

    public init(date: StudyDay, kind: DayKind, minutes: Int, focus: String, tasks: [PlanTask]) {
        self.date = date
        self.kind = kind
        self.minutes = minutes
        self.focus = focus
        self.tasks = tasks
    }

    public var plannedMinutes: Int { tasks.reduce(0) { $0 + $1.minutes } }
    public var isDone: Bool { !tasks.isEmpty && tasks.allSatisfy(\.done) }
    public var undone: [PlanTask] { tasks.filter { !$0.done } }
}

/// One item that a re-plan put on another day.
public struct PlanMove: Sendable, Codable, Equatable {
    public var item: ItemRef
    public var title: String
    /// nil when the item had no day before (newly planned), or lost its day (no room left).
    public var from: StudyDay?
    public var to: StudyDay?

    public init(item: ItemRef, title: String, from: StudyDay?, to: StudyDay?) {
        self.item = item
        self.title = title
        self.from = from
        self.to = to
    }
}

/// A re-plan: when, why, which rounds got more time and what moved.
public struct PlanChange: Sendable, Codable, Equatable {
    public var day: StudyDay
    public var reasons: [String]
    public var boosted: [InterviewRound]
    public var moves: [PlanMove]

    public init(day: StudyDay, reasons: [String], boosted: [InterviewRound], moves: [PlanMove]) {
        self.day = day
        self.reasons = reasons
        self.boosted = boosted
        self.moves = moves
    }
}

/// The person's plan: its inputs, its days with their done state, and every re-plan.
public struct StudyPlan: Sendable, Codable, Equatable {
    public var inputs: PlanInputs
    public var days: [PlanDay]
    public var changes: [PlanChange]

    public init(inputs: PlanInputs, days: [PlanDay], changes: [PlanChange] = []) {
        self.inputs = inputs
        self.days = days
        self.changes = changes
    }

    public func day(_ date: StudyDay) -> PlanDay? { days.first { $0.date == date } }

    /// Days before `today` with tasks not done, not yet carried by a re-plan.
    public func missedDays(before today: StudyDay) -> [PlanDay] {
        let handled = changes.last?.day ?? inputs.start
        return days.filter { $0.date < today && $0.date >= handled && !$0.undone.isEmpty }
    }

    /// Marks one task of a day (by its index) done or not; false when there is no such task.
    public mutating func setDone(_ date: StudyDay, task: Int?, done: Bool) -> Bool {
        guard let d = days.firstIndex(where: { $0.date == date }) else { return false }
        if let task {
            guard days[d].tasks.indices.contains(task) else { return false }
            days[d].tasks[task].done = done
        } else {
            for t in days[d].tasks.indices { days[d].tasks[t].done = done }
        }
        return true
    }

    /// Minutes planned per round over the days.
    public var minutesByRound: [InterviewRound: Int] {
        days.flatMap(\.tasks).reduce(into: [:]) { $0[$1.round, default: 0] += $1.minutes }
    }

    /// Days per kind.
    public var daysByKind: [DayKind: Int] { days.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }
}
