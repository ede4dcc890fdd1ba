public import Foundation
public import OnsiteCore
import OnsiteStore

/// An offer with its Y1–Y4 and the warnings its terms raise, as the pages and the API show it.
public struct OfferSummary: Sendable, Equatable {
    public var saved: SavedOffer
    public var projection: OfferProjection
    public var warnings: [OfferIssue]

    public init(_ saved: SavedOffer) {
        self.saved = saved
        projection = OfferProjection(saved.offer)
        warnings = OfferValidation.warnings(saved.offer)
    }

    public var id: UUID { saved.id }
    public var offer: Offer { saved.offer }
}

/// An offer that cannot be saved: every error, each naming its field, plus the warnings.
public struct OfferInvalid: Error, CustomStringConvertible {
    public var issues: [OfferIssue]
    public init(issues: [OfferIssue]) { self.issues = issues }

    public var errors: [OfferIssue] { issues.filter { $0.severity == .error } }
    public var description: String { errors.map(\.description).joined(separator: "; ") }
    /// The first error as `BadInput`, for the JSON API's `{"error": {"message", "field"}}`.
    public var badInput: BadInput {
        let first = errors.first ?? OfferIssue(field: "offer", message: "the offer is not valid")
        return BadInput(field: first.field, message: description.isEmpty ? first.message : description)
    }
}

/// Offers: saving, editing and deleting them, the preferred mark, the comparison and the
/// negotiation plan. The web pages and the JSON API go through here.
public final class OfferService: Sendable {
    let store: any Store
    let clock: WallClock
    let generators: Generators

    init(store: any Store, clock: WallClock, generators: Generators) {
        self.store = store
        self.clock = clock
        self.generators = generators
    }

    /// Every saved offer, oldest first, with its Y1–Y4.
    public func list() async throws -> [OfferSummary] {
        try await store.offers().map(OfferSummary.init)
    }

    public func offer(id: UUID) async throws -> OfferSummary? {
        try await store.offer(id: id).map(OfferSummary.init)
    }

    /// Saves a new offer (`id` nil) or replaces one; throws `OfferInvalid` when a field is wrong,
    /// and returns the saved offer with its warnings. `preferred` nil keeps the current mark.
    @discardableResult
    public func save(id: UUID? = nil, _ offer: Offer, preferred: Bool? = nil) async throws -> OfferSummary {
        let issues = OfferValidation.issues(offer)
        guard !issues.contains(where: { $0.severity == .error }) else { throw OfferInvalid(issues: issues) }
        let now = clock.now()
        var saved: SavedOffer
        if let id {
            guard let existing = try await store.offer(id: id) else { throw OfferNotFound(id: id) }
            saved = existing
            saved.offer = offer
            saved.updatedAt = now
            if let preferred { saved.preferred = preferred }
        } else {
            saved = SavedOffer(id: generators.newID(), offer: offer, preferred: preferred ?? false, createdAt: now, updatedAt: now)
        }
        var trimmed = saved
        trimmed.offer.company = offer.company.trimmingCharacters(in: .whitespaces)
        try await store.saveOffer(trimmed)
        return OfferSummary(trimmed)
    }

    /// Deletes an offer; throws `OfferNotFound` when there is none with that id.
    public func delete(id: UUID) async throws {
        guard try await store.deleteOffer(id: id) else { throw OfferNotFound(id: id) }
    }

    /// Marks `id` as the preferred offer (the others lose the mark); nil clears it.
    public func prefer(id: UUID?) async throws {
        if let id, try await store.offer(id: id) == nil { throw OfferNotFound(id: id) }
        try await store.preferOffer(id: id, at: clock.now())
    }

    /// The negotiation workspace's marks in one go: which offer is preferred (nil: none) and which are written.
    public func mark(preferred: UUID?, written: Set<UUID>) async throws {
        let now = clock.now()
        for var saved in try await store.offers() where saved.offer.written != written.contains(saved.id) {
            saved.offer.written = written.contains(saved.id)
            saved.updatedAt = now
            try await store.saveOffer(saved)
        }
        try await prefer(id: preferred)
    }

    /// The offers to compare: those named by `ids` in that order (unknown ids are errors), or all.
    public func compare(ids: [UUID] = []) async throws -> [OfferSummary] {
        let all = try await list()
        guard !ids.isEmpty else { return all }
        return try ids.map { id in
            guard let found = all.first(where: { $0.id == id }) else { throw OfferNotFound(id: id) }
            return found
        }
    }

    /// The checklist and scripts, worked out for the preferred offer against the others.
    public func negotiation() async throws -> NegotiationPlan {
        NegotiationPlan(try await store.offers())
    }
}

/// No saved offer has this id (deleted, or a mistyped link).
public struct OfferNotFound: Error, CustomStringConvertible {
    public var id: UUID
    public var description: String { "no offer with id \(id.uuidString) (it may have been deleted)" }
}
