import Foundation
import OnsiteCore

/// The behavioral and recruiter screen half of the bank: `behavioral/` (themes and questions) and
/// `screen/` (questions, questions to ask, the pitch). Either folder may be absent, as in older
/// bundles and small test fixtures; then that part is simply empty.
struct BehavioralBank {
    var themes: [BehavioralTheme] = []
    var questions: [BehavioralQuestion] = []
    var screenQuestions: [ScreenQuestion] = []
    var questionsToAsk: [QuestionsToAsk] = []
    var pitch: PitchGuide?
    var problems: [ContentDiagnostic] = []

    init(folder: URL) {
        loadBehavioral(folder)
        loadScreen(folder)
    }

    private mutating func loadBehavioral(_ folder: URL) {
        let root = folder.appendingPathComponent("behavioral")
        guard FileManager.default.fileExists(atPath: root.path) else { return }
        if let text = Self.read(root.appendingPathComponent("themes.yaml")) {
            let (themes, themeProblems) = ThemesFile.parse(text: text)
            self.themes = themes
            problems += themeProblems
        } else {
            problems.append(ContentDiagnostic(path: ThemesFile.path, line: 1, message: "missing or unreadable: behavioral questions need the themes they may name"))
        }
        let themeIDs = Set(themes.map(\.id))
        let files = BundleFiles.markdown(under: root, relativeTo: folder)
        let parsed = ParallelMap.map(files) { file -> Result<BehavioralQuestion, ContentInvalid> in
            let parts = file.path.split(separator: "/")
            guard parts.count == 3 else {
                return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: file.path, line: 1, message: "a behavioral question lives in `behavioral/<primary-theme>/<id>.md`")]))
            }
            guard let text = Self.read(file.url) else { return .failure(Self.unreadable(file.path)) }
            return BehavioralFile.parse(text: text, path: file.path, folder: String(parts[1]), themes: themeIDs)
        }
        let (questions, duplicates) = BundleFiles.firstOfEachID(parsed, id: \.id) { question, other in
            ContentDiagnostic(path: question.path, line: 2, message: "duplicate id `\(question.id)`, already used by \(other.path)")
        }
        self.questions = questions.sorted { ($0.primaryTheme, $0.id) < ($1.primaryTheme, $1.id) }
        problems += duplicates
        problems += NearDuplicates.find(
            in: questions.map { .init(id: $0.id, path: $0.path, texts: [$0.question]) },
            advice: "merge them or make one ask something else")
    }

    private mutating func loadScreen(_ folder: URL) {
        let root = folder.appendingPathComponent("screen")
        guard FileManager.default.fileExists(atPath: root.path) else { return }
        let files = BundleFiles.markdown(under: root, relativeTo: folder).filter { $0.path != PitchFile.path }
        let parsed = files.map { file -> Result<ScreenQuestion, ContentInvalid> in
            guard let text = Self.read(file.url) else { return .failure(Self.unreadable(file.path)) }
            return ScreenFile.parse(text: text, path: file.path)
        }
        let (questions, duplicates) = BundleFiles.firstOfEachID(parsed, id: \.id) { question, other in
            ContentDiagnostic(path: question.path, line: 2, message: "duplicate id `\(question.id)`, already used by \(other.path)")
        }
        let categories = ScreenCategory.allCases
        screenQuestions = questions.sorted {
            (categories.firstIndex(of: $0.category)!, $0.id) < (categories.firstIndex(of: $1.category)!, $1.id)
        }
        problems += duplicates
        problems += NearDuplicates.find(
            in: questions.map { .init(id: $0.id, path: $0.path, texts: [$0.question]) },
            advice: "merge them or make one ask something else")
        if let text = Self.read(folder.appendingPathComponent(QuestionsToAskFile.path)) {
            let (rounds, roundProblems) = QuestionsToAskFile.parse(text: text)
            let order = AskingRound.allCases
            questionsToAsk = rounds.sorted { order.firstIndex(of: $0.round)! < order.firstIndex(of: $1.round)! }
            problems += roundProblems
        }
        if let text = Self.read(folder.appendingPathComponent(PitchFile.path)) {
            switch PitchFile.parse(text: text) {
            case .success(let guide): pitch = guide
            case .failure(let invalid): problems += invalid.diagnostics
            }
        }
    }

    private static func read(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

    private static func unreadable(_ path: String) -> ContentInvalid {
        ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "cannot read the file as UTF-8 text")])
    }
}
