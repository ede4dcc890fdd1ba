public import Foundation
public import OnsiteCore

/// Saved job offers: each method one transaction that bumps the store's generation.
public protocol OfferRecords: Sendable {
    /// Inserts the offer, or replaces the one with its id.
    func saveOffer(_ offer: SavedOffer) async throws
    /// Every saved offer, oldest first.
    func offers() async throws -> [SavedOffer]
    /// One offer, or nil when there is none with that id.
    func offer(id: UUID) async throws -> SavedOffer?
    /// Deletes an offer; false when there was none with that id.
    func deleteOffer(id: UUID) async throws -> Bool
    /// Makes `id` the one preferred offer (nil: none), clearing the mark on every other, at `at`.
    func preferOffer(id: UUID?, at: Date) async throws
}
