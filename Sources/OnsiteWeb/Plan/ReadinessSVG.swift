import OnsiteCore

/// Readiness per round over time, drawn on the server: one small line chart per round, days on
/// x and 0…1 on y; a day with no evidence leaves a gap, never a made-up point.
enum ReadinessSVG {
    static func render(_ snapshots: [ReadinessSnapshot], round: InterviewRound) -> String {
        let width = 320.0, height = 120.0, pad = 24.0
        guard let first = snapshots.first?.day, let last = snapshots.last?.day else { return "" }
        let span = Double(max(1, last.ordinal - first.ordinal))
        func x(_ day: StudyDay) -> Double { pad + (width - 2 * pad) * Double(day.ordinal - first.ordinal) / span }
        func y(_ score: Double) -> Double { height - pad - (height - 2 * pad) * score }
        var segments: [[String]] = [[]]
        var dots: [String] = []
        for snapshot in snapshots {
            if case .some(.some(let score)) = snapshot.scores[round] {
                let point = "\(fmt(x(snapshot.day))),\(fmt(y(score)))"
                segments[segments.count - 1].append(point)
                dots.append("<circle cx=\"\(fmt(x(snapshot.day)))\" cy=\"\(fmt(y(score)))\" r=\"2.5\"><title>\(snapshot.day): \(Readiness.fixed(score))</title></circle>")
            } else if !segments[segments.count - 1].isEmpty {
                segments.append([])
            }
        }
        let lines = segments.filter { $0.count > 1 }.map { "<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" points=\"\($0.joined(separator: " "))\"/>" }
        let empty = dots.isEmpty ? "<text x=\"\(fmt(width / 2))\" y=\"\(fmt(height / 2))\" text-anchor=\"middle\" font-size=\"12\">no evidence yet</text>" : ""
        return """
            <svg class="readiness-chart" role="img" aria-label="\(round.title) readiness over time" viewBox="0 0 \(fmt(width)) \(fmt(height))" width="\(fmt(width))" height="\(fmt(height))" xmlns="http://www.w3.org/2000/svg">\
            <title>\(round.title) readiness, \(first) to \(last)</title>\
            <line x1="\(fmt(pad))" y1="\(fmt(y(0)))" x2="\(fmt(width - pad))" y2="\(fmt(y(0)))" stroke="currentColor" stroke-opacity="0.3"/>\
            <line x1="\(fmt(pad))" y1="\(fmt(y(1)))" x2="\(fmt(width - pad))" y2="\(fmt(y(1)))" stroke="currentColor" stroke-opacity="0.15"/>\
            <text x="2" y="\(fmt(y(1) + 4))" font-size="10">1</text><text x="2" y="\(fmt(y(0) + 4))" font-size="10">0</text>\
            <text x="\(fmt(pad))" y="\(fmt(height - 6))" font-size="10">\(first)</text><text x="\(fmt(width - pad))" y="\(fmt(height - 6))" font-size="10" text-anchor="end">\(last)</text>\
            \(lines.joined())\(dots.joined())\(empty)</svg>
            """
    }

    static func fmt(_ v: Double) -> String { String(Int(v.rounded())) }
}
