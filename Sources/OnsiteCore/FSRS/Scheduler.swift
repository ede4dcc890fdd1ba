public import Foundation

/// The FSRS-6 scheduler (a port of py-fsrs 6.3.2): reviews cards and computes their next due dates.
public struct Scheduler: Sendable, Equatable {
    /// The 21 model weights w0…w20.
    public let parameters: [Double]
    /// Target probability of recall when a review card comes due.
    public let desiredRetention: Double
    /// Durations (seconds) of the learning steps for new cards.
    public let learningSteps: [TimeInterval]
    /// Durations (seconds) of the relearning steps after a lapse.
    public let relearningSteps: [TimeInterval]
    /// Longest review interval, in days.
    public let maximumInterval: Int
    /// Whether review intervals get random fuzz.
    public let enableFuzzing: Bool

    /// Forgetting-curve decay, `-w20`.
    let decay: Double
    /// Forgetting-curve factor, chosen so that R(S) = 0.9.
    let factor: Double
    let learningMicros: [Int64]
    let relearningMicros: [Int64]

    /// Creates a scheduler, validating the weights (as py-fsrs does) and the other settings.
    public init(
        parameters: [Double] = Scheduler.defaultParameters,
        desiredRetention: Double = 0.9,
        learningSteps: [TimeInterval] = [60, 600],
        relearningSteps: [TimeInterval] = [600],
        maximumInterval: Int = 36500,
        enableFuzzing: Bool = true
    ) throws(FSRSError) {
        try Self.validate(parameters: parameters)
        guard desiredRetention > 0, desiredRetention < 1 else {
            throw .invalidDesiredRetention(desiredRetention)
        }
        guard maximumInterval >= 1 else { throw .invalidMaximumInterval(maximumInterval) }
        for (relearning, steps) in [(false, learningSteps), (true, relearningSteps)] {
            for (index, seconds) in steps.enumerated() where !(seconds.isFinite && seconds >= 0 && seconds < 1e12) {
                throw .invalidStep(relearning: relearning, index: index, seconds: seconds)
            }
        }
        self.parameters = parameters
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.enableFuzzing = enableFuzzing
        decay = -parameters[20]
        factor = pow(0.9, 1 / decay) - 1
        learningMicros = learningSteps.map(Microseconds.from(seconds:))
        relearningMicros = relearningSteps.map(Microseconds.from(seconds:))
    }

    /// Probability of recalling `card` at `date`, using whole elapsed days; 0 for a never-reviewed card.
    public func retrievability(of card: Card, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsedDays = max(0, Microseconds.wholeDays(from: lastReview, to: date))
        return pow(1 + factor * Double(elapsedDays) / stability, decay)
    }

    /// Reviews `card` with `rating` at `date`, drawing any fuzz from `generator`.
    public func review(
        _ card: Card,
        rating: Rating,
        at date: Date,
        reviewDuration: TimeInterval? = nil,
        using generator: inout some RandomNumberGenerator
    ) -> (card: Card, log: ReviewLog) {
        var (next, interval) = transition(card, rating: rating, at: date)
        if enableFuzzing, next.state == .review, case let .days(days) = interval {
            interval = .days(fuzzedDays(days, using: &generator))
        }
        next.due = interval.added(to: date)
        next.lastReview = date
        return (next, ReviewLog(rating: rating, reviewedAt: date, reviewDuration: reviewDuration))
    }

    /// Reviews `card` with `rating` at `date`, using the system generator for any fuzz.
    public func review(
        _ card: Card,
        rating: Rating,
        at date: Date,
        reviewDuration: TimeInterval? = nil
    ) -> (card: Card, log: ReviewLog) {
        var generator = SystemRandomNumberGenerator()
        return review(card, rating: rating, at: date, reviewDuration: reviewDuration, using: &generator)
    }

    /// Replays `logs` (in time order) from a new card with `card`'s due date, drawing any fuzz from `generator`.
    public func reschedule(
        _ card: Card,
        logs: [ReviewLog],
        using generator: inout some RandomNumberGenerator
    ) -> Card {
        let ordered = logs.enumerated()
            .sorted { ($0.element.reviewedAt, $0.offset) < ($1.element.reviewedAt, $1.offset) }
            .map(\.element)
        var replayed = Card(due: card.due)
        for log in ordered {
            replayed = review(replayed, rating: log.rating, at: log.reviewedAt, using: &generator).card
        }
        return replayed
    }

    /// Replays `logs` (in time order) from a new card with `card`'s due date, as py-fsrs `reschedule_card`.
    public func reschedule(_ card: Card, logs: [ReviewLog]) -> Card {
        var generator = SystemRandomNumberGenerator()
        return reschedule(card, logs: logs, using: &generator)
    }

    /// The due date each rating would give `card` if reviewed at `date`, without fuzz.
    public func previewIntervals(for card: Card, at date: Date) -> [Rating: Date] {
        var result: [Rating: Date] = [:]
        for rating in Rating.allCases {
            result[rating] = transition(card, rating: rating, at: date).interval.added(to: date)
        }
        return result
    }
}

extension Scheduler {
    /// How far away the next due date is: whole days in review, an exact duration in (re)learning.
    enum NextInterval {
        case days(Int)
        case microseconds(Int64)

        func added(to date: Date) -> Date {
            switch self {
            case let .days(days): Microseconds.add(Int64(days) * Microseconds.perDay, to: date)
            case let .microseconds(micros): Microseconds.add(micros, to: date)
            }
        }
    }

    /// The reviewed card (due and lastReview not yet set) and its unfuzzed interval.
    func transition(_ card: Card, rating: Rating, at date: Date) -> (card: Card, interval: NextInterval) {
        var next = updatingMemory(card, rating: rating, at: date)
        let stability = next.stability ?? Self.minimumStability
        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? learningMicros : relearningMicros
            let step = max(card.step ?? 0, 0)
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                return graduate(next, stability: stability)
            }
            switch rating {
            case .again:
                next.step = 0
                return (next, .microseconds(steps[0]))
            case .hard:
                next.step = step
                if step == 0 && steps.count == 1 {
                    return (next, .microseconds(Microseconds.divideRounded(steps[0] * 3, by: 2)))
                } else if step == 0 {
                    return (next, .microseconds(Microseconds.divideRounded(steps[0] + steps[1], by: 2)))
                }
                return (next, .microseconds(steps[step]))
            case .good:
                if step + 1 >= steps.count {
                    return graduate(next, stability: stability)
                }
                next.step = step + 1
                return (next, .microseconds(steps[step + 1]))
            case .easy:
                return graduate(next, stability: stability)
            }
        case .review:
            if rating == .again && !relearningMicros.isEmpty {
                next.state = .relearning
                next.step = 0
                return (next, .microseconds(relearningMicros[0]))
            }
            return (next, .days(interval(forStability: stability)))
        }
    }

    private func graduate(_ card: Card, stability: Double) -> (card: Card, interval: NextInterval) {
        var next = card
        next.state = .review
        next.step = nil
        return (next, .days(interval(forStability: stability)))
    }

    /// Updates stability and difficulty: initial values for a card without memory state, the
    /// short-term formulas for a review less than a whole day after the last one, else the long-term ones.
    func updatingMemory(_ card: Card, rating: Rating, at date: Date) -> Card {
        var next = card
        guard let stability = card.stability, let difficulty = card.difficulty else {
            next.stability = initialStability(rating)
            next.difficulty = initialDifficulty(rating, clamp: true)
            return next
        }
        if let last = card.lastReview, Microseconds.wholeDays(from: last, to: date) < 1 {
            next.stability = shortTermStability(stability, rating: rating)
        } else {
            next.stability = nextStability(
                difficulty: difficulty,
                stability: stability,
                retrievability: retrievability(of: card, at: date),
                rating: rating
            )
        }
        next.difficulty = nextDifficulty(difficulty, rating: rating)
        return next
    }
}

extension Scheduler: Codable {
    private enum CodingKeys: String, CodingKey {
        case parameters, desiredRetention, learningSteps, relearningSteps, maximumInterval, enableFuzzing
    }

    /// Decodes and validates a scheduler's settings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            parameters: container.decode([Double].self, forKey: .parameters),
            desiredRetention: container.decode(Double.self, forKey: .desiredRetention),
            learningSteps: container.decode([TimeInterval].self, forKey: .learningSteps),
            relearningSteps: container.decode([TimeInterval].self, forKey: .relearningSteps),
            maximumInterval: container.decode(Int.self, forKey: .maximumInterval),
            enableFuzzing: container.decode(Bool.self, forKey: .enableFuzzing)
        )
    }

    /// Encodes the scheduler's settings.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(desiredRetention, forKey: .desiredRetention)
        try container.encode(learningSteps, forKey: .learningSteps)
        try container.encode(relearningSteps, forKey: .relearningSteps)
        try container.encode(maximumInterval, forKey: .maximumInterval)
        try container.encode(enableFuzzing, forKey: .enableFuzzing)
    }
}
