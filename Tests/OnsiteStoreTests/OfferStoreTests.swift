import Foundation
import OnsiteCore
@testable import OnsiteStore
import OnsiteTestSupport
import Testing

/// Saved offers on SQLite and, with `ONSITE_TEST_POSTGRES_URL`, on PostgreSQL: every field round-trips,
/// edits keep the creation time, one offer at most is preferred, and every write bumps the generation.
/// In the store's suite, which is serialized: its PostgreSQL tests share one server.
extension StoreTests {
    func withOfferStore(_ backend: Backend, _ body: (SQLStore) async throws -> Void) async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let store = try await backend.freshStore(in: folder)
        do { try await body(store) } catch { await store.close(); throw error }
        await store.close()
    }

    func offerID(_ n: Int) -> UUID { UUID(uuidString: "00000000-0000-4000-8000-00000000000\(n)")! }

    var fullOffer: Offer {
        Offer(
            company: "Acme <script>", role: "MLE", level: "L5", currency: "USD", base: 200_000, bonus: 0.15, signOn: [50_000, 12_500.5],
            equity: Equity(amount: .shares(2_000, price: 200), vesting: .custom([10, 20, 30, 40]), cliffMonths: 6, frequency: .quarterly, liquid: false),
            refresher: 25_000, written: true, deadline: OfferDate.parse("2026-12-20"), notes: "a note")
    }

    @Test(arguments: Backend.all) func everyFieldRoundTrips(_ backend: Backend) async throws {
        try await withOfferStore(backend) { store in
            let saved = SavedOffer(id: offerID(1), offer: fullOffer, preferred: true, createdAt: start, updatedAt: start)
            let bare = SavedOffer(id: offerID(2), offer: Offer(company: "Bare", base: 1), createdAt: start.addingTimeInterval(1), updatedAt: start)
            try await store.saveOffer(saved)
            try await store.saveOffer(bare)
            #expect(try await store.offers() == [saved, bare])
            #expect(try await store.offer(id: offerID(2)) == bare)
            #expect(try await store.offer(id: offerID(3)) == nil)
        }
    }

    @Test(arguments: Backend.all) func anEditKeepsTheCreationTimeAndBumpsTheGeneration(_ backend: Backend) async throws {
        try await withOfferStore(backend) { store in
            let generation = try await store.generation()
            try await store.saveOffer(SavedOffer(id: offerID(1), offer: fullOffer, createdAt: start, updatedAt: start))
            var edited = fullOffer
            edited.base = 210_000
            edited.equity = Equity(amount: .grant(400_000), vesting: .preset(.backLoaded))
            try await store.saveOffer(SavedOffer(id: offerID(1), offer: edited, createdAt: start.addingTimeInterval(99), updatedAt: start.addingTimeInterval(60)))
            let offers = try await store.offers()
            #expect(offers.count == 1)
            #expect(offers.first?.offer == edited && offers.first?.createdAt == start && offers.first?.updatedAt == start.addingTimeInterval(60))
            #expect(try await store.generation() == generation + 2)
        }
    }

    @Test(arguments: Backend.all) func oneOfferAtMostIsPreferredAndDeletingSaysWhetherItFoundOne(_ backend: Backend) async throws {
        try await withOfferStore(backend) { store in
            for n in 1...3 {
                try await store.saveOffer(SavedOffer(id: offerID(n), offer: Offer(company: "C\(n)", base: 1), preferred: n == 1, createdAt: start.addingTimeInterval(Double(n)), updatedAt: start))
            }
            try await store.preferOffer(id: offerID(2), at: start)
            #expect(try await store.offers().map(\.preferred) == [false, true, false])
            var third = try #require(try await store.offer(id: offerID(3)))
            third.preferred = true
            try await store.saveOffer(third)
            #expect(try await store.offers().map(\.preferred) == [false, false, true])
            try await store.preferOffer(id: nil, at: start)
            #expect(try await store.offers().map(\.preferred) == [false, false, false])
            #expect(try await store.deleteOffer(id: offerID(2)))
            #expect(try await !store.deleteOffer(id: offerID(2)))
            #expect(try await store.offers().map(\.offer.company) == ["C1", "C3"])
        }
    }

    @Test func theMemoryStoreBehavesTheSame() async throws {
        let store = MemoryStore()
        try await store.saveOffer(SavedOffer(id: offerID(1), offer: fullOffer, preferred: true, createdAt: start, updatedAt: start))
        try await store.saveOffer(SavedOffer(id: offerID(2), offer: Offer(company: "B", base: 1), preferred: true, createdAt: start.addingTimeInterval(1), updatedAt: start))
        #expect(try await store.offers().map(\.preferred) == [false, true])
        #expect(try await store.deleteOffer(id: offerID(1)))
        #expect(try await store.offers().map(\.offer.company) == ["B"])
    }
}
