/// The person's write-up of one past project for the ML depth round, in six sections.
public struct DeepDive: Sendable, Equatable, Codable {
    public var title: String
    public var context: String
    public var role: String
    public var decisions: [Decision]
    public var result: String
    public var why: String
    public var now: String

    public init(title: String, context: String = "", role: String = "", decisions: [Decision] = [],
                result: String = "", why: String = "", now: String = "") {
        self.title = title
        self.context = context
        self.role = role
        self.decisions = decisions
        self.result = result
        self.why = why
        self.now = now
    }

    /// Every section's text, decisions included, for checks that look at the whole write-up.
    public var allText: String {
        ([context, role] + decisions.map(\.text) + [result, why, now]).joined(separator: "\n")
    }
}

/// One key decision: what was chosen and the alternatives that lost, each with why.
public struct Decision: Sendable, Equatable, Codable {
    public var title: String
    public var body: String
    public var alternatives: [Alternative]

    public init(title: String, body: String = "", alternatives: [Alternative] = []) {
        self.title = title
        self.body = body
        self.alternatives = alternatives
    }

    var text: String { ([title, body] + alternatives.map { "\($0.name): \($0.whyLost)" }).joined(separator: "\n") }
}

public struct Alternative: Sendable, Equatable, Codable {
    public var name: String
    /// Empty when the bullet gives no reason.
    public var whyLost: String

    public init(name: String, whyLost: String) {
        self.name = name
        self.whyLost = whyLost
    }
}

/// The sections of a deep dive, in the order they are written.
public enum DeepDiveSection: String, Sendable, CaseIterable, Codable {
    case context, role, decisions, result, why, now

    public var heading: String {
        switch self {
        case .context: "Context"
        case .role: "Role"
        case .decisions: "Decisions"
        case .result: "Result"
        case .why: "Why"
        case .now: "Now"
        }
    }

    /// What the section should hold, shown in the editor's template.
    public var hint: String {
        switch self {
        case .context: "The problem, its scale and the constraints."
        case .role: "What you yourself owned and did (say I, not we)."
        case .decisions: "Each key decision as a ### heading: what you chose, then at least three alternatives as `- alternative: why it lost`."
        case .result: "The outcome, with numbers: the metric, the baseline and the change."
        case .why: "Why this approach fitted the problem."
        case .now: "What you would do differently today."
        }
    }
}
