import OnsiteStore
import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore

/// The due queue: one card at a time, reveal, rate; each rating is saved before the next card shows.
struct DrillController<Context: RequestContext> {
    let drill: DrillService
    let renderer: PageRenderer

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/drill", use: show)
        routes.post("/drill/review", use: review)
        return routes
    }

    func show(request: Request, context: Context) async throws -> HTMLPage {
        let topic = request.uri.queryParameters["topic"].map(String.init)
        let selection = try drill.cards(topic: topic)
        let prompt = try await drill.next(topic: topic)
        var nextDue: String?
        if prompt == nil {
            let states = try await drill.store.itemStates()
            let soonest = selection.compactMap { states[$0.id]?.due }.min()
            nextDue = soonest.map { "in " + IntervalText.format($0.timeIntervalSince(drill.clock.now())) }
        }
        let view = DrillView(
            topic: topic ?? "", topicTitle: topic.flatMap { drill.bundle.topic(id: $0)?.title },
            prompt: prompt.map { PromptView($0, bundle: drill.bundle, topic: topic ?? "", now: drill.clock.now()) },
            nextDue: nextDue, newPerDay: drill.newPerDay)
        return renderer.render("drill", view)
    }

    func review(request: Request, context: Context) async throws -> Response {
        let form = try await FormFields(request: request, context: context)
        let cardID = try form.required("card")
        let rating = try form.rating("rating")
        let topic = form["topic"] ?? ""
        let duration = form["shownAt"].flatMap(Double.init).map { drill.clock.now().timeIntervalSince1970 - $0 }
        try await drill.answer(cardID: cardID, rating: rating, duration: duration.map { min(max($0, 0), 3600) })
        let location = topic.isEmpty ? "/drill" : "/drill?topic=" + (topic.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        return Response(status: .seeOther, headers: [.location: location])
    }
}

struct DrillView {
    var topic: String
    var topicTitle: String?
    var prompt: PromptView?
    var nextDue: String?
    var newPerDay: Int
}

struct PromptView {
    struct Button { var name: String; var label: String; var value: Int; var interval: String }

    var face: CardFace
    var isNew: Bool
    var buttons: [Button]
    var learning: Int
    var reviews: Int
    var newCards: Int
    var topic: String
    var shownAt: String

    init(_ prompt: DrillPrompt, bundle: ContentBundle, topic: String, now: Date) {
        face = CardFace(prompt.card, bundle: bundle)
        isNew = prompt.isNew
        buttons = prompt.intervals.map {
            Button(name: "\($0.rating)", label: "\($0.rating)".capitalized, value: $0.rating.rawValue, interval: IntervalText.format($0.interval))
        }
        learning = prompt.queue.learningCount
        reviews = prompt.queue.reviews.count
        newCards = prompt.queue.new.count
        self.topic = topic
        shownAt = String(Int(now.timeIntervalSince1970))
    }
}
