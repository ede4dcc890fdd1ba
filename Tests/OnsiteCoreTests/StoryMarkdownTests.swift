import Foundation
import OnsiteCore
import Testing

/// Stories as Markdown files: the exact round trip, and parse errors that name the line.
@Suite struct StoryMarkdownTests {
    @Test func roundTripIsExact() throws {
        for story in StoryFixtures.bank {
            let text = StoryMarkdown.write(story)
            let parsed = try StoryMarkdown.parse(text, id: story.id)
            #expect(parsed == story)
            #expect(StoryMarkdown.write(parsed) == text)
        }
        var partial = StoryFixtures.good
        partial.task = ""
        partial.themes = []
        let text = StoryMarkdown.write(partial)
        #expect(StoryMarkdown.write(try StoryMarkdown.parse(text, id: partial.id)) == text)
        #expect(!text.contains("Themes:"))
    }

    @Test func writesTheDocumentedLayout() {
        let story = Story(id: "s", title: "T", situation: "S.", task: "T.", action: "A.", result: "R 1.", learning: "L.", themes: ["conflict", "ownership"])
        #expect(StoryMarkdown.write(story) == """
            # T

            Themes: conflict, ownership

            ## Situation
            S.

            ## Task
            T.

            ## Action
            A.

            ## Result
            R 1.

            ## Learning
            L.

            """)
    }

    @Test func parsesCRLFAnyHeadingCaseAndMultiParagraphParts() throws {
        let text = "# Title\r\nthemes: Conflict\r\n\r\n## situation\r\nOne.\r\n\r\nTwo.\r\n## ACTION\r\nDid it.\r\n"
        let story = try StoryMarkdown.parse(text)
        #expect(story.id == "title" && story.themes == ["conflict"])
        #expect(story.situation == "One.\n\nTwo." && story.action == "Did it." && story.task == "")
    }

    static func error(_ text: String) -> StoryParseError? {
        do {
            _ = try StoryMarkdown.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func noHeadingsAtAll() {
        let error = Self.error("Just some notes about a project.\nNothing else.\n")
        #expect(error?.line == 1)
        #expect(error?.message == "no STAR headings (## Situation, ## Task, ## Action, ## Result, ## Learning) — is this a story file?")
        #expect(Self.error("")?.message.hasPrefix("no STAR headings") == true)
    }

    @Test func headingTwiceNamesBothLines() {
        let error = Self.error("# T\n\n## Situation\nA.\n## Action\nB.\n## Situation\nC.\n")
        #expect(error?.line == 7)
        #expect(error?.message.contains("first on line 3") == true)
        #expect(error?.located(in: "s.md").hasPrefix("s.md:7: ## Situation appears twice") == true)
    }

    @Test func unknownHeadingAndTheme() {
        #expect(Self.error("# T\n## Situation\nA.\n## Outcome\nB.\n")?.line == 4)
        let theme = Self.error("# T\nThemes: conflict, teamwork\n## Situation\nA.\n")
        #expect(theme?.line == 2 && theme?.message.contains("unknown theme \"teamwork\"") == true)
        #expect(Self.error("# T\nstray text\n## Situation\nA.\n")?.line == 2)
    }

    @Test func oneMegabyteIsRefusedQuicklyWithItsSize() {
        let big = "# Big\n## Situation\n" + String(repeating: "We did a thing. ", count: 65_536)
        let clock = ContinuousClock()
        var error: StoryParseError?
        let elapsed = clock.measure { error = Self.error(big) }
        #expect(elapsed < .milliseconds(200))
        #expect(error?.line == nil)
        #expect(error?.message.hasPrefix("the file is 1.0 MB (1048595 bytes); a story is at most 64 KB") == true)
    }

    @Test func slugs() {
        #expect(StoryMarkdown.slug("Rolling back a model — fast!") == "rolling-back-a-model-fast")
        #expect(StoryMarkdown.slug("") == "story")
    }
}
