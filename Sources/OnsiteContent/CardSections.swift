import Foundation
/// The Markdown sections of a card body: `## Question`, `## Answer`, an optional `## Marked down`
/// (the answer that sounds right and loses points), and `## Follow-ups` (holding `### question`
/// headings, each with its answer).
struct CardSections {
    struct Block { var line: Int; var text: String }
    struct Pair { var question: String; var answer: String }

    var question: Block?
    var answer: Block?
    var markedDown: Block?
    var followUps: [Pair] = []

    static let order = ["Question", "Answer", "Marked down", "Follow-ups"]

    init(body: [(number: Int, text: String)], path: String, report: (Int, String) -> Void) {
        var current: String?
        var blocks: [String: (line: Int, lines: [(Int, String)])] = [:]
        for (number, text) in body {
            if text.hasPrefix("## ") {
                let name = text.dropFirst(3).trimmingCharacters(in: .whitespaces)
                guard Self.order.contains(name) else {
                    report(number, "unknown section `## \(name)` (expected: \(Self.order.map { "## " + $0 }.joined(separator: ", ")))")
                    current = nil
                    continue
                }
                if blocks[name] != nil { report(number, "section `## \(name)` appears twice") }
                current = name
                blocks[name] = (number, [])
            } else if let current {
                blocks[current]?.lines.append((number, text))
            } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                report(number, "text outside any section; start the body with `## Question`")
            }
        }
        let lastLine = body.last { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }?.number ?? 1
        // The sections as written (by line) must be in the order the bank reads them.
        let written = Self.order.filter { blocks[$0] != nil }.sorted { blocks[$0]!.line < blocks[$1]!.line }
        if written != written.sorted(by: { Self.order.firstIndex(of: $0)! < Self.order.firstIndex(of: $1)! }) {
            report(blocks[written[0]]?.line ?? 1, "sections must come in the order Question, Answer, Marked down, Follow-ups")
        }
        func block(_ name: String) -> Block? {
            guard let found = blocks[name] else {
                report(lastLine, "missing section `## \(name)`")
                return nil
            }
            let text = Self.joined(found.lines.map(\.1))
            guard !text.isEmpty else {
                report(found.line, "section `## \(name)` is empty")
                return nil
            }
            return Block(line: found.line, text: text)
        }
        question = block("Question")
        answer = block("Answer")
        if blocks["Marked down"] != nil { markedDown = block("Marked down") }
        guard let follow = blocks["Follow-ups"] else {
            report(lastLine, "missing section `## Follow-ups` (at least one `### question` with its answer)")
            return
        }
        var pending: (line: Int, question: String, lines: [String])?
        func flush() {
            guard let item = pending else { return }
            let answer = Self.joined(item.lines)
            if answer.isEmpty {
                report(item.line, "follow-up `\(item.question)` has no answer")
            } else {
                followUps.append(Pair(question: item.question, answer: answer))
            }
        }
        for (number, text) in follow.lines {
            if text.hasPrefix("### ") {
                flush()
                pending = (number, text.dropFirst(4).trimmingCharacters(in: .whitespaces), [])
            } else if pending != nil {
                pending?.lines.append(text)
            } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                report(number, "text before the first follow-up; start each follow-up with `### ` and its question")
            }
        }
        flush()
        if followUps.isEmpty && pending == nil {
            report(follow.line, "no follow-up: add at least one `### question` with its answer")
        }
    }

    private static func joined(_ lines: [String]) -> String {
        lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Counts sentences the way a reader would, ignoring code spans and decimal points.
public enum Sentences {
    public static func count(in text: String) -> Int {
        var count = 0
        var inCode = false
        var pendingEnd = false
        var sawWordSinceEnd = false
        for character in text {
            if character == "`" { inCode.toggle(); sawWordSinceEnd = true; continue }
            if inCode { continue }
            if ".!?".contains(character) {
                if sawWordSinceEnd { pendingEnd = true }
                continue
            }
            if pendingEnd && (character.isWhitespace) {
                count += 1
                pendingEnd = false
                sawWordSinceEnd = false
                continue
            }
            if pendingEnd && "\"')”’*_".contains(character) { continue }
            pendingEnd = false
            if !character.isWhitespace { sawWordSinceEnd = true }
        }
        if sawWordSinceEnd || pendingEnd { count += 1 }
        return count
    }
}
