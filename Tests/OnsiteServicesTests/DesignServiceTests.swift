import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices
import OnsiteStore
import OnsiteTestSupport
import Testing

/// Design practice over the memory store with a test clock and seeded generators: start (chosen, random due,
/// resuming an open draft), autosave with the per-field limit, submit (empty refused, draft kept), rate (the lower
/// of self-rating and coverage schedules it), history.
@Suite struct DesignServiceTests {
    let harness = ServiceHarness()

    func design() async throws -> (DesignService, MemoryStore) {
        let folder = try DesignFixtures.bundle(["cases/fraud-case.yaml": DesignFixtures.caseYAML(), "drills/fraud-metrics.yaml": DesignFixtures.drillYAML()])
        defer { folder.remove() }
        let services = try await harness.services(bundle: try ContentBundle.load(from: folder.url))
        return (services.design, harness.store)
    }

    static let strongMetrics = "We would use PR-AUC because positives are rare. The online metric is the fraud loss in dollars per day."

    @Test func draftsSaveWholeAndAnOpenDraftResumes() async throws {
        let (design, _) = try await design()
        let attempt = try await design.start(itemID: "fraud-case", mode: .interview)
        #expect(try await design.start(itemID: "fraud-case", mode: .interview).id == attempt.id)
        harness.clock.advance(by: 30)
        let answer = DesignAnswer(steps: [.clarify: "<script>alert(1)</script> scope", .metrics: Self.strongMetrics], diagram: "client -> api")
        try await design.saveDraft(id: attempt.id, answer: answer, timer: DesignTimer(elapsedSeconds: 30, running: false))
        let saved = try await design.attempt(id: attempt.id).attempt
        #expect(saved.answer == answer && saved.timer == DesignTimer(elapsedSeconds: 30, running: false))
        #expect(saved.updatedAt == saved.createdAt.addingTimeInterval(30))
    }

    @Test func aFieldOverTheLimitIsRefusedByNameAndNothingIsLost() async throws {
        let (design, _) = try await design()
        let attempt = try await design.start(itemID: "fraud-case", mode: .practice)
        let kept = DesignAnswer(steps: [.data: "Labels come from chargebacks."])
        try await design.saveDraft(id: attempt.id, answer: kept, timer: DesignTimer())
        let huge = DesignAnswer(steps: [.data: String(repeating: "x", count: 1 << 20)])
        await #expect {
            try await design.saveDraft(id: attempt.id, answer: huge, timer: DesignTimer())
        } throws: { error in
            let bad = error as? BadInput
            return bad?.field == "steps.data" && bad?.message.contains("64 KB") == true && bad?.message.contains("Data") == true
        }
        #expect(try await design.attempt(id: attempt.id).attempt.answer == kept)
    }

    @Test func anEmptySubmitIsRefusedAndTheDraftKept() async throws {
        let (design, _) = try await design()
        let attempt = try await design.start(itemID: "fraud-case", mode: .interview)
        try await design.saveDraft(id: attempt.id, answer: DesignAnswer(steps: [.clarify: "draft"]), timer: DesignTimer())
        await #expect {
            try await design.submit(id: attempt.id, answer: DesignAnswer(steps: [.clarify: "  \n"]), timer: DesignTimer())
        } throws: { ($0 as? BadInput)?.field == "answer" }
        let after = try await design.attempt(id: attempt.id).attempt
        #expect(after.answer[.clarify] == "draft" && !after.isSubmitted)
    }

    @Test func submitScoresAndRatingSchedulesWithTheLowerOfTheTwo() async throws {
        let (design, store) = try await design()
        let attempt = try await design.start(itemID: "fraud-metrics", mode: .interview)
        let view = try await design.submit(id: attempt.id, answer: DesignAnswer(steps: [.metrics: Self.strongMetrics]), timer: DesignTimer(elapsedSeconds: 200))
        let score = try #require(view.score)
        #expect(score.total == 0.5)  // PR-AUC (2) and the online metric (1) of 6
        #expect(Set(score.steps[0].matched.map(\.point.id)) == ["pr-auc", "online"])
        #expect(view.attempt.timer == DesignTimer(elapsedSeconds: 200, running: false))
        await #expect(throws: BadInput.self) { try await design.saveDraft(id: attempt.id, answer: DesignAnswer(), timer: DesignTimer()) }
        let (rating, card) = try await design.rate(id: attempt.id, level: .veryStrong)
        #expect(rating == .good)  // very strong said, 50% covered: Good
        #expect(try await store.itemStates()[ItemRef(.design, "fraud-metrics")] == card)
        #expect(try await design.history(itemID: "fraud-metrics").first?.selfRating == .veryStrong)
        // A new attempt at the same item is a fresh one, and the submitted one stays in the history.
        harness.clock.advance(by: 60)
        let next = try await design.start(itemID: "fraud-metrics", mode: .practice)
        #expect(next.id != attempt.id)
        #expect(try await design.history(itemID: "fraud-metrics").map(\.id) == [next.id, attempt.id])
    }

    @Test func rateBeforeSubmitIsRefused() async throws {
        let (design, _) = try await design()
        let attempt = try await design.start(itemID: "fraud-metrics", mode: .interview)
        await #expect { try await design.rate(id: attempt.id, level: .strong) } throws: { ($0 as? BadInput)?.field == "rating" }
    }

    @Test func randomStartPrefersDueThenNewItems() async throws {
        let (design, _) = try await design()
        let first = try await design.start(itemID: nil, mode: .interview)
        #expect(["fraud-case", "fraud-metrics"].contains(first.itemID))
        _ = try await design.submit(id: first.id, answer: DesignAnswer(steps: [.metrics: Self.strongMetrics]), timer: DesignTimer())
        _ = try await design.rate(id: first.id, level: .veryWeak)
        // The rated item is not due yet (Again is minutes away); the other is new, so it is drawn.
        let second = try await design.start(itemID: nil, mode: .interview)
        #expect(second.itemID != first.itemID)
        harness.clock.advance(by: 3600)
        let overview = try await design.overview()
        #expect(overview.first?.item.id == first.itemID && overview.first?.isDue == true)
        await #expect(throws: DesignError.unknownItem("nope")) { try await design.start(itemID: "nope", mode: .interview) }
    }

    @Test func theDiagramPreviewNamesTheLine() async throws {
        let (design, _) = try await design()
        #expect(try design.diagram("a -> b").contains("<svg"))
        #expect(throws: DiagramError.self) { try design.diagram("a -> b\nc") }
    }
}
