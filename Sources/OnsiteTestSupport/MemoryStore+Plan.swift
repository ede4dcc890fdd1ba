public import Foundation
public import OnsiteCore
import OnsiteStore
import Synchronization

/// The plan, readiness snapshots and checklist ticks in memory, as `SQLStore` keeps them
/// (the plan goes through the same codec, so what does not survive storage fails here too).
extension MemoryStore {
    public func studyPlan() async throws -> StudyPlan? {
        try data.withLock { try $0.plan.map { try PlanCodec.decode(try PlanCodec.encode($0)) } }
    }

    public func saveStudyPlan(_ plan: StudyPlan, at: Date) async throws {
        let stored = try PlanCodec.decode(try PlanCodec.encode(plan))
        data.withLock { data in
            data.plan = stored
            data.generation += 1
        }
    }

    public func updateStudyPlan(at: Date, _ change: @escaping @Sendable (inout StudyPlan) throws -> Void) async throws -> StudyPlan? {
        try data.withLock { data in
            guard var plan = data.plan else { return nil }
            try change(&plan)  // a throw leaves the saved plan as it was, as a rolled-back transaction does
            data.plan = plan
            data.generation += 1
            return plan
        }
    }

    public func deleteStudyPlan() async throws {
        data.withLock { data in
            data.plan = nil
            data.generation += 1
        }
    }

    public func saveReadiness(_ snapshot: ReadinessSnapshot) async throws {
        data.withLock { data in
            data.readiness[snapshot.day, default: [:]].merge(snapshot.scores) { $1 }
            data.generation += 1
        }
    }

    public func readinessSnapshots(since: StudyDay) async throws -> [ReadinessSnapshot] {
        data.withLock { data in
            data.readiness.keys.filter { $0 >= since }.sorted().map { ReadinessSnapshot(day: $0, scores: data.readiness[$0]!) }
        }
    }

    public func checklistTicks() async throws -> Set<String> { data.withLock { $0.checklistTicks } }

    public func setChecklistTick(_ id: String, ticked: Bool, at: Date) async throws {
        data.withLock { data in
            if ticked { data.checklistTicks.insert(id) } else { data.checklistTicks.remove(id) }
            data.generation += 1
        }
    }
}
