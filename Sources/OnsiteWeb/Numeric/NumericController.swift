import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// Numeric drills on the web: answering one from the due queue (the form carries the instance's
/// seed, so the graded instance is the one shown) and the list of every generator.
struct NumericController<Context: RequestContext> {
    let numeric: NumericDrillService
    let renderer: PageRenderer
    let token: FormToken
    let clock: WallClock

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/drills", use: list)
        routes.post("/drill/numeric", use: answer)
        return routes
    }

    func list(request: Request, context: Context) async throws -> HTMLPage {
        let states = try await numeric.states()
        let now = clock.now()
        let rows = numeric.bundle.numericDrills.map { drill in
            NumericListView.Row(
                id: drill.id, title: drill.title, topics: drill.topics.joined(separator: ", "), difficulty: drill.difficulty.rawValue,
                tolerance: NumericView.describe(drill.tolerance),
                due: states[drill.id].map { NumericView.dueText($0.due, now: now) } ?? "new")
        }
        return renderer.render("drills", NumericListView(drills: rows, count: rows.count))
    }

    func answer(request: Request, context: Context) async throws -> HTMLPage {
        let form = try await FormFields(request: request, context: context)
        let drillID = try form.required("drill")
        let rawSeed = try form.required("seed")
        guard let seed = UInt64(rawSeed) else { throw BadInput(field: "seed", message: "`seed` must be a whole number, not `\(rawSeed)`") }
        let topic = form["topic"] ?? ""
        let typed = form["answer"] ?? ""
        let elapsed = form["seconds"].flatMap(Double.init)
        let result = try await numeric.answer(drillID: drillID, seed: seed, typed: typed, elapsed: elapsed)
        guard let state = result.state else {
            // Not a number: the same instance again, with the reason; nothing is recorded.
            let message = typed.trimmingCharacters(in: .whitespaces).isEmpty
                ? "Type a number (like 0.42, 1,200, 42% or 1.2e9)."
                : "`\(typed)` is not a number: type a number like 0.42, 1,200, 42% or 1.2e9."
            let question = NumericView.Question(result.drill, instance: result.instance, isNew: false, topic: topic, csrf: token.value, error: message)
            return renderer.render("drill", DrillView(
                topic: topic, topicTitle: nil, prompt: nil, numeric: question, nextDue: nil, newPerDay: 0, csrf: token.value), status: .badRequest)
        }
        let continueURL = topic.isEmpty ? "/drill" : "/drill?topic=" + (topic.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        return renderer.render("numeric-result", NumericView.Result(result, due: NumericView.dueText(state.due, now: clock.now()), continueURL: continueURL))
    }
}

struct NumericListView {
    struct Row { var id: String; var title: String; var topics: String; var difficulty: String; var tolerance: String; var due: String }
    var drills: [Row]
    var count: Int
}

/// View models of a numeric drill's question and its graded result.
enum NumericView {
    struct Question {
        var id: String
        var title: String
        var difficulty: String
        var isNew: Bool
        var question: String
        var unit: String?
        var seed: String
        var topic: String
        var csrf: String
        var error: String?
        var learning = 0
        var reviews = 0
        var newCards = 0
        var hasCounts = false

        init(_ drill: NumericDrill, instance: NumericInstance, isNew: Bool, topic: String, csrf: String, error: String? = nil) {
            id = drill.id
            title = drill.title
            difficulty = drill.difficulty.rawValue
            self.isNew = isNew
            question = instance.question
            unit = drill.unit.isEmpty ? nil : drill.unit
            seed = String(instance.seed)
            self.topic = topic
            self.csrf = csrf
            self.error = error
        }

        init(_ prompt: NumericPrompt, topic: String, csrf: String) {
            self.init(prompt.drill, instance: prompt.instance, isNew: prompt.isNew, topic: topic, csrf: csrf)
            learning = prompt.queue.learningCount
            reviews = prompt.queue.reviews.count
            newCards = prompt.queue.new.count
            hasCounts = true
        }
    }

    struct Result {
        var title: String
        var question: String
        var right: Bool
        var typed: String
        var answer: String
        var unit: String?
        var solution: String
        var due: String
        var continueURL: String

        init(_ result: NumericAnswer, due: String, continueURL: String) {
            title = result.drill.title
            question = result.instance.question
            right = result.grade.isRight
            switch result.grade {
            case .right(let typed), .wrong(let typed): self.typed = NumericFormat.number(typed)
            case .notANumber: typed = ""
            }
            answer = NumericFormat.number(result.instance.answer)
            unit = result.drill.unit.isEmpty ? nil : result.drill.unit
            solution = result.instance.solution
            self.due = due
            self.continueURL = continueURL
        }
    }

    static func describe(_ tolerance: NumericTolerance) -> String {
        switch tolerance {
        case .relative(let r): "within \(NumericFormat.number(r * 100))%"
        case .absolute(let a): "within ±\(NumericFormat.number(a))"
        case .exact: "exact"
        }
    }

    static func dueText(_ due: Date, now: Date) -> String {
        due <= now ? "now" : "in " + IntervalText.format(due.timeIntervalSince(now))
    }
}
