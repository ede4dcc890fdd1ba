import Foundation

/// A value a formula computes: a number or a list of numbers.
public enum NumericValue: Sendable, Equatable {
    case number(Double)
    case list([Double])

    func number(_ what: String) throws(NumericError) -> Double {
        guard case .number(let value) = self else { throw NumericError("\(what) must be a number, not a list") }
        return value
    }

    func list(_ what: String) throws(NumericError) -> [Double] {
        guard case .list(let values) = self else { throw NumericError("\(what) must be a list, not a number") }
        return values
    }
}

/// Evaluates formulas against named values. Errors (division by zero, `ln` of a non-positive
/// number, a list where a number belongs) are thrown, so a draw that hits one is drawn again.
public struct NumericEvaluator {
    public var values: [String: NumericValue]

    public init(values: [String: NumericValue]) { self.values = values }

    public func evaluate(_ expression: NumericExpression) throws(NumericError) -> NumericValue {
        switch expression {
        case .number(let value):
            return .number(value)
        case .name(let name):
            guard let value = values[name] else { throw NumericError("unknown name `\(name)`") }
            return value
        case .list(let items):
            var numbers: [Double] = []
            for item in items { numbers.append(try evaluate(item).number("a list element")) }
            return .list(numbers)
        case .unary(let op, let operand):
            let value = try evaluate(operand).number("the operand of `\(op.rawValue)`")
            return .number(op == .negate ? -value : (value == 0 ? 1 : 0))
        case .binary(let op, let left, let right):
            let a = try evaluate(left).number("the left side of `\(op.rawValue)`")
            let b = try evaluate(right).number("the right side of `\(op.rawValue)`")
            return .number(try Self.apply(op, a, b))
        case .call(let name, let arguments):
            var evaluated: [NumericValue] = []
            for argument in arguments { evaluated.append(try evaluate(argument)) }
            return try NumericFunctions.call(name, evaluated)
        case .map(let listExpression, let body):
            let list = try evaluate(listExpression).list("the first argument of `map`")
            var inner = self
            var mapped: [Double] = []
            for (index, element) in list.enumerated() {
                inner.values["x"] = .number(element)
                inner.values["i"] = .number(Double(index + 1))
                mapped.append(try inner.evaluate(body).number("map's expression"))
            }
            return .list(mapped)
        }
    }

    static func apply(_ op: NumericExpression.BinaryOperator, _ a: Double, _ b: Double) throws(NumericError) -> Double {
        func truth(_ value: Bool) -> Double { value ? 1 : 0 }
        switch op {
        case .or: return truth(a != 0 || b != 0)
        case .and: return truth(a != 0 && b != 0)
        case .less: return truth(a < b)
        case .lessEqual: return truth(a <= b)
        case .greater: return truth(a > b)
        case .greaterEqual: return truth(a >= b)
        case .equal: return truth(a == b)
        case .notEqual: return truth(a != b)
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide:
            guard b != 0 else { throw NumericError("division by zero") }
            return a / b
        case .modulo:
            guard b != 0 else { throw NumericError("division by zero in `%`") }
            // Floored, as in Python: the result has the sign of b.
            let r = a.truncatingRemainder(dividingBy: b)
            return r != 0 && (r < 0) != (b < 0) ? r + b : r
        case .power:
            let value = Foundation.pow(a, b)
            guard value.isFinite || !a.isFinite else { throw NumericError("`\(a) ^ \(b)` is not a finite number") }
            return value
        }
    }
}
