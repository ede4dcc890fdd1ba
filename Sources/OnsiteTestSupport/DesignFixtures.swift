public import Foundation

/// Design cases and drills written as YAML, valid unless a piece is overridden (docs/content-design.md).
/// In a case, `diagram` is on line 7 and its text starts on line 8.
public enum DesignFixtures {
    public static let defaultDiagram = "client -> api -> scorer\n  scorer -> feature store"

    /// A step's rubric: four points on fraud-model ideas, three phrases each, and the four anchors.
    static func rubric(indent: String, answer: String) -> String {
        let points = [
            ("pr-auc", "Uses PR-AUC for the rare class", "2", ["pr auc", "precision recall curve", "area under the precision recall"]),
            ("labels", "Says where labels come from", "1", ["chargeback labels", "labelled by analysts", "label delay"]),
            ("baseline", "Starts from a simple baseline", "2", ["logistic regression baseline", "rules baseline", "simple baseline"]),
            ("online", "Names an online metric", "1", ["fraud loss", "online metric", "dollars blocked"]),
        ]
        var out = "\(indent)answer: |\n\(indent)  \(answer)\n\(indent)points:\n"
        for (id, point, weight, phrases) in points {
            out += "\(indent)  - id: \(id)\n\(indent)    point: \(point)\n\(indent)    weight: \(weight)\n\(indent)    phrases: [\(phrases.joined(separator: ", "))]\n"
        }
        out += "\(indent)anchors:\n"
        for level in ["very-weak", "weak", "strong", "very-strong"] { out += "\(indent)  \(level): What a \(level) answer sounds like.\n" }
        return out
    }

    static let redFlags = """
    red-flags:
      - id: accuracy
        flag: Reports accuracy on a rare class
        step: metrics
        claims: [we report accuracy, accuracy as the metric]
      - id: no-baseline
        flag: No baseline
        claims: [no baseline]
      - id: random-split
        flag: Random split on time-ordered data
        claims: [random split]
      - id: future-feature
        flag: A feature not available at serving time
        claims: [label as a feature]

    """

    public static func caseYAML(id: String = "fraud-case", diagram: String = defaultDiagram, extra: String = "", dropStep: String? = nil) -> String {
        var text = """
        id: \(id)
        title: Payment fraud
        difficulty: hard
        topics: [metrics]
        prompt: |
          Design fraud detection for card payments.
        diagram: |
          \(diagram)
        clarifying:
          - question: What volume?
            assumption: 2,000 payments a second at peak.
          - question: What latency?
            assumption: 100 ms at p99.
          - question: Which losses matter?
            assumption: Chargebacks and blocked good customers.
        steps:

        """
        for step in ["clarify", "metrics", "data", "model", "system", "tradeoffs"] where step != dropStep {
            text += "  \(step):\n" + rubric(indent: "    ", answer: "The model answer for \(step).")
        }
        text += redFlags
        text += """
        follow-ups:
          - question: One?
            answer: Yes.
          - question: Two?
            answer: Yes.
          - question: Three?
            answer: Yes.
          - question: Four?
            answer: Yes.

        """
        return text + extra
    }

    public static func drillYAML(id: String = "fraud-metrics", step: String = "metrics") -> String {
        """
        id: \(id)
        title: Metrics for fraud
        step: \(step)
        difficulty: medium
        topics: [metrics]
        prompt: |
          Pick the offline and online metrics.

        """ + rubric(indent: "", answer: "PR-AUC offline, fraud loss online.") + "red-flags: []\n"
    }

    /// A bundle folder with the fixture topics, the given design files (`cases/x.yaml`, `drills/y.yaml`) and nothing else.
    public static func bundle(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(ContentFixtures.topicsYAML, to: "topics.yaml")
        for (path, text) in files { try folder.write(text, to: "design/" + path) }
        return folder
    }
}
