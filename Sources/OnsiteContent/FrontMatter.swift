import Foundation
import Yams

/// A Markdown file split into its YAML front matter and its body, keeping line numbers.
struct FrontMatterFile {
    var mapping: Node.Mapping
    /// Line number (1-based) in the file of the front matter's first line.
    var yamlFirstLine: Int
    /// The body's lines with their 1-based line numbers in the file.
    var body: [(number: Int, text: String)]

    /// Splits `text`; throws a diagnostic for a missing or malformed front matter.
    init(text: String, path: String) throws(ContentDiagnostic) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard lines.first == "---" else {
            throw ContentDiagnostic(path: path, line: 1, message: "front matter missing: the file must start with a `---` line")
        }
        guard let close = lines.dropFirst().firstIndex(of: "---") else {
            throw ContentDiagnostic(path: path, line: 1, message: "front matter not closed: no second `---` line")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml, .plainScalars)
        } catch let error as YamlError {
            throw Self.diagnostic(for: error, path: path, offset: 1)
        } catch {
            throw ContentDiagnostic(path: path, line: 2, message: "front matter is not valid YAML: \(error)")
        }
        guard let mapping = node?.mapping else {
            throw ContentDiagnostic(path: path, line: 2, message: "front matter must be a YAML mapping of fields")
        }
        self.mapping = mapping
        self.yamlFirstLine = 2
        self.body = lines.indices.dropFirst(close + 1).map { ($0 + 1, lines[$0]) }
    }

    /// The file line of a node inside the front matter.
    func line(of node: Node?) -> Int {
        (node?.mark?.line ?? 1) + yamlFirstLine - 1
    }

    static func diagnostic(for error: YamlError, path: String, offset: Int) -> ContentDiagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return ContentDiagnostic(path: path, line: mark.line + offset, message: "front matter is not valid YAML: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return ContentDiagnostic(
                path: path, line: context.mark.line + offset,
                message: "front matter repeats the field(s) \(duplicates.joined(separator: ", "))")
        default:
            return ContentDiagnostic(path: path, line: 1 + offset, message: "front matter is not valid YAML: \(error)")
        }
    }
}

extension Resolver {
    /// Every scalar is a plain string: the bundle's readers parse numbers, dates and booleans
    /// themselves (Node.int, .float and .bool read the text whatever its tag), so Yams's regex
    /// tag resolution on every scalar was pure cost (about a tenth of start-up, measured with perf).
    static let plainScalars = Resolver.basic
}
