import OnsiteContent
import OnsiteCore

/// What a page shows of a card: question, answer, follow-ups, phrasings and labels.
struct CardFace {
    struct TopicLink { var id: String; var title: String }
    struct FollowUpView { var question: String; var answerHTML: String }

    var id: String
    var question: String
    var answerHTML: String
    var followUps: [FollowUpView]
    var hasFollowUps: Bool
    var phrasings: [String]
    var hasPhrasings: Bool
    var markedDownHTML: String?
    var hasRelated: Bool
    var related: [TopicLink]
    var difficulty: String
    var topics: [TopicLink]
    var path: String

    init(_ card: ConceptCard, bundle: ContentBundle) {
        id = card.id
        question = card.question
        answerHTML = card.answerHTML
        followUps = card.followUps.map { FollowUpView(question: $0.question, answerHTML: $0.answerHTML) }
        hasFollowUps = !followUps.isEmpty
        phrasings = card.phrasings
        hasPhrasings = !phrasings.isEmpty
        markedDownHTML = card.markedDown.map(Markdown.html)
        related = card.related.compactMap { id in bundle.card(id: id).map { TopicLink(id: id, title: $0.question) } }
        hasRelated = !related.isEmpty
        difficulty = card.difficulty.rawValue
        topics = card.topics.map { TopicLink(id: $0, title: bundle.topic(id: $0)?.title ?? $0) }
        path = card.path
    }
}
