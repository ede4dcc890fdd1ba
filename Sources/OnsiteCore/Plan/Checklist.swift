/// The sections of the one-page checklist, in the page's order.
public enum ChecklistSection: String, Sendable, CaseIterable, Codable {
    case dsaPatterns = "dsa-patterns", mlConcepts = "ml-concepts", mlCoding = "ml-coding", systemDesign = "system-design"
    case domains, caseStudies = "case-studies", projects, behavioral, logistics

    public var title: String {
        switch self {
        case .dsaPatterns: "DSA patterns"
        case .mlConcepts: "ML concepts"
        case .mlCoding: "ML coding"
        case .systemDesign: "System design"
        case .domains: "Domains"
        case .caseStudies: "Case studies"
        case .projects: "Projects"
        case .behavioral: "Behavioral"
        case .logistics: "Logistics"
        }
    }
}

/// What ticks a line.
public enum ChecklistRule: Sendable, Equatable {
    /// `need` accepted problems with this pattern.
    case acceptedProblems(pattern: String, need: Int)
    /// Every card of the topic in review with retrievability at least `minimum`.
    case cardsRetained(topic: String, minimum: Double)
    /// At least `need` deep dives written.
    case deepDives(need: Int)
    /// At least `need` probe practices on deep dives.
    case probesPractised(need: Int)
    /// Stories cover every common theme.
    case storyCoverage
    /// At least `need` stories with no lint error.
    case cleanStories(need: Int)
    /// At least `need` design attempts scored by the rubric.
    case designCases(need: Int)
    /// Only the person knows.
    case byHand
}

/// The evidence the checklist reads, gathered by the plan service.
public struct ChecklistEvidence: Sendable {
    public var acceptedByPattern: [String: Int] = [:]
    /// Per topic: its cards, and how many are in review with retrievability ≥ the line's minimum.
    public var topicCards: [String: (total: Int, retained: Int)] = [:]
    public var deepDives = 0, depthReviews = 0, cleanStories = 0
    public var coverageComplete = false
    /// nil when the bank has no design items (the line is then ticked by hand).
    public var designCasesScored: Int?

    public init() {}
}

/// A line of the checklist as shown: ticked or not, by evidence or by hand, and what would tick it.
public struct ChecklistLine: Sendable, Equatable {
    public var id: String
    public var section: ChecklistSection
    public var title: String
    public var rule: ChecklistRule
    public var ticked: Bool
    /// True when evidence decides the line (a hand tick is then ignored).
    public var byEvidence: Bool
    /// What would tick it, and how far along the evidence is.
    public var howToTick: String
    public var progress: String?

    public init(id: String, section: ChecklistSection, title: String, rule: ChecklistRule) {
        self.id = id
        self.section = section
        self.title = title
        self.rule = rule
        self.ticked = false
        self.byEvidence = false
        self.howToTick = ""
    }
}

public enum Checklist {
    /// Retrievability a concept's cards need for its line to tick.
    public static let retained = 0.85

    /// Evaluates every line: evidence where the rule has some, else the saved hand ticks.
    public static func evaluate(_ lines: [ChecklistLine], evidence e: ChecklistEvidence, handTicks: Set<String>) -> [ChecklistLine] {
        lines.map { line in
            var l = line
            func by(_ ticked: Bool, _ how: String, _ progress: String) {
                l.byEvidence = true
                l.ticked = ticked
                l.howToTick = how
                l.progress = progress
            }
            switch line.rule {
            case .acceptedProblems(let pattern, let need):
                let n = e.acceptedByPattern[pattern] ?? 0
                by(n >= need, "Ticks when \(need) \(pattern) problem\(need == 1 ? " is" : "s are") accepted", "\(n) of \(need) accepted")
            case .cardsRetained(let topic, let minimum):
                let t = e.topicCards[topic] ?? (0, 0)
                by(t.total > 0 && t.retained == t.total,
                   "Ticks when all \(t.total) cards are in review with retrievability ≥ \(Readiness.fixed(minimum))", "\(t.retained) of \(t.total) cards there")
            case .deepDives(let need):
                by(e.deepDives >= need, "Ticks when \(need) deep dive\(need == 1 ? " is" : "s are") written (Stories → Deep dives)", "\(e.deepDives) of \(need)")
            case .probesPractised(let need):
                by(e.depthReviews >= need, "Ticks when \(need) probe questions are practised on your deep dives", "\(e.depthReviews) of \(need)")
            case .storyCoverage:
                by(e.coverageComplete, "Ticks when your stories cover every common theme (Stories → Coverage)", e.coverageComplete ? "covered" : "gaps remain")
            case .cleanStories(let need):
                by(e.cleanStories >= need, "Ticks when \(need) stories pass the STAR lint with no error", "\(e.cleanStories) of \(need)")
            case .designCases(let need):
                if let n = e.designCasesScored {
                    by(n >= need, "Ticks when \(need) design cases are scored on the rubric", "\(n) of \(need)")
                } else {
                    l.ticked = handTicks.contains(line.id)
                    l.howToTick = "Tick by hand for now; it will tick when \(need) design cases are scored on the rubric"
                }
            case .byHand:
                l.ticked = handTicks.contains(line.id)
                l.howToTick = "Tick by hand"
            }
            return l
        }
    }
}

/// `{"sections": [{"id", "title", "lines": [{"id", "title", "ticked", "by": "evidence"|"hand", "how", "progress"}]}]}`
public enum ChecklistJSON {
    public static func sections(_ lines: [ChecklistLine]) -> JSONValue {
        .object(["sections": .array(ChecklistSection.allCases.map { section -> JSONValue in
            .object([
                "id": .string(section.rawValue), "title": .string(section.title),
                "lines": .array(lines.filter { $0.section == section }.map { line -> JSONValue in
                    .object([
                        "id": .string(line.id), "title": .string(line.title), "ticked": .bool(line.ticked),
                        "by": .string(line.byEvidence ? "evidence" : "hand"), "how": .string(line.howToTick),
                        "progress": line.progress.map { JSONValue.string($0) } ?? JSONValue.null,
                    ])
                }),
            ])
        })])
    }
}
