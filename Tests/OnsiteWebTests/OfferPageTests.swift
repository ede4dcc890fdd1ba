import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOFoundationCompat
import OnsiteCore
import OnsiteServices
import OnsiteStore
import OnsiteWeb
import Testing

/// The Offers pages and `/api/v1/offers`: the form saves and shows Y1–Y4, errors sit beside their
/// field with what was typed kept, user text is escaped, the comparison draws its chart, and
/// requests from other sites or without JSON are refused.
@Suite struct OfferPageTests {
    static let example = "company=Acme&base=200000&bonus=0.15&signOn1=50000&equityKind=grant&grant=400000&vesting=25%2F25%2F25%2F25&cliffMonths=12&frequency=monthly&liquid=public&refresher=0&written=1"

    func post(_ client: some TestClientProtocol, _ app: TestApp, _ path: String, _ fields: String, _ check: @escaping @Sendable (TestResponse) async throws -> Void) async throws {
        try await client.execute(uri: path, method: .post, headers: SameOrigin.form, body: app.form(fields)) { try await check($0) }
    }

    @Test func theEmptyPagesSayWhatToDoFirst() async throws {
        try await WebTestHarness().run { client, app in
            for path in ["/offers", "/offers/compare", "/offers/negotiate", "/offers/new"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok, "\(path)")
                    #expect(response.text.contains(#"data-nav="offers""#), "\(path) has the nav link")
                }
            }
            try await client.execute(uri: "/offers/compare", method: .get) { response in
                #expect(response.text.contains("Add an offer…"))
                #expect(!response.text.contains("<svg"))
            }
        }
    }

    @Test func anOfferSavedByTheFormShowsItsYearsAndItsBreakdown() async throws {
        try await WebTestHarness().run { client, app in
            try await post(client, app, "/offers", Self.example) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location]?.hasPrefix("/offers/") == true)
            }
            let saved = try #require(try await app.store.offers().first)
            #expect(saved.offer.written && saved.offer.equity?.vesting == .preset(.even))
            try await client.execute(uri: "/offers", method: .get) { response in
                for figure in ["380,000", "330,000", "342,500"] { #expect(response.text.contains(figure)) }
            }
            try await client.execute(uri: "/offers/\(saved.id.uuidString)", method: .get) { response in
                #expect(response.text.contains("Cash + liquid"))
                #expect(response.text.contains("11 months (before the cliff)</th><td class=\"num\">0</td>"))
                #expect(response.text.contains("12 months</th><td class=\"num\">100,000</td>"))
            }
            try await client.execute(uri: "/offers/\(saved.id.uuidString)/edit", method: .get) { response in
                #expect(response.text.contains(#"name="base" id="base" inputmode="decimal" value="200000""#))
            }
        }
    }

    @Test func anEditReplacesTheTermsAndAPrivateGrantIsShownApart() async throws {
        try await WebTestHarness().run { client, app in
            try await post(client, app, "/offers", Self.example) { _ in }
            let id = try #require(try await app.store.offers().first?.id.uuidString)
            let edited = Self.example.replacingOccurrences(of: "equityKind=grant&grant=400000", with: "equityKind=shares&shares=2000&price=200")
                .replacingOccurrences(of: "liquid=public", with: "liquid=private")
            try await post(client, app, "/offers/\(id)", edited) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/offers/\(id)")
            }
            let saved = try #require(try await app.store.offers().first)
            #expect(saved.id.uuidString == id && saved.offer.equity?.amount == .shares(2_000, price: 200) && saved.offer.equity?.liquid == false)
            try await client.execute(uri: "/offers/\(id)", method: .get) { response in
                let html = response.text
                #expect(html.contains("Equity (private)"))
                #expect(html.contains("2,000 shares × 200 = 400,000"))
                #expect(html.contains("<th scope=\"row\">Cash + liquid</th><td class=\"num\">280,000</td>"))
                #expect(html.contains("<th scope=\"row\">Including illiquid at the last preferred price</th><td class=\"num\">380,000</td>"))
            }
        }
    }

    @Test func anOfferWithoutEquityMayLeaveTheGrantBlank() async throws {
        try await WebTestHarness().run { client, app in
            try await post(client, app, "/offers", "company=Cash+Co&base=150000&bonus=0.1&equityKind=grant&grant=&vesting=25%2F25%2F25%2F25&cliffMonths=12&frequency=monthly&liquid=public") { response in
                #expect(response.status == .seeOther)
            }
            let saved = try #require(try await app.store.offers().first)
            #expect(saved.offer.equity == nil && saved.offer.company == "Cash Co")
            try await post(client, app, "/offers", "company=Half&base=1&equityKind=shares&shares=100&price=") { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("price is missing"))
            }
        }
    }

    @Test func fieldErrorsSitBesideTheFieldAndWhatWasTypedIsKept() async throws {
        try await WebTestHarness().run { client, app in
            let bad = Self.example.replacingOccurrences(of: "base=200000", with: "base=-5")
                .replacingOccurrences(of: "vesting=25%2F25%2F25%2F25", with: "vesting=custom&customVesting=25%2F25%2F25%2F15")
                .replacingOccurrences(of: "company=Acme", with: "company=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            try await post(client, app, "/offers", bad) { response in
                #expect(response.status == .badRequest)
                let html = response.text
                #expect(html.contains(#"<span class="field-error" id="base-error">base is -5 — it must be zero or more</span>"#))
                #expect(html.contains(#"<span class="field-error" id="vesting-error">equity.vesting sums to 90, not 100 (25/25/25/15)</span>"#))
                #expect(html.contains(#"value="-5""#) && html.contains(#"value="25/25/25/15""#))
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!html.contains("<script>alert(1)"))
            }
            #expect(try await app.store.offers().isEmpty)
        }
    }

    @Test func userTextIsEscapedEverywhereAndTheComparisonDrawsItsChart() async throws {
        try await WebTestHarness().run { client, app in
            let hostile = Self.example.replacingOccurrences(of: "company=Acme", with: "company=%3Cscript%3Ex%3C%2Fscript%3E")
            try await post(client, app, "/offers", hostile) { #expect($0.status == .seeOther) }
            let back = Self.example.replacingOccurrences(of: "company=Acme", with: "company=Beta")
                .replacingOccurrences(of: "vesting=25%2F25%2F25%2F25", with: "vesting=5%2F15%2F40%2F40").replacingOccurrences(of: "base=200000", with: "base=200%2C000") + "&bonus=15"
            try await post(client, app, "/offers", back) { #expect($0.status == .seeOther) }
            for path in ["/offers", "/offers/compare", "/offers/negotiate"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(!response.text.contains("<script>x"), "\(path)")
                    #expect(response.text.contains("&lt;script&gt;x"), "\(path)")
                }
            }
            try await client.execute(uri: "/offers", method: .get) { response in
                #expect(response.text.contains("bonus is 15 — a fraction of base is expected (0.15 for 15%)"))
            }
            try await client.execute(uri: "/offers/compare", method: .get) { response in
                let html = response.text
                #expect(html.contains(#"<svg xmlns="http://www.w3.org/2000/svg" class="offer-chart""#))
                #expect(html.contains("<title>Total compensation by year"))
                #expect(html.contains(#"id="compare-table""#))
                #expect(html.contains("380,000"))
            }
        }
    }

    @Test func deleteNeedsAConfirmationAndTheMarksAreSaved() async throws {
        try await WebTestHarness().run { client, app in
            try await post(client, app, "/offers", Self.example) { _ in }
            let id = try #require(try await app.store.offers().first?.id.uuidString)
            try await client.execute(uri: "/offers/\(id)/delete", method: .get) { response in
                #expect(response.text.contains("Delete the offer from Acme?"))
                #expect(response.text.contains(#"name="csrf""#))
            }
            try await post(client, app, "/offers/marks", "preferred=\(id)") { #expect($0.status == .seeOther) }
            let marked = try #require(try await app.store.offers().first)
            #expect(marked.preferred && !marked.offer.written, "an unticked written box clears the mark")
            try await client.execute(uri: "/offers/negotiate", method: .get) { response in
                #expect(response.text.contains("Scripts for Acme"))
                #expect(response.text.contains("Never name the first number"))
            }
            try await post(client, app, "/offers/\(id)/delete", "") { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/offers")
            }
            #expect(try await app.store.offers().isEmpty)
            try await client.execute(uri: "/offers/\(id)", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func crossSiteRequestsAndNonJSONBodiesAreRefused() async throws {
        try await WebTestHarness().run { client, app in
            let foreign: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .origin: "http://evil.example", SameOrigin.secFetchSite: "cross-site"]
            try await client.execute(uri: "/offers", method: .post, headers: foreign, body: app.form(Self.example)) { response in
                #expect(response.status == .forbidden)
            }
            var text = SameOrigin.json
            text[.contentType] = "text/plain"
            try await client.execute(uri: "/api/v1/offers", method: .post, headers: text, body: ByteBuffer(string: #"{"company":"A","base":1}"#)) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            #expect(try await app.store.offers().isEmpty)
        }
    }

    @Test func theAPISavesComparesAndNamesBadFields() async throws {
        try await WebTestHarness().run { client, app in
            let body = #"{"company":"Acme","base":200000,"bonus":0.15,"signOn":[50000],"equity":{"grant":400000,"vesting":"5/15/40/40","cliffMonths":12,"liquid":true},"refresher":0,"written":true}"#
            try await client.execute(uri: "/api/v1/offers", method: .post, headers: SameOrigin.json, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .created)
                let json = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                let years = json?["years"] as? [[String: Any]]
                #expect(years?.map { $0["total"] as? Double } == [300_000, 290_000, 390_000, 390_000])
                #expect(json?["average"] as? Double == 342_500)
            }
            let negative = body.replacingOccurrences(of: "\"base\":200000", with: "\"base\":-1")
            try await client.execute(uri: "/api/v1/offers", method: .post, headers: SameOrigin.json, body: ByteBuffer(string: negative)) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains(#""field":"base""#))
            }
            try await client.execute(uri: "/api/v1/offers/compare", method: .get) { response in
                #expect(response.status == .ok && response.text.contains("\"company\":\"Acme\""))
            }
            try await client.execute(uri: "/api/v1/offers/negotiation", method: .get) { response in
                #expect(response.text.contains("checklist"))
            }
        }
    }
}
