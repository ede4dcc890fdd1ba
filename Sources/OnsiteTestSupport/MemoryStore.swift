public import Foundation
public import OnsiteCore
public import OnsiteStore
import Synchronization

/// The store in memory, for service tests that need no database: the same behaviour as `SQLStore`
/// (one transaction per method, a generation bumped by every write), kept in a few arrays.
public final class MemoryStore: Store {
    struct LoggedReview { var item: ItemRef; var rating: Rating; var at: Date; var duration: TimeInterval?; var wasNew: Bool }

    struct Data {
        var states = ItemStates()
        var log: [LoggedReview] = []
        var submissions: [Submission] = []
        var offers: [SavedOffer] = []
        var settings: [String: String] = [:]
        var applications: [JobApplication] = []
        var stories: [(story: Story, createdAt: Date)] = []
        var deepDives: [String: DeepDiveRecord] = [:]
        var designAttempts: [DesignAttempt] = []
        var plan: StudyPlan?
        var readiness: [StudyDay: [InterviewRound: Double?]] = [:]
        var checklistTicks: Set<String> = []
        var mocks: [Mock] = []
        var generation = 0
    }

    let data = Mutex(Data())

    public init() {}

    public func snapshot(dayStart: Date) async throws -> ReviewSnapshot {
        data.withLock { data in
            let today = data.log.filter { $0.at >= dayStart && $0.item.kind == .card }
            return ReviewSnapshot(
                states: data.states, answeredSinceDayStart: today.count, newSinceDayStart: today.filter(\.wasNew).count,
                dayStart: dayStart, generation: data.generation)
        }
    }

    public func itemStates() async throws -> ItemStates { data.withLock { $0.states } }

    public func recordReview(_ item: ItemRef, _ review: ScheduledReview) async throws -> Card {
        data.withLock { Self.review(item, review, in: &$0) }
    }

    static func review(_ item: ItemRef, _ review: ScheduledReview, in data: inout Data) -> Card {
        let before = data.states[item]
        let after = review.schedule(before)
        data.states[item] = after
        data.log.append(LoggedReview(item: item, rating: review.rating, at: review.at, duration: review.duration, wasNew: before == nil))
        data.generation += 1
        return after
    }

    public func dailyCounts(since start: Date, calendar: StudyCalendar) async throws -> [StudyDay: Int] {
        data.withLock { data in
            data.log.filter { $0.at >= start }.reduce(into: [:]) { $0[calendar.day(of: $1.at), default: 0] += 1 }
        }
    }

    public func lapses(of kind: ItemKind, limit: Int) async throws -> [Lapse] {
        data.withLock { data in
            let again = data.log.filter { $0.rating == .again && $0.item.kind == kind }
            let byItem = Dictionary(grouping: again, by: \.item)
            return byItem.map { Lapse(item: $0.key, lastLapse: $0.value.map(\.at).max()!, lapseCount: $0.value.count) }
                .sorted { ($0.lastLapse, $1.item.id) > ($1.lastLapse, $0.item.id) }
                .prefix(limit).map { $0 }
        }
    }

    public func reviewLog(_ item: ItemRef) async throws -> [ReviewLog] {
        data.withLock { data in
            data.log.filter { $0.item == item }.sorted { $0.at < $1.at }
                .map { ReviewLog(rating: $0.rating, reviewedAt: $0.at, reviewDuration: $0.duration) }
        }
    }

    public func reviewCount() async throws -> Int { data.withLock { $0.log.count } }

    public func saveAttempt(_ submission: Submission, review: ScheduledReview?) async throws -> Card? {
        data.withLock { data in
            data.submissions.append(submission)
            data.generation += 1
            return review.map { Self.review(.problem(submission.problemID), $0, in: &data) }
        }
    }

    public func submissions(problemID: String, limit: Int) async throws -> [Submission] {
        data.withLock { data in
            Array(data.submissions.filter { $0.problemID == problemID }.sorted { $0.submittedAt > $1.submittedAt }.prefix(limit))
        }
    }

    public func submissionCount() async throws -> Int { data.withLock { $0.submissions.count } }

    public func failedSubmits(problemID: String, since start: Date) async throws -> Int {
        data.withLock { data in
            data.submissions.filter { $0.problemID == problemID && $0.kind == .submit && $0.verdict != .accepted && $0.submittedAt > start }.count
        }
    }

    public func submitTally() async throws -> [String: ProblemTally] {
        data.withLock { data in
            Dictionary(grouping: data.submissions.filter { $0.kind == .submit }, by: \.problemID).mapValues {
                ProblemTally(submits: $0.count, accepted: $0.contains { $0.verdict == .accepted })
            }
        }
    }

    public func secret(named name: String, candidate: String) async throws -> String {
        data.withLock { data in
            if let saved = data.settings[name] { return saved }
            data.settings[name] = candidate
            return candidate
        }
    }

    public func close() async {}
}
