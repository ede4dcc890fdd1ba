public import Foundation
public import OnsiteCore

/// The person's project deep dives for the ML depth round, each method one transaction that bumps
/// the store's generation.
public protocol DeepDiveRecords: Sendable {
    /// Every deep dive, most recently saved first.
    func deepDives() async throws -> [DeepDiveRecord]
    func deepDive(id: String) async throws -> DeepDiveRecord?
    /// Inserts the text under `id`, or replaces it (keeping when it was first saved).
    func saveDeepDive(id: String, text: String, at: Date) async throws
    /// False when there was none with that id.
    func deleteDeepDive(id: String) async throws -> Bool
}
