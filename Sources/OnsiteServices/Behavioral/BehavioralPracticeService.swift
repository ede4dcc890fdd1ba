public import Foundation
public import OnsiteContent
public import OnsiteCore
import OnsiteStore

/// Practising behavioral questions on an FSRS schedule of their own (`ItemKind.behavioral`): what
/// is due comes first, then a new question drawn at random (from the injected generator), each
/// shown with the person's stories that serve its themes. Rating one never touches the drill's
/// cards or the problems: those read only their own kind.
public struct BehavioralPracticeService: Sendable {
    public let bundle: ContentBundle
    let store: any Store
    let stories: StoryService
    public let scheduler: Scheduler
    public let clock: WallClock
    let generators: Generators

    init(bundle: ContentBundle, store: any Store, stories: StoryService, scheduler: Scheduler, clock: WallClock, generators: Generators) {
        self.bundle = bundle
        self.store = store
        self.stories = stories
        self.scheduler = scheduler
        self.clock = clock
        self.generators = generators
    }

    /// The questions of the selection: all, or one theme's (throwing for a theme the bank lacks).
    public func questions(theme: String?) throws -> [BehavioralQuestion] {
        guard let theme, !theme.isEmpty else { return bundle.behavioralQuestions }
        guard bundle.themes.contains(where: { $0.id == theme }) else { throw BehavioralPracticeError.unknownTheme(theme) }
        return bundle.behavioralQuestions(inTheme: theme)
    }

    /// Every behavioral question's schedule, by question id.
    public func schedules() async throws -> [String: Card] {
        try await store.itemStates().of(.behavioral)
    }

    /// The next question: the most overdue one that is due, else a new one at random, else nil
    /// (everything is scheduled for later: `soonestDue` says when).
    public func next(theme: String? = nil) async throws -> PracticePrompt? {
        let now = clock.now()
        let pool = try questions(theme: theme)
        let states = try await schedules()
        let due = pool.filter { states[$0.id].map { $0.due <= now } ?? false }
            .min { (states[$0.id]!.due, $0.id) < (states[$1.id]!.due, $1.id) }
        let fresh = pool.filter { states[$0.id] == nil }
        let question: BehavioralQuestion
        if let due {
            question = due
        } else if !fresh.isEmpty {
            question = fresh[Int(generators.nextRandom() % UInt64(fresh.count))]
        } else {
            return nil
        }
        return try await prompt(question, states: states, pool: pool, now: now)
    }

    /// One question by id, as `next` would show it (the page keeps showing it after a reload).
    public func prompt(questionID: String, theme: String? = nil) async throws -> PracticePrompt {
        guard let question = bundle.behavioralQuestion(id: questionID) else { throw BehavioralPracticeError.unknownQuestion(questionID) }
        return try await prompt(question, states: try await schedules(), pool: try questions(theme: theme), now: clock.now())
    }

    private func prompt(_ question: BehavioralQuestion, states: [String: Card], pool: [BehavioralQuestion], now: Date) async throws -> PracticePrompt {
        let state = states[question.id]
        let preview = scheduler.previewIntervals(for: state ?? Card(due: now), at: now)
        let serving = try await stories.list().filter { !Set($0.themes).isDisjoint(with: question.themes) }
        return PracticePrompt(
            question: question, theme: bundle.themes.first { $0.id == question.primaryTheme }, isNew: state == nil, stories: serving,
            intervals: Rating.allCases.map { ($0, preview[$0]!.timeIntervalSince(now)) },
            dueCount: pool.filter { states[$0.id].map { $0.due <= now } ?? false }.count,
            newCount: pool.filter { states[$0.id] == nil }.count)
    }

    /// Rates a question now; the review is saved before this returns, and the new schedule says
    /// when it comes back (a weak answer sooner than a strong one).
    @discardableResult
    public func rate(questionID: String, rating: Rating, duration: TimeInterval? = nil) async throws -> Card {
        guard bundle.behavioralQuestion(id: questionID) != nil else { throw BehavioralPracticeError.unknownQuestion(questionID) }
        return try await store.recordReview(
            .behavioral(questionID), .by(scheduler, generators: generators, rating: rating, at: clock.now(), duration: duration))
    }

    /// How many questions of the selection are due now.
    public func dueCount(theme: String? = nil) async throws -> Int {
        let now = clock.now()
        let states = try await schedules()
        return try questions(theme: theme).filter { states[$0.id].map { $0.due <= now } ?? false }.count
    }

    /// When the soonest scheduled question of the selection comes back.
    public func soonestDue(theme: String? = nil) async throws -> Date? {
        let states = try await schedules()
        return try questions(theme: theme).compactMap { states[$0.id]?.due }.min()
    }

    /// A question's reviews, oldest first.
    public func history(questionID: String) async throws -> [ReviewLog] {
        try await store.reviewLog(.behavioral(questionID))
    }
}

/// A behavioral question ready to be practised.
public struct PracticePrompt: Sendable {
    public var question: BehavioralQuestion
    /// The question's first theme, as the bank describes it.
    public var theme: BehavioralTheme?
    public var isNew: Bool
    /// The person's stories tagged with one of the question's themes.
    public var stories: [Story]
    /// What each rating would schedule, in order Again, Hard, Good, Easy.
    public var intervals: [(rating: Rating, interval: TimeInterval)]
    /// Due and never-seen questions in the selection, this one included.
    public var dueCount: Int
    public var newCount: Int
}

public enum BehavioralPracticeError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownQuestion(String)
    case unknownTheme(String)

    public var description: String {
        switch self {
        case .unknownQuestion(let id): "There is no behavioral question \"\(id)\"."
        case .unknownTheme(let id): "There is no behavioral theme \"\(id)\"."
        }
    }
}

extension Rating {
    /// The self-rating's plain words for a practised answer.
    public var practiceLabel: String {
        switch self {
        case .again: "Weak"
        case .hard: "Shaky"
        case .good: "Solid"
        case .easy: "Strong"
        }
    }
}
