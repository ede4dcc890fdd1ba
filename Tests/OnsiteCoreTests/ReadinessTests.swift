import Foundation
import OnsiteCore
import Testing

struct ReadinessTests {
    func score(_ rounds: [RoundReadiness], _ round: InterviewRound) -> Double? { rounds.first { $0.round == round }!.score }

    @Test func noEvidenceIsNullNeverANumber() {
        let rounds = Readiness.rounds(ReadinessInputs())
        #expect(rounds.map(\.round) == PlanRounds.all)
        #expect(rounds.allSatisfy { $0.score == nil && $0.evidence.isEmpty })
        guard case .object(let top) = ReadinessJSON.rounds(rounds), case .object(let byRound)? = top["rounds"],
            case .object(let coding)? = byRound["coding"]
        else { Issue.record("shape"); return }
        #expect(coding["score"] == .null)
    }

    @Test func cardsCountUnseenAsZero() {
        var inputs = ReadinessInputs()
        inputs.cards[.mlBreadth] = (total: 10, retrievability: [0.9, 0.9, 0.8, 0.8, 0.6])
        let rounds = Readiness.rounds(inputs)
        #expect(abs(score(rounds, .mlBreadth)! - 0.4) < 1e-9)
        #expect(score(rounds, .coding) == nil)
    }

    @Test func problemsCountByPatternWithRecency() {
        var inputs = ReadinessInputs()
        inputs.patterns = ["graph", "sliding-window"]
        inputs.submitted = true
        #expect(score(Readiness.rounds(inputs), .coding) == 0)  // submitted, nothing accepted: evidence of 0
        inputs.solved = [SolvedProblem(patterns: ["sliding-window"], daysAgo: 0), SolvedProblem(patterns: ["sliding-window"], daysAgo: 0)]
        #expect(abs(score(Readiness.rounds(inputs), .coding)! - 0.5) < 1e-9)
        inputs.solved = [SolvedProblem(patterns: ["sliding-window"], daysAgo: 30), SolvedProblem(patterns: ["sliding-window"], daysAgo: 30)]
        #expect(abs(score(Readiness.rounds(inputs), .coding)! - 0.25) < 1e-9)  // a 30-day-old solve counts half
    }

    @Test func storiesCoverageAndLintAndTheDesignHook() {
        var inputs = ReadinessInputs()
        inputs.stories = 4
        inputs.commonThemes = 8
        inputs.themesCovered = 4
        inputs.storiesWithErrors = 2
        // coverage 0.5 × (0.5 + 0.5 × 0.5)
        #expect(abs(score(Readiness.rounds(inputs), .behavioral)! - 0.375) < 1e-9)
        #expect(score(Readiness.rounds(inputs), .mlSystemDesign) == nil)
        inputs.designRubricScores = [0.6, 0.8]
        #expect(abs(score(Readiness.rounds(inputs), .mlSystemDesign)! - 0.7) < 1e-9)
    }

    @Test func aRoundLagsWhenUnderSixtyPercentOfTheMean() {
        var inputs = ReadinessInputs()
        inputs.cards[.mlBreadth] = (1, [0.9])
        inputs.depthRetrievability = [0.1]
        let rounds = Readiness.rounds(inputs)
        let lagging = Readiness.lagging(rounds, weights: RoundWeights.defaults(for: .bigTech))
        #expect(Array(lagging.keys) == [.mlDepth])
        #expect(Readiness.lagging([rounds[1]], weights: RoundWeights.defaults(for: .bigTech)).isEmpty)
    }
}

struct ChecklistTests {
    let lines = [
        ChecklistLine(id: "dsa:sliding-window", section: .dsaPatterns, title: "sliding window", rule: .acceptedProblems(pattern: "sliding-window", need: 3)),
        ChecklistLine(id: "concepts:metrics", section: .mlConcepts, title: "Metrics", rule: .cardsRetained(topic: "metrics", minimum: 0.85)),
        ChecklistLine(id: "logistics:setup", section: .logistics, title: "Setup", rule: .byHand),
        ChecklistLine(id: "case:scored", section: .caseStudies, title: "Cases", rule: .designCases(need: 3)),
    ]

    @Test func slidingWindowTicksAtThreeAcceptedProblems() {
        var evidence = ChecklistEvidence()
        evidence.acceptedByPattern["sliding-window"] = 2
        var out = Checklist.evaluate(lines, evidence: evidence, handTicks: ["dsa:sliding-window"])
        #expect(!out[0].ticked)  // a hand tick does not override evidence
        #expect(out[0].byEvidence)
        #expect(out[0].howToTick == "Ticks when 3 sliding-window problems are accepted")
        #expect(out[0].progress == "2 of 3 accepted")
        evidence.acceptedByPattern["sliding-window"] = 3
        out = Checklist.evaluate(lines, evidence: evidence, handTicks: [])
        #expect(out[0].ticked)
    }

    @Test func metricsTicksWhenEveryCardIsRetained() {
        var evidence = ChecklistEvidence()
        evidence.topicCards["metrics"] = (5, 4)
        #expect(!Checklist.evaluate(lines, evidence: evidence, handTicks: [])[1].ticked)
        evidence.topicCards["metrics"] = (5, 5)
        let line = Checklist.evaluate(lines, evidence: evidence, handTicks: [])[1]
        #expect(line.ticked)
        #expect(line.howToTick.contains("retrievability ≥ 0.85"))
    }

    @Test func otherLinesAreTickedByHandUntilEvidenceExists() {
        var evidence = ChecklistEvidence()
        var out = Checklist.evaluate(lines, evidence: evidence, handTicks: ["logistics:setup", "case:scored"])
        #expect(out[2].ticked && !out[2].byEvidence)
        #expect(out[3].ticked && !out[3].byEvidence)
        evidence.designCasesScored = 1
        out = Checklist.evaluate(lines, evidence: evidence, handTicks: ["case:scored"])
        #expect(!out[3].ticked && out[3].byEvidence)
    }
}
