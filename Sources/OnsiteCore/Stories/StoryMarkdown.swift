/// A story as a Markdown file, for import and export:
///
/// ```
/// # Title
///
/// Themes: conflict, ownership
///
/// ## Situation
/// …
/// ## Task / ## Action / ## Result / ## Learning
/// ```
///
/// `write` then `parse` gives the same story back (texts trimmed), so `write(parse(write(s))) == write(s)`.
public enum StoryMarkdown {
    /// A story file is prose; anything bigger is not a story (and is refused before it is read line by line).
    public static let maxBytes = 64 * 1024

    public static func write(_ story: Story) -> String {
        var out = "# \(oneLine(story.title))\n\n"
        if !story.themes.isEmpty { out += "Themes: \(story.themes.map(oneLine).joined(separator: ", "))\n\n" }
        for (index, part) in StoryPart.sections.enumerated() {
            let body = story.text(of: part).storyTrimmed(where: \.isWhitespace)
            out += "## \(part.title)\n"
            if !body.isEmpty { out += body + "\n" }
            if index + 1 < StoryPart.sections.count { out += "\n" }
        }
        return out
    }

    /// Parses a story file; `id` names the story (by default the title as a slug).
    public static func parse(_ text: String, id: String? = nil) throws(StoryParseError) -> Story {
        let size = text.utf8.count
        guard size <= maxBytes else { throw tooBig(size) }
        // "\r\n" is one Character in Swift, so it is named beside "\n".
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        var title: String?
        var themes: [String] = []
        var bodies: [StoryPart: [String]] = [:]
        var headingLine: [StoryPart: Int] = [:]
        var current: StoryPart?
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let trimmed = line.storyTrimmed(where: \.isWhitespace)
            if line.hasPrefix("## ") || line == "##" {
                let name = line.dropFirst(2).storyTrimmed(where: \.isWhitespace)
                guard let part = StoryPart.sections.first(where: { $0.rawValue == name.lowercased() }) else {
                    throw StoryParseError(
                        line: number,
                        message: "unknown heading \"## \(name)\": a story has ## Situation, ## Task, ## Action, ## Result and ## Learning")
                }
                if let first = headingLine[part] {
                    throw StoryParseError(line: number, message: "## \(part.title) appears twice (first on line \(first)): merge them into one")
                }
                headingLine[part] = number
                bodies[part] = []
                current = part
                continue
            }
            if let part = current {
                bodies[part, default: []].append(line)
                continue
            }
            // Before the first section: the title, the themes line and blank lines only.
            if trimmed.isEmpty { continue }
            if title == nil, themes.isEmpty, line.hasPrefix("# ") || line == "#" {
                title = line.dropFirst(1).storyTrimmed(where: \.isWhitespace)
                continue
            }
            if trimmed.lowercased().hasPrefix("themes:") {
                themes = try parseThemes(String(trimmed.dropFirst("themes:".count)), line: number)
                continue
            }
            if line.hasPrefix("# ") {
                throw StoryParseError(line: number, message: "a second \"# \" title: a story has one title, on its first line")
            }
            // Text before any section: keep looking so a file with no headings at all gets the clearer message.
            if !lines.contains(where: { $0.hasPrefix("## ") }) { break }
            throw StoryParseError(
                line: number,
                message: "text before the first ## heading: put it under ## Situation (only \"# Title\" and \"Themes: …\" go above)")
        }
        guard !headingLine.isEmpty else {
            throw StoryParseError(
                line: 1,
                message: "no STAR headings (## Situation, ## Task, ## Action, ## Result, ## Learning) — is this a story file?")
        }
        func body(_ part: StoryPart) -> String {
            (bodies[part] ?? []).joined(separator: "\n").storyTrimmed(where: \.isWhitespace)
        }
        let storyTitle = title ?? ""
        return Story(
            id: id ?? slug(storyTitle), title: storyTitle, situation: body(.situation), task: body(.task),
            action: body(.action), result: body(.result), learning: body(.learning), themes: themes)
    }

    /// The error for a file over `maxBytes`, its size named.
    public static func tooBig(_ size: Int) -> StoryParseError {
        StoryParseError(line: nil, message: "the file is \(byteText(size)) (\(size) bytes); a story is at most 64 KB — is this a story file?")
    }

    static func parseThemes(_ list: String, line: Int) throws(StoryParseError) -> [String] {
        var themes: [String] = []
        for raw in list.split(separator: ",") {
            let theme = raw.storyTrimmed(where: \.isWhitespace).lowercased()
            if theme.isEmpty { continue }
            guard StoryTheme.all.contains(theme) else {
                throw StoryParseError(line: line, message: "unknown theme \"\(theme)\": use one of \(StoryTheme.all.joined(separator: ", "))")
            }
            if !themes.contains(theme) { themes.append(theme) }
        }
        return themes
    }

    /// A file name for a story: lower-case letters, digits and hyphens (`story` when nothing is left).
    public static func slug(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                out.append(character)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "story" : String(out.prefix(80))
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").storyTrimmed(where: \.isWhitespace)
    }

    static func byteText(_ size: Int) -> String {
        if size >= 1024 * 1024 { return "\(Double(size * 10 / (1024 * 1024)) / 10) MB" }
        return "\(size / 1024) KB"
    }
}

/// Why a story file could not be read, and on which line (nil for the file as a whole).
public struct StoryParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int?
    public var message: String

    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }

    /// `line 3: …`, or the message alone when it is about the whole file.
    public var description: String { line.map { "line \($0): \(message)" } ?? message }

    /// `FILE:LINE: message`, as editors read it.
    public func located(in file: String) -> String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
