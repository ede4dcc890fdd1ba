import Foundation
import OnsiteCore
import Yams

/// `screen/pitch.md`: the 2-minute pitch guide. Front matter `minWords`, `maxWords`,
/// `wordsPerMinute`; sections `## What it covers` (3–6 bullets), `## Avoid` (1–4 bullets) and
/// `## Example pitch`, whose word count must fall in the range, so the example practises what it preaches.
enum PitchFile {
    static let path = "screen/pitch.md"
    static let fields: Set<String> = ["minWords", "maxWords", "wordsPerMinute"]
    static let sections = ["What it covers", "Avoid", "Example pitch"]

    static func parse(text: String) -> Result<PitchGuide, ContentInvalid> {
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
        func count(_ key: String) -> Int? {
            guard let node = fields.node(key) else {
                problem(1, "missing required field `\(key)`")
                return nil
            }
            guard let value = node.scalar.flatMap({ Int($0.string) }), value > 0 else {
                problem(fields.line(key), "`\(key)` must be a positive whole number")
                return nil
            }
            return value
        }
        let minWords = count("minWords")
        let maxWords = count("maxWords")
        let pace = count("wordsPerMinute")
        if let minWords, let maxWords, minWords > maxWords {
            problem(fields.line("maxWords"), "`maxWords` (\(maxWords)) is below `minWords` (\(minWords))")
        }
        let body = MarkdownSections(body: file.body, order: Self.sections, report: problem)
        let covers = body.bullets("What it covers", 3...6)
        let avoid = body.bullets("Avoid", 1...4)
        let example = body.text("Example pitch")
        if let example, let minWords, let maxWords {
            let words = PitchGuide.wordCount(example.text)
            if !(minWords...maxWords).contains(words) {
                problem(example.line, "the example pitch has \(words) words; keep it within \(minWords) to \(maxWords)")
            }
        }
        guard problems.isEmpty, let minWords, let maxWords, let pace, let covers, let avoid, let example else {
            return .failure(ContentInvalid(diagnostics: problems))
        }
        return .success(PitchGuide(minWords: minWords, maxWords: maxWords, wordsPerMinute: pace, covers: covers, avoid: avoid, example: example.text))
    }
}
