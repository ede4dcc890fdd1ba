/// How a Markdown heading names a section whatever its spelling: lower case, with spaces, hyphens and
/// underscores dropped (`## Trade-offs`, `## trade offs` and `## TRADEOFFS` are one). Design answer
/// files and deep dives read their headings through it.
public enum HeadingKey {
    public static func of(_ heading: String) -> String {
        heading.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
    }
}
