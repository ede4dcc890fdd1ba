import Foundation
import OnsiteCore
import Testing

/// The Y1–Y4 computation: the worked example on two schedules, every preset, shares ×
/// price, private equity kept apart, refreshers from year 2, and what is vested when leaving early.
@Suite struct OfferProjectionTests {
    /// The example: base 200,000, bonus 0.15, sign-on [50,000], a 400,000 grant, cliff 12, public, no refresher.
    static func example(_ vesting: VestingSchedule = .preset(.even), company: String = "Acme") -> Offer {
        Offer(company: company, base: 200_000, bonus: 0.15, signOn: [50_000],
              equity: Equity(amount: .grant(400_000), vesting: vesting, cliffMonths: 12, liquid: true), refresher: 0)
    }

    @Test func theExampleOnAnEvenScheduleIs380ThenFlat330() {
        let projection = OfferProjection(Self.example())
        #expect(projection.years.map(\.total) == [380_000, 330_000, 330_000, 330_000])
        #expect(projection.average == 342_500)
        let y1 = projection.years[0]
        #expect((y1.base, y1.bonus, y1.signOn, y1.equity, y1.refresher) == (200_000, 30_000, 50_000, 100_000, 0))
        #expect(projection.years[1].signOn == 0, "a missing sign-on year is 0")
    }

    @Test func theSameOfferBackLoadedPaysLessInYearOneWithTheSameAverage() {
        let projection = OfferProjection(Self.example(.preset(.backLoaded)))
        #expect(projection.years.map(\.total) == [300_000, 290_000, 390_000, 390_000])
        #expect(projection.average == 342_500, "the average hides the difference: that is why Y1–Y4 are shown")
    }

    @Test func everyPresetVestsItsPercentagesAndTheWholeGrant() {
        for preset in VestingPreset.allCases {
            let projection = OfferProjection(Self.example(.preset(preset)))
            #expect(projection.years.map(\.equity) == preset.yearly.map { 400_000 * $0 / 100 }, "\(preset.rawValue)")
            #expect(projection.years.map(\.equity).reduce(0, +) == 400_000, "\(preset.rawValue)")
        }
        #expect(OfferProjection(Self.example(.preset(.frontLoaded))).years.map(\.total) == [412_000, 362_000, 318_000, 278_000])
    }

    @Test func customPercentagesAndPresetsAreReadFromText() {
        #expect(VestingSchedule.parse("25/25/25/25") == .preset(.even))
        #expect(VestingSchedule.parse("5, 15, 40, 40") == .preset(.backLoaded))
        #expect(VestingSchedule.parse("10/20/30/40") == .custom([10, 20, 30, 40]))
        #expect(VestingSchedule.parse("10/x/30") == nil)
        let custom = OfferProjection(Self.example(.custom([10, 20, 30, 40])))
        #expect(custom.years.map(\.equity) == [40_000, 80_000, 120_000, 160_000])
    }

    @Test func sharesTimesPriceIsTheGrantValue() {
        var offer = Self.example()
        offer.equity?.amount = .shares(2_000, price: 200)
        #expect(OfferProjection(offer) == OfferProjection(Self.example()))
    }

    @Test func privateEquityIsKeptOutOfTheLiquidTotal() {
        var offer = Self.example()
        offer.equity?.liquid = false
        offer.refresher = 40_000
        let projection = OfferProjection(offer)
        #expect(projection.hasIlliquid)
        #expect(projection.years.map(\.total) == [280_000, 230_000, 230_000, 230_000], "cash only")
        #expect(projection.years.map(\.illiquid) == [100_000, 140_000, 140_000, 140_000])
        #expect(projection.years.map(\.totalWithIlliquid) == [380_000, 370_000, 370_000, 370_000])
        #expect(projection.average == 242_500 && projection.averageWithIlliquid == 372_500)
    }

    @Test func refreshersVestFromYearTwo() {
        var offer = Self.example()
        offer.refresher = 50_000
        let projection = OfferProjection(offer)
        #expect(projection.years.map(\.refresher) == [0, 50_000, 50_000, 50_000])
        #expect(projection.years.map(\.total) == [380_000, 380_000, 380_000, 380_000])
    }

    @Test func leavingBeforeTheCliffVestsNothingThenByEvent() {
        let monthly = Equity(amount: .grant(480_000), vesting: .preset(.even), cliffMonths: 12, frequency: .monthly)
        #expect(monthly.vested(afterMonths: 11) == 0)
        #expect(monthly.vested(afterMonths: 12) == 120_000)
        #expect(monthly.vested(afterMonths: 13) == 130_000)
        #expect(monthly.vested(afterMonths: 48) == 480_000)
        #expect(monthly.vested(afterMonths: 60) == 480_000)
        var quarterly = monthly
        quarterly.frequency = .quarterly
        #expect(quarterly.vested(afterMonths: 14) == 120_000, "the next quarter vests at month 15")
        #expect(quarterly.vested(afterMonths: 15) == 150_000)
        var noCliff = monthly
        noCliff.cliffMonths = 0
        #expect(noCliff.vested(afterMonths: 1) == 10_000)
    }

    @Test func aCliffLongerThanAYearMovesValueIntoTheYearItEnds() {
        var offer = Self.example()
        offer.equity?.cliffMonths = 18
        let equity = OfferProjection(offer).years.map(\.equity)
        #expect(equity == [0, 200_000, 100_000, 100_000])
    }

    @Test func moneyHasThousandsSeparatorsAndCentsOnlyWhenThere() {
        #expect(OfferNumber.money(380_000) == "380,000")
        #expect(OfferNumber.money(1_234.5) == "1,234.50")
        #expect(OfferNumber.money(999) == "999")
        #expect(OfferNumber.money(-80_000) == "-80,000")
        #expect(OfferNumber.money(1_000_000.07) == "1,000,000.07")
    }
}
