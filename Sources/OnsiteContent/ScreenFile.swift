import Foundation
import OnsiteCore
import Yams

/// Reads one recruiter screen question (`content/screen/<id>.md`), collecting every problem.
enum ScreenFile {
    static let fields: Set<String> = ["id", "category"]
    static let sections = ["Question", "A good answer covers", "Avoid", "Example answer"]

    static func parse(text: String, path: String) -> Result<ScreenQuestion, ContentInvalid> {
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
        let category = fields.enumValue("category", ScreenCategory.self)
        let body = MarkdownSections(body: file.body, order: Self.sections, report: problem)
        let question = body.text("Question")
        if let question, Sentences.count(in: question.text) > 3 {
            problem(question.line, "the question has \(Sentences.count(in: question.text)) sentences; a screen question is one to three")
        }
        let covers = body.bullets("A good answer covers", 3...6)
        let avoid = body.bullets("Avoid", 1...4)
        let example = body.text("Example answer")
        guard problems.isEmpty, let id, let category, let question, let covers, let avoid, let example else {
            return .failure(ContentInvalid(diagnostics: problems))
        }
        return .success(ScreenQuestion(
            id: id, category: category, question: question.text, goodAnswerCovers: covers,
            avoid: avoid, exampleAnswer: example.text, path: path))
    }
}
