public import Foundation

/// How close a typed number must be to the answer.
public enum NumericTolerance: Sendable, Equatable {
    /// |typed − answer| ≤ r · |answer|
    case relative(Double)
    /// |typed − answer| ≤ a
    case absolute(Double)
    /// The typed number, rounded, equals the answer.
    case exact

    public func accepts(_ typed: Double, answer: Double) -> Bool {
        switch self {
        case .relative(let r): return abs(typed - answer) <= r * abs(answer) + 1e-12 * max(1, abs(answer))
        case .absolute(let a): return abs(typed - answer) <= a + 1e-12 * max(1, abs(answer))
        case .exact: return typed.rounded(.toNearestOrAwayFromZero) == answer
        }
    }
}

/// What a typed answer was.
public enum NumericGrade: Sendable, Equatable {
    case right(typed: Double)
    case wrong(typed: Double)
    /// Not a number: not a review; the person is asked again.
    case notANumber

    public var isRight: Bool { if case .right = self { return true } else { return false } }

    /// Right → Good (Easy when typed in under 20 seconds in quick-fire); wrong → Again; not a number → no review.
    public func rating(quickFire: Bool, elapsed: TimeInterval) -> Rating? {
        switch self {
        case .right: return quickFire && elapsed < NumericGrading.easyWithin ? .easy : .good
        case .wrong: return .again
        case .notANumber: return nil
        }
    }
}

public enum NumericGrading {
    /// A right answer in quick-fire faster than this is rated Easy.
    public static let easyWithin: TimeInterval = 20

    /// Grades typed text against an instance's answer.
    public static func grade(_ text: String, answer: Double, tolerance: NumericTolerance) -> NumericGrade {
        guard let typed = parse(text, answer: answer) else { return .notANumber }
        return tolerance.accepts(typed, answer: answer) ? .right(typed: typed) : .wrong(typed: typed)
    }

    /// The number typed: trimmed; `,` thousands separators; a trailing `%` (divided by 100 when the
    /// answer is below 1 in size); scientific notation. Nil when it is not a number.
    public static func parse(_ text: String, answer: Double) -> Double? {
        var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var percent = false
        if body.hasSuffix("%") {
            percent = true
            body = String(body.dropLast()).trimmingCharacters(in: .whitespaces)
        }
        if body.contains(",") {
            guard body.wholeMatch(of: /[+-]?\d{1,3}(,\d{3})+(\.\d*)?([eE][+-]?\d+)?/) != nil else { return nil }
            body = body.replacingOccurrences(of: ",", with: "")
        }
        guard body.wholeMatch(of: /[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/) != nil, let value = Double(body), value.isFinite else { return nil }
        return percent && abs(answer) < 1 ? value / 100 : value
    }
}
