import Foundation
import OnsiteContent
import OnsiteCore
import Testing

/// Offer YAML files: the issue's example reads as written; bad files name the file, the line and the field.
@Suite struct OfferFileTests {
    static let example = """
        company: Acme
        base: 200000
        bonus: 0.15            # target, fraction of base
        signOn: [50000]        # by year; missing years are 0
        equity:
          grant: 400000        # or shares: N and price: P
          vesting: 25/25/25/25 # a preset name or yearly percentages
          cliffMonths: 12
          liquid: true
        refresher: 0           # per year, from year 2
        """

    func diagnostics(_ text: String) -> [String] {
        do {
            _ = try OfferFile.parse(text, path: "b.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func theIssuesExampleReadsAsWritten() throws {
        let file = try OfferFile.parse(Self.example, path: "a.yaml")
        #expect(file.warnings.isEmpty)
        #expect(file.offer.company == "Acme" && file.offer.base == 200_000 && file.offer.bonus == 0.15 && file.offer.signOn == [50_000])
        #expect(file.offer.equity == Equity(amount: .grant(400_000), vesting: .preset(.even), cliffMonths: 12, frequency: .monthly, liquid: true))
        #expect(OfferProjection(file.offer).years.map(\.total) == [380_000, 330_000, 330_000, 330_000])
    }

    @Test func sharesAndPriceAndAListOfPercentages() throws {
        let text = Self.example.replacingOccurrences(of: "grant: 400000        # or shares: N and price: P", with: "shares: 2000\n  price: 200")
            .replacingOccurrences(of: "vesting: 25/25/25/25", with: "vesting: [5, 15, 40, 40]")
        let file = try OfferFile.parse(text, path: "a.yaml")
        #expect(OfferProjection(file.offer).years.map(\.total) == [300_000, 290_000, 390_000, 390_000])
    }

    @Test func badFieldsAreNamedWithTheirLine() {
        let vesting = Self.example.replacingOccurrences(of: "vesting: 25/25/25/25", with: "vesting: [25, 25, 25, 15]")
        #expect(diagnostics(vesting) == ["b.yaml:7: equity.vesting sums to 90, not 100 (25/25/25/15)"])
        let base = Self.example.replacingOccurrences(of: "base: 200000", with: "base: -200000")
        #expect(diagnostics(base) == ["b.yaml:2: base is -200000 — it must be zero or more"])
        let word = Self.example.replacingOccurrences(of: "base: 200000", with: "base: lots")
        #expect(diagnostics(word) == ["b.yaml:2: base must be a number, not `lots`"])
        let typo = Self.example.replacingOccurrences(of: "refresher: 0", with: "refreshr: 0")
        #expect(diagnostics(typo).first?.hasPrefix("b.yaml:10: unknown field `refreshr`") == true)
        #expect(diagnostics("base: 1\n").first?.contains("company is missing") == true)
        #expect(diagnostics("company: [unclosed\nbase: 1\n").first?.hasPrefix("b.yaml:") == true)
    }

    @Test func aBonusOf15IsAWarningWithItsLine() throws {
        let file = try OfferFile.parse(Self.example.replacingOccurrences(of: "bonus: 0.15", with: "bonus: 15"), path: "b.yaml")
        #expect(file.warnings.map(\.description) == ["b.yaml:3: bonus is 15 — a fraction of base is expected (0.15 for 15%)"])
        #expect(file.offer.bonus == 15)
    }
}
