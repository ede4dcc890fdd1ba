import Ink

/// Renders the bundle's trusted Markdown to HTML (never a person's text: Ink passes HTML through).
public enum Markdown {
    public static func html(_ markdown: String) -> String {
        MarkdownParser().html(from: joiningWrappedLines(markdown))
    }

    /// Ink ends a paragraph at a line break followed by a backtick, `<` or `-`, so a sentence
    /// wrapped just before inline code (`…share that\n`j`, return…`) became two paragraphs. Such a
    /// line is joined to the one before when it continues a paragraph; code fences, list items,
    /// headings, tables and HTML are left alone.
    static func joiningWrappedLines(_ markdown: String) -> String {
        var lines: [Substring] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inFence.toggle()
                lines.append(line)
                continue
            }
            if !inFence, continuesParagraph(line), let previous = lines.last, isParagraphText(previous) {
                lines[lines.count - 1] = previous + " " + line
                continue
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    private static func continuesParagraph(_ line: Substring) -> Bool {
        guard let first = line.first else { return false }
        let second = line.dropFirst().first
        switch first {
        case "`": return second != "`"
        case "-": return second != nil && second != " " && second != "-"
        case "<": return second == " " || second == "=" || second?.isNumber == true
        default: return false
        }
    }

    private static func isParagraphText(_ line: Substring) -> Bool {
        guard let first = line.first, !first.isWhitespace else { return false }
        return !["#", "|", "<", ">"].contains(first) && !line.hasPrefix("```") && !line.hasSuffix("  ")
    }
}
