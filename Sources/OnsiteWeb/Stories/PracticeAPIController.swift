import Foundation
import Hummingbird
import NIOFoundationCompat
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// `/api/v1/stories/practice` and `/api/v1/screen/pitch`: behavioral practice and the pitch check
/// as JSON (described in `docs/openapi.yaml`).
struct PracticeAPIController<Context: RequestContext> {
    let practice: BehavioralPracticeService

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/api/v1/stories/practice/next", use: next)
        routes.get("/api/v1/stories/practice/state", use: state)
        routes.post("/api/v1/stories/practice/reviews", use: review)
        routes.post("/api/v1/screen/pitch", use: pitch)
        return routes
    }

    struct Next: ResponseEncodable {
        struct Choice: Codable { var rating: Int; var label: String; var intervalSeconds: Double }
        struct StoryRef: Codable { var id: String; var title: String }
        var question: BehavioralQuestion?
        var isNew: Bool
        var stories: [StoryRef]
        var choices: [Choice]
        var due: Int
        var new: Int
        var nextDue: String?
    }

    func next(request: Request, context: Context) async throws -> Next {
        let theme = request.uri.queryParameters["theme"].map(String.init)
        guard let prompt = try await practice.next(theme: theme) else {
            let soonest = try await practice.soonestDue(theme: theme)
            return Next(question: nil, isNew: false, stories: [], choices: [], due: 0, new: 0, nextDue: soonest?.formatted(.iso8601))
        }
        return Next(
            question: prompt.question, isNew: prompt.isNew, stories: prompt.stories.map { .init(id: $0.id, title: $0.title) },
            choices: prompt.intervals.map { .init(rating: $0.rating.rawValue, label: $0.rating.practiceLabel, intervalSeconds: $0.interval) },
            due: prompt.dueCount, new: prompt.newCount, nextDue: nil)
    }

    struct State: ResponseEncodable {
        struct Scheduled: Codable { var id: String; var due: String; var state: Int; var reviews: Int; var lastRating: Int? }
        var due: Int
        var total: Int
        var scheduled: [Scheduled]
    }

    func state(request: Request, context: Context) async throws -> State {
        let theme = request.uri.queryParameters["theme"].map(String.init)
        let schedules = try await practice.schedules()
        let ids = Set(try practice.questions(theme: theme).map(\.id))
        var scheduled: [State.Scheduled] = []
        for (id, card) in schedules.sorted(by: { ($0.value.due, $0.key) < ($1.value.due, $1.key) }) where ids.contains(id) {
            let log = try await practice.history(questionID: id)
            scheduled.append(.init(id: id, due: card.due.formatted(.iso8601), state: card.state.rawValue, reviews: log.count, lastRating: log.last?.rating.rawValue))
        }
        return State(due: try await practice.dueCount(theme: theme), total: ids.count, scheduled: scheduled)
    }

    struct ReviewRequest: Decodable { var questionId: String?; var rating: Int?; var durationSeconds: Double? }
    struct ReviewResult: ResponseEncodable { var questionId: String; var rating: Int; var state: Int; var due: String }

    func review(request: Request, context: Context) async throws -> ReviewResult {
        let input: ReviewRequest = try await decode(request, example: "{\"questionId\": \"…\", \"rating\": 3}")
        guard let id = input.questionId, !id.isEmpty else { throw BadInput(field: "questionId", message: "`questionId` is required") }
        guard let raw = input.rating, let rating = Rating(rawValue: raw) else {
            throw BadInput(field: "rating", message: "`rating` must be 1 (Weak), 2 (Shaky), 3 (Solid) or 4 (Strong)")
        }
        let card = try await practice.rate(questionID: id, rating: rating, duration: input.durationSeconds.map { min(max($0, 0), 3600) })
        return ReviewResult(questionId: id, rating: raw, state: card.state.rawValue, due: card.due.formatted(.iso8601))
    }

    struct PitchRequest: Decodable { var text: String?; var company: String? }

    func pitch(request: Request, context: Context) async throws -> PitchCheck {
        let input: PitchRequest = try await decode(request, example: "{\"text\": \"…\", \"company\": \"…\"}")
        guard let text = input.text else { throw BadInput(field: "text", message: "`text` is required (the pitch)") }
        return PitchCheck(text: text, company: input.company ?? "")
    }

    private func decode<T: Decodable>(_ request: Request, example: String) async throws -> T {
        let body = try await request.body.collect(upTo: 64 * 1024)
        do {
            return try JSONDecoder().decode(T.self, from: body)
        } catch {
            throw BadInput(field: "body", message: "the body must be a JSON object like \(example)")
        }
    }
}
