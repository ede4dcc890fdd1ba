public import Foundation
public import OnsiteCore

/// The person's saved state behind intent-named methods, each one transaction: `SQLStore` on
/// SQLite or PostgreSQL, and an in-memory fake for service tests (`OnsiteTestSupport`).
public protocol Store: Sendable, ApplicationRecords, OfferRecords, StoryRecords, DeepDiveRecords, DesignRecords, PlanRecords, MockRecords {
    /// Every item's state and what was answered since `dayStart`, from memory while nothing changed.
    func snapshot(dayStart: Date) async throws -> ReviewSnapshot
    /// Every item's scheduler state.
    func itemStates() async throws -> ItemStates
    /// Rates an item: its new state and the log entry are saved together, or neither.
    func recordReview(_ item: ItemRef, _ review: ScheduledReview) async throws -> Card
    /// Reviews answered per study day since `start`, every kind of item.
    func dailyCounts(since start: Date, calendar: StudyCalendar) async throws -> [StudyDay: Int]
    /// The most recent lapses (reviews rated Again) of one kind of item, newest first, one entry per item.
    func lapses(of kind: ItemKind, limit: Int) async throws -> [Lapse]
    /// The review log of one item, oldest first.
    func reviewLog(_ item: ItemRef) async throws -> [ReviewLog]
    /// How many reviews were ever answered.
    func reviewCount() async throws -> Int

    /// Saves a judged submission and, when the attempt decided a rating, the problem's review, in
    /// one transaction: a verdict is never saved without the schedule it earned.
    func saveAttempt(_ submission: Submission, review: ScheduledReview?) async throws -> Card?
    /// A problem's submissions, newest first.
    func submissions(problemID: String, limit: Int) async throws -> [Submission]
    /// How many submissions (Run and Submit) were ever saved.
    func submissionCount() async throws -> Int
    /// Failed submits (not Run) of a problem after `start`: the current attempt's failures.
    func failedSubmits(problemID: String, since start: Date) async throws -> Int
    /// For every problem with a submit: how many, and whether one was accepted.
    func submitTally() async throws -> [String: ProblemTally]

    /// A secret kept in the database under `name`: `candidate` the first time, the saved one after.
    func secret(named name: String, candidate: String) async throws -> String

    /// Closes connections; the store is not used after.
    func close() async
}

/// A review to record: the rating, when, how long it took, and how the scheduler turns the
/// item's saved state (nil for a new item) into its next one.
public struct ScheduledReview: Sendable {
    /// The review log entry's id, from the injected generator.
    public var logID: UUID
    public var rating: Rating
    public var at: Date
    public var duration: TimeInterval?
    public var schedule: @Sendable (Card?) -> Card

    public init(logID: UUID, rating: Rating, at: Date, duration: TimeInterval? = nil, schedule: @escaping @Sendable (Card?) -> Card) {
        self.logID = logID
        self.rating = rating
        self.at = at
        self.duration = duration
        self.schedule = schedule
    }
}
