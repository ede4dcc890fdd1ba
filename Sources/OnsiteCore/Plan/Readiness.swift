import Foundation

/// One piece of evidence behind a round's readiness: a score in 0…1 and what it was made of.
public struct ReadinessEvidence: Sendable, Codable, Equatable {
    public var source: String
    public var score: Double
    public var detail: String

    public init(source: String, score: Double, detail: String) {
        self.source = source
        self.score = score
        self.detail = detail
    }
}

/// A round's readiness: nil when there is no evidence yet (never a made-up number).
public struct RoundReadiness: Sendable, Codable, Equatable {
    public var round: InterviewRound
    public var score: Double?
    public var evidence: [ReadinessEvidence]
}

/// An accepted problem as readiness sees it: its patterns and how many days ago it was last solved.
public struct SolvedProblem: Sendable, Equatable {
    public var patterns: [String]
    public var daysAgo: Int

    public init(patterns: [String], daysAgo: Int) {
        self.patterns = patterns
        self.daysAgo = daysAgo
    }
}

/// Everything readiness reads, gathered by the plan service from the bank and the store.
public struct ReadinessInputs: Sendable {
    /// Per round: how many cards the bank has for it, and the retrievability of each card reviewed.
    public var cards: [InterviewRound: (total: Int, retrievability: [Double])] = [:]
    /// Every pattern of the bank's problems, and the problems accepted.
    public var patterns: [String] = []
    public var solved: [SolvedProblem] = []
    /// Whether any problem was ever submitted (a submit that failed is evidence too).
    public var submitted = false
    /// Common themes covered by stories, out of how many; stories with a lint error, out of how many.
    public var themesCovered = 0, commonThemes = 0, storiesWithErrors = 0, stories = 0
    /// Behavioral questions in the bank, and the retrievability of those practised.
    public var behavioralTotal = 0
    public var behavioralRetrievability: [Double] = []
    /// Retrievability of each deep dive's probe practice (`ItemKind.depth`), and how many practices.
    public var depthRetrievability: [Double] = []
    public var depthReviews = 0
    /// Design rubric scores in 0…1, one per design case attempted.
    /// The coverage of each submitted design attempt (`PlanService.designRubricScores`); empty means no evidence.
    public var designRubricScores: [Double] = []

    public init() {}
}

/// Readiness per round from evidence, as docs/plan.md states the formula: each present piece of
/// evidence is a score in 0…1, and the round's readiness is their mean; no piece, no number.
public enum Readiness {
    /// Accepted problems a pattern needs for full credit; the half-life of a solve's credit in days.
    public static let problemsPerPattern = 2.0, halfLifeDays = 30.0

    public static func rounds(_ inputs: ReadinessInputs) -> [RoundReadiness] {
        PlanRounds.all.map { round in
            var evidence: [ReadinessEvidence] = []
            if let cards = inputs.cards[round], !cards.retrievability.isEmpty, cards.total > 0 {
                let score = cards.retrievability.reduce(0, +) / Double(cards.total)
                evidence.append(ReadinessEvidence(
                    source: "cards", score: score,
                    detail: "\(cards.retrievability.count) of \(cards.total) cards reviewed; mean retrievability over all \(fixed(score)) (unseen count 0)"))
            }
            switch round {
            case .coding:
                if inputs.submitted, !inputs.patterns.isEmpty {
                    var credit: [String: Double] = [:]
                    for problem in inputs.solved {
                        let recency = pow2(-Double(problem.daysAgo) / halfLifeDays)
                        for pattern in problem.patterns { credit[pattern, default: 0] += recency }
                    }
                    let score = inputs.patterns.reduce(0) { $0 + min(1, (credit[$1] ?? 0) / problemsPerPattern) } / Double(inputs.patterns.count)
                    let covered = inputs.patterns.filter { (credit[$0] ?? 0) > 0 }.count
                    evidence.append(ReadinessEvidence(
                        source: "problems", score: score,
                        detail: "\(inputs.solved.count) problems accepted covering \(covered) of \(inputs.patterns.count) patterns (credit halves every 30 days)"))
                }
            case .behavioral:
                if inputs.stories > 0, inputs.commonThemes > 0 {
                    let coverage = Double(inputs.themesCovered) / Double(inputs.commonThemes)
                    let clean = 1 - Double(inputs.storiesWithErrors) / Double(inputs.stories)
                    evidence.append(ReadinessEvidence(
                        source: "stories", score: coverage * (0.5 + 0.5 * clean),
                        detail: "\(inputs.themesCovered) of \(inputs.commonThemes) common themes covered; \(inputs.storiesWithErrors) of \(inputs.stories) stories with a lint error"))
                }
                if !inputs.behavioralRetrievability.isEmpty, inputs.behavioralTotal > 0 {
                    let score = inputs.behavioralRetrievability.reduce(0, +) / Double(inputs.behavioralTotal)
                    evidence.append(ReadinessEvidence(
                        source: "behavioral-questions", score: score,
                        detail: "\(inputs.behavioralRetrievability.count) of \(inputs.behavioralTotal) questions practised; mean retrievability \(fixed(score))"))
                }
            case .mlDepth:
                if !inputs.depthRetrievability.isEmpty {
                    let score = inputs.depthRetrievability.reduce(0, +) / Double(inputs.depthRetrievability.count)
                    evidence.append(ReadinessEvidence(
                        source: "probes", score: score,
                        detail: "\(inputs.depthReviews) probe practices over \(inputs.depthRetrievability.count) deep dives; mean retrievability \(fixed(score))"))
                }
            case .mlSystemDesign:
                if !inputs.designRubricScores.isEmpty {
                    let score = inputs.designRubricScores.reduce(0, +) / Double(inputs.designRubricScores.count)
                    evidence.append(ReadinessEvidence(
                        source: "design-rubric", score: score, detail: "\(inputs.designRubricScores.count) design attempts scored; mean rubric coverage \(fixed(score))"))
                }
            default: break
            }
            let score = evidence.isEmpty ? nil : evidence.reduce(0) { $0 + $1.score } / Double(evidence.count)
            return RoundReadiness(round: round, score: score, evidence: evidence)
        }
    }

    /// Rounds the plan gives weight to whose score is under 60 % of the mean of the scored rounds,
    /// with why; needs two scored rounds, since one number cannot lag itself.
    public static func lagging(_ rounds: [RoundReadiness], weights: RoundWeights) -> [InterviewRound: String] {
        let scored = rounds.compactMap { r in r.score.map { (r.round, $0) } }
        guard scored.count >= 2 else { return [:] }
        let mean = scored.reduce(0) { $0 + $1.1 } / Double(scored.count)
        var out: [InterviewRound: String] = [:]
        for (round, score) in scored where weights[round] > 0 && score < 0.6 * mean {
            out[round] = "\(fixed(score)) against a mean of \(fixed(mean))"
        }
        return out
    }

    static func pow2(_ x: Double) -> Double { exp2(x) }

    /// Two decimals, as every figure is shown.
    public static func fixed(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

/// Readiness of every round on one day, kept so Progress can chart it over time.
public struct ReadinessSnapshot: Sendable, Equatable {
    public var day: StudyDay
    public var scores: [InterviewRound: Double?]

    public init(day: StudyDay, scores: [InterviewRound: Double?]) {
        self.day = day
        self.scores = scores
    }
}

/// `{"rounds": {"<round>": {"score": 0..1 or null, "evidence": [{"source", "score", "detail"}]}}}`
public enum ReadinessJSON {
    public static func rounds(_ rounds: [RoundReadiness]) -> JSONValue {
        .object(["rounds": .object(Dictionary(uniqueKeysWithValues: rounds.map { r in
            (r.round.rawValue, JSONValue.object([
                "score": r.score.map { JSONValue.double(($0 * 1000).rounded() / 1000) } ?? JSONValue.null,
                "evidence": .array(r.evidence.map { JSONValue.object(["source": .string($0.source), "score": .double(($0.score * 1000).rounded() / 1000), "detail": .string($0.detail)]) }),
            ]))
        }))])
    }
}
