/// Parses a formula by precedence climbing, lowest first: `or`; `and`; `not`; comparisons;
/// `+ -`; `* / %`; unary `-`; `^` (right-associative).
public struct NumericParser {
    private var tokens: [NumericLexer.Located]
    private var position = 0

    /// Parses the whole text as one expression.
    public static func parse(_ text: String) throws(NumericError) -> NumericExpression {
        var parser = NumericParser(tokens: try NumericLexer.tokens(text))
        let expression = try parser.or()
        guard case .end = parser.peek else { throw NumericError("unexpected \(parser.describe(parser.peek)) after the expression", column: parser.column) }
        return expression
    }

    private init(tokens: [NumericLexer.Located]) { self.tokens = tokens }

    private var peek: NumericLexer.Token { tokens[position].token }
    private var column: Int { tokens[position].column }

    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    private mutating func accept(_ symbol: String) -> Bool {
        if peek == .symbol(symbol) || peek == .name(symbol) { advance(); return true }
        return false
    }

    private mutating func expect(_ symbol: String) throws(NumericError) {
        guard accept(symbol) else { throw NumericError("expected `\(symbol)` but found \(describe(peek))", column: column) }
    }

    private func describe(_ token: NumericLexer.Token) -> String {
        switch token {
        case .number(let value): return "the number \(value)"
        case .name(let name): return "`\(name)`"
        case .string: return "a quoted string"
        case .symbol(let symbol): return "`\(symbol)`"
        case .end: return "the end of the formula"
        }
    }

    private mutating func or() throws(NumericError) -> NumericExpression {
        var left = try and()
        while accept("or") { left = .binary(.or, left, try and()) }
        return left
    }

    private mutating func and() throws(NumericError) -> NumericExpression {
        var left = try not()
        while accept("and") { left = .binary(.and, left, try not()) }
        return left
    }

    private mutating func not() throws(NumericError) -> NumericExpression {
        if accept("not") { return .unary(.not, try not()) }
        return try comparison()
    }

    private mutating func comparison() throws(NumericError) -> NumericExpression {
        var left = try additive()
        while case .symbol(let symbol) = peek, let op = NumericExpression.BinaryOperator(rawValue: symbol),
              [.less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual].contains(op) {
            advance()
            left = .binary(op, left, try additive())
        }
        return left
    }

    private mutating func additive() throws(NumericError) -> NumericExpression {
        var left = try multiplicative()
        while true {
            if accept("+") { left = .binary(.add, left, try multiplicative()) }
            else if accept("-") { left = .binary(.subtract, left, try multiplicative()) }
            else { return left }
        }
    }

    private mutating func multiplicative() throws(NumericError) -> NumericExpression {
        var left = try unary()
        while true {
            if accept("*") { left = .binary(.multiply, left, try unary()) }
            else if accept("/") { left = .binary(.divide, left, try unary()) }
            else if accept("%") { left = .binary(.modulo, left, try unary()) }
            else { return left }
        }
    }

    private mutating func unary() throws(NumericError) -> NumericExpression {
        if accept("-") { return .unary(.negate, try unary()) }
        if accept("+") { return try unary() }
        return try power()
    }

    private mutating func power() throws(NumericError) -> NumericExpression {
        let base = try primary()
        // Right-associative, and the exponent may carry its own sign: 2^-1, 2^3^2 = 2^9.
        if accept("^") { return .binary(.power, base, try unary()) }
        return base
    }

    private mutating func primary() throws(NumericError) -> NumericExpression {
        let start = column
        switch peek {
        case .number(let value):
            advance()
            return .number(value)
        case .symbol("("):
            advance()
            let inner = try or()
            try expect(")")
            return inner
        case .symbol("["):
            advance()
            var items: [NumericExpression] = []
            if !accept("]") {
                repeat { items.append(try or()) } while accept(",")
                try expect("]")
            }
            return .list(items)
        case .name(let name) where !NumericFunctions.keywords.contains(name):
            advance()
            guard accept("(") else {
                if NumericFunctions.arity[name] != nil { throw NumericError("`\(name)` is a function: write `\(name)(…)`", column: start) }
                return .name(name)
            }
            guard let arity = NumericFunctions.arity[name] else { throw NumericError("unknown function `\(name)`", column: start) }
            if name == "map" { return try mapCall(start: start) }
            var arguments: [NumericExpression] = []
            if !accept(")") {
                repeat { arguments.append(try or()) } while accept(",")
                try expect(")")
            }
            guard arity.contains(arguments.count) else {
                throw NumericError("`\(name)` takes \(NumericFunctions.describe(arity)), not \(arguments.count)", column: start)
            }
            return .call(name, arguments)
        default:
            throw NumericError("expected a number, a name, `(` or `[` but found \(describe(peek))", column: start)
        }
    }

    private mutating func mapCall(start: Int) throws(NumericError) -> NumericExpression {
        let list = try or()
        try expect(",")
        guard case .string(let text) = peek else {
            throw NumericError("the second argument of `map` is a quoted expression, like map(l, \"x ^ 2\")", column: column)
        }
        let bodyColumn = column
        advance()
        try expect(")")
        do {
            return .map(list, try NumericParser.parse(text))
        } catch {
            throw NumericError("in map's expression: \(error.message)", column: bodyColumn + (error.column ?? 0))
        }
    }
}
