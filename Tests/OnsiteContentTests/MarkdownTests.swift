import OnsiteContent
import Testing

@Suite struct MarkdownTests {
    @Test func aLineWrappedBeforeInlineCodeStaysInItsParagraph() {
        let html = Markdown.html("If several pairs share that\n`j`, return the one with\n-1 when none\n< 5 ms.")
        #expect(html == "<p>If several pairs share that <code>j</code>, return the one with -1 when none &lt; 5 ms.</p>")
    }

    @Test func fencesListsAndHeadingsAreLeftAlone() {
        let source = "Intro line\n- first item\n- second\n\n```python\nx = 1\n`y`\n```\n\n# Title\n`code` starts a paragraph"
        let html = Markdown.html(source)
        #expect(html.contains("<li>first item</li>"))
        #expect(html.contains("x = 1\n`y`"))
        #expect(html.contains("<h1>Title</h1>"))
    }
}
