import Foundation
import Testing
@testable import OnsiteCore

/// The formula language of numeric drills: precedence, associativity, functions and errors.
struct NumericExpressionTests {
    func eval(_ text: String, _ values: [String: NumericValue] = [:]) throws -> Double {
        try NumericEvaluator(values: values).evaluate(try NumericParser.parse(text)).number("result")
    }

    func list(_ text: String, _ values: [String: NumericValue] = [:]) throws -> [Double] {
        try NumericEvaluator(values: values).evaluate(try NumericParser.parse(text)).list("result")
    }

    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance }

    @Test func precedenceFollowsTheDoc() throws {
        #expect(try eval("1 + 2 * 3") == 7)
        #expect(try eval("(1 + 2) * 3") == 9)
        #expect(try eval("10 - 4 - 3") == 3)
        #expect(try eval("12 / 3 / 2") == 2)
        #expect(try eval("7 % 3 + 1") == 2)
        #expect(try eval("1 + 2 < 4") == 1)
        #expect(try eval("1 < 2 and 3 < 2 or 1") == 1)
        #expect(try eval("not 1 < 2") == 0)
        #expect(try eval("not 0 and 0") == 0)
        #expect(try eval("1e-3 * 1000") == 1)
    }

    @Test func powerIsRightAssociativeAndBindsTighterThanUnaryMinus() throws {
        #expect(try eval("2 ^ 3 ^ 2") == 512)
        #expect(try eval("-2 ^ 2") == -4)
        #expect(try eval("2 ^ -1") == 0.5)
        #expect(try eval("(-2) ^ 2") == 4)
    }

    @Test func moduloIsFlooredAsInPython() throws {
        #expect(try eval("-7 % 3") == 2)
        #expect(try eval("7 % -3") == -2)
    }

    @Test func comparisonsGiveOneOrZero() throws {
        #expect(try eval("3 >= 3") == 1)
        #expect(try eval("3 != 3") == 0)
        #expect(try eval("2 == 2") == 1)
        #expect(try eval("2 <= 1") == 0)
    }

    @Test func scalarFunctions() throws {
        #expect(close(try eval("ln(exp(2))"), 2))
        #expect(try eval("log2(8)") == 3)
        #expect(try eval("log10(1000)") == 3)
        #expect(try eval("sqrt(16)") == 4)
        #expect(try eval("abs(-3)") == 3)
        #expect(try eval("floor(-1.5)") == -2)
        #expect(try eval("ceil(1.2)") == 2)
        #expect(try eval("round(2.5)") == 3)
        #expect(try eval("round(-2.5)") == -3)
        #expect(try eval("round(3.14159, 2)") == 3.14)
        #expect(try eval("min(3, 1, 2)") == 1)
        #expect(try eval("max([3, 1, 2])") == 3)
        #expect(try eval("if(0, 1, 2)") == 2)
        #expect(try eval("if(5, 1, 2)") == 1)
        #expect(try eval("choose(5, 2)") == 10)
        #expect(try eval("choose(3, 5)") == 0)
        #expect(try eval("factorial(5)") == 120)
        #expect(close(try eval("normcdf(0)"), 0.5))
        #expect(close(try eval("normcdf(1.959963984540054)"), 0.975, 1e-12))
        #expect(close(try eval("norminv(0.975)"), 1.959963984540054, 1e-9))
        #expect(close(try eval("norminv(0.8)"), 0.8416212335729143, 1e-9))
        #expect(close(try eval("norminv(0.001)"), -3.090232306167813, 1e-9))
    }

    @Test func listFunctionsOnHandComputedExamples() throws {
        let l: [String: NumericValue] = ["l": .list([2, 4, 4, 4, 5, 5, 7, 9])]
        #expect(try eval("sum(l)", l) == 40)
        #expect(try eval("mean(l)", l) == 5)
        #expect(try eval("len(l)", l) == 8)
        #expect(try eval("var(l)", l) == 4)  // population variance: Σ(x−5)²/8 = 32/8
        #expect(try eval("sd(l)", l) == 2)
        #expect(try eval("prod([2, 3, 4])") == 24)
        #expect(try eval("at(l, 8)", l) == 9)
        #expect(try list("range(2, 5)") == [2, 3, 4, 5])
        #expect(try list("range(3, 2)") == [])
        #expect(try list("map([1, 2, 3], \"x ^ 2 + i\")") == [2, 6, 12])
        #expect(try list("map(l, \"x * k\")", ["l": .list([1, 2]), "k": .number(10)]) == [10, 20])
    }

    @Test func rankingFunctions() throws {
        // DCG of [3, 2, 0, 1] at 3: 7/log2(2) + 3/log2(3) + 0 = 7 + 1.8928…
        let dcg = 7 + 3 / log2(3.0)
        #expect(close(try eval("dcg([3, 2, 0, 1], 3)"), dcg))
        // The ideal order [3, 2, 1, 0] at 3: 7 + 3/log2(3) + 1/2.
        #expect(close(try eval("ndcg([3, 2, 0, 1], 3)"), dcg / (dcg + 0.5)))
        #expect(try eval("ndcg([3, 2, 1], 3)") == 1)
        // Relevant at ranks 1, 3, 4: (1/1 + 2/3 + 3/4) / 3.
        #expect(close(try eval("ap([1, 0, 1, 1, 0])"), (1 + 2.0 / 3 + 0.75) / 3))
        // Positives 0.9, 0.4; negatives 0.5, 0.4, 0.1: wins 3 + (0 + 0.5 + 1) = 4.5 of 6.
        #expect(close(try eval("auc([0.9, 0.5, 0.4, 0.4, 0.1], [1, 0, 1, 0, 0])"), 4.5 / 6))
    }

    @Test func distributionFunctions() throws {
        #expect(try eval("entropy([5, 5])") == 1)
        #expect(try eval("entropy([4, 0])") == 0)
        #expect(close(try eval("entropy([1, 1, 2])"), 1.5))
        #expect(try eval("gini([5, 5])") == 0.5)
        #expect(close(try eval("gini([1, 1, 2])"), 1 - (1.0 / 16 + 1.0 / 16 + 1.0 / 4)))
        // psi of [50, 50] vs [25, 75] (counts normalise): (0.25−0.5)ln(0.5) + (0.75−0.5)ln(1.5).
        #expect(close(try eval("psi([50, 50], [1, 3])"), -0.25 * log(0.5) + 0.25 * log(1.5)))
        #expect(close(try eval("softmax([1, 2, 3], 3)"), exp(3) / (exp(1) + exp(2) + exp(3))))
        #expect(close(try eval("softmax([1000, 1000], 1)"), 0.5))
    }

    @Test func evaluationErrorsAreThrown() {
        for text in ["1 / 0", "ln(0)", "ln(-1)", "norminv(1)", "norminv(0)", "sqrt(-1)", "at([1, 2], 3)", "mean([])",
                     "ap([0, 0])", "auc([1, 2], [1, 1])", "psi([1, 0], [1, 1])", "entropy([0, 0])", "factorial(2.5)",
                     "choose(-1, 2)", "[1, 2] + 1", "sum(3)", "5 % 0", "ndcg([0, 0], 2)", "exp(1000)"] {
            #expect(throws: NumericError.self, "\(text)") { try eval(text) }
        }
        #expect(throws: NumericError("unknown name `zz`")) { try eval("zz + 1") }
    }

    @Test func syntaxErrorsNameWhatIsWrong() {
        func message(_ text: String) -> String {
            do { _ = try NumericParser.parse(text); return "" } catch { return error.description }
        }
        #expect(message("1 +") == "expected a number, a name, `(` or `[` but found the end of the formula (at column 4)")
        #expect(message("(1 + 2") == "expected `)` but found the end of the formula (at column 7)")
        #expect(message("1 2") == "unexpected the number 2.0 after the expression (at column 3)")
        #expect(message("foo(1)") == "unknown function `foo` (at column 1)")
        #expect(message("ln(1, 2)") == "`ln` takes 1 argument, not 2 (at column 1)")
        #expect(message("sqrt + 1") == "`sqrt` is a function: write `sqrt(…)` (at column 1)")
        #expect(message("1 $ 2") == "unexpected character `$` (at column 3)")
        #expect(message("map(l, x)").hasPrefix("the second argument of `map` is a quoted expression"))
        #expect(message("map(l, \"x +\")").hasPrefix("in map's expression: expected a number"))
    }

    @Test func namesListsWhatAFormulaReads() throws {
        #expect(try NumericParser.parse("a + ln(b) * [c, 2]").names == ["a", "b", "c"])
        #expect(try NumericParser.parse("map(l, \"x * k + i\")").names == ["l", "k"])
    }
}
