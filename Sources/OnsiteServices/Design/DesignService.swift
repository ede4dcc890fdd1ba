public import Foundation
public import OnsiteContent
public import OnsiteCore
import OnsiteStore

/// A design case or drill that is not in the bank, or an attempt that does not exist.
public enum DesignError: Error, CustomStringConvertible, Equatable {
    case unknownItem(String)
    case unknownAttempt(String)
    case nothingToPractise

    public var description: String {
        switch self {
        case .unknownItem(let id): "There is no design case or drill `\(id)`."
        case .unknownAttempt(let id): "There is no design attempt `\(id)`."
        case .nothingToPractise: "The bank has no design cases or drills."
        }
    }
}

/// An item with where it stands on the schedule.
public struct DesignItemStatus: Sendable {
    public var item: DesignItem
    /// When it is next due; nil when never rated.
    public var due: Date?
    public var isDue: Bool
}

/// An attempt with the item it answers and, once submitted, its score recomputed from the bank.
public struct DesignAttemptView: Sendable {
    public var attempt: DesignAttempt
    public var item: DesignItem
    public var score: DesignScore?
}

/// ML system design practice: start an attempt (chosen, or drawn from what is due), save drafts as the
/// person types, submit for a rubric score, self-rate to schedule it with FSRS (`ItemRef(.design, id)`).
public struct DesignService: Sendable {
    /// The most one field (a step or the diagram) may hold: far more than a 45-minute answer, far less than a paste accident.
    public static let maxFieldBytes = 64 * 1024

    public let bundle: ContentBundle
    let store: any Store
    let scheduler: Scheduler
    let clock: WallClock
    let generators: Generators

    init(bundle: ContentBundle, store: any Store, scheduler: Scheduler, clock: WallClock, generators: Generators) {
        self.bundle = bundle
        self.store = store
        self.scheduler = scheduler
        self.clock = clock
        self.generators = generators
    }

    public func item(id: String) throws -> DesignItem {
        guard let item = bundle.designItem(id: id) else { throw DesignError.unknownItem(id) }
        return item
    }

    /// Every item, due ones first (soonest due first), then never practised, then the rest by when they come due.
    public func overview() async throws -> [DesignItemStatus] {
        let now = clock.now()
        let states = try await store.itemStates().of(.design)
        let statuses = bundle.designItems.map { item in
            let due = states[item.id]?.due
            return DesignItemStatus(item: item, due: due, isDue: due.map { $0 <= now } ?? false)
        }
        func rank(_ status: DesignItemStatus) -> Int { status.isDue ? 0 : (status.due == nil ? 1 : 2) }
        return statuses.enumerated().sorted { a, b in
            (rank(a.element), a.element.due ?? .distantPast, a.offset) < (rank(b.element), b.element.due ?? .distantPast, b.offset)
        }.map(\.element)
    }

    /// Starts an attempt at `itemID`, or at a random due item (a random new one when none is due, any when none is new).
    /// An open draft of that item is resumed rather than duplicated.
    public func start(itemID: String?, mode: DesignMode) async throws -> DesignAttempt {
        let item: DesignItem
        if let itemID, !itemID.isEmpty {
            item = try self.item(id: itemID)
        } else {
            let overview = try await overview()
            let due = overview.filter(\.isDue), new = overview.filter { $0.due == nil }
            let pool = !due.isEmpty ? due : (!new.isEmpty ? new : overview)
            guard !pool.isEmpty else { throw DesignError.nothingToPractise }
            item = pool[Int(generators.nextRandom() % UInt64(pool.count))].item
        }
        if let open = try await store.designAttempts(itemID: item.id).first(where: { !$0.isSubmitted }) { return open }
        let attempt = DesignAttempt(id: generators.newID().uuidString.lowercased(), itemID: item.id, mode: mode, createdAt: clock.now())
        try await store.saveDesignAttempt(attempt)
        return attempt
    }

    public func attempt(id: String) async throws -> DesignAttemptView {
        guard let attempt = try await store.designAttempt(id: id) else { throw DesignError.unknownAttempt(id) }
        let item = try self.item(id: attempt.itemID)
        return DesignAttemptView(attempt: attempt, item: item, score: attempt.isSubmitted ? DesignScorer.score(attempt.answer, against: item) : nil)
    }

    /// Saves the draft whole (an autosave): every field within the limit, or nothing is written.
    @discardableResult
    public func saveDraft(id: String, answer: DesignAnswer, timer: DesignTimer) async throws -> DesignAttempt {
        var attempt = try await open(id)
        try Self.check(answer)
        attempt.answer = answer
        attempt.timer = DesignTimer(elapsedSeconds: max(0, timer.elapsedSeconds), running: timer.running)
        attempt.updatedAt = clock.now()
        try await store.saveDesignAttempt(attempt)
        return attempt
    }

    /// Saves the final text, scores it and stops the timer. An empty answer is refused, and the draft kept.
    public func submit(id: String, answer: DesignAnswer, timer: DesignTimer) async throws -> DesignAttemptView {
        var attempt = try await open(id)
        try Self.check(answer)
        let item = try self.item(id: attempt.itemID)
        let relevant = DesignAnswer(steps: answer.steps.filter { step, _ in item.rubric(for: step) != nil }, diagram: answer.diagram)
        guard !relevant.isBlank else {
            throw BadInput(field: "answer", message: "The answer is empty: write at least one step before you submit. Your draft is kept.")
        }
        let score = DesignScorer.score(answer, against: item)
        let now = clock.now()
        attempt.answer = answer
        attempt.timer = DesignTimer(elapsedSeconds: max(0, timer.elapsedSeconds), running: false)
        attempt.updatedAt = now
        attempt.submittedAt = now
        attempt.score = score.total
        try await store.saveDesignAttempt(attempt)
        return DesignAttemptView(attempt: attempt, item: item, score: score)
    }

    /// Rates a submitted attempt: the lower of the self-rating and the coverage band schedules the item (docs/design.md).
    public func rate(id: String, level: DesignLevel) async throws -> (rating: Rating, card: Card) {
        guard var attempt = try await store.designAttempt(id: id) else { throw DesignError.unknownAttempt(id) }
        guard attempt.isSubmitted, let score = attempt.score else {
            throw BadInput(field: "rating", message: "Submit the answer before rating it.")
        }
        let rating = DesignRating.rating(self: level, coverage: score)
        attempt.selfRating = level
        let card = try await store.rateDesignAttempt(attempt, review: .by(scheduler, generators: generators, rating: rating, at: clock.now()))
        return (rating, card)
    }

    /// Attempts of one item, or of all, newest first.
    public func history(itemID: String? = nil) async throws -> [DesignAttempt] {
        try await store.designAttempts(itemID: itemID)
    }

    /// The diagram as SVG, or the error naming the line that does not parse.
    public func diagram(_ text: String) throws(DiagramError) -> String {
        if text.utf8.count > Self.maxFieldBytes { throw DiagramError(line: 1, message: "the diagram is over \(Self.maxFieldBytes / 1024) KB") }
        do {
            return DiagramSVG.render(try DesignDiagram.parse(text))
        } catch let error as DiagramError {
            throw error
        } catch {
            throw DiagramError(line: 1, message: "\(error)")
        }
    }

    private func open(_ id: String) async throws -> DesignAttempt {
        guard let attempt = try await store.designAttempt(id: id) else { throw DesignError.unknownAttempt(id) }
        if attempt.isSubmitted { throw BadInput(field: "attempt", message: "This attempt was already submitted; start a new one to answer again.") }
        return attempt
    }

    /// Every field within `maxFieldBytes`; the message names the field and the limit.
    static func check(_ answer: DesignAnswer) throws {
        for step in DesignStep.allCases {
            if let text = answer.steps[step], text.utf8.count > maxFieldBytes { throw tooLong("steps.\(step.rawValue)", step.title, text) }
        }
        if answer.diagram.utf8.count > maxFieldBytes { throw tooLong("diagram", "Diagram", answer.diagram) }
    }

    private static func tooLong(_ field: String, _ name: String, _ text: String) -> BadInput {
        BadInput(
            field: field,
            message: "\(name) is \(text.utf8.count / 1024) KB; the limit is \(maxFieldBytes / 1024) KB per field. Nothing was saved; your text stays in this browser.")
    }
}
