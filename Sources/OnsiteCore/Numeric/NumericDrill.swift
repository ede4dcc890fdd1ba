/// A parametric numeric drill: a generator of questions with fresh numbers (`docs/content-numeric.md`).
/// FSRS schedules the generator (`ItemRef(.numeric, id)`); each review draws an instance from a seed.
public struct NumericDrill: Sendable, Equatable, Identifiable {
    public struct Parameter: Sendable, Equatable {
        public var name: String
        public var shape: NumericShape
        public init(name: String, shape: NumericShape) { self.name = name; self.shape = shape }
    }

    public struct Formula: Sendable, Equatable {
        public var name: String
        /// The formula as written, for export.
        public var source: String
        public var expression: NumericExpression
        public init(name: String, source: String, expression: NumericExpression) {
            self.name = name
            self.source = source
            self.expression = expression
        }
    }

    public var id: String
    public var title: String
    public var topics: [String]
    public var difficulty: Difficulty
    public var parameters: [Parameter]
    public var derived: [Formula]
    /// Conditions every draw must satisfy (names are `require[1]`, `require[2]`, …).
    public var require: [Formula]
    public var answer: Formula
    public var tolerance: NumericTolerance
    public var unit: String
    public var question: NumericTemplate
    public var solution: NumericTemplate
    /// The file, relative to the content folder.
    public var path: String

    public init(
        id: String, title: String, topics: [String], difficulty: Difficulty, parameters: [Parameter], derived: [Formula],
        require: [Formula], answer: Formula, tolerance: NumericTolerance, unit: String,
        question: NumericTemplate, solution: NumericTemplate, path: String
    ) {
        self.id = id
        self.title = title
        self.topics = topics
        self.difficulty = difficulty
        self.parameters = parameters
        self.derived = derived
        self.require = require
        self.answer = answer
        self.tolerance = tolerance
        self.unit = unit
        self.question = question
        self.solution = solution
        self.path = path
    }

    /// How many times a draw is repeated when it fails `require` or a formula errors.
    public static let maxAttempts = 100

    /// `[a-z][a-z0-9_]*`, not a function or operator word.
    public static func isName(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLowercase else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
    }

    public static func isReserved(_ name: String) -> Bool {
        NumericFunctions.arity[name] != nil || NumericFunctions.keywords.contains(name) || name == "answer" || name == "x" || name == "i"
    }

    /// The instance at `seed`: the same seed always gives the same numbers, question, answer and solution.
    public func instance(seed: UInt64) throws(NumericError) -> NumericInstance {
        try draw(seed: seed).instance
    }

    /// An instance together with how many draws were rejected on the way (for `content check`).
    public func draw(seed: UInt64) throws(NumericError) -> (instance: NumericInstance, rejected: Int) {
        var random = SeededGenerator(seed: Self.mix(seed, id))
        var lastError = NumericError("no draw")
        for attempt in 0..<Self.maxAttempts {
            do {
                return (try attemptDraw(&random, seed: seed), attempt)
            } catch {
                lastError = error
            }
        }
        throw NumericError("no valid draw in \(Self.maxAttempts) attempts (last: \(lastError.message))")
    }

    private func attemptDraw(_ random: inout SeededGenerator, seed: UInt64) throws(NumericError) -> NumericInstance {
        var values: [String: NumericValue] = [:]
        var drawn: [(String, NumericValue)] = []
        for parameter in parameters {
            let value = parameter.shape.draw(&random)
            values[parameter.name] = value
            drawn.append((parameter.name, value))
        }
        for formula in derived {
            values[formula.name] = try NumericEvaluator(values: values).evaluate(formula.expression)
        }
        for condition in require where try NumericEvaluator(values: values).evaluate(condition.expression).number("`require`") == 0 {
            throw NumericError("`\(condition.source)` does not hold")
        }
        let answer = try NumericEvaluator(values: values).evaluate(answer.expression).number("`answer`")
        guard answer.isFinite else { throw NumericError("the answer is not a finite number") }
        values["answer"] = .number(answer)
        return NumericInstance(
            drillID: id, seed: seed, parameters: drawn, answer: answer,
            question: question.render(values), solution: solution.render(values))
    }

    /// The drill's stream: `seed` mixed with a stable hash (FNV-1a) of the id, so drills differ at the same seed.
    static func mix(_ seed: UInt64, _ id: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return seed ^ hash
    }
}

/// One drawn question: the person's numbers, the answer and the worked solution.
public struct NumericInstance: Sendable, Equatable {
    public var drillID: String
    public var seed: UInt64
    /// Parameters in the order drawn.
    public var parameters: [(name: String, value: NumericValue)]
    public var answer: Double
    public var question: String
    public var solution: String

    public static func == (a: NumericInstance, b: NumericInstance) -> Bool {
        a.drillID == b.drillID && a.seed == b.seed && a.answer == b.answer && a.question == b.question && a.solution == b.solution
            && a.parameters.map(\.name) == b.parameters.map(\.name) && a.parameters.map(\.value) == b.parameters.map(\.value)
    }
}
