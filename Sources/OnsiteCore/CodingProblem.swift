/// Which coding round a problem trains.
public enum ProblemRound: String, Sendable, Codable, CaseIterable {
    case dsa, ml, sql

    public var title: String {
        switch self {
        case .dsa: "Data structures & algorithms"
        case .ml: "ML from scratch"
        case .sql: "SQL"
        }
    }
}

/// The language a problem is solved in.
public enum ProblemLanguage: String, Sendable, Codable, CaseIterable {
    case python, sql
}

/// One test of a problem. Python tests call the entry function with `args`; SQL tests load `data`.
public struct ProblemTest: Sendable, Codable, Hashable {
    /// Reads a `tests.json` list, with `JSONParser` for speed.
    public static func list(from text: String) throws -> [ProblemTest] {
        guard case .array(let items) = try JSONParser.parse(text) else { throw TestListError(message: "tests.json must be a JSON list") }
        return try items.enumerated().map { index, item in
            guard case .object(let fields) = item else { throw TestListError(message: "test \(index + 1) must be an object") }
            guard let expected = fields["expected"] else { throw TestListError(message: "test \(index + 1) has no `expected`") }
            var args: [JSONValue]?
            if let raw = fields["args"] {
                guard case .array(let list) = raw else { throw TestListError(message: "test \(index + 1): `args` must be a list") }
                args = list
            }
            var data: String?
            if case .string(let text)? = fields["data"] { data = text }
            var name = "test \(index + 1)"
            if case .string(let text)? = fields["name"] { name = text }
            var visible = false
            if case .bool(let flag)? = fields["visible"] { visible = flag }
            return ProblemTest(name: name, visible: visible, args: args, data: data, expected: expected)
        }
    }

    public var name: String
    public var visible: Bool
    public var args: [JSONValue]?
    public var data: String?
    public var expected: JSONValue

    public init(name: String, visible: Bool, args: [JSONValue]? = nil, data: String? = nil, expected: JSONValue) {
        self.name = name
        self.visible = visible
        self.args = args
        self.data = data
        self.expected = expected
    }
}

/// A `tests.json` that is not a list of tests.
public struct TestListError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// A known-wrong solution kept with the problem, and the verdict it must get.
public struct WrongSolution: Sendable, Codable, Hashable {
    public var file: String
    public var code: String
    public var verdict: VerdictKind

    public init(file: String, code: String, verdict: VerdictKind) {
        self.file = file
        self.code = code
        self.verdict = verdict
    }
}

/// A coding problem: statement, tests, reference and wrong solutions, editorial, hints.
public struct CodingProblem: Sendable, Codable, Identifiable {
    public var id: String
    public var title: String
    public var round: ProblemRound
    public var difficulty: Difficulty
    public var patterns: [String]
    public var language: ProblemLanguage
    public var entry: String
    public var checker: CheckerKind
    public var tolerance: Double
    public var ordered: Bool
    public var numpy: Bool
    public var timeLimitSeconds: Double
    public var memoryLimitMB: Int
    public var hints: [String]
    /// Markdown; rendered when a page first shows it, since rendering every problem at start-up is slow.
    public var statement: String
    public var editorial: String
    public var starter: String
    public var solution: String
    public var schema: String
    public var wrongSolutions: [WrongSolution]
    public var tests: [ProblemTest]
    /// The problem's folder, relative to the content folder.
    public var path: String

    public init(
        id: String, title: String, round: ProblemRound, difficulty: Difficulty, patterns: [String],
        language: ProblemLanguage, entry: String, checker: CheckerKind, tolerance: Double, ordered: Bool, numpy: Bool,
        timeLimitSeconds: Double, memoryLimitMB: Int, hints: [String], statement: String,
        editorial: String, starter: String, solution: String, schema: String,
        wrongSolutions: [WrongSolution], tests: [ProblemTest], path: String
    ) {
        self.id = id
        self.title = title
        self.round = round
        self.difficulty = difficulty
        self.patterns = patterns
        self.language = language
        self.entry = entry
        self.checker = checker
        self.tolerance = tolerance
        self.ordered = ordered
        self.numpy = numpy
        self.timeLimitSeconds = timeLimitSeconds
        self.memoryLimitMB = memoryLimitMB
        self.hints = hints
        self.statement = statement
        self.editorial = editorial
        self.starter = starter
        self.solution = solution
        self.schema = schema
        self.wrongSolutions = wrongSolutions
        self.tests = tests
        self.path = path
    }
}
