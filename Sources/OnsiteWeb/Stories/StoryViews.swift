import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// The sixteen themes with the bank's titles (the ids themselves, made readable, when the bank has none).
struct StoryThemes: Sendable {
    struct Theme: Sendable { var id: String; var title: String; var common: Bool }
    let all: [Theme]

    init(bundle: ContentBundle) {
        let titles = Dictionary(bundle.themes.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        all = StoryTheme.all.map { id in
            Theme(id: id, title: titles[id] ?? Self.readable(id), common: StoryTheme.common.contains(id))
        }
    }

    func title(_ id: String) -> String { all.first { $0.id == id }?.title ?? Self.readable(id) }

    static func readable(_ id: String) -> String {
        let words = id.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// The limits of what the editor accepts, with messages that name the field.
enum StoryLimits {
    /// One part (or the title) of a story.
    static let partBytes = 64 * 1024
    /// A JSON save: five parts at their limit and the title fit.
    static let saveBytes = 1 << 20

    /// Refuses a part over 64 KB, naming it and its size; nothing is saved, and the editor keeps the text.
    static func check(_ story: Story) throws {
        let fields: [(String, String, String)] = [("title", "The title", story.title)]
            + StoryPart.sections.map { ($0.rawValue, "The \($0.title)", story.text(of: $0)) }
        for (field, name, text) in fields where text.utf8.count > partBytes {
            throw BadInput(
                field: field,
                message: "\(name) is \(text.utf8.count / 1024) KB (\(text.utf8.count) bytes); a part of a story is at most 64 KB — a story is told in about two minutes, so cut it (nothing was saved; your text is still in the editor).")
        }
    }
}

/// A finding as the pages and the API show it.
struct FindingView: Sendable {
    var rule: String
    var severity: String
    var part: String
    var sentence: String
    var hasSentence: Bool
    var message: String

    init(_ finding: Finding) {
        rule = finding.rule
        severity = finding.severity.rawValue
        part = finding.part.rawValue
        sentence = finding.sentence ?? ""
        hasSentence = finding.sentence != nil
        message = finding.message
    }
}

struct LintSummary {
    var errors: Int
    var warnings: Int
    var text: String

    init(_ findings: [Finding]) {
        errors = findings.filter { $0.severity == .error }.count
        warnings = findings.filter { $0.severity == .warning }.count
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        text = errors == 0 && warnings == 0 ? "no errors or warnings" : "\(count(errors, "error")), \(count(warnings, "warning"))"
    }
}

struct StoryRow {
    var id: String
    var title: String
    var untitled: Bool
    var themes: [String]
    var hasThemes: Bool
    var lint: String
    var errors: Int
    var warnings: Int
    var clean: Bool
    var hasErrors: Bool

    init(_ story: Story, themes: StoryThemes) {
        id = story.id
        title = story.title
        untitled = story.title.isEmpty
        self.themes = story.themes.map(themes.title)
        hasThemes = !story.themes.isEmpty
        let summary = LintSummary(StarLinter.lint(story))
        lint = summary.text
        errors = summary.errors
        warnings = summary.warnings
        clean = summary.errors == 0 && summary.warnings == 0
        hasErrors = summary.errors > 0
    }
}

struct StoriesListView {
    var stories: [StoryRow]
    var isEmpty: Bool
    var countText: String
}

struct ThemeBox { var id: String; var title: String; var checked: Bool }

struct PartField { var name: String; var title: String; var text: String; var hint: String; var rows: Int }

struct StoryEditorView {
    var csrf: String
    var isNew: Bool
    var id: String
    var action: String
    var title: String
    var commonThemes: [ThemeBox]
    var mlThemes: [ThemeBox]
    var parts: [PartField]
    var findings: [FindingView]
    var hasFindings: Bool
    var summary: String
    var error: String
    var hasError: Bool
    var saved: Bool

    static let hints: [StoryPart: String] = [
        .situation: "Two or three sentences of context: the team, the system, what was at stake.",
        .task: "What you were responsible for.",
        .action: "What you did, step by step, with \"I\": most of the story.",
        .result: "What happened, with a number: latency, money, time, users.",
        .learning: "What you do differently since.",
    ]

    init(story: Story?, themes: StoryThemes, csrf: String, error: String = "", saved: Bool = false) {
        let story = story ?? Story(id: "", title: "")
        self.csrf = csrf
        isNew = story.id.isEmpty
        id = story.id
        action = isNew ? "/stories" : "/stories/\(story.id)"
        title = story.title
        func box(_ theme: StoryThemes.Theme) -> ThemeBox { ThemeBox(id: theme.id, title: theme.title, checked: story.themes.contains(theme.id)) }
        commonThemes = themes.all.filter(\.common).map(box)
        mlThemes = themes.all.filter { !$0.common }.map(box)
        parts = StoryPart.sections.map { part in
            PartField(name: part.rawValue, title: part.title, text: story.text(of: part), hint: Self.hints[part] ?? "", rows: part == .action ? 8 : 4)
        }
        let found = isNew ? [] : StarLinter.lint(story)
        findings = found.map(FindingView.init)
        hasFindings = !found.isEmpty
        summary = isNew ? "" : LintSummary(found).text
        self.error = error
        hasError = !error.isEmpty
        self.saved = saved
    }
}

struct StoryPartHTML { var title: String; var html: String; var empty: Bool }

struct StoryReadView {
    var id: String
    var title: String
    var untitled: Bool
    var themes: [String]
    var hasThemes: Bool
    var parts: [StoryPartHTML]
    var words: Int
    var spoken: String

    init(_ story: Story, themes: StoryThemes) {
        id = story.id
        title = story.title
        untitled = story.title.isEmpty
        self.themes = story.themes.map(themes.title)
        hasThemes = !story.themes.isEmpty
        parts = StoryPart.sections.map { part in
            let text = story.text(of: part)
            return StoryPartHTML(title: part.title, html: StoryHTML.render(text), empty: text.storyIsBlank)
        }
        words = StoryText.wordCount(story.text(of: .story))
        spoken = StoryText.speakingTime(words: words)
    }
}

struct StoryDeleteView { var csrf: String; var id: String; var title: String }

struct CoverageCell { var covered: Bool; var story: String }
struct CoverageRow { var id: String; var title: String; var common: Bool; var cells: [CoverageCell]; var count: Int; var gap: Bool }
struct CoverageColumn { var id: String; var title: String }
struct StretchView { var theme: String; var title: String; var hasStory: Bool; var storyID: String; var storyTitle: String; var matched: String }

struct CoverageView {
    var columns: [CoverageColumn]
    var rows: [CoverageRow]
    var hasStories: Bool
    var gaps: [StretchView]
    var hasGaps: Bool
    var verdict: String
    var complete: Bool

    init(_ matrix: CoverageMatrix, themes: StoryThemes) {
        let columns = matrix.stories.map { CoverageColumn(id: $0.id, title: $0.title.isEmpty ? $0.id : $0.title) }
        self.columns = columns
        rows = matrix.themes.enumerated().map { index, theme in
            let cells = matrix.cells[index].enumerated().map { column, covered in CoverageCell(covered: covered, story: columns[column].title) }
            return CoverageRow(
                id: theme, title: themes.title(theme), common: StoryTheme.common.contains(theme), cells: cells,
                count: cells.filter(\.covered).count, gap: matrix.gaps.contains(theme))
        }
        hasStories = !matrix.stories.isEmpty
        gaps = matrix.stretch.map { item in
            StretchView(
                theme: item.theme, title: themes.title(item.theme), hasStory: item.storyID != nil, storyID: item.storyID ?? "",
                storyTitle: item.storyTitle.map { $0.isEmpty ? (item.storyID ?? "") : $0 } ?? "",
                matched: item.matched.map { "“\($0)”" }.joined(separator: ", "))
        }
        hasGaps = !matrix.gaps.isEmpty
        verdict = matrix.verdict
        complete = matrix.complete
    }
}

struct StoryImportView {
    var csrf: String
    var done: Bool
    var imported: [String]
    var importedCount: Int
    var problems: [String]
    var hasProblems: Bool
    var text: String
}

/// A person's story text as HTML: every character escaped first, then paragraphs (blank lines),
/// bullet and numbered lists, and `**bold**`, `*emphasis*` and `` `code` `` — no raw HTML ever passes through
/// (Ink, which renders the bank's own Markdown, passes HTML through, so it is not used here).
enum StoryHTML {
    static func render(_ text: String) -> String {
        var html = ""
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [String])?
        func flushParagraph() {
            if !paragraph.isEmpty { html += "<p>" + paragraph.map(inline).joined(separator: "<br>\n") + "</p>\n" }
            paragraph = []
        }
        func flushList() {
            if let current = list {
                let tag = current.ordered ? "ol" : "ul"
                html += "<\(tag)>" + current.items.map { "<li>" + inline($0) + "</li>" }.joined() + "</\(tag)>\n"
            }
            list = nil
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flushParagraph()
                flushList()
                continue
            }
            if let item = bullet(line) {
                flushParagraph()
                if list?.ordered != item.ordered { flushList() }
                if list == nil { list = (item.ordered, []) }
                list!.items.append(item.text)
                continue
            }
            flushList()
            paragraph.append(line)
        }
        flushParagraph()
        flushList()
        return html
    }

    static func bullet(_ line: String) -> (ordered: Bool, text: String)? {
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) { return (false, String(line.dropFirst(2))) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return (true, String(rest.dropFirst(2))) }
        }
        return nil
    }

    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// Escapes, then marks up the inline spans; the markers themselves (`*`, `` ` ``) cannot make a tag.
    static func inline(_ text: String) -> String {
        var html = escape(text)
        html = replace(#"`([^`]+)`"#, in: html, with: "<code>$1</code>")
        html = replace(#"\*\*([^*]+)\*\*"#, in: html, with: "<strong>$1</strong>")
        html = replace(#"(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])"#, in: html, with: "<em>$1</em>")
        return html
    }

    static func replace(_ pattern: String, in text: String, with template: String) -> String {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return text }
        return expression.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }
}

extension String {
    var storyIsBlank: Bool { allSatisfy(\.isWhitespace) }
}
