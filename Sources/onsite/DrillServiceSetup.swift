import Foundation
import Logging
import OnsiteContent
import OnsiteCore
import OnsiteStore
import OnsiteWeb

/// Opens the bank and the database for a terminal command, and closes the database after.
func withDrillService(_ locations: Locations, _ body: (DrillService) async throws -> Void) async throws {
    let bundle = try loadBundle(locations.content)
    var logger = Logger(label: "onsite")
    logger.logLevel = .warning
    let store: Store
    do {
        store = try await Store.open(path: DatabaseLocation.resolve(explicit: locations.database), logger: logger)
    } catch {
        throw UserError(error)
    }
    let drill = DrillService(bundle: bundle, store: store, scheduler: try Scheduler(), calendar: StudyCalendar())
    do {
        try await body(drill)
    } catch {
        await store.close()
        throw error is UserError ? error : UserError(error)
    }
    await store.close()
}
