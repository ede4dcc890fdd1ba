import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// Behavioral practice: one question at a time against a 2-minute timer, the person's stories for
/// it, what the interviewer listens for revealed after answering, and a four-level self-rating
/// that schedules the question with FSRS (saved before the next question shows).
struct PracticeController<Context: RequestContext> {
    let practice: BehavioralPracticeService
    let renderer: PageRenderer
    let token: FormToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/stories/practice", use: show)
        routes.post("/stories/practice/review", use: review)
        return routes
    }

    func show(request: Request, context: Context) async throws -> HTMLPage {
        let query = request.uri.queryParameters
        let theme = query["theme"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
        let now = practice.clock.now()
        var rated: RatedView?
        if let id = query["rated"].map(String.init), let question = practice.bundle.behavioralQuestion(id: id),
           let state = try await practice.schedules()[id] {
            rated = RatedView(question: question.question, comesBack: IntervalText.format(state.due.timeIntervalSince(now)))
        }
        let prompt = try await practice.next(theme: theme)
        let soonest = prompt == nil ? try await practice.soonestDue(theme: theme) : nil
        let view = PracticeView(
            theme: theme ?? "", themeTitle: theme.flatMap { id in practice.bundle.themes.first { $0.id == id }?.title },
            themes: practice.bundle.themes.map { ThemeOption(id: $0.id, title: $0.title, selected: $0.id == theme) },
            prompt: prompt.map { PracticePromptView($0, theme: theme ?? "") }, rated: rated,
            nextDue: soonest.map { "in " + IntervalText.format($0.timeIntervalSince(now)) },
            hasQuestions: !practice.bundle.behavioralQuestions.isEmpty, csrf: token.value)
        return renderer.render("practice", view)
    }

    func review(request: Request, context: Context) async throws -> Response {
        let form = try await FormFields(request: request, context: context)
        let questionID = try form.required("question")
        let rating = try form.rating("rating")
        let theme = form["theme"] ?? ""
        let duration = form["seconds"].flatMap(Double.init).map { min(max($0, 0), 3600) }
        try await practice.rate(questionID: questionID, rating: rating, duration: duration)
        var location = "/stories/practice?rated=" + Self.escape(questionID)
        if !theme.isEmpty { location += "&theme=" + Self.escape(theme) }
        return Response(status: .seeOther, headers: [.location: location])
    }

    static func escape(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_."))) ?? "" }
}

struct ThemeOption { var id: String; var title: String; var selected: Bool }

struct RatedView { var question: String; var comesBack: String }

struct PracticeView {
    var theme: String
    var themeTitle: String?
    var themes: [ThemeOption]
    var prompt: PracticePromptView?
    var rated: RatedView?
    var nextDue: String?
    var hasQuestions: Bool
    var csrf: String
}

struct PracticePromptView {
    struct StoryView { var id: String; var title: String; var parts: [Part] }
    struct Part { var title: String; var text: String }
    struct FollowUp { var question: String; var answer: String }

    var id: String
    var question: String
    var themeTitle: String
    var themeID: String
    /// Every theme of the question, space-separated.
    var themes: String
    var levels: String
    var isNew: Bool
    var listeningFor: [String]
    var redFlags: [String]
    var followUps: [FollowUp]
    var hasFollowUps: Bool
    var stories: [StoryView]
    var hasStories: Bool
    var buttons: [RatingButton]
    var dueCount: Int
    var newCount: Int
    var topic: String

    init(_ prompt: PracticePrompt, theme: String) {
        let question = prompt.question
        id = question.id
        self.question = question.question
        themeTitle = prompt.theme?.title ?? question.primaryTheme
        themeID = question.primaryTheme
        themes = question.themes.joined(separator: " ")
        levels = question.levels.map(\.rawValue).joined(separator: ", ")
        isNew = prompt.isNew
        listeningFor = question.listeningFor
        redFlags = question.redFlags
        followUps = question.followUps.map { FollowUp(question: $0.question, answer: $0.answer) }
        hasFollowUps = !followUps.isEmpty
        stories = prompt.stories.map { story in
            StoryView(id: story.id, title: story.title, parts: StoryPart.sections.compactMap { part in
                let text = story.text(of: part)
                return text.isEmpty ? nil : Part(title: part.title, text: text)
            })
        }
        hasStories = !stories.isEmpty
        buttons = RatingButton.buttons(prompt.intervals) { $0.practiceLabel }
        dueCount = prompt.dueCount
        newCount = prompt.newCount
        topic = theme
    }
}
