/// The six steps of an ML system design answer, in the order an interview runs them.
public enum DesignStep: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case clarify, metrics, data, model, system, tradeoffs

    /// The heading an answer file uses for the step (`## Trade-offs`).
    public var title: String {
        switch self {
        case .clarify: "Clarify"
        case .metrics: "Metrics"
        case .data: "Data"
        case .model: "Model"
        case .system: "System"
        case .tradeoffs: "Trade-offs"
        }
    }

    /// What the step covers, one line.
    public var covers: String {
        switch self {
        case .clarify: "problem and scope, with latency, scale and the metric that matters"
        case .metrics: "offline and online metrics"
        case .data: "sources, labels, sampling, leakage"
        case .model: "a baseline first, then the upgrade path"
        case .system: "training pipeline, serving, A/B test, monitoring, drift, retraining cadence"
        case .tradeoffs: "failure modes and what next"
        }
    }

    /// The step a heading names, ignoring case, spaces, hyphens and underscores (`trade offs`, `TRADE-OFFS`).
    public init?(heading: String) {
        self.init(rawValue: HeadingKey.of(heading))
    }

    public static func < (lhs: DesignStep, rhs: DesignStep) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The four levels a step's anchors describe and a person rates their own answer on.
public enum DesignLevel: String, Sendable, Codable, CaseIterable, Hashable {
    case veryWeak = "very-weak", weak, strong, veryStrong = "very-strong"

    public var title: String {
        switch self {
        case .veryWeak: "Very weak"
        case .weak: "Weak"
        case .strong: "Strong"
        case .veryStrong: "Very strong"
        }
    }

    /// 1…4, the key that picks it in the workspace.
    public var number: Int { DesignLevel.allCases.firstIndex(of: self)! + 1 }
}
