/// A person's study activity by day: the streak and the heatmap on the home page.
public struct ReviewActivity: Sendable, Equatable {
    /// Reviews answered on each study day that had any.
    public var countsByDay: [StudyDay: Int]
    public var today: StudyDay

    public init(countsByDay: [StudyDay: Int], today: StudyDay) {
        self.countsByDay = countsByDay
        self.today = today
    }

    /// Consecutive days with at least one review, ending today, or yesterday when today has none
    /// yet (a streak is not broken until the day is over).
    public var streak: Int {
        var day = (countsByDay[today] ?? 0) > 0 ? today : today.adding(days: -1)
        var length = 0
        while (countsByDay[day] ?? 0) > 0 {
            length += 1
            day = day.adding(days: -1)
        }
        return length
    }

    /// Reviews answered today.
    public var todayCount: Int { countsByDay[today] ?? 0 }

    /// The days the heatmap shows: whole weeks (Monday first) ending with the week of today.
    public func heatmapDays(weeks: Int) -> [StudyDay] {
        let firstMonday = today.adding(days: -today.weekday - 7 * (weeks - 1))
        return (0..<(weeks * 7)).map { firstMonday.adding(days: $0) }.filter { $0 <= today }
    }

    /// Intensity 0–4 of a day relative to the busiest day shown, as GitHub-style heatmaps use.
    public func level(of day: StudyDay, maximum: Int) -> Int {
        let count = countsByDay[day] ?? 0
        guard count > 0, maximum > 0 else { return 0 }
        return min(4, 1 + (count * 4 - 1) / maximum)
    }
}
