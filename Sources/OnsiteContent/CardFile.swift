import Foundation
import Ink
import OnsiteCore
import Yams

/// Reads one concept card file (`content/cards/<topic>/<id>.md`), collecting every problem
/// it has rather than stopping at the first.
struct CardFile {
    static let fields: Set<String> = ["id", "topics", "round", "difficulty", "phrasings", "related"]

    /// Parses `text`; on failure the diagnostics name each problem's line.
    /// `cardIDs` are every card's id (its file name), so `related` links are checked as the file is read.
    static func parse(text: String, path: String, folder: String, topics: Set<String>, cardIDs: Set<String>) -> Result<ConceptCard, ContentInvalid> {
        var problems: [ContentDiagnostic] = []
        func problem(_ line: Int, _ message: String) {
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

        let fileID = String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".md", with: "")
        let id = fields.string("id")
        if let id {
            if !Slug.isValid(id) {
                problem(fields.line("id"), "id `\(id)` is not a slug (lowercase letters, digits and single dashes)")
            } else if id != fileID {
                problem(fields.line("id"), "id `\(id)` does not match the file name `\(fileID).md`")
            }
        }
        let cardTopics = fields.strings("topics", required: true)
        if let cardTopics {
            if cardTopics.isEmpty { problem(fields.line("topics"), "`topics` must list at least one topic") }
            for topic in cardTopics where !topics.contains(topic) {
                problem(fields.line("topics"), "unknown topic `\(topic)` (add it to topics.yaml or use a listed one)")
            }
            if let first = cardTopics.first, first != folder {
                problem(fields.line("topics"), "the first topic `\(first)` must be the card's folder `\(folder)`")
            }
        }
        let round = fields.enumValue("round", InterviewRound.self)
        let difficulty = fields.enumValue("difficulty", Difficulty.self)
        let phrasings = fields.strings("phrasings", required: false) ?? []
        let related = fields.strings("related", required: false) ?? []
        for link in related where !cardIDs.contains(link) || link == id {
            problem(fields.line("related"), link == id ? "a card cannot be related to itself" : "`related` names `\(link)`, which is no card's id")
        }

        let sections = CardSections(body: file.body, path: path, report: problem)
        if let answer = sections.answer {
            let count = Sentences.count(in: answer.text)
            if !(2...6).contains(count) {
                problem(answer.line, "the answer has \(count) sentence(s); write two to six")
            }
        }
        guard problems.isEmpty, let id, let cardTopics, let round, let difficulty,
              let question = sections.question, let answer = sections.answer
        else {
            return .failure(ContentInvalid(diagnostics: problems))
        }
        let followUps = sections.followUps.map {
            FollowUp(question: $0.question, answer: $0.answer, answerHTML: Markdown.html($0.answer))
        }
        return .success(ConceptCard(
            id: id, question: question.text, answer: answer.text, answerHTML: Markdown.html(answer.text),
            followUps: followUps, topics: cardTopics, round: round, difficulty: difficulty,
            phrasings: phrasings, markedDown: sections.markedDown?.text, related: related, path: path))
    }
}

/// Ids are slugs: lowercase letters and digits joined by single dashes.
public enum Slug {
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
