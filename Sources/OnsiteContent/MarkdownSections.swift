import Foundation

/// A Markdown body made of `## ` sections that must all appear, once each, in a fixed order.
/// Every problem is reported with its line; readers then ask for a section as text, bullets or
/// `### ` sub-items, each with its own checks.
struct MarkdownSections {
    struct Section { var line: Int; var lines: [(number: Int, text: String)] }

    let order: [String]
    private(set) var sections: [String: Section] = [:]
    /// The last non-blank line: where a missing section is reported, as the card loader does.
    let lastLine: Int
    private let report: (Int, String) -> Void

    init(body: [(number: Int, text: String)], order: [String], report: @escaping (Int, String) -> Void) {
        self.order = order
        self.report = report
        lastLine = body.last { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }?.number ?? 1
        let expected = order.map { "## " + $0 }.joined(separator: ", ")
        var current: String?
        var seen: [String] = []
        for (number, text) in body {
            if text.hasPrefix("## ") {
                let name = text.dropFirst(3).trimmingCharacters(in: .whitespaces)
                guard order.contains(name) else {
                    report(number, "unknown section `## \(name)` (expected, in this order: \(expected))")
                    current = nil
                    continue
                }
                if sections[name] != nil {
                    report(number, "section `## \(name)` appears twice")
                } else if let previous = seen.last, order.firstIndex(of: previous)! > order.firstIndex(of: name)! {
                    report(number, "section `## \(name)` is out of order (expected: \(expected))")
                }
                seen.append(name)
                current = name
                sections[name] = Section(line: number, lines: [])
            } else if let current {
                sections[current]?.lines.append((number, text))
            } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                report(number, "text outside any section; start the body with `## \(order[0])`")
            }
        }
        for name in order where sections[name] == nil {
            report(lastLine, "missing section `## \(name)`")
        }
    }

    /// The section's text, trimmed; nil (reported) when empty. Missing sections were reported already.
    func text(_ name: String) -> (line: Int, text: String)? {
        guard let section = sections[name] else { return nil }
        let text = Self.joined(section.lines.map(\.text))
        guard !text.isEmpty else {
            report(section.line, "section `## \(name)` is empty")
            return nil
        }
        return (section.line, text)
    }

    /// The section's `- ` bullets, reporting any other text and a count outside `range`. A line
    /// right under a bullet, or indented, continues it, as in Markdown: writers wrap long bullets.
    func bullets(_ name: String, _ range: ClosedRange<Int>) -> [String]? {
        guard let section = sections[name] else { return nil }
        var items: [String] = []
        var fine = true
        var afterBullet = false
        for (number, text) in section.lines {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { afterBullet = false; continue }
            if text.hasPrefix("- ") || text.hasPrefix("* ") || trimmed == "-" {
                let item = String(trimmed.dropFirst(1)).trimmingCharacters(in: .whitespaces)
                if item.isEmpty { report(number, "empty bullet in `## \(name)`"); fine = false }
                items.append(item)
                afterBullet = true
            } else if !items.isEmpty, afterBullet || text.first?.isWhitespace == true {
                items[items.count - 1] += " " + trimmed
            } else {
                report(number, "`## \(name)` holds only `- ` bullets; this line is not one")
                fine = false
            }
        }
        if !range.contains(items.count) {
            report(section.line, "`## \(name)` has \(items.count) bullet(s); write \(range.lowerBound) to \(range.upperBound)")
            fine = false
        }
        return fine ? items : nil
    }

    /// The section's `### question` items, each with the text under it, reporting an item with
    /// no text, text before the first item, and a count outside `range`.
    func subItems(_ name: String, _ range: ClosedRange<Int>) -> [(question: String, answer: String)]? {
        guard let section = sections[name] else { return nil }
        var items: [(question: String, answer: String)] = []
        var pending: (line: Int, question: String, lines: [String])?
        var fine = true
        func flush() {
            guard let item = pending else { return }
            let answer = Self.joined(item.lines)
            if item.question.isEmpty {
                report(item.line, "a `###` follow-up heading needs its question")
                fine = false
            } else if answer.isEmpty {
                report(item.line, "follow-up `\(item.question)` has no answer")
                fine = false
            }
            items.append((item.question, answer))
        }
        for (number, text) in section.lines {
            if text.hasPrefix("###") {
                flush()
                pending = (number, text.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces), [])
            } else if pending != nil {
                pending?.lines.append(text)
            } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                report(number, "text before the first follow-up; start each follow-up with `### ` and its question")
                fine = false
            }
        }
        flush()
        if !range.contains(items.count) {
            report(section.line, "`## \(name)` has \(items.count) follow-up(s); write \(range.lowerBound) to \(range.upperBound), each a `### question` with its answer")
            fine = false
        }
        return fine ? items : nil
    }

    static func joined(_ lines: [String]) -> String {
        lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The file name without `.md`: what an item's `id` must equal.
func fileID(of path: String) -> String {
    let name = String(path.split(separator: "/").last ?? "")
    return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
}
