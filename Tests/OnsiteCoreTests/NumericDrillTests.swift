import Foundation
import Testing
@testable import OnsiteCore

/// Numeric drill instances (seeded draws, templates) and grading of typed numbers.
struct NumericDrillTests {
    static func formula(_ name: String, _ source: String) -> NumericDrill.Formula {
        NumericDrill.Formula(name: name, source: source, expression: try! NumericParser.parse(source))
    }

    static func f1(id: String = "f1", require: [String] = []) -> NumericDrill {
        NumericDrill(
            id: id, title: "F1", topics: ["metrics"], difficulty: .easy,
            parameters: [
                .init(name: "tp", shape: .int(20, 400)), .init(name: "fp", shape: .int(5, 200)),
                .init(name: "fn", shape: .int(5, 200)), .init(name: "alpha", shape: .choice([0.05, 0.01])),
                .init(name: "p", shape: .real(0.01, 0.2, step: 0.005)), .init(name: "rels", shape: .list(.int(0, 3), length: 5...5)),
            ],
            derived: [formula("precision", "tp / (tp + fp)"), formula("recall", "tp / (tp + fn)")],
            require: require.enumerated().map { formula("require[\($0.offset + 1)]", $0.element) },
            answer: formula("answer", "2 * precision * recall / (precision + recall)"), tolerance: .relative(0.01), unit: "",
            question: try! NumericTemplate("TP {tp}, FP {fp}, FN {fn}; rels {rels}; {{F1}}?"),
            solution: try! NumericTemplate("P = {precision:4}, R = {recall:4}, F1 = {answer:4}"), path: "drills/metrics/f1.yaml")
    }

    @Test func theSameSeedGivesTheSameInstance() throws {
        let drill = Self.f1()
        #expect(try drill.instance(seed: 42) == drill.instance(seed: 42))
        #expect(try drill.instance(seed: 42) != drill.instance(seed: 43))
    }

    @Test func theSeedIsMixedWithTheDrillID() throws {
        let a = try Self.f1(id: "one").instance(seed: 5)
        let b = try Self.f1(id: "two").instance(seed: 5)
        #expect(a.parameters.map(\.value) != b.parameters.map(\.value))
    }

    @Test func drawsStayInTheirShapes() throws {
        for seed in UInt64(1)...300 {
            let instance = try Self.f1().instance(seed: seed)
            let values = Dictionary(uniqueKeysWithValues: instance.parameters.map { ($0.name, $0.value) })
            let tp = try values["tp"]!.number("tp")
            #expect((20...400).contains(tp) && tp == tp.rounded())
            #expect([0.05, 0.01].contains(try values["alpha"]!.number("alpha")))
            let p = try values["p"]!.number("p")
            #expect(p >= 0.01 && p <= 0.2)
            #expect(abs(p / 0.005 - (p / 0.005).rounded()) < 1e-9)
            let rels = try values["rels"]!.list("rels")
            #expect(rels.count == 5 && rels.allSatisfy { (0...3).contains($0) })
            #expect(instance.parameters.map(\.name) == ["tp", "fp", "fn", "alpha", "p", "rels"])
        }
    }

    @Test func theInstanceRendersTheSameNumbersItGrades() throws {
        let instance = try Self.f1().instance(seed: 9)
        let values = Dictionary(uniqueKeysWithValues: instance.parameters.map { ($0.name, $0.value) })
        let (tp, fp, fn) = try (values["tp"]!.number(""), values["fp"]!.number(""), values["fn"]!.number(""))
        #expect(abs(instance.answer - 2 * tp / (2 * tp + fp + fn)) < 1e-12)
        #expect(instance.question.hasPrefix("TP \(Int(tp)), FP \(Int(fp)), FN \(Int(fn)); rels ["))
        #expect(instance.question.hasSuffix("; {F1}?"))
        #expect(instance.solution.hasSuffix("F1 = " + String(format: "%.4f", instance.answer)))
    }

    @Test func requireRedrawsAndGivesUpAfterAHundredTries() throws {
        for seed in UInt64(1)...50 {
            let instance = try Self.f1(require: ["tp > 300"]).instance(seed: seed)
            #expect(instance.question.hasPrefix("TP 3") || instance.question.hasPrefix("TP 4"))
        }
        #expect(throws: NumericError.self) { try Self.f1(require: ["tp > 1000"]).instance(seed: 1) }
    }

    @Test func templatesFormatValues() throws {
        #expect(NumericFormat.number(42) == "42")
        #expect(NumericFormat.number(0.123456) == "0.1235")
        #expect(NumericFormat.number(1234.5678) == "1235")
        #expect(NumericFormat.number(0.5) == "0.5")
        #expect(NumericFormat.number(0.00012346) == "0.0001235")
        #expect(NumericFormat.number(5.22e22) == "5.22e22", "past 10^15 the digits of a double are noise")
        #expect(NumericFormat.number(-1.23456e16) == "-1.235e16")
        #expect(NumericFormat.number(2.0 / 3, decimals: 2) == "0.67")
        #expect(NumericFormat.number(3, decimals: 2) == "3.00")
        #expect(NumericFormat.number(0.25, decimals: 1) == "0.3")  // half away from zero, as `round`
        #expect(NumericFormat.number(-0.001, decimals: 2) == "0.00")
        #expect(NumericFormat.value(.list([1, 0.5])) == "[1, 0.5]")
        let template = try NumericTemplate("a {x} b {y:1} {{c}}\n{z}")
        #expect(template.render(["x": .number(2), "y": .number(0.25), "z": .list([1, 2])]) == "a 2 b 0.3 {c}\n[1, 2]")
        #expect(template.names.map(\.name) == ["x", "y", "z"])
        #expect(template.names.map(\.line) == [1, 1, 2])
    }

    @Test func malformedTemplatesNameTheirLine() {
        #expect(throws: TemplateError(line: 2, message: "`{` without a closing `}`")) { try NumericTemplate("ok\nbad {x") }
        #expect(throws: TemplateError.self) { try NumericTemplate("{Bad Name}") }
        #expect(throws: TemplateError.self) { try NumericTemplate("{x:y}") }
        #expect(throws: TemplateError.self) { try NumericTemplate("a } b") }
    }

    @Test func gradingAcceptsTheUsualWaysOfTypingANumber() {
        #expect(NumericGrading.parse(" 1,234.5 ", answer: 1234) == 1234.5)
        #expect(NumericGrading.parse("1.2e9", answer: 1) == 1.2e9)
        #expect(NumericGrading.parse("-3", answer: 1) == -3)
        #expect(NumericGrading.parse(".5", answer: 1) == 0.5)
        #expect(NumericGrading.parse("45%", answer: 0.45) == 0.45)
        #expect(NumericGrading.parse("45 %", answer: 45) == 45)
        for text in ["", "abc", "1,2", "12,34.5", "nan", "inf", "1.2.3", "0x10", "1e", "--1", "%"] {
            #expect(NumericGrading.parse(text, answer: 1) == nil, "\(text)")
        }
    }

    @Test func toleranceKinds() {
        #expect(NumericGrading.grade("0.645", answer: 0.6448, tolerance: .relative(0.01)) == .right(typed: 0.645))
        #expect(NumericGrading.grade("0.66", answer: 0.6448, tolerance: .relative(0.01)) == .wrong(typed: 0.66))
        #expect(NumericGrading.grade("64.5%", answer: 0.6448, tolerance: .relative(0.01)).isRight)
        #expect(NumericGrading.grade("10.4", answer: 10, tolerance: .absolute(0.5)).isRight)
        #expect(!NumericGrading.grade("10.6", answer: 10, tolerance: .absolute(0.5)).isRight)
        #expect(NumericGrading.grade("96", answer: 96, tolerance: .exact).isRight)
        #expect(NumericGrading.grade("96.2", answer: 96, tolerance: .exact).isRight)
        #expect(!NumericGrading.grade("97", answer: 96, tolerance: .exact).isRight)
        #expect(NumericGrading.grade("1.1", answer: 1, tolerance: .relative(0.1)).isRight)
        #expect(NumericGrading.grade("ninety", answer: 96, tolerance: .exact) == .notANumber)
    }

    @Test func ratingPolicy() {
        let right = NumericGrade.right(typed: 1)
        #expect(right.rating(quickFire: false, elapsed: 5) == .good)
        #expect(right.rating(quickFire: true, elapsed: 5) == .easy)
        #expect(right.rating(quickFire: true, elapsed: 20) == .good)
        #expect(NumericGrade.wrong(typed: 2).rating(quickFire: true, elapsed: 1) == .again)
        #expect(NumericGrade.notANumber.rating(quickFire: false, elapsed: 1) == nil)
    }

    @Test func sampleJSONHasTheDocumentedShape() throws {
        let drill = Self.f1()
        let instance = try drill.instance(seed: 3)
        guard case .object(let object) = NumericJSON.instance(instance, tolerance: drill.tolerance) else { Issue.record("not an object"); return }
        #expect(Set(object.keys) == ["id", "question", "parameters", "answer", "tolerance", "solution"])
        #expect(object["tolerance"] == .object(["relative": .double(0.01)]))
        guard case .object(let exact) = NumericJSON.instance(instance, tolerance: .exact) else { return }
        #expect(exact["exact"] == .bool(true))
        #expect(exact["tolerance"] == .object(["absolute": .int(0)]))
    }
}
