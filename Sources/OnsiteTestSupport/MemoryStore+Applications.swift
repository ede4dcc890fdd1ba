public import Foundation
public import OnsiteCore
import OnsiteStore
import Synchronization

/// Applications in memory, with the SQL store's behaviour: export order, history appended, ids unique.
extension MemoryStore {
    public func applications() async throws -> [JobApplication] {
        data.withLock { $0.applications.sorted(by: JobApplication.exportOrder) }
    }

    public func application(id: UUID) async throws -> JobApplication? {
        data.withLock { $0.applications.first { $0.id == id } }
    }

    public func addApplication(_ application: JobApplication) async throws {
        try data.withLock { data in
            guard !data.applications.contains(where: { $0.id == application.id }) else { throw MemoryStoreConflict(id: application.id) }
            data.applications.append(application)
            data.generation += 1
        }
    }

    public func updateApplication(id: UUID, details: ApplicationDetails) async throws -> Bool {
        data.withLock { data in
            guard let index = data.applications.firstIndex(where: { $0.id == id }) else { return false }
            data.applications[index].details = details
            data.generation += 1
            return true
        }
    }

    public func recordStage(_ event: StageEvent, application id: UUID) async throws -> Bool {
        data.withLock { data in
            guard let index = data.applications.firstIndex(where: { $0.id == id }) else { return false }
            data.applications[index].history.append(event)
            data.generation += 1
            return true
        }
    }

    public func deleteApplication(id: UUID) async throws -> Bool {
        data.withLock { data in
            guard let index = data.applications.firstIndex(where: { $0.id == id }) else { return false }
            data.applications.remove(at: index)
            data.generation += 1
            return true
        }
    }

    public func importApplications(_ applications: [JobApplication]) async throws -> [UUID] {
        data.withLock { data in
            var skipped: [UUID] = []
            for application in applications {
                if data.applications.contains(where: { $0.id == application.id }) {
                    skipped.append(application.id)
                } else {
                    data.applications.append(application)
                }
            }
            data.generation += 1
            return skipped
        }
    }
}

/// The same id saved twice: a primary-key violation in SQL.
struct MemoryStoreConflict: Error { var id: UUID }
