import Foundation
import OnsiteCore

/// The custom input a person types under the editor. For Python, one argument per line as JSON,
/// as the examples show it; for SQL, statements that fill the problem's tables.
enum CustomInput {
    static func test(_ text: String, for problem: CodingProblem, example: ProblemTest?) throws -> ProblemTest {
        guard text.utf8.count <= 256 * 1024 else { throw BadInput(field: "customInput", message: "the custom input is over 256 KB") }
        if problem.language == .sql {
            return ProblemTest(name: "custom input", visible: true, data: text, expected: .null)
        }
        var args: [JSONValue] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            do {
                args.append(try JSONParser.parse(trimmed))
            } catch {
                throw BadInput(field: "customInput", message: "line \(number + 1) of the custom input is not a JSON value (write lists as [1, 2], text in double quotes): \(error)")
            }
        }
        if let expected = example?.args?.count, expected != args.count {
            throw BadInput(field: "customInput", message: "`\(problem.entry)` takes \(expected) argument(s), one per line, but the custom input has \(args.count)")
        }
        return ProblemTest(name: "custom input", visible: true, args: args, expected: .null)
    }
}
