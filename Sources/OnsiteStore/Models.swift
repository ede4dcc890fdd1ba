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

/// One judged Run or Submit, with the code as it was and the judge's report.
final class SubmissionModel: Model, @unchecked Sendable {
    static let schema = "submissions"

    @ID(key: .id) var id: UUID?
    @Field(key: "problem_id") var problemID: String
    @Field(key: "kind") var kind: String
    @Field(key: "code") var code: String
    @Field(key: "verdict") var verdict: String
    @Field(key: "summary") var summary: String
    @Field(key: "report") var report: String
    @Field(key: "submitted_at") var submittedAt: Date

    init() {}
}
