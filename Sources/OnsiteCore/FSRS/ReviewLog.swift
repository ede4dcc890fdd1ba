public import Foundation

/// A record of one review: what was answered and when.
public struct ReviewLog: Sendable, Codable, Equatable, Hashable {
    /// The rating given.
    public var rating: Rating
    /// When the review happened.
    public var reviewedAt: Date
    /// How long the review took, in seconds, if known.
    public var reviewDuration: TimeInterval?

    /// Creates a review log entry.
    public init(rating: Rating, reviewedAt: Date, reviewDuration: TimeInterval? = nil) {
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.reviewDuration = reviewDuration
    }
}
