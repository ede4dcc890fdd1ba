/// The stable JSON of `onsite stories …` (documented in docs/stories.md), keys in a fixed order.
public enum StoryJSON {
    /// `{"findings": [{"rule", "severity", "part", "sentence", "message"}]}`
    public static func findings(_ findings: [Finding]) -> String {
        let items = findings.map { finding in
            object([
                ("rule", string(finding.rule)), ("severity", string(finding.severity.rawValue)), ("part", string(finding.part.rawValue)),
                ("sentence", finding.sentence.map(string) ?? "null"), ("message", string(finding.message)),
            ])
        }
        return object([("findings", array(items))])
    }

    /// `{"stories": [{"id", "title", "themes": [id]}]}`
    public static func stories(_ stories: [Story]) -> String {
        object([("stories", array(stories.map(summary)))])
    }

    /// `{"themes": [{"theme", "common", "stories": [id]}], "stories": [{"id", "title", "themes"}], "gaps": [id],
    /// "stretch": [{"theme", "story", "matched": [word]}], "complete", "verdict"}`
    public static func coverage(_ matrix: CoverageMatrix) -> String {
        let rows = matrix.themes.map { theme in
            object([
                ("theme", string(theme)), ("common", StoryTheme.common.contains(theme) ? "true" : "false"),
                ("stories", array(matrix.stories(for: theme).map(string))),
            ])
        }
        let stretch = matrix.stretch.map { item in
            object([("theme", string(item.theme)), ("story", item.storyID.map(string) ?? "null"), ("matched", array(item.matched.map(string)))])
        }
        return object([
            ("themes", array(rows)), ("stories", array(matrix.stories.map(summary))), ("gaps", array(matrix.gaps.map(string))),
            ("stretch", array(stretch)), ("complete", matrix.complete ? "true" : "false"), ("verdict", string(matrix.verdict)),
        ])
    }

    static func summary(_ story: Story) -> String {
        object([("id", string(story.id)), ("title", string(story.title)), ("themes", array(story.themes.map(string)))])
    }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    static func string(_ text: String) -> String {
        var out: [UInt8] = []
        JSONValue.write(string: text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
