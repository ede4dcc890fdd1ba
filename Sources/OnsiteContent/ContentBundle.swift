public import Foundation
public import OnsiteCore
import Synchronization
import Yams

/// The question bank, loaded from the content folder into memory, keyed by id.
public struct ContentBundle: Sendable {
    public var topics: [Topic]
    /// Cards in bank order: by topic as `topics.yaml` lists them, then difficulty, then id.
    public var cards: [ConceptCard]
    /// Coding problems in bank order: by round (DSA, ML, SQL), then difficulty, then id.
    public var problems: [CodingProblem]
    /// Behavioral themes as `behavioral/themes.yaml` lists them (empty when the bundle has none).
    public var themes: [BehavioralTheme] = []
    /// Behavioral questions by primary theme, then id.
    public var behavioralQuestions: [BehavioralQuestion] = []
    /// Recruiter screen questions by category (motivation first), then id.
    public var screenQuestions: [ScreenQuestion] = []
    /// Questions to ask the interviewer, by round in interview order.
    public var questionsToAsk: [QuestionsToAsk] = []
    /// The 2-minute pitch guide, when the bundle has `screen/pitch.md`.
    public var pitch: PitchGuide?
    /// Probe questions of the ML depth round, in file order (phases interleave as written).
    public var depthProbes: [DepthProbe] = []
    /// Numeric drill generators in bank order: by topic as `topics.yaml` lists them, then difficulty, then id.
    public var numericDrills: [NumericDrill] = [] {
        didSet { numericDrillIndex = Dictionary(numericDrills.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }) }
    }
    private var numericDrillIndex: [String: Int] = [:]
    /// ML system design cases and single-step drills, cases first, each by id.
    public var designItems: [DesignItem] = []
    private var problemIndex: [String: Int]
    private var cardIndex: [String: Int]
    /// Card ids in bank order, all and by topic, computed once: the drill queue needs them per request.
    public private(set) var cardIDs: [String]
    private var cardIDsByTopic: [String: [String]]
    /// Each problem's parsed `tests.json`, shared by the copies of this bundle.
    private let testsCache = TestsCache()

    public init(topics: [Topic], cards: [ConceptCard], problems: [CodingProblem] = []) {
        let rounds = ProblemRound.allCases
        self.problems = problems.sorted {
            (rounds.firstIndex(of: $0.round)!, $0.difficulty, $0.id) < (rounds.firstIndex(of: $1.round)!, $1.difficulty, $1.id)
        }
        self.problemIndex = Dictionary(self.problems.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let order = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.id, $0) })
        self.topics = topics
        self.cards = cards.sorted {
            (order[$0.topics[0]] ?? .max, $0.difficulty, $0.id) < (order[$1.topics[0]] ?? .max, $1.difficulty, $1.id)
        }
        self.cardIndex = Dictionary(self.cards.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.cardIDs = self.cards.map(\.id)
        var byTopic: [String: [String]] = [:]
        for card in self.cards { for topic in card.topics { byTopic[topic, default: []].append(card.id) } }
        self.cardIDsByTopic = byTopic
    }

    public func card(id: String) -> ConceptCard? { cardIndex[id].map { cards[$0] } }
    public func numericDrill(id: String) -> NumericDrill? { numericDrillIndex[id].map { numericDrills[$0] } }
    public func problem(id: String) -> CodingProblem? { problemIndex[id].map { problems[$0] } }
    public func topic(id: String) -> Topic? { topics.first { $0.id == id } }
    public func behavioralQuestion(id: String) -> BehavioralQuestion? { behavioralQuestions.first { $0.id == id } }
    public func screenQuestion(id: String) -> ScreenQuestion? { screenQuestions.first { $0.id == id } }
    /// Behavioral questions that list the theme anywhere in their `themes`.
    public func behavioralQuestions(inTheme theme: String) -> [BehavioralQuestion] { behavioralQuestions.filter { $0.themes.contains(theme) } }
    /// Ids of the cards that list the topic anywhere in their `topics`, in bank order.
    public func cardIDs(inTopic topic: String) -> [String] { cardIDsByTopic[topic] ?? [] }
    /// Cards that list the topic anywhere in their `topics`.
    public func cards(inTopic topic: String) -> [ConceptCard] { cards.filter { $0.topics.contains(topic) } }

    /// Where the bundle was loaded from, so a problem's tests can be read when they are needed.
    public private(set) var folder: URL?

    /// Loads and validates the folder; throws `ContentInvalid` listing every problem when any.
    /// Problems' tests are read later, by `tests(for:)`: they are megabytes, and pages never show them.
    public static func load(from folder: URL) throws -> ContentBundle {
        let (bundle, problems) = check(folder: folder, includeTests: false, nearDuplicates: false)
        guard problems.isEmpty, let bundle else { throw ContentInvalid(diagnostics: problems) }
        return bundle
    }

    /// A problem's tests, read from its `tests.json` (already in memory after a full check). Each
    /// file is read and parsed once, on first use, and kept: a Submit must not parse megabytes.
    public func tests(for problem: CodingProblem) throws -> [ProblemTest] {
        if !problem.tests.isEmpty { return problem.tests }
        guard let folder else { return [] }
        return try testsCache.tests(for: problem.path) {
            let text = try String(contentsOf: folder.appendingPathComponent(problem.path + "/tests.json"), encoding: .utf8)
            return try ProblemTest.list(from: text)
        }
    }

    /// How many `tests.json` files this bundle has parsed so far (each at most once).
    var testFilesParsed: Int { testsCache.parses }

    /// Validates the folder and returns what loaded along with every problem found.
    /// `nearDuplicates` compares every card with every other: `content check` (and CI) refuse them, so
    /// loading the checked bank at start-up skips it.
    public static func check(folder: URL, includeTests: Bool = true, nearDuplicates: Bool = true) -> (ContentBundle?, [ContentDiagnostic]) {
        var problems: [ContentDiagnostic] = []
        let topics: [Topic]
        do {
            topics = try TopicsFile.load(folder.appendingPathComponent("topics.yaml"))
        } catch {
            return (nil, [error])
        }
        let topicIDs = Set(topics.map(\.id))
        // Files are parsed on every core: rendering Markdown is most of start-up.
        let files = BundleFiles.markdown(under: folder.appendingPathComponent("cards"), relativeTo: folder)
        let cardIDs = Set(files.map { String($0.path.split(separator: "/").last ?? "").replacingOccurrences(of: ".md", with: "") })
        let parsed = ParallelMap.map(files) { file -> Result<ConceptCard, ContentInvalid> in
            guard let text = try? String(contentsOf: file.url, encoding: .utf8) else {
                return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: file.path, line: 1, message: "cannot read the file as UTF-8 text")]))
            }
            let folderName = file.path.split(separator: "/").dropLast().last.map(String.init) ?? ""
            return CardFile.parse(text: text, path: file.path, folder: folderName, topics: topicIDs, cardIDs: cardIDs)
        }
        let (cards, cardProblems) = BundleFiles.firstOfEachID(parsed, id: \.id) { card, other in
            ContentDiagnostic(path: card.path, line: 2, message: "duplicate id `\(card.id)`, already used by \(other.path)")
        }
        problems += cardProblems
        if nearDuplicates { problems += NearDuplicates.find(in: cards) }
        let (codingProblems, problemDiagnostics) = loadProblems(from: folder.appendingPathComponent("problems"), includeTests: includeTests)
        problems += problemDiagnostics
        let behavioral = BehavioralBank(folder: folder)
        problems += behavioral.problems
        let (probes, probeProblems) = ProbesFile.load(folder: folder)
        problems += probeProblems
        let (drills, drillProblems) = NumericDrillBank.load(from: folder, topics: topics)
        problems += drillProblems
        let design = DesignBank(folder: folder, topics: topicIDs)
        problems += design.problems
        problems.sort { ($0.path, $0.line) < ($1.path, $1.line) }
        var bundle = ContentBundle(topics: topics, cards: cards, problems: codingProblems)
        bundle.themes = behavioral.themes
        bundle.behavioralQuestions = behavioral.questions
        bundle.screenQuestions = behavioral.screenQuestions
        bundle.questionsToAsk = behavioral.questionsToAsk
        bundle.pitch = behavioral.pitch
        bundle.depthProbes = probes
        bundle.numericDrills = drills
        bundle.designItems = design.items.sorted { ($0.kind == .case ? 0 : 1, $0.id) < ($1.kind == .case ? 0 : 1, $1.id) }
        bundle.folder = folder
        return (bundle, problems)
    }

    /// Every `problems/<round>/<id>/` folder, parsed on every core.
    private static func loadProblems(from root: URL, includeTests: Bool) -> ([CodingProblem], [ContentDiagnostic]) {
        let fileManager = FileManager.default
        var folders: [(url: URL, path: String, round: String)] = []
        for round in (try? fileManager.contentsOfDirectory(atPath: root.path))?.sorted() ?? [] {
            let roundFolder = root.appendingPathComponent(round)
            for id in (try? fileManager.contentsOfDirectory(atPath: roundFolder.path))?.sorted() ?? [] {
                var isFolder: ObjCBool = false
                let url = roundFolder.appendingPathComponent(id)
                if fileManager.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                    folders.append((url, "problems/\(round)/\(id)", round))
                }
            }
        }
        let parsed = ParallelMap.map(folders) {
            ProblemFile.parse(folder: $0.url, path: $0.path, round: $0.round, includeTests: includeTests)
        }
        let (problems, diagnostics) = BundleFiles.firstOfEachID(parsed, id: \.id) { problem, other in
            ContentDiagnostic(path: problem.path + "/problem.yaml", line: 1, message: "duplicate problem id `\(problem.id)`, already used by \(other.path)")
        }
        return (problems, diagnostics)
    }
}

/// Listing and de-duplicating the bundle's files, shared by every kind of item.
enum BundleFiles {
    /// Keeps the first item of each id and every parse problem; a later item with a taken id is
    /// reported by `duplicate(later, first)`.
    static func firstOfEachID<Item>(
        _ results: [Result<Item, ContentInvalid>], id: (Item) -> String,
        duplicate: (Item, Item) -> ContentDiagnostic
    ) -> ([Item], [ContentDiagnostic]) {
        var kept: [Item] = []
        var diagnostics: [ContentDiagnostic] = []
        var firstByID: [String: Item] = [:]
        for result in results {
            switch result {
            case .success(let item):
                if let first = firstByID[id(item)] {
                    diagnostics.append(duplicate(item, first))
                } else {
                    firstByID[id(item)] = item
                    kept.append(item)
                }
            case .failure(let invalid):
                diagnostics += invalid.diagnostics
            }
        }
        return (kept, diagnostics)
    }

    static func markdown(under root: URL, relativeTo base: URL) -> [(url: URL, path: String)] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        let prefix = base.standardizedFileURL.path + "/"
        return enumerator.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "md" }
            .map { ($0, $0.standardizedFileURL.path.replacingOccurrences(of: prefix, with: "")) }
            .sorted { $0.1 < $1.1 }
    }
}

/// `topics.yaml`: the list of topics a card may name.
enum TopicsFile {
    static func load(_ url: URL) throws(ContentDiagnostic) -> [Topic] {
        let path = "topics.yaml"
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ContentDiagnostic(path: path, line: 1, message: "missing or unreadable: the bundle needs a topics.yaml")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .plainScalars)
        } catch let error as YamlError {
            throw FrontMatterFile.diagnostic(for: error, path: path, offset: 0)
        } catch {
            throw ContentDiagnostic(path: path, line: 1, message: "not valid YAML: \(error)")
        }
        guard let list = node?.sequence else {
            throw ContentDiagnostic(path: path, line: 1, message: "must be a YAML list of topics")
        }
        var topics: [Topic] = []
        for item in list {
            let line = item.mark?.line ?? 1
            guard let id = item.mapping?["id"]?.string, Slug.isValid(id),
                  let title = item.mapping?["title"]?.string,
                  let summary = item.mapping?["summary"]?.string
            else {
                throw ContentDiagnostic(path: path, line: line, message: "each topic needs `id` (a slug), `title` and `summary`")
            }
            if topics.contains(where: { $0.id == id }) {
                throw ContentDiagnostic(path: path, line: line, message: "duplicate topic id `\(id)`")
            }
            topics.append(Topic(id: id, title: title, summary: summary))
        }
        return topics
    }
}

/// Parsed tests by problem folder. One lock per problem, so the first Submit of a problem parses
/// its file once while Submits of other problems go on; a failed read is not kept.
final class TestsCache: Sendable {
    private final class Entry: Sendable {
        let tests = Mutex<[ProblemTest]?>(nil)
    }

    private let entries = Mutex<[String: Entry]>([:])
    private let parseCount = Atomic<Int>(0)

    var parses: Int { parseCount.load(ordering: .relaxed) }

    func tests(for path: String, parse: () throws -> [ProblemTest]) throws -> [ProblemTest] {
        let entry = entries.withLock { entries in
            if let entry = entries[path] { return entry }
            let entry = Entry()
            entries[path] = entry
            return entry
        }
        return try entry.tests.withLock { cached in
            if let cached { return cached }
            parseCount.add(1, ordering: .relaxed)
            let tests = try parse()
            cached = tests
            return tests
        }
    }
}
