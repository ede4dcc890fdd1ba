import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// Quick-fire: N cards against a visible timer, self-graded, each grade saved as a review.
struct QuickFireController<Context: RequestContext> {
    var secondsDefault: Int { 45 }
    let drill: DrillService
    let numeric: NumericDrillService
    let renderer: PageRenderer

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/quickfire", use: show)
        return routes
    }

    /// A card (`kind: "card"`) or a numeric drill instance (`kind: "numeric"`, graded by the server from its seed).
    struct CardPayload: Encodable {
        var kind = "card"
        var id: String
        var question: String
        var answerHTML = ""
        var seed: String?
        var unit: String?
    }

    func show(request: Request, context: Context) async throws -> HTMLPage {
        let query = request.uri.queryParameters
        let topic = query["topic"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let topics = drill.bundle.topics.map { TopicOption(id: $0.id, title: $0.title, selected: $0.id == topic) }
        guard let rawCount = query["n"] else {
            return renderer.render("quickfire", QuickFireView(running: false, topics: topics, secondsDefault: secondsDefault))
        }
        guard let count = Int(rawCount), (1...100).contains(count) else {
            throw BadInput(field: "n", message: "the number of cards must be a whole number from 1 to 100, not `\(rawCount)`")
        }
        let seconds = try query["seconds"].map { raw in
            guard let value = Int(raw), (5...600).contains(value) else {
                throw BadInput(field: "seconds", message: "seconds per card must be a whole number from 5 to 600, not `\(raw)`")
            }
            return value
        } ?? secondsDefault
        let cards = try await drill.quickFireItems(count: count, topic: topic, numeric: numeric)
        let payload = cards.map { item in
            switch item {
            case .card(let card): return CardPayload(id: card.id, question: card.question, answerHTML: card.answerHTML)
            case .numeric(let instance):
                let unit = drill.bundle.numericDrill(id: instance.drillID)?.unit ?? ""
                return CardPayload(kind: "numeric", id: instance.drillID, question: instance.question, seed: String(instance.seed), unit: unit.isEmpty ? nil : unit)
            }
        }
        return renderer.render("quickfire", QuickFireView(
            running: true, topics: topics, secondsDefault: secondsDefault, seconds: seconds,
            count: cards.count, cardsJSON: try ScriptJSON.encode(payload)))
    }
}

struct TopicOption { var id: String; var title: String; var selected: Bool }

struct QuickFireView {
    var running: Bool
    var topics: [TopicOption]
    var secondsDefault: Int
    var seconds = 0
    var count = 0
    var cardsJSON = "[]"
}

/// JSON safe to embed in a `<script>` element: no `<`, `>` or `&` can end the element early.
enum ScriptJSON {
    static func encode(_ value: some Encodable) throws -> String {
        let text = String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
        return text.replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
