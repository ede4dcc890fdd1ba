import Foundation
import OnsiteCore
import Testing

/// Replays the py-fsrs 6.3.2 reference vectors (scripts/fsrs_reference.py) through the Swift scheduler.
struct FSRSReferenceTests {
    struct Vectors: Decodable {
        let fsrsVersion: String
        let scenarios: [Scenario]
    }

    struct Settings: Decodable {
        let parameters: [Double]
        let desiredRetention: Double
        let learningSteps: [Double]
        let relearningSteps: [Double]
        let maximumInterval: Int

        func scheduler() throws -> Scheduler {
            try Scheduler(
                parameters: parameters,
                desiredRetention: desiredRetention,
                learningSteps: learningSteps,
                relearningSteps: relearningSteps,
                maximumInterval: maximumInterval,
                enableFuzzing: false
            )
        }
    }

    struct ExpectedCard: Decodable {
        let state: Int
        let step: Int?
        let stability: Double?
        let difficulty: Double?
        let due: Double
        let lastReview: Double?

        var card: Card {
            Card(
                state: State(rawValue: state)!,
                step: step,
                stability: stability,
                difficulty: difficulty,
                due: date(due),
                lastReview: lastReview.map(date)
            )
        }
    }

    struct Review: Decodable {
        let rating: Int
        let at: Double
        let preview: [Double]
        let expected: ExpectedCard
        let retrievability: [[Double]]
    }

    struct Reschedule: Decodable {
        let scheduler: Settings
        let expected: ExpectedCard
    }

    struct Scenario: Decodable {
        let name: String
        let scheduler: Settings
        let initialCard: ExpectedCard
        let reviews: [Review]
        let reschedule: Reschedule?
    }

    /// Running tally of comparisons and the worst deviations seen.
    struct Tally {
        var states = 0
        var previews = 0
        var retrievabilities = 0
        var maxRelativeError = 0.0
        var maxDueSecondsError = 0.0
        var failures: [String] = []

        mutating func relative(_ actual: Double?, _ expected: Double?, _ what: @autoclosure () -> String) {
            guard let actual, let expected else {
                if (actual == nil) != (expected == nil) { fail("\(what()): \(String(describing: actual)) vs \(String(describing: expected))") }
                return
            }
            let error = actual == expected ? 0 : abs(actual - expected) / abs(expected)
            maxRelativeError = max(maxRelativeError, error.isNaN ? .infinity : error)
            if !(error <= 1e-9) { fail("\(what()): \(actual) vs \(expected)") }
        }

        mutating func due(_ actual: Date, _ expected: Double, _ what: @autoclosure () -> String) {
            relative(actual.timeIntervalSince1970, expected, what())
            let seconds = abs(actual.timeIntervalSince1970 - expected)
            maxDueSecondsError = max(maxDueSecondsError, seconds)
            if !(seconds <= 1e-5) { fail("\(what()): off by \(seconds) s") }
        }

        mutating func card(_ actual: Card, _ expected: ExpectedCard, _ what: String) {
            states += 1
            if actual.state.rawValue != expected.state { fail("\(what) state: \(actual.state) vs \(expected.state)") }
            if actual.step != expected.step { fail("\(what) step: \(String(describing: actual.step)) vs \(String(describing: expected.step))") }
            relative(actual.stability, expected.stability, "\(what) stability")
            relative(actual.difficulty, expected.difficulty, "\(what) difficulty")
            due(actual.due, expected.due, "\(what) due")
            relative(actual.lastReview?.timeIntervalSince1970, expected.lastReview, "\(what) last review")
        }

        mutating func fail(_ message: String) {
            failures.append(message)
        }
    }

    static func date(_ seconds: Double) -> Date {
        Date(timeIntervalSince1970: seconds)
    }

    static func loadVectors() throws -> Vectors {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Vectors/fsrs-6.3.2.json")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Vectors.self, from: Data(contentsOf: url))
    }

    @Test func matchesPyFSRSReferenceVectors() throws {
        let vectors = try Self.loadVectors()
        #expect(vectors.fsrsVersion == "6.3.2")
        var tally = Tally()
        for scenario in vectors.scenarios {
            let scheduler = try scenario.scheduler.scheduler()
            var card = scenario.initialCard.card
            var logs: [ReviewLog] = []
            for (index, review) in scenario.reviews.enumerated() {
                let label = "\(scenario.name) #\(index)"
                let rating = try #require(Rating(rawValue: review.rating))
                let at = Self.date(review.at)
                let preview = scheduler.previewIntervals(for: card, at: at)
                for (other, expectedDue) in zip(Rating.allCases, review.preview) {
                    tally.previews += 1
                    tally.due(try #require(preview[other]), expectedDue, "\(label) preview \(other)")
                }
                let log: ReviewLog
                (card, log) = scheduler.review(card, rating: rating, at: at)
                logs.append(log)
                tally.card(card, review.expected, label)
                for probe in review.retrievability {
                    tally.retrievabilities += 1
                    let actual = scheduler.retrievability(of: card, at: Self.date(probe[0]))
                    tally.relative(actual, probe[1], "\(label) retrievability at \(probe[0])")
                }
            }
            if let reschedule = scenario.reschedule {
                let other = try reschedule.scheduler.scheduler()
                let replayed = other.reschedule(card, logs: logs.reversed())
                tally.card(replayed, reschedule.expected, "\(scenario.name) reschedule")
            }
        }
        print("FSRS reference: compared \(tally.states) states, max relative error \(tally.maxRelativeError)")
        print("FSRS reference: also \(tally.previews) preview dues and \(tally.retrievabilities) retrievabilities; "
            + "max due error \(tally.maxDueSecondsError) s; \(tally.failures.count) mismatches")
        for failure in tally.failures.prefix(20) {
            Issue.record("\(failure)")
        }
        #expect(tally.states > 5000)
        #expect(tally.failures.isEmpty)
        #expect(tally.maxRelativeError <= 1e-9)
    }
}
