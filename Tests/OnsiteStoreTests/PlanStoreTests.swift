import Foundation
import OnsiteCore
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// The study plan, readiness snapshots and checklist ticks on SQLite and, with
/// `ONSITE_TEST_POSTGRES_URL`, on PostgreSQL; the in-memory store keeps them the same way.
extension StoreTests {
    var samplePlan: StudyPlan {
        let day = StudyDay(year: 2026, month: 12, day: 7)
        let inputs = PlanInputs(template: .sevenDay, start: day, weekdayHours: 1.5, weekendHours: 3, daysOff: [day.adding(days: 2)], target: .startup, level: .senior)
        let tasks = [
            PlanTask(item: .card("a"), items: [.card("a"), .card("b")], round: .mlBreadth, minutes: 6, title: "Metrics, “quoted”: 2 new cards"),
            PlanTask(item: .problem("two-sum"), round: .coding, minutes: 20, title: "Two sum", review: true),
        ]
        let days = [PlanDay(date: day, kind: .study, minutes: 90, focus: "Refresh", tasks: tasks),
                    PlanDay(date: day.adding(days: 1), kind: .mock, minutes: 90, focus: "Dry run", tasks: [])]
        let change = PlanChange(day: day.adding(days: 1), reasons: ["2 tasks not done"], boosted: [.behavioral],
                                moves: [PlanMove(item: .problem("two-sum"), title: "Two sum", from: day, to: nil)])
        return StudyPlan(inputs: inputs, days: days, changes: [change])
    }

    @Test(arguments: Backend.all) func aPlanRoundTripsWithItsDoneStateAndChanges(_ backend: Backend) async throws {
        try await withOfferStore(backend) { store in
            #expect(try await store.studyPlan() == nil)
            #expect(try await store.updateStudyPlan(at: start) { _ in } == nil)
            let generation = try await store.generation()
            try await store.saveStudyPlan(samplePlan, at: start)
            #expect(try await store.studyPlan() == samplePlan)
            let ticked = try await store.updateStudyPlan(at: start) { plan in _ = plan.setDone(plan.days[0].date, task: 1, done: true) }
            #expect(ticked?.days[0].tasks[1].done == true)
            #expect(try await store.studyPlan()?.days[0].tasks.map(\.done) == [false, true])
            // A change that throws leaves the saved plan as it was.
            struct Refused: Error {}
            await #expect(throws: Refused.self) { try await store.updateStudyPlan(at: start) { plan in plan.days = []; throw Refused() } }
            #expect(try await store.studyPlan()?.days.count == 2)
            try await store.deleteStudyPlan()
            #expect(try await store.studyPlan() == nil)
            #expect(try await store.generation() == generation + 3)
        }
    }

    @Test(arguments: Backend.all) func readinessSnapshotsKeepNullAsNoEvidence(_ backend: Backend) async throws {
        try await withOfferStore(backend) { store in
            let day = StudyDay(year: 2026, month: 12, day: 7)
            try await store.saveReadiness(ReadinessSnapshot(day: day, scores: [.coding: 0.25, .mlSystemDesign: nil]))
            try await store.saveReadiness(ReadinessSnapshot(day: day.adding(days: 1), scores: [.coding: 0.5, .mlSystemDesign: nil]))
            try await store.saveReadiness(ReadinessSnapshot(day: day, scores: [.coding: 0.3, .mlSystemDesign: nil]))
            let all = try await store.readinessSnapshots(since: day)
            #expect(all.map(\.day) == [day, day.adding(days: 1)])
            #expect(all[0].scores[.coding] == .some(0.3))
            #expect(all[0].scores[.mlSystemDesign] == .some(nil))
            #expect(all[0].scores[.behavioral] == nil)
            #expect(try await store.readinessSnapshots(since: day.adding(days: 1)).count == 1)
        }
    }

    @Test(arguments: Backend.all) func checklistTicksByHand(_ backend: Backend) async throws {
        try await withOfferStore(backend) { store in
            try await store.setChecklistTick("logistics:setup", ticked: true, at: start)
            try await store.setChecklistTick("logistics:setup", ticked: true, at: start)
            try await store.setChecklistTick("logistics:comp", ticked: true, at: start)
            try await store.setChecklistTick("logistics:comp", ticked: false, at: start)
            #expect(try await store.checklistTicks() == ["logistics:setup"])
        }
    }

    @Test func theMemoryStoreKeepsThePlanTheSameWay() async throws {
        let store = MemoryStore()
        try await store.saveStudyPlan(samplePlan, at: start)
        #expect(try await store.studyPlan() == samplePlan)
        struct Refused: Error {}
        await #expect(throws: Refused.self) { try await store.updateStudyPlan(at: start) { plan in plan.days = []; throw Refused() } }
        #expect(try await store.studyPlan()?.days.count == 2)
        let day = StudyDay(year: 2026, month: 12, day: 7)
        try await store.saveReadiness(ReadinessSnapshot(day: day, scores: [.coding: 0.25, .mlSystemDesign: nil]))
        #expect(try await store.readinessSnapshots(since: day).first?.scores[.mlSystemDesign] == .some(nil))
        try await store.setChecklistTick("x", ticked: true, at: start)
        #expect(try await store.checklistTicks() == ["x"])
    }
}
