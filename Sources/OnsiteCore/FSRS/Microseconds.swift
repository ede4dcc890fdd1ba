import Foundation

/// Time arithmetic at microsecond resolution, matching Python's `datetime`/`timedelta`.
enum Microseconds {
    static let perSecond: Int64 = 1_000_000
    static let perDay: Int64 = 86_400 * perSecond

    /// Seconds to whole microseconds, rounding half to even (as `timedelta(seconds:)` does).
    static func from(seconds: TimeInterval) -> Int64 {
        Int64((seconds * Double(perSecond)).rounded(.toNearestOrEven))
    }

    /// `numerator / denominator` rounded half to even, for a positive denominator.
    static func divideRounded(_ numerator: Int64, by denominator: Int64) -> Int64 {
        var quotient = numerator / denominator
        var remainder = numerator % denominator
        if remainder < 0 {
            quotient -= 1
            remainder += denominator
        }
        let twice = 2 * remainder
        if twice > denominator || (twice == denominator && quotient % 2 != 0) {
            quotient += 1
        }
        return quotient
    }

    /// Whole days from `start` to `end`, floored like `timedelta.days` (negative if `end` is earlier).
    static func wholeDays(from start: Date, to end: Date) -> Int {
        let elapsed = (end.timeIntervalSince(start) * Double(perSecond)).rounded(.toNearestOrEven)
        guard elapsed.isFinite, abs(elapsed) < 9e18 else { return elapsed < 0 ? Int.min / 2 : Int.max / 2 }
        let micros = Int64(elapsed)
        var days = micros / perDay
        if micros % perDay < 0 { days -= 1 }
        return Int(days)
    }

    /// `date` moved forward by `micros` microseconds.
    static func add(_ micros: Int64, to date: Date) -> Date {
        date.addingTimeInterval(Double(micros) / Double(perSecond))
    }
}
