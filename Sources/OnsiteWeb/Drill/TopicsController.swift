import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// Topics with their progress, one topic's cards, one card with its history, and card search.
struct TopicsController<Context: RequestContext> {
    let drill: DrillService
    let progress: ProgressService
    let search: CardSearch
    let renderer: PageRenderer

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/topics", use: list)
        routes.get("/topics/{id}", use: topic)
        routes.get("/cards/{id}", use: card)
        return routes
    }

    func list(request: Request, context: Context) async throws -> HTMLPage {
        let query = request.uri.queryParameters["q"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        let results = search.search(query).map { CardRow($0, bundle: drill.bundle, status: "") }
        let topics = try await progress.topicProgress().map(TopicRow.init)
        return renderer.render("topics", TopicsView(
            query: query, searching: !query.isEmpty, results: results, resultCount: results.count, topics: topics))
    }

    func topic(request: Request, context: Context) async throws -> HTMLPage {
        let id = try context.parameters.require("id")
        guard let topic = drill.bundle.topic(id: id) else { throw DrillError.unknownTopic(id) }
        let states = try await drill.cardStates()
        let cards = drill.bundle.cards(inTopic: id).map {
            CardRow($0, bundle: drill.bundle, status: CardStatus.text(states[$0.id], now: drill.clock.now()))
        }
        return renderer.render("topic", TopicView(id: topic.id, title: topic.title, summary: topic.summary, cards: cards))
    }

    func card(request: Request, context: Context) async throws -> HTMLPage {
        let id = try context.parameters.require("id")
        guard let card = drill.bundle.card(id: id) else { throw DrillError.unknownCard(id) }
        let (state, log) = try await drill.history(cardID: id)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = drill.calendar.timeZone
        let history = log.reversed().map {
            HistoryRow(when: formatter.string(from: $0.reviewedAt), rating: "\($0.rating)".capitalized)
        }
        return renderer.render("card", CardPageView(
            face: CardFace(card, bundle: drill.bundle), history: history,
            status: CardStatus.text(state, now: drill.clock.now())))
    }
}

/// How a card stands for the person, in words.
enum CardStatus {
    static func text(_ state: Card?, now: Date) -> String {
        guard let state else { return "new" }
        let when = state.due <= now ? "due now" : "due in " + IntervalText.format(state.due.timeIntervalSince(now))
        switch state.state {
        case .learning: return "learning, " + when
        case .relearning: return "relearning, " + when
        case .review: return "in review, " + when
        }
    }
}

struct TopicsView {
    var query: String
    var searching: Bool
    var results: [CardRow]
    var resultCount: Int
    var topics: [TopicRow]
}

struct TopicRow {
    var id: String, title: String, summary: String
    var total: Int, seen: Int, inReview: Int, due: Int
    var seenPercent: Int, reviewPercent: Int

    init(_ progress: TopicProgress) {
        id = progress.topic.id
        title = progress.topic.title
        summary = progress.topic.summary
        total = progress.total
        seen = progress.seen
        inReview = progress.inReview
        due = progress.due
        seenPercent = total == 0 ? 0 : seen * 100 / total
        reviewPercent = total == 0 ? 0 : inReview * 100 / total
    }
}

struct CardRow {
    var id: String, question: String, difficulty: String, topicList: String, status: String

    init(_ card: ConceptCard, bundle: ContentBundle, status: String) {
        id = card.id
        question = card.question
        difficulty = card.difficulty.rawValue
        topicList = card.topics.map { bundle.topic(id: $0)?.title ?? $0 }.joined(separator: ", ")
        self.status = status
    }
}

struct TopicView {
    var id: String, title: String, summary: String
    var cards: [CardRow]
}

struct HistoryRow { var when: String; var rating: String }

struct CardPageView {
    var face: CardFace
    var history: [HistoryRow]
    var status: String
}
