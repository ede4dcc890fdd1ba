import Foundation
public import OnsiteCore

/// Design attempts: drafts saved as the person types, submitted and rated; each method one transaction.
public protocol DesignRecords: Sendable {
    /// Inserts the attempt or replaces the one with its id, whole, in one statement (an autosave is atomic).
    func saveDesignAttempt(_ attempt: DesignAttempt) async throws
    func designAttempt(id: String) async throws -> DesignAttempt?
    /// Attempts of one item (or of every item when nil), newest first.
    func designAttempts(itemID: String?) async throws -> [DesignAttempt]
    /// Saves the rated attempt and the item's review together, or neither.
    func rateDesignAttempt(_ attempt: DesignAttempt, review: ScheduledReview) async throws -> Card
}
