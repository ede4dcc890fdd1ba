/// An item a plan can name, with the round it trains and the minutes it takes.
public struct PlanItem: Sendable, Codable, Hashable {
    public var ref: ItemRef
    public var round: InterviewRound
    public var title: String
    /// Minutes the first time (read, solve, draft).
    public var minutes: Int
    /// Minutes a review of it takes.
    public var reviewMinutes: Int
    /// Items of one group are planned together (a topic's cards form a card set).
    public var group: String?

    public init(ref: ItemRef, round: InterviewRound, title: String, minutes: Int, reviewMinutes: Int, group: String? = nil) {
        self.ref = ref
        self.round = round
        self.title = title
        self.minutes = minutes
        self.reviewMinutes = reviewMinutes
        self.group = group
    }
}

/// One kind of item the planner can draw on (cards, problems, behavioral questions, deep dives…).
/// The plan service holds a list of these, so a new kind plugs in by adding a provider; a kind
/// with no items is simply an empty list.
public protocol PlanItemProvider: Sendable {
    var kind: ItemKind { get }
    /// Every item of this kind in the order they should be learned.
    func items() -> [PlanItem]
}

/// What the planner draws from: new items per round in order, and reviews by the day they fall due.
public struct PlanPool: Sendable, Equatable {
    public var fresh: [InterviewRound: [PlanItem]]
    public var reviews: [StudyDay: [PlanItem]]

    public init(fresh: [InterviewRound: [PlanItem]] = [:], reviews: [StudyDay: [PlanItem]] = [:]) {
        self.fresh = fresh
        self.reviews = reviews
    }

    /// New items are those with no schedule and not done in the plan; reviews are scheduled items
    /// by due day (overdue ones on `from`). `dueDay` turns a due date into a study day.
    public static func make(
        providers: [any PlanItemProvider], states: ItemStates, from: StudyDay, dueDay: (Card) -> StudyDay, excluding done: Set<ItemRef> = []
    ) -> PlanPool {
        var pool = PlanPool()
        for provider in providers {
            for item in provider.items() where !done.contains(item.ref) {
                if let state = states[item.ref] {
                    pool.reviews[max(from, dueDay(state)), default: []].append(item)
                } else {
                    pool.fresh[item.round, default: []].append(item)
                }
            }
        }
        return pool
    }

    /// Puts items first in their rounds' queues (what was missed is planned before anything new).
    public mutating func prioritise(_ refs: [ItemRef]) {
        let wanted = Set(refs)
        for round in fresh.keys {
            let (first, rest) = fresh[round]!.reduce(into: ([PlanItem](), [PlanItem]())) { wanted.contains($1.ref) ? $0.0.append($1) : $0.1.append($1) }
            fresh[round] = first + rest
        }
    }
}
