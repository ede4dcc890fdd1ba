import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOFoundationCompat
import OnsiteContent
import OnsiteCore
import OnsiteServices
import OnsiteStore
import OnsiteTestSupport
import OnsiteWeb
import Testing

/// The mock pages over the shipped bank (no judge): the start page says what each stage is and why
/// one is skipped; a started mock's stage page shows the clock and the card without its difficulty
/// or topics; pausing is saved; bad input names its field; the API answers in docs/mock.md's shapes.
@Suite struct MockPageTests {
    @Test func aMockStartsShowsItsStageWithoutTagsAndPausesOnTheServer() async throws {
        try await PracticePageTests.withShippedBank { client, app in
            try await client.execute(uri: "/mock", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains(#"href="/mock" data-nav="mock">Mock</a>"#))
                #expect(html.contains(#"id="no-mocks""#) && html.contains("Coding") && html.contains("45 min"))
                #expect(html.contains(#"id="unavailable-coding""#), "no judge here: coding is skipped, saying why")
            }
            try await client.execute(uri: "/mock/start", method: .post, headers: SameOrigin.form, body: app.form("stage=nope")) { response in
                #expect(response.status == .badRequest && response.text.contains("`stage` must be one of"))
            }
            try await client.execute(uri: "/mock/start", method: .post, headers: SameOrigin.form, body: app.form("stage=breadth&stage=behavioral")) { response in
                #expect(response.status == .seeOther || response.status == .found)
            }
            let mock = try #require(try await app.services.mock.inProgress())
            let id = mock.id.uuidString.lowercased()
            let next = try #require(mock.current?.nextUnanswered)
            let card = try #require(app.services.bundle.card(id: next.id))
            try await client.execute(uri: "/mock/\(id)", method: .get) { response in
                let html = response.text
                #expect(html.contains("Stage 1 of 2: ML breadth") && html.contains(#"data-running="1""#) && html.contains("30:00"))
                #expect(html.contains(card.question.replacingOccurrences(of: "'", with: "&#39;")) || html.contains("id=\"question\""))
                #expect(!html.contains("diff-\(card.difficulty.rawValue)") && !html.contains(#"class="pill">\#(card.topics[0])"#))
                #expect(!html.contains("<script>"), "no inline script (CSP)")
            }
            app.clock.advance(by: 75)
            try await client.execute(uri: "/mock/\(id)/pause", method: .post, headers: SameOrigin.form, body: app.form("")) { response in
                #expect(response.status == .seeOther || response.status == .found)
            }
            try await client.execute(uri: "/mock/\(id)", method: .get) { response in
                #expect(response.text.contains(#"data-elapsed="75.0""#) && response.text.contains(#"id="paused-note""#))
            }
            try await client.execute(uri: "/api/v1/mocks/\(id)/answers", method: .post, headers: SameOrigin.json,
                                     body: ByteBuffer(string: #"{"item": "card:\#(card.id)", "rating": 3}"#)) { response in
                #expect(response.status == .conflict && response.text.contains("paused"))
            }
            try await client.execute(uri: "/api/v1/mocks/\(id)/resume", method: .post, headers: SameOrigin.json, body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .ok && response.text.contains(#""running":true"#))
            }
            try await client.execute(uri: "/api/v1/mocks/\(id)/answers", method: .post, headers: SameOrigin.json,
                                     body: ByteBuffer(string: #"{"item": "card:\#(card.id)", "rating": 9}"#)) { response in
                #expect(response.status == .badRequest && response.text.contains(#""field":"rating""#))
            }
            try await client.execute(uri: "/api/v1/mocks/\(id)/answers", method: .post, headers: SameOrigin.json,
                                     body: ByteBuffer(string: #"{"item": "card:\#(card.id)", "rating": 1}"#)) { response in
                #expect(response.status == .ok && response.text.contains(#""rating":1"#))
            }
            try await client.execute(uri: "/api/v1/mocks/\(id)/finish", method: .post, headers: SameOrigin.json, body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .ok && response.text.contains(#""outcome":"Rated Again""#))
            }
            try await client.execute(uri: "/mock/\(id)/report", method: .get) { response in
                #expect(response.status == .ok && response.text.contains(#"id="errors-link""#) && response.text.contains("/cards/\(card.id)"))
            }
            try await client.execute(uri: "/errors", method: .get) { response in
                #expect(response.text.contains(#"id="mock-mistakes""#))
            }
            try await client.execute(uri: "/mock/not-a-mock", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func aDesignStageIsAnsweredStepByStepAndScoredOnThePage() async throws {
        let content = try ContentFixtures.smallBundle()
        defer { content.remove() }
        var bundle = try ContentBundle.load(from: content.url)
        bundle.designItems = [DesignItem(
            id: "feed-ranking", title: "Rank a feed", kind: .case, difficulty: .hard, topics: ["ranking"], prompt: "Design the <b>ranking</b> of a feed.",
            steps: [
                DesignStepRubric(step: .metrics, answer: "CTR.", points: [RubricPoint(id: "ctr", point: "an online metric", weight: 1, phrases: ["click through rate"])], anchors: DesignAnchors([:])),
                DesignStepRubric(step: .data, answer: "Leakage.", points: [RubricPoint(id: "leak", point: "label leakage", weight: 1, phrases: ["label leakage"])], anchors: DesignAnchors([:])),
            ],
            redFlags: [])]
        try await WebTestHarness.run(bundle: bundle, judge: .none, newPerDay: 2, clock: TestClock()) { client, app in
            try await client.execute(uri: "/mock/start", method: .post, headers: SameOrigin.form, body: app.form("round=design")) { _ in }
            let mock = try #require(try await app.services.mock.inProgress())
            let id = mock.id.uuidString.lowercased()
            try await client.execute(uri: "/mock/\(id)", method: .get) { response in
                let html = response.text
                #expect(html.contains("Stage 1 of 1: ML system design") && html.contains("Design the &lt;b&gt;ranking&lt;/b&gt; of a feed."))
                #expect(html.contains(#"name="step" value="metrics""#) && html.contains(#"name="step" value="data""#))
                #expect(!html.contains("diff-hard") && !html.contains(">hard<"), "difficulty hidden")
            }
            try await client.execute(uri: "/mock/\(id)/design", method: .post, headers: SameOrigin.form,
                                     body: app.form("case=feed-ranking&step=metrics&answer=Online+I+watch+click+through+rate.")) { response in
                #expect(response.status == .seeOther || response.status == .found)
            }
            try await client.execute(uri: "/mock/\(id)", method: .get) { response in
                #expect(response.text.contains(#"<strong id="design-total">50%</strong>"#))
                #expect(response.text.contains("Online I watch click through rate.</textarea>"))
            }
            try await client.execute(uri: "/mock/\(id)/design", method: .post, headers: SameOrigin.form,
                                     body: app.form("case=feed-ranking&step=serving&answer=x")) { response in
                #expect(response.status == .badRequest && response.text.contains("`step` must be one of metrics, data"))
            }
            try await client.execute(uri: "/mock/\(id)/next", method: .post, headers: SameOrigin.form, body: app.form("")) { _ in }
            try await client.execute(uri: "/api/v1/mocks/\(id)/report", method: .get) { response in
                #expect(response.text.contains(#""outcome":"Rubric 50%, 1 step answered""#) && response.text.contains(#""overall":0.5"#))
            }
        }
    }
}
