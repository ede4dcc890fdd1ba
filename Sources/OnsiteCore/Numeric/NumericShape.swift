import Foundation

/// How one parameter is drawn.
public indirect enum NumericShape: Sendable, Equatable {
    /// A uniform integer, both ends included.
    case int(Int, Int)
    /// A uniform real, rounded to a multiple of `step` when there is one.
    case real(Double, Double, step: Double?)
    /// One of the listed numbers.
    case choice([Double])
    /// A list of `length` elements (a length drawn from the range), each drawn from `element`.
    case list(NumericShape, length: ClosedRange<Int>)

    /// Draws one value; the generator advances the same way for the same shape, so a seed fixes every value.
    public func draw(_ random: inout SeededGenerator) -> NumericValue {
        switch self {
        case .list(let element, let length):
            let count = Self.integer(length.lowerBound, length.upperBound, &random)
            return .list((0..<count).map { _ in element.scalar(&random) })
        default:
            return .number(scalar(&random))
        }
    }

    private func scalar(_ random: inout SeededGenerator) -> Double {
        switch self {
        case .int(let low, let high):
            return Double(Self.integer(low, high, &random))
        case .real(let low, let high, let step):
            let unit = Double(random.next() >> 11) / Double(1 << 53)
            let value = low + unit * (high - low)
            guard let step, step > 0 else { return value }
            var rounded = (value / step).rounded() * step
            if rounded > high { rounded -= step }
            if rounded < low { rounded += step }
            return Self.clean(rounded, step: step)
        case .choice(let values):
            return values[Int(random.next() % UInt64(values.count))]
        case .list(let element, _):
            return element.scalar(&random)
        }
    }

    /// Uniform in low…high: the next 64 bits modulo the width (the bias is negligible for drill ranges).
    static func integer(_ low: Int, _ high: Int, _ random: inout SeededGenerator) -> Int {
        let width = UInt64(high - low) + 1
        return low + Int(random.next() % width)
    }

    /// Rounds away binary noise (0.1 + 0.2) to the step's decimal places, so 0.015 prints as 0.015.
    static func clean(_ value: Double, step: Double) -> Double {
        var decimals = 0
        var scaled = step
        while decimals < 12, abs(scaled - scaled.rounded()) > 1e-9 { scaled *= 10; decimals += 1 }
        let factor = pow(10, Double(decimals + 1))
        return (value * factor).rounded() / factor
    }
}
