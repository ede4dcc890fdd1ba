public import Foundation
import OnsiteContent

/// Small content bundles written to disk, for tests that need a bank they fully control.
public enum ContentFixtures {
    public static let topicsYAML = """
    - id: regularization
      title: Regularization
      summary: L1 and L2.
    - id: metrics
      title: Metrics
      summary: Precision and recall.
    """

    /// A valid card file; override pieces to make it invalid in one way.
    public static func card(
        id: String, topics: String = "[regularization]", difficulty: String = "easy",
        question: String? = nil, answer: String = "First sentence of the answer. Second sentence of the answer.",
        followUps: String = "### Why?\nBecause it is so.", extraFrontMatter: String = ""
    ) -> String {
        """
        ---
        id: \(id)
        topics: \(topics)
        round: ml-breadth
        difficulty: \(difficulty)
        \(extraFrontMatter)---
        ## Question
        \(question ?? "What does the card \(id) ask about \(id.replacingOccurrences(of: "-", with: " "))?")

        ## Answer
        \(answer)

        ## Follow-ups
        \(followUps)

        """
    }

    /// A folder with `topics.yaml` and the given cards (`folder/id.md` → text).
    public static func bundle(cards: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(topicsYAML, to: "topics.yaml")
        for (path, text) in cards { try folder.write(text, to: "cards/" + path) }
        return folder
    }

    /// Three valid cards: two on regularization, one on metrics.
    public static func smallBundle() throws -> TemporaryFolder {
        try bundle(cards: [
            "regularization/l1-sparsity.md": card(id: "l1-sparsity", question: "Why does L1 give sparse weights?"),
            "regularization/l2-shrinkage.md": card(id: "l2-shrinkage", difficulty: "medium", question: "How does L2 shrink weights toward zero?"),
            "metrics/precision-recall.md": card(id: "precision-recall", topics: "[metrics]", question: "When does recall matter more than precision?"),
        ])
    }
}
