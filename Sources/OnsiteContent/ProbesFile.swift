import Foundation
import OnsiteCore
import Yams

/// `depth/probes.yaml`: a list of probe questions for the ML depth round, each `id`, `phase`,
/// `question` and `listen-for` (what a good answer shows).
enum ProbesFile {
    static let path = "depth/probes.yaml"
    static let fields: Set<String> = ["id", "phase", "question", "listen-for"]

    /// The probes, or none when the bundle has no such file (test fixtures).
    static func load(folder: URL) -> ([DepthProbe], [ContentDiagnostic]) {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) else { return ([], []) }
        return parse(text: text)
    }

    static func parse(text: String) -> ([DepthProbe], [ContentDiagnostic]) {
        guard let list = YAMLList.compose(text, path: path, what: "probes") else {
            return ([], [YAMLList.lastError(text, path: path, what: "probes")])
        }
        var probes: [DepthProbe] = []
        var problems: [ContentDiagnostic] = []
        var seen: Set<String> = []
        for item in list {
            let line = item.mark?.line ?? 1
            func problem(_ at: Int, _ message: String) { problems.append(ContentDiagnostic(path: path, line: at, message: message)) }
            guard let mapping = item.mapping else {
                problem(line, "each entry is a probe: `id`, `phase`, `question` and `listen-for`")
                continue
            }
            let before = problems.count
            let fields = FieldReader(mapping: mapping, line: { $0?.mark?.line ?? line }, report: { problem($0 == 1 ? line : $0, $1) })
            fields.reportUnknown(Self.fields)
            let id = fields.string("id")
            let phase = fields.enumValue("phase", DepthPhase.self)
            let question = fields.string("question")
            let listenFor = fields.string("listen-for")
            if let id {
                if !Slug.isValid(id) { problem(fields.line("id"), "id `\(id)` is not a slug (lowercase letters, digits and single dashes)") }
                if !seen.insert(id).inserted { problem(fields.line("id"), "duplicate probe id `\(id)`") }
            }
            if problems.count == before, let id, let phase, let question, let listenFor {
                probes.append(DepthProbe(id: id, phase: phase, question: question, listenFor: listenFor))
            }
        }
        return (probes, problems)
    }
}
