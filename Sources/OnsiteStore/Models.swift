import FluentKit
import Foundation

/// The scheduler state of one item (card, problem, …), keyed by the item's content id.
final class ItemStateModel: Model, @unchecked Sendable {
    static let schema = "item_states"

    @ID(custom: "item_id", generatedBy: .user) var id: String?
    @Field(key: "state") var state: Int
    @OptionalField(key: "step") var step: Int?
    @OptionalField(key: "stability") var stability: Double?
    @OptionalField(key: "difficulty") var difficulty: Double?
    @Field(key: "due") var due: Date
    @OptionalField(key: "last_review") var lastReview: Date?

    init() {}
}

/// One answered review: what was rated, when, and whether the item was new then.
final class ReviewLogModel: Model, @unchecked Sendable {
    static let schema = "review_logs"

    @ID(key: .id) var id: UUID?
    @Field(key: "item_id") var itemID: String
    @Field(key: "rating") var rating: Int
    @Field(key: "reviewed_at") var reviewedAt: Date
    @OptionalField(key: "duration") var duration: Double?
    @Field(key: "was_new") var wasNew: Bool
    @Field(key: "state_before") var stateBefore: Int

    init() {}
}
