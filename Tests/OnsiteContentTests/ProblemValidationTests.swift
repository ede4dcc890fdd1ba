import Foundation
@testable import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

@Suite struct ProblemValidationTests {
    static let yaml = """
    id: add-two
    title: Add two numbers
    round: dsa
    difficulty: easy
    patterns: [math]
    language: python
    entry: add
    checker: exact
    hints:
      - Use the plus sign.
    wrong:
      - file: wrong/minus.py
        verdict: wrong-answer
      - file: wrong/crash.py
        verdict: runtime-error
    """

    func folder(yaml: String = yaml, tests: Int = 8, statement: String = "Add.\n\n## Output contract\nAn int.\n") throws -> TemporaryFolder {
        let folder = try ContentFixtures.smallBundle()
        let base = "problems/dsa/add-two/"
        try folder.write(yaml, to: base + "problem.yaml")
        try folder.write(statement, to: base + "statement.md")
        try folder.write("Brute force, then optimal. O(1).", to: base + "editorial.md")
        try folder.write("def add(a, b):\n    pass\n", to: base + "starter.py")
        try folder.write("def add(a, b):\n    return a + b\n", to: base + "solution.py")
        try folder.write("def add(a, b):\n    return a - b\n", to: base + "wrong/minus.py")
        try folder.write("def add(a, b):\n    raise ValueError\n", to: base + "wrong/crash.py")
        let list = (0..<tests).map { #"{"name": "t\#($0)", "visible": \#($0 == 0), "args": [\#($0), 1], "expected": \#($0 + 1)}"# }
        try folder.write("[" + list.joined(separator: ",\n") + "]", to: base + "tests.json")
        return folder
    }

    @Test func aCompleteProblemLoadsWithItsTestsOnDemand() throws {
        let bank = try folder()
        defer { bank.remove() }
        let bundle = try ContentBundle.load(from: bank.url)
        let problem = try #require(bundle.problem(id: "add-two"))
        #expect(problem.tests.isEmpty)  // read when judging, not at start-up
        let tests = try bundle.tests(for: problem)
        #expect(tests.count == 8 && tests[0].visible && tests[0].expected == .int(1))
        #expect(problem.wrongSolutions.map(\.verdict) == [.wrongAnswer, .runtimeError])
        #expect(ContentStats(bundle: bundle).problems.byRound == ["dsa": 1])
    }

    @Test func problemsAreNamedByFileAndLine() throws {
        let bad = Self.yaml.replacingOccurrences(of: "patterns: [math]", with: "patterns: [math, vibes]")
            .replacingOccurrences(of: "verdict: runtime-error", with: "verdict: exploded")
        let bank = try folder(yaml: bad, tests: 3, statement: "No contract here.\n")
        defer { bank.remove() }
        let found = ContentBundle.check(folder: bank.url).1.map(\.description)
        #expect(found.contains("problems/dsa/add-two/problem.yaml:5: unknown pattern `vibes` (see the list in docs/content-format.md)"))
        #expect(found.contains("problems/dsa/add-two/problem.yaml:14: unknown verdict `exploded` for wrong/crash.py"))
        #expect(found.contains("problems/dsa/add-two/tests.json:1: 3 tests; write at least 8"))
        #expect(found.contains { $0.hasPrefix("problems/dsa/add-two/statement.md:1: the statement needs an `## Output contract` section") })
    }

    @Test func malformedTestsJSONIsReported() throws {
        let bank = try folder()
        defer { bank.remove() }
        try bank.write("[{\"args\": [1], \"expected\": ", to: "problems/dsa/add-two/tests.json")
        let found = ContentBundle.check(folder: bank.url).1.map(\.description)
        #expect(found.contains { $0.hasPrefix("problems/dsa/add-two/tests.json:1: not a valid list of tests: unexpected end of input") })
    }

    @Test func anUnknownCheckerIsAnErrorNamingFileAndLine() throws {
        let bank = try folder(yaml: Self.yaml.replacingOccurrences(of: "checker: exact", with: "checker: exactish"))
        defer { bank.remove() }
        let (bundle, found) = ContentBundle.check(folder: bank.url)
        #expect(found.map(\.description).contains(
            "problems/dsa/add-two/problem.yaml:8: unknown checker `exactish` (expected one of: exact, float, unordered, clustering, rows)"))
        #expect(bundle?.problem(id: "add-two") == nil)  // never loaded as `exact`
    }

    @Test func aKnownCheckerIsParsedAndAMissingOneIsExact() throws {
        let float = try folder(yaml: Self.yaml.replacingOccurrences(of: "checker: exact", with: "checker: float"))
        defer { float.remove() }
        #expect(try ContentBundle.load(from: float.url).problem(id: "add-two")?.checker == .float)
        let none = try folder(yaml: Self.yaml.replacingOccurrences(of: "checker: exact\n", with: ""))
        defer { none.remove() }
        #expect(try ContentBundle.load(from: none.url).problem(id: "add-two")?.checker == .exact)
    }

    @Test func testsJSONIsParsedOncePerProblem() throws {
        let bank = try folder()
        defer { bank.remove() }
        let bundle = try ContentBundle.load(from: bank.url)
        let problem = try #require(bundle.problem(id: "add-two"))
        #expect(bundle.testFilesParsed == 0)
        let first = try bundle.tests(for: problem)
        // Changed on disk after the first read: the parsed tests are kept, not read again.
        try bank.write(#"[{"name": "changed", "visible": true, "args": [0, 0], "expected": 0}]"#, to: "problems/dsa/add-two/tests.json")
        let copy = bundle  // copies of the bundle share what it parsed
        for _ in 0..<3 { #expect(try copy.tests(for: problem) == first) }
        #expect(first.count == 8)
        #expect(bundle.testFilesParsed == 1)
    }

    @Test func concurrentFirstReadsParseOnce() async throws {
        let bank = try folder()
        defer { bank.remove() }
        let bundle = try ContentBundle.load(from: bank.url)
        let problem = try #require(bundle.problem(id: "add-two"))
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<16 { group.addTask { try bundle.tests(for: problem).count } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 8, count: 16))
        #expect(bundle.testFilesParsed == 1)
    }
}
