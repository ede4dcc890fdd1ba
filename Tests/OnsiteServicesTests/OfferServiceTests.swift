import Foundation
import OnsiteCore
import OnsiteServices
import OnsiteTestSupport
import Testing

/// The offer service over the in-memory store: saving checks every field, edits keep the offer's
/// id and creation time, the comparison keeps the order asked for, and the plan uses the preferred offer.
@Suite struct OfferServiceTests {
    static func offer(_ company: String, _ vesting: VestingPreset = .even, written: Bool = true) -> Offer {
        Offer(company: company, base: 200_000, bonus: 0.15, signOn: [50_000],
              equity: Equity(amount: .grant(400_000), vesting: .preset(vesting)), written: written)
    }

    @Test func savingListsTheOfferWithItsYears() async throws {
        let harness = ServiceHarness()
        let offers = try await harness.services().offers
        let saved = try await offers.save(Self.offer("  Acme "))
        #expect(saved.offer.company == "Acme", "trimmed")
        #expect(saved.saved.createdAt == harness.clock.now)
        let list = try await offers.list()
        #expect(list.map(\.id) == [saved.id])
        #expect(list[0].projection.years.map(\.total) == [380_000, 330_000, 330_000, 330_000])
        #expect(list[0].projection.average == 342_500)
    }

    @Test func invalidOffersAreNotSavedAndNameTheirFields() async throws {
        let offers = try await ServiceHarness().services().offers
        var bad = Self.offer("")
        bad.base = -1
        bad.equity?.vesting = .custom([50, 40])
        await #expect {
            try await offers.save(bad)
        } throws: { error in
            (error as? OfferInvalid)?.errors.map(\.field) == ["company", "base", "equity.vesting"]
        }
        #expect(try await offers.list().isEmpty)
        var warned = Self.offer("B")
        warned.bonus = 15
        let saved = try await offers.save(warned)
        #expect(saved.warnings.map(\.field) == ["bonus"], "a warning does not stop the save")
    }

    @Test func anEditKeepsTheIdAndDeleteRemovesIt() async throws {
        let harness = ServiceHarness()
        let offers = try await harness.services().offers
        let first = try await offers.save(Self.offer("Acme"), preferred: true)
        harness.clock.advance(by: 60)
        let edited = try await offers.save(id: first.id, Self.offer("Acme", .backLoaded))
        #expect(edited.id == first.id && edited.saved.preferred, "the mark is kept when not given")
        #expect(edited.saved.updatedAt == harness.clock.now && edited.saved.createdAt == first.saved.createdAt)
        #expect(try await offers.list().map { $0.projection.years[0].total } == [300_000])
        try await offers.delete(id: first.id)
        #expect(try await offers.list().isEmpty)
        await #expect(throws: OfferNotFound.self) { try await offers.delete(id: first.id) }
        await #expect(throws: OfferNotFound.self) { try await offers.save(id: first.id, Self.offer("Acme")) }
    }

    @Test func theComparisonKeepsTheOrderAskedForAndThePlanUsesThePreferredOffer() async throws {
        let harness = ServiceHarness()
        let offers = try await harness.services().offers
        let a = try await offers.save(Self.offer("A", .backLoaded))
        harness.clock.advance(by: 1)
        let b = try await offers.save(Self.offer("B"))
        #expect(try await offers.compare().map(\.offer.company) == ["A", "B"])
        #expect(try await offers.compare(ids: [b.id, a.id]).map(\.offer.company) == ["B", "A"])
        await #expect(throws: OfferNotFound.self) { try await offers.compare(ids: [UUID()]) }
        #expect(try await offers.negotiation().target == nil)
        try await offers.prefer(id: a.id)
        let plan = try await offers.negotiation()
        #expect(plan.target == "A")
        #expect(plan.scripts.contains { $0.hasPrefix("With a written offer of Y1 380,000 from B, ask A to close the Y1 gap of 80,000") })
        try await offers.prefer(id: b.id)
        #expect(try await offers.list().map(\.saved.preferred) == [false, true])
    }
}
