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

/// Behavioral practice, the recruiter screen and the pitch drill: pages render over the shipped
/// bank and say what to do when the bank has none; a rating is saved and the next question shows;
/// user text is escaped; other sites' posts and non-JSON API calls are refused.
@Suite struct PracticePageTests {
    static func withShippedBank(_ test: @Sendable (any TestClientProtocol, TestApp) async throws -> Void) async throws {
        try await WebTestHarness.run(
            bundle: try ContentBundle.load(from: ContentLocation.sourceCheckout), judge: .none, newPerDay: 20, clock: TestClock(), test)
    }

    @Test func thePracticePageShowsAQuestionTheTimerAndTheFourRatings() async throws {
        try await Self.withShippedBank { client, app in
            try await client.execute(uri: "/stories/practice?theme=conflict", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.text
                #expect(html.contains(#"id="timer""#) && html.contains("0:00"))
                #expect(html.contains("Nothing is recorded or sent"))
                for label in ["Weak", "Shaky", "Solid", "Strong"] { #expect(html.contains(label)) }
                #expect(html.contains("What the interviewer listens for") && html.contains("Red flags"))
                #expect(html.contains(#"href="/stories" data-nav="stories""#) && html.contains(#"href="/stories/practice" data-tab="practice""#))
                #expect(html.contains(#"<script src="/static/practice.js" defer></script>"#))
                #expect(!html.contains("<script>"), "no inline script (CSP)")
            }
            let conflict = Set(app.services.bundle.behavioralQuestions(inTheme: "conflict").map(\.id))
            let shown = try await app.services.practice.next(theme: "conflict")
            #expect(shown.map { conflict.contains($0.question.id) } == true)
            try await client.execute(uri: "/stories/practice?theme=nope", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/static/practice.js", method: .get) { response in
                #expect(response.status == .ok && response.text.contains("amber"))
            }
        }
    }

    @Test func aRatingIsSavedAndTheNextQuestionSaysWhenThisOneComesBack() async throws {
        try await Self.withShippedBank { client, app in
            let question = try #require(app.services.bundle.behavioralQuestions(inTheme: "conflict").first)
            try await client.execute(
                uri: "/stories/practice/review", method: .post, headers: SameOrigin.form,
                body: app.form("question=\(question.id)&rating=1&theme=conflict&seconds=130")
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/stories/practice?rated=\(question.id)&theme=conflict")
            }
            let states = try await app.store.itemStates()
            #expect(states.of(.behavioral).keys.sorted() == [question.id])
            #expect(states.of(.card).isEmpty && states.of(.problem).isEmpty)
            #expect(try await app.store.reviewLog(.behavioral(question.id)).map(\.reviewDuration) == [130])
            try await client.execute(uri: "/stories/practice?rated=\(question.id)&theme=conflict", method: .get) { response in
                #expect(response.text.contains("comes back in <strong>"))
                #expect(!response.text.contains(#"data-question="\#(question.id)""#), "a new question, not the one just rated")
            }
            try await client.execute(uri: "/api/v1/stories/practice/state?theme=conflict", method: .get) { response in
                let text = response.text
                #expect(text.contains(#""id":"\#(question.id)""#) && text.contains(#""lastRating":1"#) && text.contains(#""reviews":1"#))
            }
            let drill = try await app.drill.queue()
            #expect(drill.answeredToday == 0, "behavioral reviews are not card reviews")
        }
    }

    @Test func theAPIRatesAndChecksAPitch() async throws {
        try await Self.withShippedBank { client, app in
            try await client.execute(uri: "/api/v1/stories/practice/next", method: .get) { response in
                #expect(response.status == .ok && response.text.contains(#""listeningFor""#) && response.text.contains(#""label":"Weak""#))
            }
            let id = try #require(app.services.bundle.behavioralQuestions.first?.id)
            try await client.execute(
                uri: "/api/v1/stories/practice/reviews", method: .post, headers: SameOrigin.json,
                body: ByteBuffer(string: #"{"questionId":"\#(id)","rating":4}"#)
            ) { response in
                #expect(response.status == .ok && response.text.contains(#""rating":4"#))
            }
            try await client.execute(
                uri: "/api/v1/stories/practice/reviews", method: .post, headers: SameOrigin.json, body: ByteBuffer(string: #"{"questionId":"x","rating":9}"#)
            ) { response in
                #expect(response.status == .badRequest)
            }
            let pitch = "I am a machine learning engineer at a retailer. I built the ranking model for search and led the team that shipped it. I want to join because your product serves users I care about."
            try await client.execute(
                uri: "/api/v1/screen/pitch", method: .post, headers: SameOrigin.json,
                body: ByteBuffer(string: #"{"text":"\#(pitch)","company":"Acme"}"#)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains(#""rule":"pitch-no-impact""#))
                #expect(response.text.contains(#""rule":"pitch-length""#))
            }
        }
    }

    @Test func theScreenPagesShowTheBank() async throws {
        try await Self.withShippedBank { client, app in
            try await client.execute(uri: "/screen", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Compensation: what to say") && response.text.contains("Show the example answer"))
                #expect(response.text.contains("Questions to ask, by round"))
                for round in app.services.bundle.questionsToAsk { #expect(response.text.contains(#"id="ask-\#(round.round.rawValue)""#)) }
            }
            try await client.execute(uri: "/screen/pitch", method: .get) { response in
                #expect(response.status == .ok && response.text.contains("Show the example pitch") && response.text.contains(#"id="timer""#))
            }
        }
    }

    @Test func userTextIsEscaped() async throws {
        try await Self.withShippedBank { client, app in
            let question = try #require(app.services.bundle.behavioralQuestions(inTheme: "conflict").first)
            try await app.services.stories.save(Story(
                id: "xss", title: "<script>alert(1)</script>", situation: "<img src=x onerror=alert(2)>", themes: question.themes))
            try await client.execute(uri: "/api/v1/stories/practice/next?theme=conflict", method: .get) { _ in }
            let prompt = try await app.services.practice.prompt(questionID: question.id)
            #expect(prompt.stories.map(\.id) == ["xss"])
            // The page shows a random new question of the theme; every one of them is served by the story.
            try await client.execute(uri: "/stories/practice?theme=conflict", method: .get) { response in
                #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!response.text.contains("<script>alert(1)") && !response.text.contains("<img src=x"))
            }
            try await client.execute(
                uri: "/screen/pitch", method: .post, headers: SameOrigin.form, body: app.form("pitch=%3Cscript%3Ealert(3)%3C%2Fscript%3E&company=%3Cb%3EAcme")
            ) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("&lt;script&gt;alert(3)&lt;/script&gt;") && response.text.contains("&lt;b&gt;Acme"))
                #expect(!response.text.contains("<script>alert(3)") && response.text.contains(#"id="findings""#))
            }
        }
    }

    @Test func theEmptyBankSaysSo() async throws {
        try await WebTestHarness().run { client, _ in
            try await client.execute(uri: "/stories/practice", method: .get) { response in
                #expect(response.status == .ok && response.text.contains("No behavioral questions"))
            }
            try await client.execute(uri: "/screen", method: .get) { response in
                #expect(response.status == .ok && response.text.contains(#"id="empty""#))
            }
            try await client.execute(uri: "/screen/pitch", method: .get) { response in
                #expect(response.status == .ok && !response.text.contains(#"id="guide""#))
            }
        }
    }

    @Test func otherSitesAndNonJSONAreRefused() async throws {
        try await WebTestHarness().run { client, app in
            let foreign: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .origin: "http://evil.example", SameOrigin.secFetchSite: "cross-site"]
            for path in ["/stories/practice/review", "/screen/pitch"] {
                try await client.execute(uri: path, method: .post, headers: foreign, body: app.form("question=x&rating=1&pitch=x")) { response in
                    #expect(response.status == .forbidden, "\(path)")
                }
                try await client.execute(uri: path, method: .post, headers: SameOrigin.form, body: ByteBuffer(string: "question=x&rating=1")) { response in
                    #expect(response.status == .forbidden, "\(path) without the form token")
                }
            }
            var foreignJSON = SameOrigin.json
            foreignJSON[.origin] = "http://evil.example"
            foreignJSON[SameOrigin.secFetchSite] = "cross-site"
            for path in ["/api/v1/stories/practice/reviews", "/api/v1/screen/pitch"] {
                try await client.execute(uri: path, method: .post, headers: foreignJSON, body: ByteBuffer(string: "{}")) { response in
                    #expect(response.status == .forbidden, "\(path)")
                }
                try await client.execute(uri: path, method: .post, headers: SameOrigin.form, body: ByteBuffer(string: "text=x")) { response in
                    #expect(response.status == .unsupportedMediaType, "\(path)")
                }
            }
            #expect(try await app.store.itemStates().of(.behavioral).isEmpty)
        }
    }
}
