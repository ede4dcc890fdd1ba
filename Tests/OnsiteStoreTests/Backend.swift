import Foundation
@testable import OnsiteStore
import OnsiteTestSupport

/// Where a store test runs: a fresh SQLite file, or the PostgreSQL server named by
/// `ONSITE_TEST_POSTGRES_URL`, emptied and migrated (as `onsite migrate` does) for each test.
enum Backend: String, Sendable, CustomStringConvertible, CaseIterable {
    case sqlite, postgres

    static let postgresURL = ProcessInfo.processInfo.environment["ONSITE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// SQLite always; PostgreSQL too when a server is given.
    static var all: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var description: String { rawValue }

    func freshStore(in folder: TemporaryFolder) async throws -> SQLStore {
        switch self {
        case .sqlite:
            return try await SQLStore.open(.sqlite(path: folder.path + "/onsite.sqlite"))
        case .postgres:
            guard let url = Self.postgresURL else { throw StoreError.cannotConnect(server: "(none)", reason: "ONSITE_TEST_POSTGRES_URL is not set") }
            try await Self.empty(url)
            _ = try await SQLStore.migrate(.postgres(url: url))
            return try await SQLStore.open(.postgres(url: url))
        }
    }

    /// Drops every table, so each test starts from an empty database.
    static func empty(_ url: String) async throws {
        try await SQLStore.emptyPostgres(url)
    }
}
