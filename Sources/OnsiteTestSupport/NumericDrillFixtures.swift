/// A small numeric drill generator for tests: `drills/metrics/double-it.yaml` (the answer is 2·n, exact).
public enum NumericDrillFixtures {
    public static let path = "drills/metrics/double-it.yaml"
    public static let yaml = """
    id: double-it
    title: Double a number
    topics: [metrics]
    difficulty: easy
    parameters:
      n: {int: [10, 99]}
    answer: 2 * n
    tolerance: {exact: true}
    question: |
      What is twice {n}?
    solution: |
      Twice {n} is {n} + {n} = {answer}.
    """

    /// The small card bundle plus this drill.
    public static func bundle() throws -> TemporaryFolder {
        let folder = try ContentFixtures.smallBundle()
        try folder.write(yaml, to: path)
        return folder
    }
}
