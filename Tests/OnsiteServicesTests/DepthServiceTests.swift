import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices
import OnsiteTestSupport
import Testing

/// The depth round's use cases: a deep dive starts from the template under a fresh id, saves whatever is
/// typed (even unparseable) and answers with its analysis, refuses a paste too long without losing the
/// saved text, and practice draws a probe and schedules the deep dive.
@Suite struct DepthServiceTests {
    func services() async throws -> Services {
        let harness = ServiceHarness()
        let content = try ContentFixtures.smallBundle()
        defer { content.remove() }
        var bundle = try ContentBundle.load(from: content.url)
        bundle.depthProbes = [
            DepthProbe(id: "p1", phase: .problem, question: "Why ML?", listenFor: "A baseline."),
            DepthProbe(id: "p2", phase: .impact, question: "What changed?", listenFor: "A number."),
        ]
        return try await harness.services(bundle: bundle)
    }

    @Test func createSaveAnalyseAndKeepTextThatDoesNotParse() async throws {
        let depth = try await services().depth
        let first = try await depth.create(title: "Churn model")
        let second = try await depth.create(title: "Churn model")
        #expect((first, second) == ("churn-model", "churn-model-2"))
        let analysis = try await depth.save(id: first, text: "# Churn\n## Result\nIt worked.\n")
        #expect(analysis.findings.map(\.rule).contains("result-without-number"))
        let broken = try await depth.save(id: first, text: "notes with no headings")
        #expect(broken.parseError?.line == 1)
        #expect(try await depth.record(id: first)?.text == "notes with no headings", "an unparseable draft is kept")
        await #expect(throws: DepthError.self) { try await depth.save(id: "missing", text: "x") }
        await #expect(throws: BadInput.self) { try await depth.create(title: "   ") }
    }

    @Test func aTooLongTextIsRefusedByNameAndTheSavedOneKept() async throws {
        let depth = try await services().depth
        let id = try await depth.create(title: "Big")
        try await depth.save(id: id, text: "# Big\n## Context\nkept\n")
        do {
            try await depth.save(id: id, text: String(repeating: "x", count: 1_000_000))
            Issue.record("a 1 MB text was saved")
        } catch let bad as BadInput {
            #expect(bad.field == "text")
            #expect(bad.message.contains("1000 kB; the limit is 60 kB"))
        }
        #expect(try await depth.record(id: id)?.text == "# Big\n## Context\nkept\n")
    }

    @Test func practiceDrawsAProbeAndRatingSchedulesTheDeepDive() async throws {
        let depth = try await services().depth
        let id = try await depth.create(title: "Churn")
        try await depth.save(id: id, text: DeepDiveTestsText.thin)
        let prompt = try await depth.practice(id: id)
        #expect(["p1", "p2"].contains(prompt.probe.id))
        #expect(prompt.isNew)
        #expect(prompt.followUp != nil)
        #expect(try await depth.schedules()[id] == nil)
        let card = try await depth.rate(id: id, rating: .good)
        #expect(try await depth.schedules()[id] == card)
        #expect(try await depth.practice(id: id).isNew == false)
        await #expect(throws: DepthError.self) { try await depth.rate(id: "missing", rating: .good) }
    }
}

enum DeepDiveTestsText {
    static let thin = "# Churn\n## Decisions\n### XGBoost\n- A neural network: too slow.\n## Result\nIt worked.\n"
}
