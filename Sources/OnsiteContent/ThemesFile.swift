import Foundation
import OnsiteCore
import Yams

/// `behavioral/themes.yaml`: the themes a behavioral question may name, each with `id`, `title`,
/// `summary` and `common` (true for the general themes a story bank should cover).
enum ThemesFile {
    static let path = "behavioral/themes.yaml"

    /// The themes that parsed, with a diagnostic for every problem.
    static func parse(text: String) -> ([BehavioralTheme], [ContentDiagnostic]) {
        guard let list = YAMLList.compose(text, path: path, what: "themes") else {
            return ([], [YAMLList.lastError(text, path: path, what: "themes")])
        }
        var themes: [BehavioralTheme] = []
        var problems: [ContentDiagnostic] = []
        for item in list {
            let line = item.mark?.line ?? 1
            guard let mapping = item.mapping else {
                problems.append(ContentDiagnostic(path: path, line: line, message: "each theme is a mapping with `id`, `title`, `summary` and `common`"))
                continue
            }
            let fields = FieldReader(mapping: mapping, line: { $0?.mark?.line ?? line }, report: {
                problems.append(ContentDiagnostic(path: path, line: $0 == 1 ? line : $0, message: $1))
            })
            for (key, _) in mapping where !fields.known(key, in: ["id", "title", "summary", "common"]) {
                problems.append(ContentDiagnostic(path: path, line: key.mark?.line ?? line, message: "unknown field `\(key.string ?? "?")` (expected: id, title, summary, common)"))
            }
            let id = fields.string("id")
            let title = fields.string("title")
            let summary = fields.string("summary")
            if mapping["common"] == nil {
                problems.append(ContentDiagnostic(path: path, line: line, message: "missing required field `common` (true for a general theme, false for an ML-specific one)"))
            }
            let common = fields.bool("common", default: false)
            guard let id, let title, let summary else { continue }
            if !Slug.isValid(id) {
                problems.append(ContentDiagnostic(path: path, line: line, message: "theme id `\(id)` is not a slug"))
            } else if themes.contains(where: { $0.id == id }) {
                problems.append(ContentDiagnostic(path: path, line: line, message: "duplicate theme id `\(id)`"))
            } else {
                themes.append(BehavioralTheme(id: id, title: title, summary: summary, common: common))
                // Stories are tagged and covered by the ids Core knows (StoryTheme): the two lists must agree.
                if !StoryTheme.all.contains(id) {
                    problems.append(ContentDiagnostic(path: path, line: line, message: "theme `\(id)` is not one the story bank knows (OnsiteCore StoryTheme): add it there too, or use one of \(StoryTheme.all.joined(separator: ", "))"))
                } else if common != StoryTheme.common.contains(id) {
                    problems.append(ContentDiagnostic(path: path, line: line, message: "theme `\(id)` has `common: \(common)`, but the story bank's coverage counts it as \(common ? "ML-specific" : "common") (OnsiteCore StoryTheme)"))
                }
            }
        }
        return (themes, problems)
    }
}

/// A YAML file whose top level is a list, with parse errors located by line.
enum YAMLList {
    static func compose(_ text: String, path: String, what: String) -> Node.Sequence? {
        (try? Yams.compose(yaml: text, .plainScalars))?.sequence
    }

    /// Why `compose` gave nothing: the YAML error with its line, or "not a list".
    static func lastError(_ text: String, path: String, what: String) -> ContentDiagnostic {
        do {
            _ = try Yams.compose(yaml: text, .plainScalars)
        } catch let error as YamlError {
            return FrontMatterFile.diagnostic(for: error, path: path, offset: 0)
        } catch {
            return ContentDiagnostic(path: path, line: 1, message: "not valid YAML: \(error)")
        }
        return ContentDiagnostic(path: path, line: 1, message: "must be a YAML list of \(what)")
    }
}
