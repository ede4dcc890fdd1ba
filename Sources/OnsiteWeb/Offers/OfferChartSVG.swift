import Foundation
import OnsiteCore
import OnsiteServices

/// Comp by year as a server-drawn SVG: grouped bars, Y1–Y4, one series per offer; private
/// equity stacked on top in a lighter, dashed segment so it is never read as part of the liquid
/// total. The page puts the same numbers in a table beside it.
enum OfferChartSVG {
    static let width = 680, plotHeight = 240, left = 76, right = 12, top = 14, axis = 28, legendRow = 22

    static func render(_ offers: [OfferSummary]) -> String {
        let maximum = offers.flatMap { $0.projection.years.map(\.totalWithIlliquid) }.max() ?? 0
        let step = tickStep(maximum)
        let ceiling = max(step, (maximum / step).rounded(.up) * step)
        let plotWidth = width - left - right
        let legendRows = (offers.count + 2) / 3
        let hasIlliquid = offers.contains { $0.projection.hasIlliquid }
        let height = top + plotHeight + axis + legendRowsHeight(legendRows + (hasIlliquid ? 1 : 0))
        let names = offers.map(\.offer.company).joined(separator: ", ")
        let label = "Total compensation by year, Y1 to Y4, for \(names): cash plus liquid equity\(hasIlliquid ? ", private equity stacked above" : "")"
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"offer-chart\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(escape(label))\">"
        svg += "<title>\(escape(label))</title>"
        func y(_ value: Double) -> Double { Double(top) + Double(plotHeight) * (1 - value / ceiling) }
        var tick = 0.0
        while tick <= ceiling + step / 2 {
            let at = format(y(tick))
            svg += "<line class=\"grid\" x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(at)\" y2=\"\(at)\"/>"
            svg += "<text class=\"tick\" x=\"\(left - 6)\" y=\"\(format(y(tick) + 4))\" text-anchor=\"end\">\(OfferNumber.money(tick))</text>"
            tick += step
        }
        let group = Double(plotWidth) / 4
        let barWidth = min(44, group * 0.8 / Double(max(offers.count, 1)))
        for year in 0..<4 {
            let groupStart = Double(left) + group * Double(year)
            let firstBar = groupStart + (group - barWidth * Double(offers.count)) / 2
            svg += "<text class=\"year\" x=\"\(format(groupStart + group / 2))\" y=\"\(top + plotHeight + 18)\" text-anchor=\"middle\">Y\(year + 1)</text>"
            for (index, offer) in offers.enumerated() {
                let figures = offer.projection.years[year]
                let x = format(firstBar + barWidth * Double(index))
                let name = escape(offer.offer.company)
                svg += "<rect class=\"s\(index % 6)\" x=\"\(x)\" y=\"\(format(y(figures.total)))\" width=\"\(format(barWidth - 2))\" height=\"\(format(y(0) - y(figures.total)))\"><title>\(name) Y\(year + 1): \(OfferNumber.money(figures.total)) cash + liquid</title></rect>"
                if figures.illiquid > 0 {
                    svg += "<rect class=\"s\(index % 6) illiquid\" x=\"\(x)\" y=\"\(format(y(figures.totalWithIlliquid)))\" width=\"\(format(barWidth - 2))\" height=\"\(format(y(figures.total) - y(figures.totalWithIlliquid)))\"><title>\(name) Y\(year + 1): \(OfferNumber.money(figures.illiquid)) private equity at the last preferred price</title></rect>"
                }
            }
        }
        svg += "<line class=\"axis\" x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(top + plotHeight)\" y2=\"\(top + plotHeight)\"/>"
        let legendTop = top + plotHeight + axis + 6
        for (index, offer) in offers.enumerated() {
            let x = left + (index % 3) * 200, row = legendTop + (index / 3) * legendRow
            svg += "<rect class=\"s\(index % 6)\" x=\"\(x)\" y=\"\(row)\" width=\"12\" height=\"12\"/>"
            svg += "<text class=\"legend\" x=\"\(x + 18)\" y=\"\(row + 11)\">\(escape(String(offer.offer.company.prefix(26))))</text>"
        }
        if hasIlliquid {
            let row = legendTop + legendRows * legendRow
            svg += "<rect class=\"s0 illiquid\" x=\"\(left)\" y=\"\(row)\" width=\"12\" height=\"12\"/>"
            svg += "<text class=\"legend\" x=\"\(left + 18)\" y=\"\(row + 11)\">lighter: private equity at the last preferred price (not liquid)</text>"
        }
        return svg + "</svg>"
    }

    static func legendRowsHeight(_ rows: Int) -> Int { rows * legendRow + 8 }

    /// A round step giving about four gridlines: 1, 2, 2.5 or 5 times a power of ten.
    static func tickStep(_ maximum: Double) -> Double {
        guard maximum > 0 else { return 100_000 }
        let rough = maximum / 4
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        return [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// User text (company names) inside the SVG, which the page includes unescaped.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
