import Foundation

/// A deep dive as Markdown: `# Title`, then `## Context`, `## Role`, `## Decisions` (each decision a
/// `### ` heading, its alternatives bullets `- <alternative>: <why it lost>`), `## Result`, `## Why`,
/// `## Now`. Headings match ignoring case, spaces and hyphens. The CLI reads this file; the web
/// editor saves the same text.
public enum DeepDiveMarkdown {
    /// The empty write-up a new deep dive starts from: every heading with its hint as a comment.
    public static func template(title: String) -> String {
        var lines = ["# \(title)", ""]
        for section in DeepDiveSection.allCases {
            lines += ["## \(section.heading)", "<!-- \(section.hint) -->"]
            if section == .decisions {
                lines += ["### The first decision", "What you chose, and why.", "- An alternative: why it lost.", ""]
            } else {
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Parses the text; throws when no section heading is found or a `## ` heading names no section.
    public static func parse(_ text: String) throws(DeepDiveParseError) -> DeepDive {
        var dive = DeepDive(title: "")
        var section: DeepDiveSection?
        var buffers: [DeepDiveSection: [String]] = [:]
        var decision: Decision?
        var sawSection = false
        var inComment = false

        func finishDecision() {
            if let finished = decision {
                var done = finished
                done.body = done.body.trimmingCharacters(in: .whitespacesAndNewlines)
                dive.decisions.append(done)
            }
            decision = nil
        }

        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            let number = index + 1
            // HTML comments hold the template's hints; they are not the person's words.
            if inComment {
                if line.contains("-->") { inComment = false }
                continue
            }
            if line.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<!--") {
                if !line.contains("-->") { inComment = true }
                continue
            }
            if line.hasPrefix("# ") && !sawSection && dive.title.isEmpty {
                dive.title = String(line.dropFirst(2)).trimmingCharacters(in: .whitespacesAndNewlines)
            } else if line.hasPrefix("## ") {
                let name = String(line.dropFirst(3))
                guard let found = DeepDiveSection.allCases.first(where: { HeadingKey.of($0.heading) == HeadingKey.of(name) }) else {
                    throw DeepDiveParseError(line: number, message: "`## \(name.trimmingCharacters(in: .whitespacesAndNewlines))` is not a section; use \(DeepDiveSection.allCases.map { "## " + $0.heading }.joined(separator: ", "))")
                }
                if section == .decisions { finishDecision() }
                section = found
                sawSection = true
            } else if line.hasPrefix("### ") && section == .decisions {
                finishDecision()
                decision = Decision(title: String(line.dropFirst(4)).trimmingCharacters(in: .whitespacesAndNewlines))
            } else if section == .decisions, let current = decision {
                var updated = current
                let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                    updated.alternatives.append(alternative(String(trimmed.dropFirst(2))))
                } else {
                    updated.body += line + "\n"
                }
                decision = updated
            } else if let section {
                buffers[section, default: []].append(line)
            }
        }
        finishDecision()
        guard sawSection else {
            throw DeepDiveParseError(line: 1, message: "no section heading found; a deep dive has \(DeepDiveSection.allCases.map { "## " + $0.heading }.joined(separator: ", "))")
        }
        func sectionText(_ section: DeepDiveSection) -> String { (buffers[section] ?? []).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
        dive.context = sectionText(.context)
        dive.role = sectionText(.role)
        dive.result = sectionText(.result)
        dive.why = sectionText(.why)
        dive.now = sectionText(.now)
        return dive
    }

    /// `Name: why it lost`; without a colon the whole bullet is the name and the reason is empty.
    static func alternative(_ bullet: String) -> Alternative {
        guard let colon = bullet.firstIndex(of: ":") else { return Alternative(name: bullet.trimmingCharacters(in: .whitespacesAndNewlines), whyLost: "") }
        return Alternative(name: String(bullet[..<colon]).trimmingCharacters(in: .whitespacesAndNewlines),
                           whyLost: String(bullet[bullet.index(after: colon)...]).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// A deep-dive file that cannot be read, with the line to fix.
public struct DeepDiveParseError: Error, Equatable, Sendable {
    public var line: Int
    public var message: String

    public func located(in file: String) -> String { "\(file):\(line): \(message)" }
}
