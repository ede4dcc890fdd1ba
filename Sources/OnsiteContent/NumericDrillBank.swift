import Foundation
public import OnsiteCore

/// The numeric drill generators under `drills/<topic>/<id>.yaml`.
enum NumericDrillBank {
    /// Every generator that parsed, in bank order (topic order of `topics.yaml`, difficulty, id), and every problem.
    static func load(from folder: URL, topics: [Topic]) -> ([NumericDrill], [ContentDiagnostic]) {
        let root = folder.appendingPathComponent("drills")
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return ([], []) }
        let prefix = folder.standardizedFileURL.path + "/"
        let files = enumerator.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .map { ($0, $0.standardizedFileURL.path.replacingOccurrences(of: prefix, with: "")) }
            .sorted { $0.1 < $1.1 }
        let topicIDs = Set(topics.map(\.id))
        let parsed = ParallelMap.map(files) { url, path -> Result<NumericDrill, ContentInvalid> in
            let parts = path.split(separator: "/")
            guard parts.count == 3 else {
                return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "a drill lives at drills/<topic>/<id>.yaml")]))
            }
            guard path.hasSuffix(".yaml") else {
                return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "name the file <id>.yaml")]))
            }
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: path, line: 1, message: "cannot read the file as UTF-8 text")]))
            }
            return NumericDrillFile.parse(text: text, path: path, folder: String(parts[1]), topics: topicIDs)
        }
        let (drills, problems) = BundleFiles.firstOfEachID(parsed, id: \.id) { drill, other in
            ContentDiagnostic(path: drill.path, line: 1, message: "duplicate drill id `\(drill.id)`, already used by \(other.path)")
        }
        let order = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($1.id, $0) })
        let sorted = drills.sorted {
            (order[$0.topics[0]] ?? .max, $0.difficulty, $0.id) < (order[$1.topics[0]] ?? .max, $1.difficulty, $1.id)
        }
        return (sorted, problems)
    }
}

/// `content check`'s draw test: each generator drawn with seeds 1…200. Too slow for start-up, so only `content check` runs it.
public enum NumericDrillCheck {
    public static let seeds: ClosedRange<UInt64> = 1...200
    /// The largest share of rejected draws (failing `require` or a formula) a generator may have.
    public static let maxRejectedShare = 0.5

    public static func check(_ drills: [NumericDrill]) -> [ContentDiagnostic] {
        ParallelMap.map(drills) { problems(of: $0) }.flatMap { $0 }
    }

    static func problems(of drill: NumericDrill) -> [ContentDiagnostic] {
        var rejected = 0
        var accepted = 0
        for seed in seeds {
            do {
                let draw = try drill.draw(seed: seed)
                rejected += draw.rejected
                accepted += 1
                if drill.tolerance == .exact, draw.instance.answer != draw.instance.answer.rounded() {
                    return [ContentDiagnostic(path: drill.path, line: 1, message: "`tolerance: {exact: true}` but seed \(seed) gives the answer \(draw.instance.answer), not an integer")]
                }
            } catch {
                return [ContentDiagnostic(path: drill.path, line: 1, message: "seed \(seed): \(error.message)")]
            }
        }
        let share = Double(rejected) / Double(rejected + accepted)
        if share > maxRejectedShare {
            return [ContentDiagnostic(path: drill.path, line: 1, message: "\(Int((share * 100).rounded()))% of draws over seeds 1…200 fail `require` or a formula (at most \(Int(maxRejectedShare * 100))%): widen the parameters or loosen `require`")]
        }
        return []
    }
}
