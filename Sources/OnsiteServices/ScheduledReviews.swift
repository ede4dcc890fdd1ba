import Foundation
import OnsiteCore
import OnsiteStore

extension ScheduledReview {
    /// A review that `scheduler` schedules from the item's saved state inside the store's
    /// transaction, its fuzz and its log id drawn from the injected generators.
    static func by(
        _ scheduler: Scheduler, generators: Generators, rating: Rating, at date: Date, duration: TimeInterval? = nil
    ) -> ScheduledReview {
        ScheduledReview(logID: generators.newID(), rating: rating, at: date, duration: duration) { before in
            var random = generators.random
            return scheduler.review(before ?? Card(due: date), rating: rating, at: date, using: &random).card
        }
    }
}
