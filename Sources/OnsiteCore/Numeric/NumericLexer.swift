/// Splits a formula into tokens, each with its 1-based column for error messages.
struct NumericLexer {
    enum Token: Equatable {
        case number(Double), name(String), string(String), symbol(String), end
    }

    struct Located: Equatable {
        var token: Token
        var column: Int
    }

    static func tokens(_ text: String) throws(NumericError) -> [Located] {
        let chars = Array(text)
        var result: [Located] = []
        var index = 0
        while index < chars.count {
            let c = chars[index]
            let column = index + 1
            if c == " " || c == "\t" || c == "\n" || c == "\r" { index += 1; continue }
            if c.isASCII && (c.isNumber || (c == "." && index + 1 < chars.count && chars[index + 1].isNumber)) {
                var end = index
                while end < chars.count, chars[end].isASCII, chars[end].isNumber || chars[end] == "." { end += 1 }
                // An exponent only when digits follow, so `2e` is a number then a name.
                if end < chars.count, chars[end] == "e" || chars[end] == "E" {
                    var look = end + 1
                    if look < chars.count, chars[look] == "+" || chars[look] == "-" { look += 1 }
                    if look < chars.count, chars[look].isASCII, chars[look].isNumber {
                        end = look
                        while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
                    }
                }
                let literal = String(chars[index..<end])
                guard let value = Double(literal) else { throw NumericError("`\(literal)` is not a number", column: column) }
                result.append(Located(token: .number(value), column: column))
                index = end
            } else if c.isASCII && (c.isLetter || c == "_") {
                var end = index
                while end < chars.count, chars[end].isASCII, chars[end].isLetter || chars[end].isNumber || chars[end] == "_" { end += 1 }
                result.append(Located(token: .name(String(chars[index..<end])), column: column))
                index = end
            } else if c == "\"" {
                guard let close = chars[(index + 1)...].firstIndex(of: "\"") else {
                    throw NumericError("unterminated string", column: column)
                }
                result.append(Located(token: .string(String(chars[(index + 1)..<close])), column: column))
                index = close + 1
            } else {
                let two = index + 1 < chars.count ? String(chars[index...index + 1]) : ""
                if ["<=", ">=", "==", "!="].contains(two) {
                    result.append(Located(token: .symbol(two), column: column))
                    index += 2
                } else if "+-*/%^<>()[],".contains(c) {
                    result.append(Located(token: .symbol(String(c)), column: column))
                    index += 1
                } else {
                    throw NumericError("unexpected character `\(c)`", column: column)
                }
            }
        }
        result.append(Located(token: .end, column: chars.count + 1))
        return result
    }
}
