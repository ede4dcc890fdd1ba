/// How a template shapes one day: its kind, what it puts first, and the emphasis multipliers
/// on the person's weights for that phase (docs/plan.md describes each template).
public struct DayShape: Sendable, Equatable {
    public var kind: DayKind
    public var focus: String
    public var multipliers: [InterviewRound: Double]

    /// The shape of day `index` (0-based) of a plan of `count` days.
    public static func of(_ template: PlanTemplate, index i: Int, count n: Int, dayOff: Bool) -> DayShape {
        if dayOff { return DayShape(kind: .off, focus: "Day off", multipliers: [:]) }
        if i == n - 1 { return DayShape(kind: .light, focus: "Light review only; rest before the interview", multipliers: [:]) }
        let lastWeek = i >= n - 7
        switch template {
        case .sevenDay:
            if i == 3 { return buffer }
            if i == 2 || i == 5 { return mock("Timed dry run of the loop") }
            return DayShape(kind: .study, focus: "Refresh: due reviews first, then the weakest rounds", multipliers: [:])
        case .thirtyDay:
            if i % 7 == 6 { return buffer }
            if lastWeek {
                if (n - 1 - i) % 2 == 1 { return mock("Integrated dry run: a timed mixed session across rounds") }
                return DayShape(kind: .study, focus: "Last week: close gaps in the weakest rounds", multipliers: [:])
            }
            if i % 7 == 5 { return mock("Weekly timed mixed session") }
            let f = Double(i) / Double(n)
            if f < 0.4 {
                return DayShape(kind: .study, focus: "Patterns and breadth", multipliers: [.coding: 1.5, .mlBreadth: 1.5])
            }
            return DayShape(kind: .study, focus: "Depth, design and stories", multipliers: [.mlDepth: 1.5, .mlSystemDesign: 1.5, .behavioral: 1.5])
        case .eightWeek:
            if i % 7 == 6 { return buffer }
            let week = i * 8 / max(n, 1)  // 0…7, scaled when the dates give more or fewer than 56 days
            switch week {
            case 0, 1:
                return DayShape(
                    kind: .study, focus: "Patterns and breadth first",
                    multipliers: [.coding: 1.5, .mlBreadth: 1.5, .mlDepth: 0.5, .mlSystemDesign: 0.25, .behavioral: 0.5])
            case 2, 3:
                return DayShape(
                    kind: .study, focus: "Deep dives and STAR drafts", multipliers: [.mlDepth: 2, .behavioral: 2, .mlSystemDesign: 0.5])
            case 4, 5:
                return DayShape(kind: .study, focus: "A design case a week", multipliers: [.mlSystemDesign: 2])
            case 6:
                if i % 7 == 0 || i % 7 == 2 || i % 7 == 4 { return mock("Mock week: a timed session mirroring the loop") }
                return DayShape(kind: .study, focus: "Mock week: fix what the mocks showed", multipliers: [:])
            default:
                if (n - 1 - i) == 2 { return mock("Final dry run") }
                return DayShape(kind: .study, focus: "Polish and comp research (see Offers)", multipliers: [:])
            }
        }
    }

    static let buffer = DayShape(kind: .buffer, focus: "Buffer: catch up on what was missed, then reviews", multipliers: [:])

    static func mock(_ focus: String) -> DayShape { DayShape(kind: .mock, focus: focus, multipliers: [:]) }

    /// The minutes a day of this kind offers out of the day's hours.
    public static func minutes(_ kind: DayKind, available: Int) -> Int {
        switch kind {
        case .study, .mock: available
        case .buffer: available / 2
        case .light: min(60, available / 2)
        case .off: 0
        }
    }
}
