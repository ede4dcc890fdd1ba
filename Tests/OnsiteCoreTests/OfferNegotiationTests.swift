import Foundation
import OnsiteCore
import Testing

/// The negotiation scripts carry the person's own numbers.
@Suite struct OfferNegotiationTests {
    let day = Date(timeIntervalSince1970: 1_795_000_000)

    func saved(_ offer: Offer, preferred: Bool = false, id: Int) -> SavedOffer {
        SavedOffer(id: UUID(uuidString: "00000000-0000-0000-0000-00000000000\(id)")!, offer: offer, preferred: preferred, createdAt: day, updatedAt: day)
    }

    @Test func aWrittenCompetingOfferGivesTheY1GapScript() {
        var a = OfferProjectionTests.example(.preset(.backLoaded), company: "A")
        a.written = true
        var b = OfferProjectionTests.example(company: "B")
        b.written = true
        let plan = NegotiationPlan([saved(a, preferred: true, id: 1), saved(b, id: 2)])
        #expect(plan.target == "A")
        #expect(plan.scripts.contains { $0.hasPrefix("With a written offer of Y1 380,000 from B, ask A to close the Y1 gap of 80,000; sign-on moves more easily than base") })
        #expect(plan.scripts.contains { $0.contains("Y1 300,000 against a 4-year average of 342,500") && $0.contains("sign-on of 42,500") })
        #expect(plan.checklist.first { $0.text.contains("competing offer") }?.done == true)
        #expect(plan.scripts.contains { $0.contains("Ask A for its deadline") })
    }

    @Test func aVerbalCompetingOfferIsToBeGotInWritingFirst() {
        let a = OfferProjectionTests.example(.preset(.backLoaded), company: "A")
        var b = OfferProjectionTests.example(company: "B")
        b.deadline = nil
        var target = a
        target.deadline = OfferDate.parse("2026-12-20")
        let plan = NegotiationPlan([saved(target, preferred: true, id: 1), saved(b, id: 2)])
        #expect(plan.scripts.contains { $0.contains("only verbally: ask B for it in writing") })
        #expect(!plan.scripts.contains { $0.hasPrefix("With a written offer") })
        #expect(plan.scripts.contains { $0.contains("A’s offer is verbal") })
        #expect(plan.scripts.contains { $0.contains("by 2026-12-20") })
        #expect(plan.checklist.first { $0.text.contains("deadline") }?.done == true)
    }

    @Test func withoutAPreferredOfferItAsksForOne() {
        let plan = NegotiationPlan([saved(OfferProjectionTests.example(), id: 1), saved(OfferProjectionTests.example(company: "B"), id: 2)])
        #expect(plan.target == nil)
        #expect(plan.scripts == ["Mark the offer you would most like to accept as preferred: the scripts then work out what to ask it for, with your numbers."])
        #expect(plan.checklist.count == 8)
    }

    @Test func compareJSONHasAStableShape() {
        let text = OfferComparisonJSON.text([.init(offer: OfferProjectionTests.example(), warnings: [])])
        #expect(text.hasPrefix(#"{"offers":[{"company":"Acme","liquid":true,"years":[{"year":1,"base":200000,"bonus":30000,"signOn":50000,"equity":100000,"refresher":0,"total":380000,"illiquid":0,"totalWithIlliquid":380000},"#))
        #expect(text.hasSuffix(#""average":342500,"averageWithIlliquid":342500,"warnings":[]}]}"#))
    }
}
