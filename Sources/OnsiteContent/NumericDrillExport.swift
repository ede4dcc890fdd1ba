public import OnsiteCore

/// A numeric drill generator as `content export --json` carries it (`docs/numeric-drills-json.md`).
public struct NumericDrillExport: Sendable, Codable, Equatable {
    public struct Named: Sendable, Codable, Equatable {
        public var name: String
        public var shape: JSONValue?
        public var formula: String?
    }

    public var id: String
    public var title: String
    public var topics: [String]
    public var difficulty: String
    public var unit: String
    public var parameters: [Named]
    public var derived: [Named]
    public var require: [String]
    public var answer: String
    public var tolerance: JSONValue
    public var question: String
    public var solution: String

    public init(_ drill: NumericDrill) {
        id = drill.id
        title = drill.title
        topics = drill.topics
        difficulty = drill.difficulty.rawValue
        unit = drill.unit
        parameters = drill.parameters.map { Named(name: $0.name, shape: Self.shape($0.shape), formula: nil) }
        derived = drill.derived.map { Named(name: $0.name, shape: nil, formula: $0.source) }
        require = drill.require.map(\.source)
        answer = drill.answer.source
        switch drill.tolerance {
        case .relative(let r): tolerance = .object(["relative": .double(r)])
        case .absolute(let a): tolerance = .object(["absolute": .double(a)])
        case .exact: tolerance = .object(["exact": .bool(true)])
        }
        question = drill.question.source
        solution = drill.solution.source
    }

    static func shape(_ shape: NumericShape) -> JSONValue {
        switch shape {
        case .int(let low, let high): return .object(["int": .array([.int(low), .int(high)])])
        case .real(let low, let high, let step):
            var object: [String: JSONValue] = ["real": .array([.double(low), .double(high)])]
            if let step { object["step"] = .double(step) }
            return .object(object)
        case .choice(let values): return .object(["choice": .array(values.map(JSONValue.double))])
        case .list(let element, let length):
            return .object(["list": Self.shape(element), "length": .array([.int(length.lowerBound), .int(length.upperBound)])])
        }
    }
}
