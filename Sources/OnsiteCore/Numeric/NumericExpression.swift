/// A parsed formula of a numeric drill: the small, pure language of `docs/content-numeric.md`.
public indirect enum NumericExpression: Sendable, Equatable {
    case number(Double)
    case name(String)
    case list([NumericExpression])
    case unary(UnaryOperator, NumericExpression)
    case binary(BinaryOperator, NumericExpression, NumericExpression)
    case call(String, [NumericExpression])
    /// `map(l, "expr")`: the quoted expression is parsed when the formula is, so its errors are content errors.
    case map(NumericExpression, NumericExpression)

    public enum UnaryOperator: String, Sendable { case negate = "-", not }
    public enum BinaryOperator: String, Sendable {
        case or, and
        case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "==", notEqual = "!="
        case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    }

    /// Every name the expression reads (not counting `x` and `i` inside `map`).
    public var names: Set<String> {
        switch self {
        case .number: return []
        case .name(let name): return [name]
        case .list(let items): return items.reduce(into: []) { $0.formUnion($1.names) }
        case .unary(_, let operand): return operand.names
        case .binary(_, let left, let right): return left.names.union(right.names)
        case .call(_, let arguments): return arguments.reduce(into: []) { $0.formUnion($1.names) }
        case .map(let list, let body): return list.names.union(body.names.subtracting(["x", "i"]))
        }
    }
}

/// A formula that could not be parsed or evaluated; `column` (1-based) points into the formula text when known.
public struct NumericError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var column: Int?

    public init(_ message: String, column: Int? = nil) {
        self.message = message
        self.column = column
    }

    public var description: String { column.map { "\(message) (at column \($0))" } ?? message }
}
