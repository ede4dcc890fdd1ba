import Foundation
import OnsiteCore
import Yams

/// Reads one problem folder (`content/problems/<round>/<id>/`), collecting every problem it has.
struct ProblemFile {
    static let fields: Set<String> = [
        "id", "title", "round", "difficulty", "patterns", "language", "entry", "checker", "tolerance",
        "ordered", "numpy", "timeLimitSeconds", "memoryLimitMB", "hints", "wrong",
    ]
    static let patterns: Set<String> = [
        "arrays", "hash-map", "two-pointers", "sliding-window", "stack", "binary-search", "heap", "tree", "bst",
        "graph", "grid", "bfs", "dfs", "intervals", "greedy", "backtracking", "dp-1d", "dp-2d", "union-find",
        "shortest-path", "streaming", "sampling", "sorting", "math", "linear-models", "optimization",
        "classification", "clustering", "trees-ensembles", "neural-networks", "metrics", "validation",
        "preprocessing", "dimensionality-reduction", "nlp", "attention", "ranking", "probability", "joins",
        "aggregation", "window-functions", "cte", "dates", "product-metrics",
    ]
    static let minimumTests = 8

    static func parse(folder: URL, path: String, round folderRound: String, includeTests: Bool) -> Result<CodingProblem, ContentInvalid> {
        var problems: [ContentDiagnostic] = []
        func file(_ name: String) -> String { path + "/" + name }
        func problem(_ name: String, _ line: Int, _ message: String) {
            problems.append(ContentDiagnostic(path: file(name), line: line, message: message))
        }
        func read(_ name: String, required: Bool = true) -> String? {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
                if required { problem(name, 1, "missing file: every problem needs \(name)") }
                return nil
            }
            // A byte scan: trimming bridges the whole file through NSString, which took most of start-up.
            if required && text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { problem(name, 1, "\(name) is empty") }
            return text
        }

        guard let yaml = read("problem.yaml") else { return .failure(ContentInvalid(diagnostics: problems)) }
        let mapping: Node.Mapping
        do {
            guard let node = try Yams.compose(yaml: yaml, .plainScalars)?.mapping else {
                return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: file("problem.yaml"), line: 1, message: "must be a YAML mapping of fields")]))
            }
            mapping = node
        } catch let error as YamlError {
            return .failure(ContentInvalid(diagnostics: [FrontMatterFile.diagnostic(for: error, path: file("problem.yaml"), offset: 0)]))
        } catch {
            return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: file("problem.yaml"), line: 1, message: "not valid YAML: \(error)")]))
        }
        let fields = FieldReader(mapping: mapping, line: { $0?.mark?.line ?? 1 }, report: { problem("problem.yaml", $0, $1) })
        for (key, _) in mapping where !fields.known(key, in: Self.fields) {
            problem("problem.yaml", key.mark?.line ?? 1, "unknown field `\(key.string ?? "?")`")
        }
        let folderID = folder.lastPathComponent
        let id = fields.string("id")
        if let id, id != folderID { problem("problem.yaml", fields.line("id"), "id `\(id)` does not match the folder `\(folderID)`") }
        let title = fields.string("title")
        let round = fields.enumValue("round", ProblemRound.self)
        if let round, round.rawValue != folderRound {
            problem("problem.yaml", fields.line("round"), "round `\(round.rawValue)` does not match the folder `problems/\(folderRound)`")
        }
        let difficulty = fields.enumValue("difficulty", Difficulty.self)
        let patterns = fields.strings("patterns", required: true) ?? []
        for pattern in patterns where !Self.patterns.contains(pattern) {
            problem("problem.yaml", fields.line("patterns"), "unknown pattern `\(pattern)` (see the list in docs/content-format.md)")
        }
        let language = fields.enumValue("language", ProblemLanguage.self)
        let entry = language == .sql ? (fields.node("entry")?.string ?? "query") : (fields.string("entry") ?? "")
        // Optional (exact when absent), but a name that is not a checker is an error, never a silent `exact`.
        let checker: CheckerKind? = fields.node("checker") == nil ? .exact : fields.enumValue("checker", CheckerKind.self)
        let hints = fields.strings("hints", required: true) ?? []
        if hints.isEmpty { problem("problem.yaml", fields.line("hints"), "give at least one hint") }

        let ext = language == .sql ? "sql" : "py"
        let statement = read("statement.md") ?? ""
        if !statement.isEmpty, !statement.contains("## Output contract") {
            problem("statement.md", 1, "the statement needs an `## Output contract` section (types, rounding, order, ties)")
        }
        let editorial = read("editorial.md") ?? ""
        let starter = read("starter.\(ext)") ?? ""
        let solution = read("solution.\(ext)") ?? ""
        let schema = language == .sql ? (read("schema.sql") ?? "") : ""
        var wrong: [WrongSolution] = []
        if let list = fields.node("wrong")?.sequence {
            for item in list {
                let line = item.mark?.line ?? 1
                guard let name = item.mapping?["file"]?.string, let raw = item.mapping?["verdict"]?.string else {
                    problem("problem.yaml", line, "each wrong solution needs `file` and `verdict`")
                    continue
                }
                guard let verdict = VerdictKind(rawValue: raw), verdict != .accepted, verdict != .internalError else {
                    problem("problem.yaml", line, "unknown verdict `\(raw)` for \(name)")
                    continue
                }
                guard let code = read(name) else { continue }
                wrong.append(WrongSolution(file: name, code: code, verdict: verdict))
            }
        }
        if wrong.count < 2 { problem("problem.yaml", fields.line("wrong"), "list at least two known-wrong solutions with their verdicts") }

        var tests: [ProblemTest] = []
        if !includeTests {
            if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("tests.json").path) {
                problem("tests.json", 1, "missing file: every problem needs tests.json")
            }
        } else if let text = read("tests.json") {
            do {
                tests = try ProblemTest.list(from: text)
            } catch {
                problem("tests.json", 1, "not a valid list of tests: \(Self.describe(error))")
            }
        }
        if !tests.isEmpty {
            if tests.count < Self.minimumTests { problem("tests.json", 1, "\(tests.count) tests; write at least \(Self.minimumTests)") }
            if !tests.contains(where: \.visible) { problem("tests.json", 1, "mark at least one test `visible` (the examples)") }
            for (index, test) in tests.enumerated() {
                if language == .sql ? test.data == nil : test.args == nil {
                    problem("tests.json", 1, "test \(index + 1) (\(test.name)) needs `\(language == .sql ? "data" : "args")`")
                }
            }
        }
        guard problems.isEmpty, let id, let title, let round, let difficulty, let language, let checker else {
            return .failure(ContentInvalid(diagnostics: problems))
        }
        return .success(CodingProblem(
            id: id, title: title, round: round, difficulty: difficulty, patterns: patterns, language: language,
            entry: entry, checker: checker, tolerance: fields.double("tolerance", default: 1e-6),
            ordered: fields.bool("ordered", default: false), numpy: fields.bool("numpy", default: false),
            timeLimitSeconds: fields.double("timeLimitSeconds", default: 1),
            memoryLimitMB: Int(fields.double("memoryLimitMB", default: 256)), hints: hints,
            statement: statement, editorial: editorial, starter: starter, solution: solution, schema: schema,
            wrongSolutions: wrong, tests: tests, path: path))
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case let .keyNotFound(key, context):
            return "at \(location(context.codingPath)): missing `\(key.stringValue)`"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            return "at \(location(context.codingPath)): \(context.debugDescription)"
        default:
            return String(describing: error)
        }
    }

    private static func location(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "test \($0 + 1)" } ?? $0.stringValue }.joined(separator: " → ")
    }
}
