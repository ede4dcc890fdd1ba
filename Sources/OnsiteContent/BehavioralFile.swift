import Foundation
import OnsiteCore
import Yams

/// Reads one behavioral question (`content/behavioral/<primary-theme>/<id>.md`, format in
/// `docs/content-behavioral.md`), collecting every problem it has rather than stopping at the first.
enum BehavioralFile {
    static let fields: Set<String> = ["id", "themes", "levels"]
    static let sections = ["Question", "Listening for", "Red flags", "Follow-ups"]

    static func parse(text: String, path: String, folder: String, themes: Set<String>) -> Result<BehavioralQuestion, ContentInvalid> {
        var problems: [ContentDiagnostic] = []
        let problem = { (line: Int, message: String) in
            problems.append(ContentDiagnostic(path: path, line: line, message: message))
        }
        let file: FrontMatterFile
        do {
            file = try FrontMatterFile(text: text, path: path)
        } catch {
            return .failure(ContentInvalid(diagnostics: [error]))
        }
        let fields = FieldReader(file: file, report: problem)
        fields.reportUnknown(Self.fields)
        let id = fields.slugID(path: path)
        let questionThemes = fields.strings("themes", required: true)
        if let questionThemes {
            let line = fields.line("themes")
            if !(1...3).contains(questionThemes.count) { problem(line, "`themes` lists \(questionThemes.count) theme(s); list 1 to 3") }
            if Set(questionThemes).count != questionThemes.count { problem(line, "`themes` names a theme twice") }
            for theme in questionThemes where !themes.contains(theme) {
                problem(line, "unknown theme `\(theme)` (use one listed in behavioral/themes.yaml)")
            }
            if let first = questionThemes.first, first != folder {
                problem(line, "the first (primary) theme `\(first)` must be the question's folder `\(folder)`")
            }
        }
        var levels: [BehavioralLevel]?
        if let raw = fields.strings("levels", required: true) {
            let line = fields.line("levels")
            let allowed = BehavioralLevel.allCases.map(\.rawValue).joined(separator: ", ")
            let known = raw.compactMap(BehavioralLevel.init(rawValue:))
            for level in raw where BehavioralLevel(rawValue: level) == nil {
                problem(line, "unknown level `\(level)` (expected one of: \(allowed))")
            }
            if raw.isEmpty { problem(line, "`levels` must list at least one of: \(allowed)") }
            if Set(raw).count != raw.count { problem(line, "`levels` names a level twice") }
            if known.count == raw.count { levels = known }
        }

        let body = MarkdownSections(body: file.body, order: Self.sections, report: problem)
        let question = body.text("Question")
        if let question {
            let count = Sentences.count(in: question.text)
            if count > 2 { problem(question.line, "the question has \(count) sentences; ask it in one or two") }
        }
        let listening = body.bullets("Listening for", 3...6)
        let redFlags = body.bullets("Red flags", 2...5)
        let followUps = body.subItems("Follow-ups", 1...2)
        guard problems.isEmpty, let id, let questionThemes, let levels, let question, let listening, let redFlags, let followUps else {
            return .failure(ContentInvalid(diagnostics: problems))
        }
        return .success(BehavioralQuestion(
            id: id, themes: questionThemes, levels: levels, question: question.text,
            listeningFor: listening, redFlags: redFlags,
            followUps: followUps.map { .init(question: $0.question, answer: $0.answer) }, path: path))
    }
}

extension FieldReader {
    /// `id`, checked to be a slug equal to the file name; nil (reported) otherwise.
    func slugID(path: String) -> String? {
        guard let id = string("id") else { return nil }
        if !Slug.isValid(id) {
            report(line("id"), "id `\(id)` is not a slug (lowercase letters, digits and single dashes)")
            return nil
        }
        if id != fileID(of: path) {
            report(line("id"), "id `\(id)` does not match the file name `\(fileID(of: path)).md`")
            return nil
        }
        return id
    }
}
