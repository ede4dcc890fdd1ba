import Foundation
import OnsiteCore
import OnsiteServices
import Testing

/// The story bank's use cases: an import folder with one broken file keeps the good ones and names the broken
/// one; export reads back the same; coverage is over the saved stories.
@Suite struct StoryServiceTests {
    static let good = """
        # Rolling back a ranking model

        Themes: ownership, conflict

        ## Situation
        A launch hid new listings.

        ## Task
        I had to fix it.

        ## Action
        I rolled the model back within an hour.

        ## Result
        New listings went from 2% to 9% of the top 50.

        ## Learning
        Monitor the population the model serves worst.

        """

    @Test func importKeepsTheGoodFilesAndNamesTheBrokenOne() async throws {
        let services = try await ServiceHarness().services()
        let outcome = try await services.stories.importFiles([
            ("b-broken.md", "# Notes\nno headings here\n"), ("a-good.md", Self.good), ("c-big.md", String(repeating: "x", count: 70_000)),
        ])
        #expect(outcome.imported == ["a-good"])
        #expect(outcome.problems.count == 2)
        #expect(outcome.problems[0] == "b-broken.md:1: no STAR headings (## Situation, ## Task, ## Action, ## Result, ## Learning) — is this a story file?")
        #expect(outcome.problems[1].hasPrefix("c-big.md: the file is 68 KB"))
        #expect(try await services.stories.list().map(\.id) == ["a-good"])
        let exported = try await services.stories.exportFiles()
        #expect(exported.map(\.name) == ["a-good.md"])
        #expect(exported.first?.text == Self.good)
        let coverage = try await services.stories.coverage()
        #expect(coverage.gaps.count == 10 && !coverage.complete)
    }

    @Test func saveRefusesABadIdOrAnUnknownTheme() async throws {
        let services = try await ServiceHarness().services()
        await #expect(throws: BadInput.self) { try await services.stories.save(Story(id: "Not a slug", title: "T")) }
        await #expect(throws: BadInput.self) { try await services.stories.save(Story(id: "t", title: "T", themes: ["teamwork"])) }
        try await services.stories.save(Story(id: "t", title: "T", themes: ["conflict"]))
        #expect(try await services.stories.list().map(\.themes) == [["conflict"]])
    }
}
