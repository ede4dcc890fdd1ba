import Foundation
import OnsiteCore
import Testing

/// The funnel's arithmetic: who counts as decided at a stage, skipped stages, endings, and the odds.
@Suite struct ApplicationsFunnelTests {
    static let day = StudyDay(year: 2026, month: 11, day: 1)

    static func application(_ stages: ApplicationStage...) -> JobApplication {
        JobApplication(
            id: UUID(), details: ApplicationDetails(company: "C", role: "R"),
            history: stages.enumerated().map { StageEvent($1, on: day.adding(days: $0)) })
    }

    @Test func decidedCountsPassesEndingsAndIgnoresSkippedStages() {
        let funnel = ApplicationFunnel([
            Self.application(.applied, .recruiterScreen, .coding, .rejected),
            // No ML depth round at this company: ML depth neither passes nor fails.
            Self.application(.applied, .recruiterScreen, .coding, .mlBreadth, .systemDesign, .behavioral, .offer),
            Self.application(.applied, .ghosted),
            Self.application(.applied, .recruiterScreen),  // still waiting at the screen
        ])
        let applied = funnel.rate(at: .applied)!, screen = funnel.rate(at: .recruiterScreen)!, coding = funnel.rate(at: .coding)!
        #expect((applied.decided, applied.passed) == (4, 3))
        #expect((screen.decided, screen.passed, screen.pending) == (2, 2, 1))
        #expect((coding.decided, coding.passed) == (2, 1))
        #expect(coding.rate == 0.5)
        #expect(funnel.rate(at: .mlDepth)!.decided == 0 && funnel.rate(at: .mlDepth)!.rate == nil)
        #expect(funnel.rate(at: .systemDesign)!.rate == 1)
        #expect(funnel.rate(at: .offer) == nil, "an offer is the end, not a stage to pass")
        #expect((funnel.offers, funnel.decided) == (1, 3))
        #expect(funnel.endToEnd == 1.0 / 3.0)
        #expect(!coding.isMeaningful)
        #expect(funnel.ownPerApplication == nil)
        #expect(funnel.notYetMeaningful.map(\.stage) == ApplicationFunnel.ratedStages)
    }

    @Test func withdrawnAfterAnOfferStillCountsTheOffer() {
        let funnel = ApplicationFunnel([Self.application(.applied, .recruiterScreen, .offer, .withdrawn)])
        #expect(funnel.offers == 1 && funnel.decided == 1)
        #expect(funnel.rate(at: .recruiterScreen)!.passed == 1)
    }

    @Test func ownRateNeedsFiveDecidedAtEveryRatedStage() {
        // Five applications through every rated stage, four of them to an offer.
        var applications = (0..<4).map { _ in
            Self.application(.applied, .recruiterScreen, .coding, .mlBreadth, .mlDepth, .systemDesign, .behavioral, .teamMatch, .offer)
        }
        applications.append(Self.application(.applied, .recruiterScreen, .coding, .mlBreadth, .mlDepth, .systemDesign, .behavioral, .rejected))
        let funnel = ApplicationFunnel(applications)
        #expect(funnel.rate(at: .behavioral)!.rate == 0.8)
        #expect(funnel.ownPerApplication == 0.8)
        #expect(funnel.notYetMeaningful.isEmpty)
    }

    @Test func typicalRatesGiveSixPointSevenTwoPercent() {
        #expect(abs(ApplicationFunnel.typicalPerApplication - 0.0672) < 1e-12)
        #expect(ApplicationFunnel.ratedStages == [.recruiterScreen, .coding, .mlBreadth, .systemDesign, .behavioral])
    }

    /// 1 − (1 − 0.0672)^33 = 0.8990 < 0.9 ≤ 0.9034 = 1 − (1 − 0.0672)^34; for 50%: n = 9 gives 0.4653,
    /// n = 10 gives 0.5012, so the answer is 10.
    @Test func oddsFindTheSmallestEnoughNumber() {
        let p = ApplicationOdds.perApplication(rates: [0.4, 0.5, 0.6, 0.7, 0.8])
        #expect(ApplicationOdds.applicationsNeeded(perApplication: p, probability: 0.9) == 34)
        #expect(ApplicationOdds.applicationsNeeded(perApplication: p, probability: 0.5) == 10)
        #expect(ApplicationOdds.chance(p, 33) < 0.9 && ApplicationOdds.chance(p, 34) >= 0.9)
        #expect(ApplicationOdds.chance(p, 9) < 0.5 && ApplicationOdds.chance(p, 10) >= 0.5)
        #expect(ApplicationOdds.applicationsNeeded(perApplication: 0.5, probability: 0.75) == 2, "exactly on the boundary")
        #expect(ApplicationOdds.applicationsNeeded(perApplication: 1, probability: 0.99) == 1)
        #expect(ApplicationOdds.applicationsNeeded(perApplication: 0, probability: 0.5) == nil)
    }

    @Test func badProbabilitiesAndRatesNameTheOption() throws {
        for raw in ["0", "1", "1.5", "-0.2", "ninety"] {
            #expect(throws: FieldProblem.self) { try ApplicationOdds.probability(raw, field: "--probability") }
        }
        do {
            _ = try ApplicationOdds.probability("1", field: "--probability")
        } catch {
            #expect(error.message.contains("--probability"))
        }
        #expect(try ApplicationOdds.rates("0.4, 0.5", field: "--rates") == [0.4, 0.5])
        #expect(throws: FieldProblem("--rates", "--rates: \"40\" is not a pass rate above 0 and at most 1 (write 0.4 for 40%)")) {
            try ApplicationOdds.rates("40,0.5", field: "--rates")
        }
    }
}
