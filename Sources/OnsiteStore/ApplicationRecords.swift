public import Foundation
public import OnsiteCore

/// Job applications and their stage history, each method one transaction.
public protocol ApplicationRecords: Sendable {
    /// Every application with its history, oldest stage first.
    func applications() async throws -> [JobApplication]
    /// One application, or nil.
    func application(id: UUID) async throws -> JobApplication?
    /// Saves a new application with its history.
    func addApplication(_ application: JobApplication) async throws
    /// Replaces an application's details (its history stays); false when there is no such application.
    func updateApplication(id: UUID, details: ApplicationDetails) async throws -> Bool
    /// Appends a stage to an application's history; false when there is no such application.
    func recordStage(_ event: StageEvent, application id: UUID) async throws -> Bool
    /// Deletes an application and its history; false when there was none.
    func deleteApplication(id: UUID) async throws -> Bool
    /// Saves imported applications together; those whose id is already saved are left as they
    /// are, and their ids returned.
    func importApplications(_ applications: [JobApplication]) async throws -> [UUID]
}
