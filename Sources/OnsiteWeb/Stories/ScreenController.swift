import Foundation
import Hummingbird
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// The recruiter screen: its questions by category (compensation as "what to say"), questions to
/// ask by round, and the 2-minute pitch drill checked by `PitchLinter`.
struct ScreenController<Context: RequestContext> {
    let bundle: ContentBundle
    let renderer: PageRenderer
    let token: FormToken

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/screen", use: show)
        routes.get("/screen/pitch", use: pitch)
        routes.post("/screen/pitch", use: checkPitch)
        return routes
    }


    func show(request: Request, context: Context) async throws -> HTMLPage {
        let groups = ScreenCategory.allCases.filter { $0 != .compensation }.compactMap { category -> ScreenGroup? in
            let questions = bundle.screenQuestions.filter { $0.category == category }
            return questions.isEmpty ? nil : ScreenGroup(id: category.rawValue, title: category.rawValue.prefix(1).uppercased() + category.rawValue.dropFirst(), questions: questions.map(ScreenQuestionView.init))
        }
        let compensation = bundle.screenQuestions.filter { $0.category == .compensation }.map(ScreenQuestionView.init)
        let rounds = bundle.questionsToAsk.map { RoundView(id: $0.round.rawValue, title: $0.title, questions: $0.questions.map { .init(ask: $0.ask, why: $0.why) }) }
        return renderer.render("screen", ScreenView(
            groups: groups, compensation: compensation, hasCompensation: !compensation.isEmpty, rounds: rounds, hasRounds: !rounds.isEmpty,
            isEmpty: bundle.screenQuestions.isEmpty && bundle.questionsToAsk.isEmpty))
    }

    func pitch(request: Request, context: Context) async throws -> HTMLPage {
        renderer.render("screen-pitch", PitchView(bundle.pitch, text: "", company: "", checked: nil, csrf: token.value))
    }

    func checkPitch(request: Request, context: Context) async throws -> HTMLPage {
        let form = try await FormFields(request: request, context: context)
        let text = form["pitch"] ?? "", company = form["company"] ?? ""
        return renderer.render("screen-pitch", PitchView(bundle.pitch, text: text, company: company, checked: PitchCheck(text: text, company: company), csrf: token.value))
    }
}

/// What the pitch linter says about one pitch, for the page and the JSON API.
struct PitchCheck: ResponseEncodable {
    struct Item: Codable { var rule: String; var severity: String; var message: String; var sentence: String? }
    var words: Int
    var spokenSeconds: Int
    var findings: [Item]
    var clean: Bool

    init(text: String, company: String) {
        words = PitchGuide.wordCount(text)
        spokenSeconds = Int((Double(words) / 150 * 60).rounded())
        findings = PitchLinter.lint(text, company: company).map {
            Item(rule: $0.rule, severity: $0.severity.rawValue, message: $0.message, sentence: $0.sentence)
        }
        clean = findings.isEmpty
    }
}

struct ScreenQuestionView {
    var id: String
    var question: String
    var covers: [String]
    var avoid: [String]
    var example: String

    init(_ question: ScreenQuestion) {
        id = question.id
        self.question = question.question
        covers = question.goodAnswerCovers
        avoid = question.avoid
        example = question.exampleAnswer
    }
}

struct ScreenGroup { var id: String; var title: String; var questions: [ScreenQuestionView] }
struct RoundView { struct Ask { var ask: String; var why: String }; var id: String; var title: String; var questions: [Ask] }

struct ScreenView {
    var groups: [ScreenGroup]
    var compensation: [ScreenQuestionView]
    var hasCompensation: Bool
    var rounds: [RoundView]
    var hasRounds: Bool
    var isEmpty: Bool
}

struct PitchView {
    var hasGuide: Bool
    var covers: [String]
    var avoid: [String]
    var example: String
    var minWords: Int
    var maxWords: Int
    var text: String
    var company: String
    var checked: PitchCheck?
    var csrf: String

    init(_ guide: PitchGuide?, text: String, company: String, checked: PitchCheck?, csrf: String) {
        hasGuide = guide != nil
        covers = guide?.covers ?? []
        avoid = guide?.avoid ?? []
        example = guide?.example ?? ""
        minWords = guide?.minWords ?? PitchLinter.words.lowerBound
        maxWords = guide?.maxWords ?? PitchLinter.words.upperBound
        self.text = text
        self.company = company
        self.checked = checked
        self.csrf = csrf
    }
}
