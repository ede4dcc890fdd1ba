import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

@Suite struct BehavioralValidationTests {
    /// Every diagnostic of the fixture bank with `files` changed, as `path:line: message`.
    func problems(_ files: [String: String]) throws -> [String] {
        let folder = try BehavioralFixtures.bundle(files)
        defer { folder.remove() }
        return ContentBundle.check(folder: folder.url).1.map(\.description)
    }

    func problems(question path: String, _ text: String) throws -> [String] {
        try problems(["behavioral/" + path: text])
    }

    @Test func theSampleBankLoadsWithEveryField() throws {
        let folder = try BehavioralFixtures.bundle()
        defer { folder.remove() }
        let bundle = try ContentBundle.load(from: folder.url)
        #expect(bundle.themes.map(\.id) == ["conflict", "technical-disagreement", "ownership", "model-failed-after-launch"])
        #expect(bundle.themes.filter(\.common).count == 3)
        #expect(bundle.behavioralQuestions.count == 3)
        let question = try #require(bundle.behavioralQuestion(id: "model-failed-after-launch-silent-feature-break"))
        #expect(question.primaryTheme == "model-failed-after-launch")
        #expect(question.levels == [.senior, .staff])
        #expect(question.listeningFor.count == 4)
        #expect(question.redFlags == ["Retraining blindly without a root cause", "No numbers on impact"])
        #expect(question.followUps.map(\.question) == ["How would you detect it sooner next time?", "Who did you tell?"])
        #expect(question.followUps[1].answer.hasPrefix("The product owner"))
        #expect(bundle.behavioralQuestions(inTheme: "ownership").count == 2)
        #expect(bundle.screenQuestions.map(\.id) == ["why-this-company", "l1-vs-l2"])
        #expect(bundle.screenQuestion(id: "l1-vs-l2")?.goodAnswerCovers == ["One", "Two", "Three"])
        #expect(bundle.questionsToAsk.first?.round == .hiringManager)
        #expect(bundle.questionsToAsk.first?.questions.count == 4)
        #expect(bundle.pitch?.wordsPerMinute == 150)
    }

    @Test func aBundleWithoutBehavioralOrScreenFoldersStillLoads() throws {
        let folder = try ContentFixtures.smallBundle()
        defer { folder.remove() }
        let bundle = try ContentBundle.load(from: folder.url)
        #expect(bundle.behavioralQuestions.isEmpty && bundle.themes.isEmpty && bundle.screenQuestions.isEmpty)
        #expect(bundle.pitch == nil && bundle.questionsToAsk.isEmpty)
    }

    @Test func unknownThemeAndLevelPointAtTheirLines() throws {
        let found = try problems(question: "conflict/odd.md", BehavioralFixtures.question(
            id: "odd", themes: "[conflict, astrology]", levels: "[mid, intern]"))
        #expect(found == [
            "behavioral/conflict/odd.md:3: unknown theme `astrology` (use one listed in behavioral/themes.yaml)",
            "behavioral/conflict/odd.md:4: unknown level `intern` (expected one of: new-grad, mid, senior, staff)",
        ])
    }

    @Test func primaryThemeMustBeTheFolder() throws {
        let found = try problems(question: "ownership/moved.md", BehavioralFixtures.question(id: "moved", question: "Tell me about moving a file to a folder of another theme entirely."))
        #expect(found == ["behavioral/ownership/moved.md:3: the first (primary) theme `conflict` must be the question's folder `ownership`"])
    }

    @Test func idMustMatchTheFileName() throws {
        let found = try problems(question: "conflict/renamed.md", BehavioralFixtures.question(id: "original", question: "Tell me about a file whose name and id differ by accident."))
        #expect(found == ["behavioral/conflict/renamed.md:2: id `original` does not match the file name `renamed.md`"])
    }

    @Test func duplicateIdsAcrossThemesAreReportedOnce() throws {
        let found = try problems(question: "ownership/conflict-peer-rewrote-your-pipeline.md", BehavioralFixtures.question(
            id: "conflict-peer-rewrote-your-pipeline", themes: "[ownership]", question: "Describe owning a pipeline through a migration nobody planned."))
        #expect(found == ["behavioral/ownership/conflict-peer-rewrote-your-pipeline.md:2: duplicate id `conflict-peer-rewrote-your-pipeline`, already used by behavioral/conflict/conflict-peer-rewrote-your-pipeline.md"])
    }

    @Test func tooManyThemesAndEmptyLevelsAreReported() throws {
        let found = try problems(question: "conflict/wide.md", BehavioralFixtures.question(
            id: "wide", themes: "[conflict, ownership, technical-disagreement, model-failed-after-launch]", levels: "[]",
            question: "Tell me about a story that tries to fit every single theme."))
        #expect(found == [
            "behavioral/conflict/wide.md:3: `themes` lists 4 theme(s); list 1 to 3",
            "behavioral/conflict/wide.md:4: `levels` must list at least one of: new-grad, mid, senior, staff",
        ])
    }

    @Test func missingExtraAndOutOfOrderSectionsAreReported() throws {
        var missing = BehavioralFixtures.question(id: "missing", question: "Tell me about a question file with no red flags at all.")
        missing = missing.replacingOccurrences(of: "## Red flags\n", with: "")
        let extra = BehavioralFixtures.question(id: "extra", question: "Tell me about a question file with a section too many.", extraSection: "## Notes\nSomething.")
        let swapped = BehavioralFixtures.question(id: "swapped", question: "Tell me about a question file with its sections swapped around.")
            .replacingOccurrences(of: "## Listening for", with: "## TEMP")
            .replacingOccurrences(of: "## Red flags", with: "## Listening for")
            .replacingOccurrences(of: "## TEMP", with: "## Red flags")
        let found = try problems([
            "behavioral/conflict/missing.md": missing,
            "behavioral/conflict/extra.md": extra,
            "behavioral/conflict/swapped.md": swapped,
        ])
        #expect(found.contains("behavioral/conflict/missing.md:19: missing section `## Red flags`"))
        #expect(found.contains("behavioral/conflict/extra.md:21: unknown section `## Notes` (expected, in this order: ## Question, ## Listening for, ## Red flags, ## Follow-ups)"))
        #expect(found.contains("behavioral/conflict/swapped.md:14: section `## Listening for` is out of order (expected: ## Question, ## Listening for, ## Red flags, ## Follow-ups)"))
    }

    @Test func bulletCountsFollowTheFormat() throws {
        let found = try problems([
            "behavioral/conflict/few.md": BehavioralFixtures.question(id: "few", question: "Tell me about a question with too few listening points.", listening: "- Only one"),
            "behavioral/conflict/many.md": BehavioralFixtures.question(
                id: "many", question: "Tell me about a question with far too many red flags listed.",
                redFlags: (1...6).map { "- Flag \($0)" }.joined(separator: "\n")),
            "behavioral/conflict/prose.md": BehavioralFixtures.question(
                id: "prose", question: "Tell me about a question whose listening section is prose.", listening: "- One\n- Two\n- Three\n\nA paragraph instead."),
            "behavioral/conflict/wrapped.md": BehavioralFixtures.question(
                id: "wrapped", question: "Tell me about a question whose bullets wrap over lines.",
                listening: "- One that goes on\nand on\n- Two\n   indented\n- Three"),
        ])
        #expect(found.contains("behavioral/conflict/few.md:9: `## Listening for` has 1 bullet(s); write 3 to 6"))
        #expect(found.contains("behavioral/conflict/many.md:14: `## Red flags` has 6 bullet(s); write 2 to 5"))
        #expect(found.contains("behavioral/conflict/prose.md:14: `## Listening for` holds only `- ` bullets; this line is not one"))
        #expect(!found.contains { $0.contains("wrapped.md") })
    }

    @Test func followUpsMustBeOneOrTwoEachAnswered() throws {
        let found = try problems([
            "behavioral/conflict/none.md": BehavioralFixtures.question(id: "none", question: "Tell me about a question without any follow-up questions.", followUps: ""),
            "behavioral/conflict/three.md": BehavioralFixtures.question(
                id: "three", question: "Tell me about a question with three follow-up questions.",
                followUps: "### One?\nA.\n### Two?\nB.\n### Three?\nC."),
            "behavioral/conflict/dangling.md": BehavioralFixtures.question(
                id: "dangling", question: "Tell me about a question whose follow-up has no answer.", followUps: "### Why though?\n"),
        ])
        #expect(found.contains("behavioral/conflict/none.md:18: `## Follow-ups` has 0 follow-up(s); write 1 to 2, each a `### question` with its answer"))
        #expect(found.contains("behavioral/conflict/three.md:18: `## Follow-ups` has 3 follow-up(s); write 1 to 2, each a `### question` with its answer"))
        #expect(found.contains("behavioral/conflict/dangling.md:19: follow-up `Why though?` has no answer"))
    }

    @Test func emptyOrLongQuestionIsReported() throws {
        let found = try problems([
            "behavioral/conflict/empty.md": BehavioralFixtures.question(id: "empty", question: ""),
            "behavioral/conflict/long.md": BehavioralFixtures.question(id: "long", question: "One. Two. Three sentences is a speech."),
        ])
        #expect(found.contains("behavioral/conflict/empty.md:6: section `## Question` is empty"))
        #expect(found.contains("behavioral/conflict/long.md:6: the question has 3 sentences; ask it in one or two"))
    }

    @Test func nearDuplicateQuestionsAreCaught() throws {
        let found = try problems(question: "conflict/retold.md", BehavioralFixtures.question(
            id: "retold", question: "Tell me about a time a teammate rewrote part of the pipeline you owned without asking first."))
        #expect(found == ["behavioral/conflict/retold.md:1: near-duplicate question: `retold` asks what `conflict-peer-rewrote-your-pipeline` (behavioral/conflict/conflict-peer-rewrote-your-pipeline.md) asks; merge them or make one ask something else"])
    }

    @Test func questionsNeedTheThemesFile() throws {
        let found = try problems(["behavioral/themes.yaml": ""])
        #expect(found.contains("behavioral/themes.yaml:1: missing or unreadable: behavioral questions need the themes they may name"))
    }

    @Test func themesFileProblemsNameTheirLine() throws {
        let found = try problems(["behavioral/themes.yaml": BehavioralFixtures.themesYAML + "\n- id: conflict\n  title: Again\n  summary: Twice.\n  common: maybe\n"])
        #expect(found.contains("behavioral/themes.yaml:20: `common` must be true or false"))
        #expect(found.contains("behavioral/themes.yaml:17: duplicate theme id `conflict`"))
    }

    @Test func themesAgreeWithTheStoryBanksList() throws {
        let found = try problems(["behavioral/themes.yaml": BehavioralFixtures.themesYAML
            + "\n- id: astrology\n  title: Stars\n  summary: Not a theme.\n  common: true\n"])
        #expect(found.contains { $0.hasPrefix("behavioral/themes.yaml:17: theme `astrology` is not one the story bank knows") })
        let flipped = BehavioralFixtures.themesYAML.replacingOccurrences(
            of: "summary: Owning the outcome.\n  common: true", with: "summary: Owning the outcome.\n  common: false")
        #expect(flipped != BehavioralFixtures.themesYAML)
        let misfiled = try problems(["behavioral/themes.yaml": flipped])
        #expect(misfiled.contains { $0.contains("theme `ownership` has `common: false`, but the story bank's coverage counts it as common") })
    }

    @Test func screenQuestionProblemsNameFileAndLine() throws {
        let found = try problems([
            "screen/odd.md": BehavioralFixtures.screen(id: "odd", category: "small-talk", question: "How was your trip over today?"),
            "screen/thin.md": BehavioralFixtures.screen(id: "thin", question: "What motivates you in your work each day?", covers: "- Only this"),
        ])
        #expect(found.contains("screen/odd.md:3: unknown category `small-talk` (expected one of: motivation, background, logistics, basics, compensation)"))
        #expect(found.contains("screen/thin.md:8: `## A good answer covers` has 1 bullet(s); write 3 to 6"))
    }

    @Test func questionsToAskProblemsNameTheirLine() throws {
        let yaml = """
        - round: lunch
          title: Lunch
          questions:
            - ask: Where do people eat?
              why: Food matters.
        """
        let found = try problems(["screen/questions-to-ask.yaml": yaml])
        #expect(found.contains { $0.hasPrefix("screen/questions-to-ask.yaml:1: unknown round `lunch`") })
        #expect(found.contains("screen/questions-to-ask.yaml:4: 1 question(s) for this round; write 4 to 6"))
    }

    @Test func pitchExampleMustFitItsWordRange() throws {
        let long = Array(repeating: "word", count: 41).joined(separator: " ")
        let found = try problems(["screen/pitch.md": BehavioralFixtures.pitch(example: long)])
        #expect(found == ["screen/pitch.md:14: the example pitch has 41 words; keep it within 10 to 40"])
    }

    @Test func statsCountBehavioralAndScreenQuestions() throws {
        let folder = try BehavioralFixtures.bundle()
        defer { folder.remove() }
        let stats = ContentStats(bundle: try ContentBundle.load(from: folder.url))
        #expect(stats.behavioralQuestions.total == 3)
        #expect(stats.behavioralQuestions.byTheme == ["conflict": 1, "technical-disagreement": 1, "ownership": 2, "model-failed-after-launch": 1])
        #expect(stats.behavioralQuestions.byLevel == ["new-grad": 1, "mid": 2, "senior": 2, "staff": 1])
        #expect(stats.screenQuestions.total == 2)
        #expect(stats.screenQuestions.byCategory == ["motivation": 1, "background": 0, "logistics": 0, "basics": 1, "compensation": 0])
        let json = try JSONSerialization.jsonObject(with: ContentJSON.encode(stats)) as! [String: Any]
        #expect(Set(json.keys) == ["cards", "problems", "behavioralQuestions", "screenQuestions", "designCases", "designDrills"])
        #expect(json["designCases"] as? [String: Int] == ["total": 0] && json["designDrills"] as? [String: Int] == ["total": 0])
        #expect(Set((json["behavioralQuestions"] as! [String: Any]).keys) == ["total", "byTheme", "byLevel"])
        #expect(Set((json["screenQuestions"] as! [String: Any]).keys) == ["total", "byCategory"])
    }

    @Test func bankSizeNamesEveryShortfall() throws {
        let folder = try BehavioralFixtures.bundle()
        defer { folder.remove() }
        let found = BankSize.check(try ContentBundle.load(from: folder.url)).map(\.description)
        #expect(found.contains("behavioral/:1: 3 behavioral question(s); the bank needs at least 80"))
        #expect(found.contains("behavioral/conflict/:1: theme `conflict` has 1 question(s); every theme needs at least 5"))
        #expect(found.contains("screen/:1: 2 screen question(s); the bank needs at least 25"))
        #expect(found.contains("screen/questions-to-ask.yaml:1: no questions to ask for the round `coding`"))
        #expect(!found.contains { $0.contains("pitch") })
    }
}
