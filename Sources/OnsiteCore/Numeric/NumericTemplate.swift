import Foundation

/// A question or solution text with `{name}` and `{name:N}` holes; `{{` and `}}` print braces.
public struct NumericTemplate: Sendable, Equatable {
    public enum Segment: Sendable, Equatable {
        case text(String)
        case value(name: String, decimals: Int?)
    }

    public var source: String
    public var segments: [Segment]

    /// Parses the template; a malformed hole is an error naming its line (1-based, within the text).
    public init(_ source: String) throws(TemplateError) {
        self.source = source
        var segments: [Segment] = []
        var text = ""
        let chars = Array(source)
        var index = 0
        var line = 1
        while index < chars.count {
            let c = chars[index]
            if c == "{" && index + 1 < chars.count && chars[index + 1] == "{" { text.append("{"); index += 2; continue }
            if c == "}" && index + 1 < chars.count && chars[index + 1] == "}" { text.append("}"); index += 2; continue }
            if c == "}" { throw TemplateError(line: line, message: "a lone `}`: write `}}` for a brace") }
            if c == "{" {
                guard let close = chars[index...].firstIndex(of: "}") else { throw TemplateError(line: line, message: "`{` without a closing `}`") }
                let hole = String(chars[(index + 1)..<close])
                let parts = hole.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count <= 2, NumericDrill.isName(parts[0]) else {
                    throw TemplateError(line: line, message: "`{\(hole)}` is not a value: write `{name}` or `{name:2}` (and `{{` for a brace)")
                }
                var decimals: Int?
                if parts.count == 2 {
                    guard let places = Int(parts[1]), (0...12).contains(places) else {
                        throw TemplateError(line: line, message: "`{\(hole)}`: the decimal places must be a whole number from 0 to 12")
                    }
                    decimals = places
                }
                if !text.isEmpty { segments.append(.text(text)); text = "" }
                segments.append(.value(name: parts[0], decimals: decimals))
                index = close + 1
                continue
            }
            if c == "\n" { line += 1 }
            text.append(c)
            index += 1
        }
        if !text.isEmpty { segments.append(.text(text)) }
        self.segments = segments
    }

    /// Each value hole's name with its line, to check against the drill's names.
    public var names: [(name: String, line: Int)] {
        var line = 1
        var result: [(String, Int)] = []
        for segment in segments {
            switch segment {
            case .text(let text): line += text.filter { $0 == "\n" }.count
            case .value(let name, _): result.append((name, line))
            }
        }
        return result
    }

    public func render(_ values: [String: NumericValue]) -> String {
        segments.map { segment in
            switch segment {
            case .text(let text): return text
            case .value(let name, let decimals): return values[name].map { NumericFormat.value($0, decimals: decimals) } ?? "{\(name)}"
            }
        }.joined()
    }
}

public struct TemplateError: Error, Sendable, Equatable {
    public var line: Int
    public var message: String
}

/// How values print in templates: an integer as an integer, another number with four significant digits,
/// and anything from 10^15 up in scientific notation with four significant digits (`5.22e22`).
public enum NumericFormat {
    public static func value(_ value: NumericValue, decimals: Int? = nil) -> String {
        switch value {
        case .number(let x): return number(x, decimals: decimals)
        case .list(let xs): return "[" + xs.map { number($0, decimals: decimals) }.joined(separator: ", ") + "]"
        }
    }

    public static func number(_ x: Double, decimals: Int? = nil) -> String {
        guard x.isFinite else { return String(x) }
        if let decimals {
            // Half away from zero, as the formula language's `round`, not printf's half-to-even.
            let scale = pow(10, Double(decimals))
            let text = String(format: "%.\(decimals)f", (x * scale).rounded(.toNearestOrAwayFromZero) / scale)
            return text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) ? String(text.dropFirst()) : text
        }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        // Past 10^15 a double's digits are noise (6·N·D is 5.22e22, not 52199999999999997902848).
        if abs(x) >= 1e15 {
            return String(format: "%.4g", x).replacingOccurrences(of: "e+", with: "e")
        }
        let magnitude = Int(floor(log10(abs(x))))
        let places = min(12, max(0, 3 - magnitude))
        var text = String(format: "%.\(places)f", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
