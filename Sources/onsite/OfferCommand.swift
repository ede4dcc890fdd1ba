import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore

/// `onsite offer`: offers written as YAML files, compared year by year.
struct OfferCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer", abstract: "Compare job offers year by year (Y1–Y4 beside the 4-year average).",
        subcommands: [Compare.self])

    /// `onsite offer compare A.yaml B.yaml … [--json]`: reads no database, only the files.
    struct Compare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare offer files: Y1–Y4 and the 4-year average of each (docs/offers.md has the file format and the JSON).")
        @Argument(help: "Offer YAML files (company, base, bonus, signOn, equity, refresher).") var files: [String]
        @Flag(help: "Print JSON: {\"offers\": [{\"company\", \"years\": [...], \"average\", ...}]}.") var json = false

        func run() async throws {
            guard !files.isEmpty else { throw ValidationError("give at least one offer file") }
            var entries: [OfferComparisonJSON.Entry] = []
            var problems: [ContentDiagnostic] = []
            for path in files {
                do {
                    let file = try OfferFile.load(URL(fileURLWithPath: path), path: path)
                    entries.append(.init(offer: file.offer, warnings: file.warnings.map(\.description)))
                    for warning in file.warnings { FileHandle.standardError.write(Data("warning: \(warning)\n".utf8)) }
                } catch {
                    problems += error.diagnostics
                }
            }
            guard problems.isEmpty else {
                // Every file's errors, each `FILE:LINE: message`, so an editor jumps to them.
                FileHandle.standardError.write(Data(problems.map { "\($0)\n" }.joined().utf8))
                throw ExitCode(1)
            }
            if json {
                print(OfferComparisonJSON.text(entries))
            } else {
                print(OfferTable.text(entries.map(\.offer)))
            }
        }
    }
}

/// The readable comparison: one row per offer, Y1–Y4 and the average beside them.
enum OfferTable {
    static func text(_ offers: [Offer]) -> String {
        let width = max(12, (offers.map(\.company.count).max() ?? 0) + 2)
        func pad(_ text: String, _ n: Int, left: Bool = false) -> String {
            let space = String(repeating: " ", count: max(0, n - text.count))
            return left ? text + space : space + text
        }
        var lines = [pad("", width, left: true) + ["Y1", "Y2", "Y3", "Y4"].map { pad($0, 12) }.joined() + "  │" + pad("4-yr avg", 12)]
        var illiquidNote = false
        for offer in offers {
            let projection = OfferProjection(offer)
            let schedule = offer.equity.map { " (\($0.vesting.name))" } ?? ""
            lines.append(pad(offer.company, width, left: true) + projection.years.map { pad(OfferNumber.money($0.total), 12) }.joined()
                + "  │" + pad(OfferNumber.money(projection.average), 12) + schedule)
            if projection.hasIlliquid {
                illiquidNote = true
                lines.append(pad("  + illiquid*", width, left: true) + projection.years.map { pad(OfferNumber.money($0.totalWithIlliquid), 12) }.joined()
                    + "  │" + pad(OfferNumber.money(projection.averageWithIlliquid), 12))
            }
        }
        lines.append("")
        lines.append("Totals are cash + liquid equity: base + bonus·base + sign-on + public equity vesting that year (+ refresher from Y2).")
        if illiquidNote { lines.append("* including private equity at the last preferred price — paper, kept apart.") }
        return lines.joined(separator: "\n")
    }
}
