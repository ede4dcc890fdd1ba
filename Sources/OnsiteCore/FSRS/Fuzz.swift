/// One band of Anki's interval fuzz: days in `start..<end` widen the range by `factor` per day.
public struct FuzzRange: Sendable, Equatable {
    /// First day of the band.
    public let start: Double
    /// Day the band ends (exclusive; may be infinite).
    public let end: Double
    /// Extra fuzz per day within the band.
    public let factor: Double
}

extension Scheduler {
    /// Anki's fuzz bands, as used by py-fsrs.
    public static let fuzzRanges: [FuzzRange] = [
        FuzzRange(start: 2.5, end: 7.0, factor: 0.15),
        FuzzRange(start: 7.0, end: 20.0, factor: 0.1),
        FuzzRange(start: 20.0, end: .infinity, factor: 0.05),
    ]

    /// The whole-day range a fuzzed review interval of `days` falls in; just `days` below 2.5 days.
    public func fuzzRange(forIntervalDays days: Int) -> ClosedRange<Int> {
        if Double(days) < 2.5 {
            return days...days
        }
        var delta = 1.0
        for range in Self.fuzzRanges {
            delta += range.factor * max(min(Double(days), range.end) - range.start, 0.0)
        }
        var lower = Int((Double(days) - delta).rounded(.toNearestOrEven))
        var upper = Int((Double(days) + delta).rounded(.toNearestOrEven))
        lower = max(2, lower)
        upper = min(upper, maximumInterval)
        lower = min(lower, upper)
        return lower...upper
    }

    /// A review interval with fuzz applied: uniform over `fuzzRange(forIntervalDays:)`.
    func fuzzedDays(_ days: Int, using generator: inout some RandomNumberGenerator) -> Int {
        if Double(days) < 2.5 {
            return days
        }
        return min(Int.random(in: fuzzRange(forIntervalDays: days), using: &generator), maximumInterval)
    }
}
