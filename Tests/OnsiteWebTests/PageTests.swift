import NIOFoundationCompat
import OnsiteStore
import OnsiteServices
import OnsiteWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import OnsiteCore
import OnsiteTestSupport
import Testing

@Suite struct PageTests {
    @Test func homeShowsDueNewAndAnEmptyStateForAFirstVisit() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(response.text.contains(#"id="new-count">2<"#))
                #expect(response.text.contains(#"id="due-count">0<"#))
                #expect(response.text.contains("<svg"))
                #expect(response.text.contains("Start drilling (2)"))
            }
        }
    }

    @Test func drillShowsTheFirstNewCardWithFourRatingsAndIntervals() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(uri: "/drill", method: .get) { response in
                let html = response.text
                #expect(html.contains("Why does L1 give sparse weights?"))
                for (value, interval) in [(1, "1m"), (2, "6m"), (3, "10m")] {
                    #expect(html.contains(#"value="\#(value)" data-key="\#(value)"><span class="when">\#(interval)</span>"#))
                }
                #expect(html.contains(#"data-key="4"><span class="when">"#))
            }
        }
    }

    @Test func ratingSavesTheReviewAndMovesOn() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(
                uri: "/drill/review", method: .post, headers: SameOrigin.form,
                body: app.form("card=l1-sparsity&rating=3&topic=&shownAt=0")
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/drill")
            }
            #expect(try await app.store.reviewLog(.card("l1-sparsity")).map(\.rating) == [.good])
            try await client.execute(uri: "/drill", method: .get) { response in
                #expect(response.text.contains("How does L2 shrink weights toward zero?"))
            }
        }
    }

    @Test func dayIsDoneOnceTheNewLimitIsUsed() async throws {
        try await WebTestHarness().run(newPerDay: 1) { client, app in
            try await app.drill.answer(cardID: "l1-sparsity", rating: .easy)
            try await client.execute(uri: "/drill", method: .get) { response in
                #expect(response.text.contains(#"id="done""#))
                #expect(response.text.contains("The next card is due in"))
            }
        }
    }

    @Test func topicFilterLimitsTheDrill() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(uri: "/drill?topic=metrics", method: .get) { response in
                #expect(response.text.contains("When does recall matter more than precision?"))
            }
            try await client.execute(uri: "/drill?topic=astrology", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("no topic &#39;astrology&#39;") || response.text.contains("no topic 'astrology'") || response.text.contains("no topic &#x27;astrology&#x27;"))
            }
        }
    }

    @Test func unknownCardAndBadRatingGetClearErrors() async throws {
        try await WebTestHarness().run { client, app in
            let form = SameOrigin.form
            try await client.execute(uri: "/drill/review", method: .post, headers: form, body: app.form("card=nope&rating=3")) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("no card with id"))
            }
            try await client.execute(uri: "/drill/review", method: .post, headers: form, body: app.form("card=l1-sparsity&rating=7")) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("must be 1 (Again)"))
            }
            #expect(try await app.store.reviewCount() == 0)
        }
    }

    @Test func searchEscapesWhatThePersonTyped() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(uri: "/topics?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", method: .get) { response in
                #expect(!response.text.contains("<script>alert(1)</script>"))
                #expect(response.text.contains("&lt;script&gt;"))
            }
            try await client.execute(uri: "/topics?q=sparse", method: .get) { response in
                #expect(response.text.contains("/cards/l1-sparsity"))
            }
        }
    }

    @Test func topicsCardAndProgressPagesRender() async throws {
        try await WebTestHarness().run { client, app in
            try await app.drill.answer(cardID: "l1-sparsity", rating: .again)
            for (uri, needle) in [
                ("/topics", "Regularization"), ("/topics/metrics", "When does recall matter"),
                ("/cards/l1-sparsity", "Your history"), ("/progress", "By topic"), ("/errors", "Why does L1 give sparse weights?"),
                ("/quickfire", "Seconds per card"), ("/static/app.css", "--accent"),
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.text.contains(needle), "\(uri) lacks \(needle)")
                }
            }
        }
    }

    @Test func errorsPageHasAnEmptyStateBeforeAnyLapse() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(uri: "/errors", method: .get) { response in
                #expect(response.text.contains(#"id="no-lapses""#))
            }
        }
    }

    @Test func quickFireEmbedsCardsSafelyAndValidatesCount() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(uri: "/quickfire?n=2&seconds=30", method: .get) { response in
                #expect(response.text.contains(#"data-seconds="30""#))
                #expect(response.text.contains(#""id":"l1-sparsity""#))
                #expect(response.text.contains("\\u003cp\\u003e"))  // answer HTML cannot close the script element
            }
            try await client.execute(uri: "/quickfire?n=-3", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("from 1 to 100"))
            }
        }
    }
}

@Suite struct HeatmapTests {
    @Test func drawsOneSquarePerDayAndMonthNamesThatDoNotCollide() {
        let today = StudyDay(year: 2026, month: 11, day: 22)
        let svg = HeatmapSVG.render(ReviewActivity(countsByDay: [today: 3], today: today), weeks: 26)
        #expect(svg.components(separatedBy: "<rect").count - 1 == 26 * 7)  // today is a Sunday: 26 whole weeks
        #expect(svg.contains("<title>2026-11-22: 3 reviews</title>"))
        let labelXs = svg.components(separatedBy: "<text x=\"").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }.filter { $0 > 20 }
        #expect(zip(labelXs, labelXs.dropFirst()).allSatisfy { $1 - $0 >= 39 })
    }
}
