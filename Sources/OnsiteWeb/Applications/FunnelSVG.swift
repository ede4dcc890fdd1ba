import Foundation
import OnsiteCore

/// The funnel as inline SVG drawn on the server: per stage, the person's pass rate beside the
/// typical one, with a title and a description so a screen reader gets the numbers too.
enum FunnelSVG {
    static func render(_ funnel: ApplicationFunnel) -> String {
        let rowHeight = 34, left = 130, barWidth = 420, top = 28
        let width = left + barWidth + 110, height = top + funnel.stages.count * rowHeight + 8
        let summary = funnel.stages.map { rate in
            "\(rate.stage.title): yours \(rate.rate.map { ApplicationPercent.text($0) } ?? "none yet") (n = \(rate.decided)), typical \(ApplicationPercent.text(rate.typical))"
        }.joined(separator: "; ")
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"funnel-title funnel-desc\" id=\"funnel-svg\">"
        svg += "<title id=\"funnel-title\">Pass rate per stage: yours beside the typical rate</title>"
        svg += "<desc id=\"funnel-desc\">\(escape(summary))</desc>"
        svg += "<rect class=\"own\" x=\"\(left)\" y=\"6\" width=\"12\" height=\"10\"/><text x=\"\(left + 16)\" y=\"15\">yours</text>"
        svg += "<rect class=\"typical\" x=\"\(left + 70)\" y=\"6\" width=\"12\" height=\"10\"/><text x=\"\(left + 86)\" y=\"15\">typical</text>"
        svg += "<rect class=\"own thin\" x=\"\(left + 150)\" y=\"6\" width=\"12\" height=\"10\"/><text x=\"\(left + 166)\" y=\"15\">yours, fewer than \(ApplicationFunnel.meaningful) decided: not yet meaningful</text>"
        for (index, rate) in funnel.stages.enumerated() {
            let y = top + index * rowHeight
            svg += "<text class=\"label\" x=\"0\" y=\"\(y + 19)\">\(escape(rate.stage.title))</text>"
            svg += "<rect class=\"track\" x=\"\(left)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"12\" rx=\"2\"/>"
            svg += "<rect class=\"track\" x=\"\(left)\" y=\"\(y + 17)\" width=\"\(barWidth)\" height=\"12\" rx=\"2\"/>"
            if let own = rate.rate {
                let cls = rate.isMeaningful ? "own" : "own thin"
                svg += "<rect class=\"\(cls)\" x=\"\(left)\" y=\"\(y + 3)\" width=\"\(Int((own * Double(barWidth)).rounded()))\" height=\"12\" rx=\"2\"><title>\(escape(rate.stage.title)): yours \(ApplicationPercent.text(own)), n = \(rate.decided)</title></rect>"
            }
            if let typical = rate.typical {
                svg += "<rect class=\"typical\" x=\"\(left)\" y=\"\(y + 17)\" width=\"\(Int((typical * Double(barWidth)).rounded()))\" height=\"12\" rx=\"2\"><title>\(escape(rate.stage.title)): typical \(ApplicationPercent.text(typical))</title></rect>"
            }
            let ownText = rate.rate.map { "\(ApplicationPercent.text($0)) (n = \(rate.decided))" } ?? "— (n = 0)"
            svg += "<text class=\"value\" x=\"\(left + barWidth + 8)\" y=\"\(y + 13)\">\(ownText)</text>"
            svg += "<text class=\"value muted\" x=\"\(left + barWidth + 8)\" y=\"\(y + 28)\">\(ApplicationPercent.text(rate.typical))</text>"
        }
        return svg + "</svg>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
