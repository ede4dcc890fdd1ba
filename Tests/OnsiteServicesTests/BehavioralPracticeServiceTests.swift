import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices
import OnsiteTestSupport
import Testing

/// Behavioral practice: due questions first, then new ones from the theme, stories that serve the
/// question beside it, and a weak answer back sooner than a solid one, all apart from the drill.
@Suite struct BehavioralPracticeServiceTests {
    static func question(_ id: String, themes: [String]) -> BehavioralQuestion {
        BehavioralQuestion(
            id: id, themes: themes, levels: [.mid], question: "Tell me about \(id).", listeningFor: ["ownership"], redFlags: ["blame"],
            followUps: [], path: "behavioral/\(themes[0])/\(id).md")
    }

    static func services(_ harness: ServiceHarness) async throws -> Services {
        let content = try ContentFixtures.smallBundle()
        defer { content.remove() }
        var bundle = try ContentBundle.load(from: content.url)
        bundle.themes = [
            BehavioralTheme(id: "conflict", title: "Conflict", summary: "Disagreeing well.", common: true),
            BehavioralTheme(id: "ownership", title: "Ownership", summary: "Owning outcomes.", common: true),
        ]
        bundle.behavioralQuestions = [
            question("c1", themes: ["conflict"]), question("c2", themes: ["conflict"]), question("c3", themes: ["conflict", "ownership"]),
            question("o1", themes: ["ownership"]),
        ]
        return try await harness.services(bundle: bundle)
    }

    @Test func newQuestionsComeFromTheThemeWithTheStoriesThatServeIt() async throws {
        let harness = ServiceHarness()
        let services = try await Self.services(harness)
        try await services.stories.save(Story(id: "rollback", title: "Rollback", themes: ["conflict"]))
        try await services.stories.save(Story(id: "launch", title: "Launch", themes: ["ownership"]))
        for _ in 0..<10 {
            let prompt = try #require(try await services.practice.next(theme: "ownership"))
            #expect(["c3", "o1"].contains(prompt.question.id))
            #expect(prompt.isNew && prompt.newCount == 2 && prompt.dueCount == 0)
        }
        let conflict = try await services.practice.prompt(questionID: "c3")
        #expect(conflict.stories.map(\.id).sorted() == ["launch", "rollback"], "c3 is conflict and ownership")
        #expect(try await services.practice.prompt(questionID: "c1").stories.map(\.id) == ["rollback"])
        #expect(conflict.theme?.title == "Conflict")
        await #expect(throws: BehavioralPracticeError.unknownTheme("nope")) { try await services.practice.next(theme: "nope") }
        await #expect(throws: BehavioralPracticeError.unknownQuestion("nope")) { try await services.practice.rate(questionID: "nope", rating: .good) }
    }

    @Test func aWeakAnswerComesBackSoonerAndDueQuestionsComeFirst() async throws {
        let harness = ServiceHarness()
        let services = try await Self.services(harness)
        let start = harness.clock.now
        let weak = try await services.practice.rate(questionID: "c1", rating: .again, duration: 95)
        let shaky = try await services.practice.rate(questionID: "c2", rating: .hard)
        let solid = try await services.practice.rate(questionID: "c3", rating: .good)
        #expect(weak.due < shaky.due && shaky.due < solid.due, "Again, then Hard, come back before Good")
        #expect(weak.due.timeIntervalSince(start) <= 600)
        #expect(try await services.practice.dueCount() == 0)
        #expect(try await services.practice.next(theme: "conflict") == nil, "nothing due, nothing new in the theme")
        #expect(try await services.practice.soonestDue(theme: "conflict") == weak.due)
        #expect(try await services.practice.next()?.question.id == "o1", "the one new question left")

        harness.clock.advance(by: weak.due.timeIntervalSince(start) + 1)
        #expect(try await services.practice.dueCount() == 1)
        let due = try #require(try await services.practice.next())
        #expect(due.question.id == "c1" && !due.isNew && due.dueCount == 1, "a due question comes before a new one")
        #expect(try await services.practice.history(questionID: "c1").map(\.rating) == [.again])
        #expect(try await services.practice.history(questionID: "c1").first?.reviewDuration == 95)
    }

    @Test func practiceLeavesTheDrillAndTheProblemsAlone() async throws {
        let harness = ServiceHarness()
        let services = try await Self.services(harness)
        let before = try await services.drill.queue()
        let problemsBefore = try await services.problems.statuses()
        try await services.practice.rate(questionID: "c1", rating: .again)
        try await services.practice.rate(questionID: "o1", rating: .good)
        let after = try await services.drill.queue()
        #expect(after.next == before.next)
        #expect(after.remaining == before.remaining && after.answeredToday == 0 && after.new == before.new)
        #expect(try await services.drill.cardStates().isEmpty)
        #expect(try await services.problems.statuses() == problemsBefore)
        #expect(Rating.again.practiceLabel == "Weak" && Rating.easy.practiceLabel == "Strong")
    }
}
