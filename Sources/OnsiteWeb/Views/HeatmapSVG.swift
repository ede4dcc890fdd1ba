public import OnsiteCore

/// The review heatmap as inline SVG: one square a day, weeks as columns, Monday on top.
public enum HeatmapSVG {
    public static func render(_ activity: ReviewActivity, weeks: Int) -> String {
        let days = activity.heatmapDays(weeks: weeks)
        let maximum = days.map { activity.countsByDay[$0] ?? 0 }.max() ?? 0
        let cell = 11, gap = 2, left = 24, top = 14
        let width = left + weeks * (cell + gap), height = top + 7 * (cell + gap)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"Reviews per day over the last \(weeks) weeks\">"
        for (label, row) in [("Mon", 0), ("Wed", 2), ("Fri", 4)] {
            svg += "<text x=\"0\" y=\(quote(top + row * (cell + gap) + 9))>\(label)</text>"
        }
        guard let first = days.first else { return svg + "</svg>" }
        var lastMonth = -1, lastLabelColumn = -3
        for day in days {
            let column = (day.ordinal - first.ordinal) / 7
            let x = left + column * (cell + gap), y = top + day.weekday * (cell + gap)
            let date = day.date
            // A month's name over its first full week, unless the previous name is too close to fit.
            if day.weekday == 0, date.month != lastMonth {
                lastMonth = date.month
                if column - lastLabelColumn >= 3 {
                    lastLabelColumn = column
                    svg += "<text x=\(quote(x)) y=\"9\">\(monthNames[date.month - 1])</text>"
                }
            }
            let count = activity.countsByDay[day] ?? 0
            svg += "<rect class=\"l\(activity.level(of: day, maximum: maximum))\" x=\(quote(x)) y=\(quote(y)) width=\"\(cell)\" height=\"\(cell)\" rx=\"2\"><title>\(day): \(count) review\(count == 1 ? "" : "s")</title></rect>"
        }
        return svg + "</svg>"
    }

    private static func quote(_ value: Int) -> String { "\"\(value)\"" }
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
