import Foundation
import OnsiteCore
import Yams

/// Reads one numeric drill generator (`content/drills/<topic>/<id>.yaml`, `docs/content-numeric.md`),
/// reporting every problem with its line: YAML errors, unknown fields, bad shapes, formula syntax
/// errors, names a formula or template uses that the drill does not define, a folder that is not the first topic.
enum NumericDrillFile {
    static let fields: Set<String> = [
        "id", "title", "topics", "difficulty", "parameters", "derived", "require", "answer", "tolerance", "unit", "question", "solution",
    ]

    static func parse(text: String, path: String, folder: String, topics: Set<String>) -> Result<NumericDrill, ContentInvalid> {
        var problems: [ContentDiagnostic] = []
        let problem = { (line: Int, message: String) in problems.append(ContentDiagnostic(path: path, line: line, message: message)) }
        let mapping: Node.Mapping
        do {
            guard let node = try Yams.compose(yaml: text, .plainScalars), let top = node.mapping else {
                return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "a drill is a YAML mapping of fields")]))
            }
            mapping = top
        } catch let error as YamlError {
            let diagnostic = FrontMatterFile.diagnostic(for: error, path: path, offset: 0)
            return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(
                path: path, line: diagnostic.line, message: diagnostic.message.replacingOccurrences(of: "front matter", with: "the drill"))]))
        } catch {
            return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "not valid YAML: \(error)")]))
        }
        let lineOf = { (node: Node?) in node?.mark?.line ?? 1 }
        let reader = FieldReader(mapping: mapping, line: lineOf, report: problem)
        reader.reportUnknown(fields)

        let fileID = String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".yaml", with: "")
        var id = reader.string("id")
        if let given = id, !Slug.isValid(given) || given != fileID {
            problem(reader.line("id"), Slug.isValid(given) ? "id `\(given)` does not match the file name `\(fileID).yaml`" : "id `\(given)` is not a slug (lowercase letters, digits and single dashes)")
            id = nil
        }
        let title = reader.string("title")
        let drillTopics = reader.strings("topics", required: true)
        if let drillTopics {
            let line = reader.line("topics")
            if drillTopics.isEmpty { problem(line, "`topics` lists no topic") }
            for topic in drillTopics where !topics.contains(topic) { problem(line, "unknown topic `\(topic)` (use one listed in topics.yaml)") }
            if let first = drillTopics.first, first != folder {
                problem(line, "the first topic `\(first)` must be the drill's folder `drills/\(folder)/`")
            }
        }
        let difficulty = reader.enumValue("difficulty", Difficulty.self)

        var names: [String] = []
        func declare(_ name: String, line: Int) -> Bool {
            guard NumericDrill.isName(name) else { problem(line, "`\(name)` is not a name: use lowercase letters, digits and `_`, starting with a letter"); return false }
            guard !NumericDrill.isReserved(name) else { problem(line, "`\(name)` is a function or reserved word: pick another name"); return false }
            guard !names.contains(name) else { problem(line, "`\(name)` is defined twice"); return false }
            names.append(name)
            return true
        }
        func formula(_ name: String, _ node: Node, what: String) -> NumericDrill.Formula? {
            guard let source = node.scalar?.string, !source.trimmingCharacters(in: .whitespaces).isEmpty else {
                problem(lineOf(node), "\(what) must be a formula, like `tp / (tp + fp)`")
                return nil
            }
            let expression: NumericExpression
            do {
                expression = try NumericParser.parse(source)
            } catch {
                problem(lineOf(node), "\(what) `\(source)`: \(error)")
                return nil
            }
            for unknown in expression.names.subtracting(names).sorted() {
                problem(lineOf(node), "\(what) uses `\(unknown)`, which is not a parameter or an earlier derived value")
            }
            return NumericDrill.Formula(name: name, source: source, expression: expression)
        }

        var parameters: [NumericDrill.Parameter] = []
        if let node = reader.node("parameters") {
            if let entries = node.mapping, !entries.isEmpty {
                for (key, value) in entries {
                    guard let name = key.string, declare(name, line: lineOf(key)) else { continue }
                    if let shape = NumericShapeReader.shape(value, name: name, line: lineOf, report: problem) {
                        parameters.append(NumericDrill.Parameter(name: name, shape: shape))
                    }
                }
            } else {
                problem(lineOf(node), "`parameters` must map each name to a shape, like `tp: {int: [20, 400]}`")
            }
        } else {
            problem(1, "missing required field `parameters`")
        }
        var derived: [NumericDrill.Formula] = []
        if let node = reader.node("derived") {
            if let entries = node.mapping {
                for (key, value) in entries {
                    guard let name = key.string else { continue }
                    let parsed = formula(name, value, what: "derived `\(name)`")
                    if declare(name, line: lineOf(key)), let parsed { derived.append(parsed) }
                }
            } else {
                problem(lineOf(node), "`derived` must map each name to a formula, like `precision: tp / (tp + fp)`")
            }
        }
        var require: [NumericDrill.Formula] = []
        if let node = reader.node("require") {
            if let list = node.sequence {
                for (index, item) in list.enumerated() {
                    if let parsed = formula("require[\(index + 1)]", item, what: "`require` condition") { require.append(parsed) }
                }
            } else {
                problem(lineOf(node), "`require` must be a list of conditions, like `- precision + recall > 0`")
            }
        }
        var answer: NumericDrill.Formula?
        if let node = reader.node("answer") { answer = formula("answer", node, what: "`answer`") } else { problem(1, "missing required field `answer`") }
        let tolerance = NumericShapeReader.tolerance(reader.node("tolerance"), line: lineOf, report: problem)
        var unit = ""
        if let node = reader.node("unit") {
            if let text = node.scalar?.string { unit = text } else { problem(lineOf(node), "`unit` must be text, like `GB`") }
        }
        let known = Set(names)
        let question = template(reader.node("question"), field: "question", known: known, line: lineOf, report: problem)
        let solution = template(reader.node("solution"), field: "solution", known: known.union(["answer"]), line: lineOf, report: problem)

        guard problems.isEmpty, let id, let title, let drillTopics, let difficulty, let answer, let tolerance, let question, let solution else {
            return .failure(ContentInvalid(diagnostics: problems))
        }
        return .success(NumericDrill(
            id: id, title: title, topics: drillTopics, difficulty: difficulty, parameters: parameters, derived: derived,
            require: require, answer: answer, tolerance: tolerance, unit: unit, question: question, solution: solution, path: path))
    }

    /// Parses a template field and checks every `{name}` against the drill's names, on its own line.
    private static func template(
        _ node: Node?, field: String, known: Set<String>, line: (Node?) -> Int, report: (Int, String) -> Void
    ) -> NumericTemplate? {
        guard let node else { report(1, "missing required field `\(field)`"); return nil }
        guard let scalar = node.scalar, !scalar.string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            report(line(node), "`\(field)` must be text (write it as a block: `\(field): |`)")
            return nil
        }
        // A block scalar's text starts on the line after its `|`.
        let first = line(node) + (scalar.style == .literal || scalar.style == .folded ? 1 : 0)
        let template: NumericTemplate
        do {
            template = try NumericTemplate(scalar.string.trimmingCharacters(in: .newlines))
        } catch {
            report(first + error.line - 1, "`\(field)`: \(error.message)")
            return nil
        }
        var ok = true
        for hole in template.names where !known.contains(hole.name) {
            report(first + hole.line - 1, "`\(field)` prints `{\(hole.name)}`, which is not a parameter or derived value\(field == "solution" ? " (or `answer`)" : "")")
            ok = false
        }
        return ok ? template : nil
    }
}
