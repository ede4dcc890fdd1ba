import ArgumentParser
import Foundation
import Logging
import OnsiteContent
import OnsiteServices
import OnsiteStore

extension Locations {
    /// The services over this command's bank and database, as `serve` builds them.
    func serviceConfiguration(judge: JudgeChoice = .none) -> ServiceConfiguration {
        var config = ServiceConfiguration(
            database: StoreLocation.resolve(explicit: database), contentFolder: ContentLocation.resolve(explicit: content))
        config.judge = judge
        return config
    }
}

/// Builds the services for a terminal command, runs `body`, and closes the database after,
/// whether `body` succeeds or not.
func withServices(_ locations: Locations, judge: JudgeChoice = .none, _ body: (Services) async throws -> Void) async throws {
    var logger = Logger(label: "onsite")
    logger.logLevel = .warning
    let services: Services
    do {
        services = try await buildServices(locations.serviceConfiguration(judge: judge), logger: logger)
    } catch {
        throw UserError(error)
    }
    do {
        try await body(services)
    } catch {
        await services.close()
        throw error is UserError || error is ExitCode ? error : UserError(error)
    }
    await services.close()
}
