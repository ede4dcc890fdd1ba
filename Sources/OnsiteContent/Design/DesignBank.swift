import Foundation
public import OnsiteCore

/// The design cases and drills of a bundle: `design/cases/*.yaml` and `design/drills/*.yaml`, one id namespace.
struct DesignBank {
    var items: [DesignItem] = []
    var problems: [ContentDiagnostic] = []

    init(folder: URL, topics: Set<String>) {
        var files: [(url: URL, path: String, kind: DesignItemKind)] = []
        for (sub, kind) in [("cases", DesignItemKind.case), ("drills", .drill)] {
            let dir = folder.appendingPathComponent("design/\(sub)")
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.sorted() ?? [] where name.hasSuffix(".yaml") {
                files.append((dir.appendingPathComponent(name), "design/\(sub)/\(name)", kind))
            }
        }
        let parsed = ParallelMap.map(files) { file -> Result<(DesignItem, String), ContentInvalid> in
            guard let text = try? String(contentsOf: file.url, encoding: .utf8) else {
                return .failure(ContentInvalid(diagnostics: [ContentDiagnostic(path: file.path, line: 1, message: "cannot read the file as UTF-8 text")]))
            }
            return DesignFile.parse(text: text, path: file.path, kind: file.kind, topics: topics).map { ($0, file.path) }
        }
        let (kept, diagnostics) = BundleFiles.firstOfEachID(parsed, id: \.0.id) { item, other in
            ContentDiagnostic(path: item.1, line: 1, message: "duplicate design id `\(item.0.id)`, already used by \(other.1) (cases and drills share ids)")
        }
        items = kept.map(\.0)
        problems = diagnostics
    }
}

extension ContentBundle {
    /// Design cases, by id.
    public var designCases: [DesignItem] { designItems.filter { $0.kind == .case } }
    /// Single-step design drills, by id.
    public var designDrills: [DesignItem] { designItems.filter { $0.kind == .drill } }

    public func designItem(id: String) -> DesignItem? { designItems.first { $0.id == id } }
}
