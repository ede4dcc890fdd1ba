import Foundation
import OnsiteCore
import Yams

/// `design/cases/<id>.yaml` and `design/drills/<id>.yaml` (docs/content-design.md): every problem reported
/// with its line, and an item only when its file has none.
enum DesignFile {
    static let caseFields: Set<String> = ["id", "title", "difficulty", "topics", "prompt", "clarifying", "diagram", "steps", "red-flags", "follow-ups"]
    static let drillFields: Set<String> = ["id", "title", "step", "difficulty", "topics", "prompt", "answer", "points", "anchors", "red-flags"]
    static let stepFields: Set<String> = ["answer", "points", "anchors"]
    static let minimumClarifying = 3, minimumPoints = 4, minimumPhrases = 3, minimumRedFlags = 4, minimumFollowUps = 4

    static func parse(text: String, path: String, kind: DesignItemKind, topics: Set<String>) -> Result<DesignItem, ContentInvalid> {
        var problems: [ContentDiagnostic] = []
        func report(_ line: Int, _ message: String) { problems.append(ContentDiagnostic(path: path, line: line, message: message)) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .plainScalars)
        } catch let error as YamlError {
            return .failure(ContentInvalid(diagnostics: [FrontMatterFile.diagnostic(for: error, path: path, offset: 0)]))
        } catch {
            return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "not valid YAML: \(error)")]))
        }
        guard let mapping = root?.mapping else {
            return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "must be a YAML mapping (id, title, …)")]))
        }
        let fields = reader(mapping, fallback: 1, report: report)
        fields.reportUnknown(kind == .case ? caseFields : drillFields)
        let id = fields.string("id")
        let fileID = String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".yaml", with: "")
        if let id, !Slug.isValid(id) {
            report(fields.line("id"), "id `\(id)` must be a slug (lower-case letters, digits and hyphens)")
        } else if let id, id != fileID {
            report(fields.line("id"), "id `\(id)` must match the file name `\(fileID).yaml`")
        }
        let title = fields.string("title")
        let difficulty = fields.enumValue("difficulty", Difficulty.self)
        let itemTopics = fields.strings("topics", required: true) ?? []
        for topic in itemTopics where !topics.contains(topic) {
            report(fields.line("topics"), "unknown topic `\(topic)` (topics.yaml lists the topics)")
        }
        let prompt = fields.string("prompt")
        var steps: [DesignStepRubric] = []
        var clarifying: [ClarifyingQuestion] = []
        var followUps: [FollowUp] = []
        var diagram = ""
        if kind == .case {
            clarifying = parseClarifying(fields, report: report)
            diagram = parseDiagram(fields, report: report)
            steps = parseSteps(fields, report: report)
            followUps = parseFollowUps(fields, report: report)
        } else if let step = fields.enumValue("step", DesignStep.self), let rubric = parseRubric(step, fields: fields, report: report) {
            steps = [rubric]
        }
        let redFlags = parseRedFlags(fields, minimum: kind == .case ? minimumRedFlags : 0, report: report)
        guard problems.isEmpty, let id, let title, let difficulty, let prompt else { return .failure(ContentInvalid(diagnostics: problems)) }
        return .success(
            DesignItem(
                id: id, title: title, kind: kind, difficulty: difficulty, topics: itemTopics, prompt: prompt, steps: steps, redFlags: redFlags,
                clarifying: clarifying, diagram: diagram, followUps: followUps))
    }

    static func reader(_ mapping: Node.Mapping, fallback: Int, report: @escaping (Int, String) -> Void) -> FieldReader {
        FieldReader(mapping: mapping, line: { $0?.mark?.line ?? fallback }, report: { report($0 == 1 ? fallback : $0, $1) })
    }

    /// A list field's entries as mappings, reporting a missing list, a short one, and entries that are not mappings.
    static func entries(_ key: String, of fields: FieldReader, minimum: Int, what: String, report: (Int, String) -> Void) -> [(Node.Mapping, Int)] {
        guard let node = fields.node(key) else {
            if minimum > 0 { report(fields.line(key) == 1 ? 1 : fields.line(key), "missing required field `\(key)` (at least \(minimum) \(what))") }
            return []
        }
        let line = node.mark?.line ?? 1
        guard let sequence = node.sequence else {
            report(line, "`\(key)` must be a list of \(what)")
            return []
        }
        if sequence.count < minimum { report(line, "`\(key)` has \(sequence.count) entries; write at least \(minimum) \(what)") }
        var result: [(Node.Mapping, Int)] = []
        for entry in sequence {
            guard let mapping = entry.mapping else {
                report(entry.mark?.line ?? line, "each entry of `\(key)` must be a mapping (\(what))")
                continue
            }
            result.append((mapping, entry.mark?.line ?? line))
        }
        return result
    }

    static func parseClarifying(_ fields: FieldReader, report: @escaping (Int, String) -> Void) -> [ClarifyingQuestion] {
        entries("clarifying", of: fields, minimum: minimumClarifying, what: "`question` and `assumption` pairs", report: report).compactMap { mapping, line in
            let entry = reader(mapping, fallback: line, report: report)
            entry.reportUnknown(["question", "assumption"])
            guard let question = entry.string("question"), let assumption = entry.string("assumption") else { return nil }
            return ClarifyingQuestion(question: question, assumption: assumption)
        }
    }

    /// The diagram must parse; its error is reported on the file's line, not the diagram's.
    static func parseDiagram(_ fields: FieldReader, report: (Int, String) -> Void) -> String {
        guard let node = fields.node("diagram") else {
            report(1, "missing required field `diagram` (the serving path, like `client -> api -> ranker`)")
            return ""
        }
        guard let scalar = node.scalar else {
            report(node.mark?.line ?? 1, "`diagram` must be text, one chain `a -> b -> c` per line")
            return ""
        }
        let firstLine = (node.mark?.line ?? 1) + (scalar.style == .literal || scalar.style == .folded ? 1 : 0)
        do {
            let diagram = try DesignDiagram.parse(scalar.string)
            if diagram.edges.isEmpty { report(node.mark?.line ?? 1, "`diagram` has no edge; write one chain `a -> b` per line") }
        } catch let error as DiagramError {
            report(firstLine + error.line - 1, "diagram: \(error.message)")
        } catch {}
        return scalar.string
    }

    static func parseSteps(_ fields: FieldReader, report: @escaping (Int, String) -> Void) -> [DesignStepRubric] {
        guard let node = fields.node("steps") else {
            report(1, "missing required field `steps` (all six: \(DesignStep.allCases.map(\.rawValue).joined(separator: ", ")))")
            return []
        }
        guard let mapping = node.mapping else {
            report(node.mark?.line ?? 1, "`steps` must be a mapping from step id to its answer, points and anchors")
            return []
        }
        let line = node.mark?.line ?? 1
        let stepReader = reader(mapping, fallback: line, report: report)
        stepReader.reportUnknown(Set(DesignStep.allCases.map(\.rawValue)))
        let written: [DesignStep] = Array(mapping.keys.compactMap { $0.string.flatMap(DesignStep.init(rawValue:)) })
        if written != written.sorted() {
            report(line, "write the steps in order: \(DesignStep.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var steps: [DesignStepRubric] = []
        for step in DesignStep.allCases {
            guard let stepNode = mapping[step.rawValue] else {
                report(line, "missing step `\(step.rawValue)`")
                continue
            }
            guard let stepMapping = stepNode.mapping else {
                report(stepNode.mark?.line ?? line, "step `\(step.rawValue)` must be a mapping: answer, points, anchors")
                continue
            }
            let stepFields = reader(stepMapping, fallback: stepNode.mark?.line ?? line, report: report)
            stepFields.reportUnknown(DesignFile.stepFields)
            if let rubric = parseRubric(step, fields: stepFields, report: report) { steps.append(rubric) }
        }
        return steps
    }


    /// A step's `answer`, `points` and `anchors`, in a case's step or at a drill's top level.
    static func parseRubric(_ step: DesignStep, fields: FieldReader, report: @escaping (Int, String) -> Void) -> DesignStepRubric? {
        let answer = fields.string("answer")
        var points: [RubricPoint] = []
        var ids = Set<String>()
        for (mapping, line) in entries("points", of: fields, minimum: minimumPoints, what: "rubric points", report: report) {
            let entry = reader(mapping, fallback: line, report: report)
            entry.reportUnknown(["id", "point", "weight", "phrases"])
            let id = entry.string("id")
            if let id, !ids.insert(id).inserted { report(line, "point id `\(id)` appears twice in step `\(step.rawValue)`") }
            if let id, !Slug.isValid(id) { report(line, "point id `\(id)` must be a slug") }
            let point = entry.string("point")
            let weight = entry.string("weight").flatMap(Int.init)
            if let weight, !(1...3).contains(weight) { report(entry.line("weight"), "`weight` must be 1, 2 or 3") }
            if entry.node("weight") != nil, weight == nil { report(entry.line("weight"), "`weight` must be 1, 2 or 3") }
            let phrases = entry.strings("phrases", required: true) ?? []
            if entry.node("phrases") != nil, phrases.count < minimumPhrases {
                report(entry.line("phrases"), "point `\(id ?? "?")` has \(phrases.count) phrase(s); write at least \(minimumPhrases)")
            }
            if let id, let point, let weight, (1...3).contains(weight), phrases.count >= minimumPhrases {
                points.append(RubricPoint(id: id, point: point, weight: weight, phrases: phrases))
            }
        }
        let anchors = parseAnchors(fields, report: report)
        guard let answer, let anchors else { return nil }
        return DesignStepRubric(step: step, answer: answer, points: points, anchors: anchors)
    }

    static func parseAnchors(_ fields: FieldReader, report: @escaping (Int, String) -> Void) -> DesignAnchors? {
        guard let node = fields.node("anchors") else {
            report(1, "missing required field `anchors` (very-weak, weak, strong, very-strong)")
            return nil
        }
        guard let mapping = node.mapping else {
            report(node.mark?.line ?? 1, "`anchors` must be a mapping: very-weak, weak, strong, very-strong")
            return nil
        }
        let anchors = reader(mapping, fallback: node.mark?.line ?? 1, report: report)
        anchors.reportUnknown(Set(DesignLevel.allCases.map(\.rawValue)))
        var levels: [DesignLevel: String] = [:]
        for level in DesignLevel.allCases {
            if let text = anchors.string(level.rawValue) { levels[level] = text }
        }
        return levels.count == DesignLevel.allCases.count ? DesignAnchors(levels) : nil
    }

    static func parseRedFlags(_ fields: FieldReader, minimum: Int, report: @escaping (Int, String) -> Void) -> [RedFlag] {
        var ids = Set<String>()
        return entries("red-flags", of: fields, minimum: minimum, what: "red flags", report: report).compactMap { mapping, line in
            let entry = reader(mapping, fallback: line, report: report)
            entry.reportUnknown(["id", "flag", "step", "claims"])
            let id = entry.string("id")
            if let id, !ids.insert(id).inserted { report(line, "red flag id `\(id)` appears twice") }
            let flag = entry.string("flag")
            let step = entry.node("step") == nil ? nil : entry.enumValue("step", DesignStep.self)
            let claims = entry.strings("claims", required: true) ?? []
            if entry.node("claims") != nil, claims.isEmpty { report(entry.line("claims"), "`claims` needs at least one phrase") }
            guard let id, let flag, !claims.isEmpty, entry.node("step") == nil || step != nil else { return nil }
            return RedFlag(id: id, flag: flag, step: step, claims: claims)
        }
    }

    static func parseFollowUps(_ fields: FieldReader, report: @escaping (Int, String) -> Void) -> [FollowUp] {
        entries("follow-ups", of: fields, minimum: minimumFollowUps, what: "`question` and `answer` pairs", report: report).compactMap { mapping, line in
            let entry = reader(mapping, fallback: line, report: report)
            entry.reportUnknown(["question", "answer"])
            guard let question = entry.string("question"), let answer = entry.string("answer") else { return nil }
            return FollowUp(question: question, answer: answer, answerHTML: Markdown.html(answer))
        }
    }
}
