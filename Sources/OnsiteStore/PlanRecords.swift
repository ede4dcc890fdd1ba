public import Foundation
public import OnsiteCore

/// The study plan (inputs, days, tasks with their done state, re-plans), the daily readiness
/// snapshots and the checklist's hand ticks; each method one transaction that bumps the generation.
public protocol PlanRecords: Sendable {
    /// The current plan, or nil.
    func studyPlan() async throws -> StudyPlan?
    /// Replaces the current plan.
    func saveStudyPlan(_ plan: StudyPlan, at: Date) async throws
    /// Reads the plan, applies `change` and saves it, in one transaction; nil when there is no plan.
    func updateStudyPlan(at: Date, _ change: @escaping @Sendable (inout StudyPlan) throws -> Void) async throws -> StudyPlan?
    func deleteStudyPlan() async throws
    /// Sets the day's readiness per round (nil: no evidence), replacing that day's.
    func saveReadiness(_ snapshot: ReadinessSnapshot) async throws
    /// Snapshots from `since` on, oldest first.
    func readinessSnapshots(since: StudyDay) async throws -> [ReadinessSnapshot]
    /// Checklist lines ticked by hand.
    func checklistTicks() async throws -> Set<String>
    func setChecklistTick(_ id: String, ticked: Bool, at: Date) async throws
}
