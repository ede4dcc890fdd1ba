public import OnsiteCore

/// Compares what code returned with what a test expects. Pure, so every rule is unit-tested.
public struct Checker: Sendable {
    public var kind: CheckerKind
    public var tolerance: Double
    /// SQL only: rows must come in the expected order.
    public var ordered: Bool

    public init(kind: CheckerKind, tolerance: Double = 1e-6, ordered: Bool = false) {
        self.kind = kind
        self.tolerance = tolerance
        self.ordered = ordered
    }

    public func accepts(_ got: JSONValue, expected: JSONValue) -> Bool {
        switch kind {
        case .exact: equal(got, expected, numbers: nil)
        case .float: equal(got, expected, numbers: close)
        case .unordered: sameMultiset(got, expected)
        case .clustering: samePartition(got, expected)
        case .rows: sameRows(got, expected)
        }
    }

    /// Absolute-or-relative closeness; NaN and infinities equal only themselves.
    func close(_ a: Double, _ b: Double) -> Bool {
        if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
        if a.isInfinite || b.isInfinite { return a == b }
        let difference = abs(a - b)
        return difference <= tolerance || difference <= tolerance * max(abs(a), abs(b))
    }

    /// Structural equality, with numbers (int or float) compared by `numbers`, or exactly when nil
    /// (two integers then compare as integers, so values past 2^53 stay exact).
    func equal(_ a: JSONValue, _ b: JSONValue, numbers: ((Double, Double) -> Bool)?) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1, numbers: numbers) }
        case let (.object(x), .object(y)):
            return x.keys == y.keys && x.allSatisfy { key, value in equal(value, y[key]!, numbers: numbers) }
        default:
            guard let x = a.number, let y = b.number else { return false }
            guard let numbers else {
                if case .int(let i) = a, case .int(let j) = b { return i == j }
                return x == y
            }
            return numbers(x, y)
        }
    }

    private func sameMultiset(_ got: JSONValue, _ expected: JSONValue) -> Bool {
        guard case .array(let items) = got, case .array(let wanted) = expected, items.count == wanted.count else { return false }
        var remaining = wanted
        for item in items {
            guard let match = remaining.firstIndex(where: { equal(item, $0, numbers: close) }) else { return false }
            remaining.remove(at: match)
        }
        return true
    }

    /// Two label lists describe the same partition when a one-to-one renaming maps one onto the other.
    private func samePartition(_ got: JSONValue, _ expected: JSONValue) -> Bool {
        guard case .array(let labels) = got, case .array(let wanted) = expected, labels.count == wanted.count else { return false }
        var forward: [JSONValue: JSONValue] = [:]
        var backward: [JSONValue: JSONValue] = [:]
        for (label, target) in zip(labels.map(normalized), wanted.map(normalized)) {
            if let seen = forward[label], seen != target { return false }
            if let seen = backward[target], seen != label { return false }
            forward[label] = target
            backward[target] = label
        }
        return true
    }

    /// `2.0` and `2` are the same label.
    private func normalized(_ value: JSONValue) -> JSONValue {
        if case .double(let number) = value, number.rounded() == number, abs(number) < 1e15 { return .int(Int(number)) }
        return value
    }

    private func sameRows(_ got: JSONValue, _ expected: JSONValue) -> Bool {
        guard case .object(let result) = got, case .object(let wanted) = expected,
              result["columns"] == wanted["columns"],
              case .array(let rows)? = result["rows"], case .array(let wantedRows)? = wanted["rows"]
        else { return false }
        if ordered { return equal(.array(rows), .array(wantedRows), numbers: close) }
        return Checker(kind: .unordered, tolerance: tolerance).accepts(.array(rows), expected: .array(wantedRows))
    }
}
