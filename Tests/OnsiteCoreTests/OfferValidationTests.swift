import Foundation
import OnsiteCore
import Testing

/// Bad offers name their field: vesting not summing to 100, a negative base, a bonus of 15 (a warning), no company.
@Suite struct OfferValidationTests {
    let example = OfferProjectionTests.example()

    @Test func theExampleHasNoIssues() {
        #expect(OfferValidation.issues(example).isEmpty)
    }

    @Test func vestingThatDoesNotSumTo100NamesTheFieldAndTheSum() {
        var offer = example
        offer.equity?.vesting = .custom([25, 25, 25, 15])
        let issues = OfferValidation.errors(offer)
        #expect(issues.count == 1)
        #expect(issues.first?.field == "equity.vesting")
        #expect(issues.first?.message.contains("sums to 90, not 100") == true)
        offer.equity?.vesting = .custom([33.3333, 33.3333, 33.3334])
        #expect(OfferValidation.errors(offer).isEmpty, "within 0.001 of 100")
        offer.equity?.vesting = .custom([20, 20, 20, 20, 20])
        #expect(OfferValidation.errors(offer).first?.message.contains("at most 4") == true)
    }

    @Test func aNegativeBaseIsAnErrorOnBase() {
        var offer = example
        offer.base = -5
        #expect(OfferValidation.errors(offer) == [OfferIssue(field: "base", message: "base is -5 — it must be zero or more")])
    }

    @Test func aBonusOf15IsAWarningAndTheValueIsKept() {
        var offer = example
        offer.bonus = 15
        #expect(OfferValidation.errors(offer).isEmpty)
        #expect(OfferValidation.warnings(offer) == [OfferIssue(
            field: "bonus", message: "bonus is 15 — a fraction of base is expected (0.15 for 15%)", severity: .warning)])
        #expect(OfferProjection(offer).years[0].bonus == 3_000_000, "kept as given")
    }

    @Test func aMissingCompanyAndOtherNegativesAreNamed() {
        var offer = example
        offer.company = "  "
        offer.signOn = [10, -1]
        offer.refresher = -3
        offer.equity?.amount = .shares(-1, price: 10)
        offer.equity?.cliffMonths = 60
        let fields = OfferValidation.errors(offer).map(\.field)
        #expect(fields == ["company", "signOn[2]", "refresher", "equity.shares", "equity.cliffMonths"])
    }

    @Test func datesAreReadAsCalendarDays() {
        let date = OfferDate.parse("2026-12-20")
        #expect(date.map(OfferDate.text) == "2026-12-20")
        #expect(OfferDate.parse("2026-02-30") == nil)
        #expect(OfferDate.parse("soon") == nil)
    }
}
