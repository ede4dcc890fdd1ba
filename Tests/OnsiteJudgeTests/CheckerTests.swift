import Foundation
import OnsiteCore
import OnsiteJudge
import Testing

@Suite struct CheckerTests {
    func json(_ text: String) -> JSONValue { try! JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    @Test func exactTreatsIntAndFloatAlikeButNotBooleans() {
        let exact = Checker(kind: .exact)
        #expect(exact.accepts(json("[1, 2.0]"), expected: json("[1.0, 2]")))
        #expect(!exact.accepts(json("true"), expected: json("1")))
        #expect(!exact.accepts(json("[1, 2]"), expected: json("[2, 1]")))
        #expect(!exact.accepts(json("{\"a\": 1}"), expected: json("{\"a\": 1, \"b\": 2}")))
    }

    @Test func floatIsAbsoluteOrRelativeAndChecksShape() {
        let float = Checker(kind: .float, tolerance: 1e-6)
        #expect(float.accepts(json("[[0.1000001, 2e9]]"), expected: json("[[0.1, 2000000001]]")))
        #expect(!float.accepts(json("[0.1001]"), expected: json("[0.1]")))
        #expect(!float.accepts(json("[[1, 2]]"), expected: json("[1, 2]")))
        #expect(!float.accepts(json("[1, 2, 3]"), expected: json("[1, 2]")))
    }

    @Test func nonFiniteValuesEqualOnlyThemselves() {
        let float = Checker(kind: .float)
        #expect(float.accepts(json("{\"$float\": \"nan\"}"), expected: json("{\"$float\": \"nan\"}")))
        #expect(!float.accepts(json("{\"$float\": \"nan\"}"), expected: json("0.5")))
        #expect(!float.accepts(json("1e308"), expected: json("{\"$float\": \"inf\"}")))
        #expect(float.accepts(json("{\"$float\": \"-inf\"}"), expected: json("{\"$float\": \"-inf\"}")))
    }

    @Test func unorderedIsAMultiset() {
        let unordered = Checker(kind: .unordered)
        #expect(unordered.accepts(json("[[2, 1], [1, 2], [1, 2]]"), expected: json("[[1, 2], [2, 1], [1, 2]]")))
        #expect(!unordered.accepts(json("[1, 1, 2]"), expected: json("[1, 2, 2]")))
    }

    @Test func clusteringIgnoresLabelNamesButNotThePartition() {
        let clustering = Checker(kind: .clustering)
        #expect(clustering.accepts(json("[1, 1, 0, 2]"), expected: json("[0, 0, 2, 1]")))
        #expect(clustering.accepts(json("[1.0, 1, 0]"), expected: json("[5, 5, 3]")))
        #expect(!clustering.accepts(json("[0, 0, 0, 1]"), expected: json("[0, 0, 1, 1]")))
        #expect(!clustering.accepts(json("[0, 1, 2]"), expected: json("[0, 0, 1]")))
    }

    @Test func rowsCompareColumnsAndRowsAsAMultisetUnlessOrdered() {
        let rows = Checker(kind: .rows)
        let expected = json(#"{"columns": ["id", "rate"], "rows": [[1, 0.5], [2, 0.25]]}"#)
        #expect(rows.accepts(json(#"{"columns": ["id", "rate"], "rows": [[2, 0.25], [1, 0.5000000001]]}"#), expected: expected))
        #expect(!rows.accepts(json(#"{"columns": ["id", "ratio"], "rows": [[1, 0.5], [2, 0.25]]}"#), expected: expected))
        let ordered = Checker(kind: .rows, ordered: true)
        #expect(!ordered.accepts(json(#"{"columns": ["id", "rate"], "rows": [[2, 0.25], [1, 0.5]]}"#), expected: expected))
    }
}
