/// Why a scheduler configuration was rejected.
public enum FSRSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parameter list does not hold exactly 21 weights.
    case wrongParameterCount(expected: Int, got: Int)
    /// `parameters[index]` lies outside `[lower, upper]` (or is NaN).
    case parameterOutOfBounds(index: Int, value: Double, lower: Double, upper: Double)
    /// Desired retention must lie strictly between 0 and 1.
    case invalidDesiredRetention(Double)
    /// Maximum interval must be at least one day.
    case invalidMaximumInterval(Int)
    /// A (re)learning step must be finite and not negative.
    case invalidStep(relearning: Bool, index: Int, seconds: Double)

    /// A human-readable explanation naming the offending value.
    public var description: String {
        switch self {
        case let .wrongParameterCount(expected, got):
            "Expected \(expected) FSRS parameters, got \(got)."
        case let .parameterOutOfBounds(index, value, lower, upper):
            "FSRS parameters[\(index)] = \(value) is out of bounds: [\(lower), \(upper)]."
        case let .invalidDesiredRetention(value):
            "Desired retention \(value) must lie strictly between 0 and 1."
        case let .invalidMaximumInterval(value):
            "Maximum interval \(value) must be at least 1 day."
        case let .invalidStep(relearning, index, seconds):
            "\(relearning ? "Relearning" : "Learning") step [\(index)] = \(seconds) s must be finite and >= 0."
        }
    }
}

extension Scheduler {
    /// The FSRS-6 default weights w0…w20 (py-fsrs 6.3.2).
    public static let defaultParameters: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// Smallest stability (days) the model ever produces.
    public static let minimumStability = 0.001

    /// Difficulty is always clamped to this range.
    public static let difficultyRange: ClosedRange<Double> = 1.0...10.0

    /// Inclusive lower bound of each weight.
    public static let parameterLowerBounds: [Double] = [
        minimumStability, minimumStability, minimumStability, minimumStability,
        1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    ]

    /// Inclusive upper bound of each weight.
    public static let parameterUpperBounds: [Double] = [
        100.0, 100.0, 100.0, 100.0,
        10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    /// Checks a weight vector the way py-fsrs does; throws for the first weight out of bounds.
    public static func validate(parameters: [Double]) throws(FSRSError) {
        let lower = parameterLowerBounds
        let upper = parameterUpperBounds
        guard parameters.count == lower.count else {
            throw .wrongParameterCount(expected: lower.count, got: parameters.count)
        }
        for (index, value) in parameters.enumerated() where !(lower[index] <= value && value <= upper[index]) {
            throw .parameterOutOfBounds(index: index, value: value, lower: lower[index], upper: upper[index])
        }
    }
}
