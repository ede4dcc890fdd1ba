import OnsiteCore
import Testing

/// The coverage matrix on a sample bank of six stories: gaps, stretch suggestions and the verdict.
@Suite struct StoryCoverageTests {
    @Test func sixStoriesWithTwoGaps() {
        let matrix = Coverage.matrix(StoryFixtures.bank)
        #expect(matrix.themes.prefix(12) == StoryTheme.common[...])
        #expect(matrix.themes.count == 16)
        #expect(matrix.stories.count == 6)
        #expect(matrix.gaps == ["ambiguity", "customer-focus"])
        #expect(!matrix.complete)
        #expect(matrix.stories(for: "learning-fast") == ["intern-mentoring", "new-stack"])
        #expect(matrix.cells[0] == [false, false, false, false, true, false], "conflict is only label-noise")
        let ambiguity = matrix.stretch[0]
        #expect(ambiguity.theme == "ambiguity" && ambiguity.storyID == "new-stack" && ambiguity.matched == ["unclear"])
        // Several stories match one customer word each: the first in bank order wins.
        let customer = matrix.stretch[1]
        #expect(customer.storyID == "ranking-rollback" && customer.matched == ["complaints"])
        #expect(matrix.verdict.contains("ambiguity, customer-focus"))
    }

    @Test func sixToEightCoveringEveryThemeSaySo() {
        var bank = StoryFixtures.bank
        bank[5].themes.append("ambiguity")
        bank[0].themes.append("customer-focus")
        let matrix = Coverage.matrix(bank)
        #expect(matrix.complete && matrix.gaps.isEmpty && matrix.stretch.isEmpty)
        #expect(matrix.verdict == "6 stories cover all 12 common themes: six to eight is what the behavioral round needs.")
    }

    @Test func moreThanEightIsMoreThanNeeded() {
        var bank = StoryFixtures.bank
        bank[5].themes.append("ambiguity")
        bank[0].themes.append("customer-focus")
        for index in 0..<3 { bank.append(Story(id: "extra-\(index)", title: "Extra", themes: ["ownership"])) }
        #expect(Coverage.matrix(bank).verdict.contains("more than the six to eight you need"))
    }

    @Test func noStoryMentionsTheThemeGivesNoStretch() {
        let matrix = Coverage.matrix([Story(id: "a", title: "A", situation: "Nothing relevant here.", themes: ["ownership"])])
        #expect(matrix.gaps.count == 11)
        #expect(matrix.stretch.first { $0.theme == "conflict" }?.storyID == nil)
    }
}
