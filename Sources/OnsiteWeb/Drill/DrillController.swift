import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// The due queue: one card at a time, reveal, rate; each rating is saved before the next card shows.
struct DrillController<Context: RequestContext> {
    let drill: DrillService
    let numeric: NumericDrillService
    let renderer: PageRenderer
    let token: FormToken
    /// Rendered drill pages by what they show: rendering is most of a request's cost.
    let pages = RenderedPages()

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/drill", use: show)
        routes.post("/drill/review", use: review)
        return routes
    }

    func show(request: Request, context: Context) async throws -> HTMLPage {
        let topic = request.uri.queryParameters["topic"].map(String.init)
        let topicTitle = topic.flatMap { drill.bundle.topic(id: $0)?.title }
        switch try await drill.nextItem(topic: topic, numeric: numeric) {
        case .numeric(let prompt)?:
            // Never cached: every showing draws fresh numbers.
            return renderer.render("drill", DrillView(
                topic: topic ?? "", topicTitle: topicTitle, prompt: nil, numeric: NumericView.Question(prompt, topic: topic ?? "", csrf: token.value),
                nextDue: nil, newPerDay: drill.newPerDay, csrf: token.value))
        case .card(let prompt)?:
            return HTMLPage(html: pages.html(for: PromptView.cacheKey(prompt, topic: topic ?? "")) {
                let view = DrillView(
                    topic: topic ?? "", topicTitle: topicTitle, prompt: PromptView(prompt, bundle: drill.bundle, topic: topic ?? ""),
                    numeric: nil, nextDue: nil, newPerDay: drill.newPerDay, csrf: token.value)
                return renderer.render("drill", view).html
            })
        case nil:
            break
        }
        let soonest = try await drill.soonestDueMixed(topic: topic)
        let nextDue = soonest.map { "in " + IntervalText.format($0.timeIntervalSince(drill.clock.now())) }
        return renderer.render("drill", DrillView(
            topic: topic ?? "", topicTitle: topicTitle, prompt: nil, numeric: nil, nextDue: nextDue, newPerDay: drill.newPerDay, csrf: token.value))
    }

    func review(request: Request, context: Context) async throws -> Response {
        let form = try await FormFields(request: request, context: context)
        let cardID = try form.required("card")
        let rating = try form.rating("rating")
        let topic = form["topic"] ?? ""
        let duration = form["seconds"].flatMap(Double.init).map { min(max($0, 0), 3600) }  // measured by the page's script
        try await drill.answer(cardID: cardID, rating: rating, duration: duration)
        let location = topic.isEmpty ? "/drill" : "/drill?topic=" + (topic.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        return Response(status: .seeOther, headers: [.location: location])
    }
}

struct DrillView {
    var topic: String
    var topicTitle: String?
    var prompt: PromptView?
    var numeric: NumericView.Question?
    var nextDue: String?
    var newPerDay: Int
    var csrf: String
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

    init(_ prompt: DrillPrompt, bundle: ContentBundle, topic: String) {
        face = CardFace(prompt.card, bundle: bundle)
        isNew = prompt.isNew
        buttons = prompt.intervals.map {
            Button(name: "\($0.rating)", label: "\($0.rating)".capitalized, value: $0.rating.rawValue, interval: IntervalText.format($0.interval))
        }
        learning = prompt.queue.learningCount
        reviews = prompt.queue.reviews.count
        newCards = prompt.queue.new.count
        self.topic = topic
    }

    /// Everything that makes one drill page differ from another: the card, the counts and the intervals.
    static func cacheKey(_ prompt: DrillPrompt, topic: String) -> String {
        var key = "\(topic)|\(prompt.card.id)|\(prompt.isNew)|\(prompt.queue.learningCount)|\(prompt.queue.reviews.count)|\(prompt.queue.new.count)"
        for choice in prompt.intervals { key += "|" + IntervalText.format(choice.interval) }
        return key
    }
}
