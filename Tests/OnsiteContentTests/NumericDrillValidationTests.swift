import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// Loading `drills/<topic>/<id>.yaml`: every problem is reported with its file and line.
@Suite struct NumericDrillValidationTests {
    static let valid = """
    id: f1
    title: F1 from a confusion matrix
    topics: [metrics]
    difficulty: easy
    parameters:
      tp: {int: [20, 400]}
      fp: {int: [5, 200]}
      rels: {list: {int: [0, 3]}, length: 5}
    derived:
      precision: tp / (tp + fp)
    require:
      - precision > 0
    answer: precision * 2
    tolerance: {relative: 0.01}
    unit: ""
    question: |
      TP {tp}, FP {fp}.
      What is twice the precision?
    solution: |
      P = {tp} / ({tp} + {fp}) = {precision:4}.
      Twice that is {answer:4}.
    """

    func check(_ text: String, path: String = "drills/metrics/f1.yaml") throws -> (ContentBundle?, [String]) {
        let folder = try ContentFixtures.bundle(cards: [:])
        defer { folder.remove() }
        try folder.write(text, to: path)
        let (bundle, problems) = ContentBundle.check(folder: folder.url)
        return (bundle, problems.map(\.description))
    }

    func problems(_ text: String, path: String = "drills/metrics/f1.yaml") throws -> [String] { try check(text, path: path).1 }

    func replacing(_ old: String, _ new: String) -> String {
        precondition(Self.valid.contains(old))
        return Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func aValidDrillLoadsWithEveryField() throws {
        let (bundle, problems) = try check(Self.valid)
        #expect(problems == [])
        let drill = try #require(bundle?.numericDrill(id: "f1"))
        #expect(drill.title == "F1 from a confusion matrix")
        #expect(drill.topics == ["metrics"] && drill.difficulty == .easy)
        #expect(drill.parameters.map(\.name) == ["tp", "fp", "rels"])
        #expect(drill.parameters[2].shape == .list(.int(0, 3), length: 5...5))
        #expect(drill.derived.map(\.source) == ["tp / (tp + fp)"])
        #expect(drill.tolerance == .relative(0.01))
        let instance = try drill.instance(seed: 1)
        #expect(instance.question.hasPrefix("TP "))
        #expect(NumericDrillCheck.check([drill]) == [])
    }

    @Test func yamlErrorsAndUnknownFieldsHaveTheirLine() throws {
        #expect(try problems(replacing("title: F1", "title: [F1")).first?.hasPrefix("drills/metrics/f1.yaml:") == true)
        #expect(try problems(replacing("unit: \"\"", "units: GB")) == [
            "drills/metrics/f1.yaml:15: unknown field `units` (expected one of: answer, derived, difficulty, id, parameters, question, require, solution, title, tolerance, topics, unit)"
        ])
    }

    @Test func formulaErrorsNameTheLineAndTheProblem() throws {
        #expect(try problems(replacing("precision: tp / (tp + fp)", "precision: tp / (tp + ")) == [
            "drills/metrics/f1.yaml:10: derived `precision` `tp / (tp +`: expected a number, a name, `(` or `[` but found the end of the formula (at column 11)"
        ])
        #expect(try problems(replacing("answer: precision * 2", "answer: precison * 2")) == [
            "drills/metrics/f1.yaml:13: `answer` uses `precison`, which is not a parameter or an earlier derived value"
        ])
        #expect(try problems(replacing("  - precision > 0", "  - ln(precision, 2) > 0")) == [
            "drills/metrics/f1.yaml:12: `require` condition `ln(precision, 2) > 0`: `ln` takes 1 argument, not 2 (at column 1)"
        ])
    }

    @Test func templatesMayOnlyPrintKnownNames() throws {
        #expect(try problems(replacing("What is twice the precision?", "What is twice {recall}?")) == [
            "drills/metrics/f1.yaml:18: `question` prints `{recall}`, which is not a parameter or derived value"
        ])
        #expect(try problems(replacing("Twice that is {answer:4}.", "Twice that is {answr:4}.")) == [
            "drills/metrics/f1.yaml:21: `solution` prints `{answr}`, which is not a parameter or derived value (or `answer`)"
        ])
        #expect(try problems(replacing("What is twice the precision?", "What is {twice")) == [
            "drills/metrics/f1.yaml:18: `question`: `{` without a closing `}`"
        ])
    }

    @Test func shapesTopicsAndNamesAreChecked() throws {
        #expect(try problems(replacing("tp: {int: [20, 400]}", "tp: {int: [400, 20]}")) == [
            "drills/metrics/f1.yaml:6: parameter `tp`: `int` takes two whole numbers [low, high] with low ≤ high"
        ])
        #expect(try problems(replacing("fp: {int: [5, 200]}", "ln: {int: [5, 200]}")).contains(
            "drills/metrics/f1.yaml:7: `ln` is a function or reserved word: pick another name"))
        #expect(try problems(Self.valid, path: "drills/regularization/f1.yaml") == [
            "drills/regularization/f1.yaml:3: the first topic `metrics` must be the drill's folder `drills/regularization/`"
        ])
        #expect(try problems(replacing("topics: [metrics]", "topics: [metrics, nope]")) == [
            "drills/metrics/f1.yaml:3: unknown topic `nope` (use one listed in topics.yaml)"
        ])
        #expect(try problems(replacing("tolerance: {relative: 0.01}", "tolerance: {close: 1}")) == [
            "drills/metrics/f1.yaml:14: `tolerance` is `{relative: 0.01}`, `{absolute: 0.5}` or `{exact: true}`"
        ])
        #expect(try problems(replacing("id: f1", "id: f2")) == ["drills/metrics/f1.yaml:1: id `f2` does not match the file name `f1.yaml`"])
    }

    @Test func theDrawCheckRefusesBadGenerators() throws {
        let tooStrict = try #require(try check(replacing("  - precision > 0", "  - tp > 300")).0?.numericDrill(id: "f1"))
        #expect(NumericDrillCheck.check([tooStrict]).first?.message.contains("fail `require`") == true)
        let notInteger = try #require(try check(replacing("tolerance: {relative: 0.01}", "tolerance: {exact: true}")).0?.numericDrill(id: "f1"))
        #expect(NumericDrillCheck.check([notInteger]).first?.message.contains("not an integer") == true)
        let divides = try #require(try check(replacing("answer: precision * 2", "answer: 1 / (tp - tp)")).0?.numericDrill(id: "f1"))
        #expect(NumericDrillCheck.check([divides]).first?.message.contains("division by zero") == true)
    }
}

/// The shipped generators: valid, and each passes the 200-seed draw check.
@Suite struct ShippedNumericDrillTests {
    @Test func shippedDrillsPassTheDrawCheck() throws {
        let bundle = try ContentBundle.load(from: ContentLocation.sourceCheckout)
        #expect(bundle.numericDrill(id: "f1-from-confusion-matrix") != nil)
        #expect(bundle.numericDrill(id: "bayes-base-rate") != nil)
        #expect(bundle.numericDrill(id: "conv-output-shape")?.tolerance == .exact)
        #expect(NumericDrillCheck.check(bundle.numericDrills).map(\.description) == [])
    }

    @Test func statsCountAndExportCarriesTheGenerators() throws {
        let bundle = try ContentBundle.load(from: ContentLocation.sourceCheckout)
        let stats = ContentStats(bundle: bundle).numericDrills
        #expect(stats.total == bundle.numericDrills.count)
        #expect(stats.byTopic["cnn", default: 0] >= 1)
        let export = try #require(ContentExport(bundle: bundle).numericDrills.first { $0.id == "conv-output-shape" })
        #expect(export.tolerance == .object(["exact": .bool(true)]))
        #expect(export.answer == "side")
        #expect(export.parameters.first?.name == "size")
        #expect(export.parameters.first?.shape == JSONValue.object(["int": .array([.int(28), .int(256)])]))
        #expect(export.question.contains("{size}×{size}"))
    }

    @Test func bayesMatchesAHandComputedCase() throws {
        let drill = try #require(try ContentBundle.load(from: ContentLocation.sourceCheckout).numericDrill(id: "bayes-base-rate"))
        for seed in UInt64(1)...20 {
            let instance = try drill.instance(seed: seed)
            let p = Dictionary(uniqueKeysWithValues: instance.parameters.map { ($0.name, $0.value) })
            guard case .number(let prevalence)? = p["prevalence"], case .number(let sensitivity)? = p["sensitivity"],
                  case .number(let specificity)? = p["specificity"] else { Issue.record("missing parameters"); return }
            let expected = prevalence * sensitivity / (prevalence * sensitivity + (1 - prevalence) * (1 - specificity))
            #expect(abs(instance.answer - expected) < 1e-12)
        }
    }
}
