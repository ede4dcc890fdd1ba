import Foundation
import OnsiteCore
import Testing

/// Interval fuzz: Anki's fuzz bands, drawn from an injected (seeded) generator.
struct FSRSFuzzTests {
    let start = Date(timeIntervalSince1970: 1_710_061_200)
    let day: TimeInterval = 86_400

    @Test func seededGeneratorIsSplitMix64() {
        var generator = SeededGenerator(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        #expect((0..<10).map { _ in a.next() } == (0..<10).map { _ in b.next() })
    }

    @Test func fuzzRangesMatchAnkiBands() throws {
        let scheduler = try Scheduler()
        // Bounds of py-fsrs 6.3.2 `_get_fuzz_range`.
        let expected: [Int: ClosedRange<Int>] = [
            1: 1...1, 2: 2...2, 3: 2...4, 7: 5...9, 10: 8...12, 20: 17...23, 25: 22...28, 100: 93...107,
        ]
        for (days, range) in expected {
            #expect(scheduler.fuzzRange(forIntervalDays: days) == range, "\(days) days")
        }
        let capped = try Scheduler(maximumInterval: 30)
        #expect(capped.fuzzRange(forIntervalDays: 30) == 27...30)
    }

    @Test func fuzzedReviewIntervalsStayInRangeAndCoverIt() throws {
        let fuzzed = try Scheduler(enableFuzzing: true)
        let plain = try Scheduler(enableFuzzing: false)
        var generator = SeededGenerator(seed: 7)
        for stability in [3.0, 9.7, 25.0, 100.0, 700.0] {
            let card = Card(state: .review, step: nil, stability: stability, difficulty: 5, due: start, lastReview: start - 3 * day)
            let base = Int(plain.review(card, rating: .good, at: start).card.due.timeIntervalSince(start) / day)
            let range = fuzzed.fuzzRange(forIntervalDays: base)
            var seen = Set<Int>()
            var total = 0
            let draws = 4000
            for _ in 0..<draws {
                let next = fuzzed.review(card, rating: .good, at: start, using: &generator).card
                let interval = next.due.timeIntervalSince(start) / day
                #expect(interval == interval.rounded())
                #expect(range.contains(Int(interval)), "\(interval) outside \(range)")
                seen.insert(Int(interval))
                total += Int(interval)
            }
            #expect(seen == Set(range), "stability \(stability): every day in \(range) drawn")
            let mean = Double(total) / Double(draws)
            let middle = Double(range.lowerBound + range.upperBound) / 2
            #expect(abs(mean - middle) < 0.05 * Double(range.count) + 0.1)
        }
    }

    @Test func fuzzIsReproducibleWithTheSameSeed() throws {
        let scheduler = try Scheduler()
        let card = Card(state: .review, step: nil, stability: 50, difficulty: 5, due: start, lastReview: start - 10 * day)
        var first = SeededGenerator(seed: 99)
        var second = SeededGenerator(seed: 99)
        let a = (0..<20).map { _ in scheduler.review(card, rating: .good, at: start, using: &first).card.due }
        let b = (0..<20).map { _ in scheduler.review(card, rating: .good, at: start, using: &second).card.due }
        #expect(a == b)
        #expect(Set(a).count > 1)
    }

    @Test func noFuzzOnStepsOrShortIntervals() throws {
        let scheduler = try Scheduler()
        var generator = SeededGenerator(seed: 1)
        for _ in 0..<200 {
            let learning = scheduler.review(Card(due: start), rating: .good, at: start, using: &generator).card
            #expect(learning.due == start.addingTimeInterval(600))
            let short = Card(state: .review, step: nil, stability: 1.2, difficulty: 5, due: start, lastReview: start - day)
            let next = scheduler.review(short, rating: .again, at: start, using: &generator).card
            #expect(next.state == .relearning)
            #expect(next.due == start.addingTimeInterval(600))
        }
        let twoDays = try Scheduler(relearningSteps: [])
        let card = Card(state: .review, step: nil, stability: 2.2, difficulty: 5, due: start, lastReview: start)
        for _ in 0..<200 {
            let next = twoDays.review(card, rating: .hard, at: start.addingTimeInterval(3600), using: &generator).card
            #expect(next.due == start.addingTimeInterval(3600 + 2 * day))
        }
    }

    @Test func fuzzNeverExceedsMaximumInterval() throws {
        let scheduler = try Scheduler(maximumInterval: 30)
        var generator = SeededGenerator(seed: 3)
        let card = Card(state: .review, step: nil, stability: 500, difficulty: 3, due: start, lastReview: start - 30 * day)
        for _ in 0..<500 {
            let next = scheduler.review(card, rating: .easy, at: start, using: &generator).card
            #expect(next.due.timeIntervalSince(start) <= 30 * day)
            #expect(next.due.timeIntervalSince(start) >= 27 * day)
        }
    }
}
