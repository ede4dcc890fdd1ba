import Foundation
import Hummingbird
import NIOFoundationCompat
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// `/api/v1`: what the drill pages do, as JSON (described in `docs/openapi.yaml`).
struct DrillAPIController<Context: RequestContext> {
    let drill: DrillService
    let progress: ProgressService

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/api/v1/drill/next", use: next)
        routes.post("/api/v1/reviews", use: review)
        routes.get("/api/v1/stats", use: stats)
        return routes
    }

    struct NextCard: ResponseEncodable {
        struct Choice: Codable { var rating: Int; var label: String; var intervalSeconds: Double }
        var card: ConceptCard?
        var isNew: Bool
        var choices: [Choice]
        var remaining: Int
    }

    func next(request: Request, context: Context) async throws -> NextCard {
        let topic = request.uri.queryParameters["topic"].map(String.init)
        guard let prompt = try await drill.next(topic: topic) else {
            return NextCard(card: nil, isNew: false, choices: [], remaining: 0)
        }
        return NextCard(
            card: prompt.card, isNew: prompt.isNew,
            choices: prompt.intervals.map { .init(rating: $0.rating.rawValue, label: "\($0.rating)", intervalSeconds: $0.interval) },
            remaining: prompt.queue.remaining)
    }

    struct ReviewRequest: Decodable { var cardId: String?; var rating: Int?; var durationSeconds: Double? }
    struct ReviewResult: ResponseEncodable { var cardId: String; var state: Int; var due: String; var stability: Double?; var difficulty: Double? }

    func review(request: Request, context: Context) async throws -> ReviewResult {
        let body = try await request.body.collect(upTo: 64 * 1024)
        let input: ReviewRequest
        do {
            input = try JSONDecoder().decode(ReviewRequest.self, from: body)
        } catch {
            throw BadInput(field: "body", message: "the body must be a JSON object like {\"cardId\": \"…\", \"rating\": 3}")
        }
        guard let cardID = input.cardId, !cardID.isEmpty else { throw BadInput(field: "cardId", message: "`cardId` is required") }
        guard let raw = input.rating, let rating = Rating(rawValue: raw) else {
            throw BadInput(field: "rating", message: "`rating` must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)")
        }
        let duration = input.durationSeconds.map { min(max($0, 0), 3600) }
        let card = try await drill.answer(cardID: cardID, rating: rating, duration: duration)
        let due = card.due.formatted(.iso8601)
        return ReviewResult(cardId: cardID, state: card.state.rawValue, due: due, stability: card.stability, difficulty: card.difficulty)
    }

    struct Stats: ResponseEncodable { var dueNow: Int; var newToday: Int; var streak: Int; var reviewedToday: Int; var totalReviews: Int }

    func stats(request: Request, context: Context) async throws -> Stats {
        let summary = try await progress.today()
        return Stats(
            dueNow: summary.dueNow, newToday: summary.newToday, streak: summary.activity.streak,
            reviewedToday: summary.activity.todayCount, totalReviews: summary.totalReviews)
    }
}
