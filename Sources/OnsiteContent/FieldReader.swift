import Foundation
import Yams

/// Typed access to front-matter fields that reports what is missing or ill-typed, with its line.
struct FieldReader {
    let mapping: Node.Mapping
    let line: (Node?) -> Int
    let report: (Int, String) -> Void

    init(file: FrontMatterFile, report: @escaping (Int, String) -> Void) {
        self.init(mapping: file.mapping, line: file.line(of:), report: report)
    }

    init(mapping: Node.Mapping, line: @escaping (Node?) -> Int, report: @escaping (Int, String) -> Void) {
        self.mapping = mapping
        self.line = line
        self.report = report
    }

    func node(_ key: String) -> Node? { mapping[key] }
    func line(_ key: String) -> Int {
        line(mapping.keys.first { $0.string == key })
    }
    func known(_ key: Node, in fields: Set<String>) -> Bool { key.string.map(fields.contains) ?? false }

    /// Reports every field that is not one of `fields`, on its line.
    func reportUnknown(_ fields: Set<String>) {
        for (key, _) in mapping where !known(key, in: fields) {
            report(line(key), "unknown field `\(key.string ?? "?")` (expected one of: \(fields.sorted().joined(separator: ", ")))")
        }
    }

    func string(_ key: String) -> String? {
        guard let node = node(key) else {
            report(1, "missing required field `\(key)`")
            return nil
        }
        guard let scalar = node.scalar?.string.trimmingCharacters(in: .whitespaces), !scalar.isEmpty else {
            report(line(node), "`\(key)` must be a non-empty text value")
            return nil
        }
        return scalar
    }

    func strings(_ key: String, required: Bool) -> [String]? {
        guard let node = node(key) else {
            if required { report(1, "missing required field `\(key)`") }
            return nil
        }
        guard let sequence = node.sequence else {
            report(line(node), "`\(key)` must be a list, like `\(key): [a, b]`")
            return nil
        }
        var values: [String] = []
        for item in sequence {
            guard let text = item.scalar?.string.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                report(line(item), "every entry of `\(key)` must be non-empty text (quote an entry that contains `: ` or starts with a special character)")
                return nil
            }
            values.append(text)
        }
        return values
    }

    func double(_ key: String, default fallback: Double) -> Double {
        guard let node = node(key) else { return fallback }
        guard let value = node.scalar.flatMap({ Double($0.string) }), value > 0 else {
            report(line(node), "`\(key)` must be a positive number")
            return fallback
        }
        return value
    }

    func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let node = node(key) else { return fallback }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            report(line(node), "`\(key)` must be true or false")
            return fallback
        }
    }

    func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type) -> E? where E.RawValue == String {
        guard let raw = string(key) else { return nil }
        guard let value = E(rawValue: raw) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            report(line(key), "unknown \(key) `\(raw)` (expected one of: \(allowed))")
            return nil
        }
        return value
    }
}
