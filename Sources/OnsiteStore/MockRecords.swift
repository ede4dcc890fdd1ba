public import Foundation
public import OnsiteCore

/// Mock interviews with their stages, chosen items, clocks and answers. Saved whole on every
/// change, so a reload or a restarted server finds the mock exactly where it was.
public protocol MockRecords: Sendable {
    /// Every mock, most recently started first.
    func mocks() async throws -> [Mock]
    func mock(id: UUID) async throws -> Mock?
    /// Saves the mock (its stages and any new answers; answers are never rewritten) and, in the
    /// same transaction, the review an answer earned (a breadth card or a behavioral question).
    @discardableResult
    func saveMock(_ mock: Mock, review: (item: ItemRef, review: ScheduledReview)?) async throws -> Card?
}
