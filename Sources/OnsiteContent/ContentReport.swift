public import Foundation
public import OnsiteCore

/// What the bank holds, per kind of item, as `onsite content stats --json` prints it.
public struct ContentStats: Sendable, Codable, Equatable {
    public struct Counts: Sendable, Codable, Equatable {
        public var total: Int
        public var byTopic: [String: Int]
        public var byDifficulty: [String: Int]
        public var byRound: [String: Int]
        public var withPhrasings: Int
        public var followUps: Int
    }

    /// Coding problems by round (`dsa`, `ml`, `sql`), pattern and difficulty.
    public struct ProblemCounts: Sendable, Codable, Equatable {
        public var total: Int
        public var byRound: [String: Int]
        public var byPattern: [String: Int]
        public var byDifficulty: [String: Int]
        public var tests: Int
        public var wrongSolutions: Int
    }

    /// Behavioral questions by theme (a question counts in each theme it lists) and by level.
    public struct BehavioralCounts: Sendable, Codable, Equatable {
        public var total: Int
        public var byTheme: [String: Int]
        public var byLevel: [String: Int]
    }

    /// Recruiter screen questions by category.
    public struct ScreenCounts: Sendable, Codable, Equatable {
        public var total: Int
        public var byCategory: [String: Int]
    }

    /// Numeric drill generators; a drill counts in each topic it lists.
    public struct NumericDrillCounts: Sendable, Codable, Equatable {
        public var total: Int
        public var byTopic: [String: Int]
    }

    public var cards: Counts
    public var numericDrills: NumericDrillCounts
    public var problems: ProblemCounts
    public var behavioralQuestions: BehavioralCounts
    public var screenQuestions: ScreenCounts
    public var depthProbes: ProbeCounts

    /// Depth probes by phase, every phase present.
    public struct ProbeCounts: Sendable, Codable, Equatable {
        public var total: Int
        public var byPhase: [String: Int]
    }

    /// ML system design cases and single-step drills (issue 8).
    public var designCases: Total
    public var designDrills: Total

    public struct Total: Sendable, Codable, Equatable {
        public var total: Int
    }

    public init(bundle: ContentBundle) {
        var byPattern: [String: Int] = [:]
        for problem in bundle.problems { for pattern in problem.patterns { byPattern[pattern, default: 0] += 1 } }
        var problemDifficulty = Dictionary(uniqueKeysWithValues: Difficulty.allCases.map { ($0.rawValue, 0) })
        for problem in bundle.problems { problemDifficulty[problem.difficulty.rawValue, default: 0] += 1 }
        problems = ProblemCounts(
            total: bundle.problems.count,
            byRound: Dictionary(grouping: bundle.problems, by: \.round.rawValue).mapValues(\.count),
            byPattern: byPattern, byDifficulty: problemDifficulty,
            tests: bundle.problems.reduce(0) { $0 + $1.tests.count },
            wrongSolutions: bundle.problems.reduce(0) { $0 + $1.wrongSolutions.count })
        var byTopic: [String: Int] = [:]
        for card in bundle.cards { for topic in card.topics { byTopic[topic, default: 0] += 1 } }
        var byDifficulty = Dictionary(uniqueKeysWithValues: Difficulty.allCases.map { ($0.rawValue, 0) })
        for card in bundle.cards { byDifficulty[card.difficulty.rawValue, default: 0] += 1 }
        cards = Counts(
            total: bundle.cards.count,
            byTopic: byTopic,
            byDifficulty: byDifficulty,
            byRound: Dictionary(grouping: bundle.cards, by: \.round.rawValue).mapValues(\.count),
            withPhrasings: bundle.cards.filter { !$0.phrasings.isEmpty }.count,
            followUps: bundle.cards.reduce(0) { $0 + $1.followUps.count })
        // Every theme and level appears, at zero when empty, so a gap shows rather than hides.
        var byTheme = Dictionary(uniqueKeysWithValues: bundle.themes.map { ($0.id, 0) })
        var byLevel = Dictionary(uniqueKeysWithValues: BehavioralLevel.allCases.map { ($0.rawValue, 0) })
        for question in bundle.behavioralQuestions {
            for theme in question.themes { byTheme[theme, default: 0] += 1 }
            for level in question.levels { byLevel[level.rawValue, default: 0] += 1 }
        }
        behavioralQuestions = BehavioralCounts(total: bundle.behavioralQuestions.count, byTheme: byTheme, byLevel: byLevel)
        var byCategory = Dictionary(uniqueKeysWithValues: ScreenCategory.allCases.map { ($0.rawValue, 0) })
        for question in bundle.screenQuestions { byCategory[question.category.rawValue, default: 0] += 1 }
        screenQuestions = ScreenCounts(total: bundle.screenQuestions.count, byCategory: byCategory)
        var byPhase = Dictionary(uniqueKeysWithValues: DepthPhase.allCases.map { ($0.rawValue, 0) })
        for probe in bundle.depthProbes { byPhase[probe.phase.rawValue, default: 0] += 1 }
        depthProbes = ProbeCounts(total: bundle.depthProbes.count, byPhase: byPhase)
        var drillTopics: [String: Int] = [:]
        for drill in bundle.numericDrills { for topic in drill.topics { drillTopics[topic, default: 0] += 1 } }
        numericDrills = NumericDrillCounts(total: bundle.numericDrills.count, byTopic: drillTopics)
        designCases = Total(total: bundle.designCases.count)
        designDrills = Total(total: bundle.designDrills.count)
    }
}

/// The whole bank as one JSON document, every item with all its fields.
public struct ContentExport: Sendable, Codable {
    public var topics: [Topic]
    public var cards: [ConceptCard]
    public var problems: [CodingProblem]
    public var themes: [BehavioralTheme]
    public var behavioralQuestions: [BehavioralQuestion]
    public var screenQuestions: [ScreenQuestion]
    public var questionsToAsk: [QuestionsToAsk]
    public var pitch: PitchGuide?
    public var depthProbes: [DepthProbe]
    public var numericDrills: [NumericDrillExport]
    /// Design cases and single-step drills with their rubrics: every kind a plan can name is here by id.
    public var designItems: [DesignItem]

    public init(bundle: ContentBundle) {
        topics = bundle.topics
        cards = bundle.cards
        problems = bundle.problems
        themes = bundle.themes
        behavioralQuestions = bundle.behavioralQuestions
        screenQuestions = bundle.screenQuestions
        questionsToAsk = bundle.questionsToAsk
        pitch = bundle.pitch
        depthProbes = bundle.depthProbes
        designItems = bundle.designItems
        numericDrills = bundle.numericDrills.map(NumericDrillExport.init)
    }
}

/// JSON as the CLI prints it: sorted keys so output is stable and diffable.
public enum ContentJSON {
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
