import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOFoundationCompat
import OnsiteContent
import OnsiteCore
import OnsiteServices
import OnsiteTestSupport
import OnsiteWeb
import Testing

/// The design pages and API: the empty state, Design in the nav, interview mode hiding the rubric, user text
/// escaped in the workspace and the result, the diagram preview's line error, the 64 KB field limit by name,
/// an empty submit refused, and the self-rating form.
@Suite struct DesignWebTests {
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
    }

    static func body(_ object: [String: Any]) throws -> ByteBuffer { ByteBuffer(data: try JSONSerialization.data(withJSONObject: object)) }

    static let script = "<script>alert(1)</script>", img = "<img src=x onerror=alert(2)>"

    func withDesign(_ test: @Sendable (any TestClientProtocol, TestApp) async throws -> Void) async throws {
        let folder = try DesignFixtures.bundle(["cases/fraud-case.yaml": DesignFixtures.caseYAML(), "drills/fraud-metrics.yaml": DesignFixtures.drillYAML()])
        defer { folder.remove() }
        try await WebTestHarness.run(bundle: try ContentBundle.load(from: folder.url), judge: .none, newPerDay: 20, clock: TestClock(), test)
    }

    @Test func anEmptyBankSaysWhatToDo() async throws {
        try await WebTestHarness().run { client, _ in
            try await client.execute(uri: "/design", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("id=\"design-empty\""))
                #expect(response.text.contains("<a href=\"/problems\" data-nav=\"problems\">Problems</a>\n    <a href=\"/design\" data-nav=\"design\">Design</a>"))
            }
            try await client.execute(uri: "/static/design.js", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test func workspaceHidesTheRubricInInterviewModeAndEscapesEverything() async throws {
        try await withDesign { client, app in
            try await client.execute(uri: "/design", method: .get) { response in
                #expect(response.text.contains("data-item=\"fraud-case\"") && response.text.contains("data-item=\"fraud-metrics\""))
                #expect(response.text.contains("id=\"design-history-empty\""))
            }
            var location = ""
            try await client.execute(uri: "/design/start", method: .post, headers: SameOrigin.form, body: app.form("item=fraud-case&mode=interview")) { response in
                #expect(response.status == .seeOther)
                location = response.headers[.location] ?? ""
            }
            let id = String(location.split(separator: "/").last ?? "")
            let draft = ["steps": ["clarify": Self.script, "tradeoffs": Self.img], "diagram": "client -> api", "elapsedSeconds": 61, "running": false] as [String: Any]
            try await client.execute(uri: "/api/v1/design/attempts/\(id)/draft", method: .put, headers: SameOrigin.json, body: try Self.body(draft)) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("class=\"rubric\"") && !response.text.contains("The model answer for clarify"))
                #expect(!response.text.contains(Self.script) && !response.text.contains(Self.img))
                #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(response.text.contains("data-elapsed=\"61\"") && response.text.contains("data-running=\"false\""))
            }
            try await client.execute(uri: "/api/v1/design/attempts/\(id)/submit", method: .post, headers: SameOrigin.json, body: try Self.body(["steps": [String: String]()])) { response in
                #expect(response.status == .badRequest)
                try #expect(((try Self.json(response)["error"] as! [String: Any])["field"] as? String) == "answer")
            }
            let big = ["steps": ["model": String(repeating: "x", count: 1 << 20)]]
            try await client.execute(uri: "/api/v1/design/attempts/\(id)/draft", method: .put, headers: SameOrigin.json, body: try Self.body(big)) { response in
                #expect(response.status == .badRequest)
                let error = try Self.json(response)["error"] as! [String: Any]
                #expect(error["field"] as? String == "steps.model" && (error["message"] as? String)?.contains("64 KB") == true)
            }
            try #expect(try await app.services.design.attempt(id: id).attempt.answer[.clarify] == Self.script)
            let final = ["steps": ["clarify": Self.script, "metrics": "We would use PR-AUC because positives are rare. " + Self.img], "diagram": "client -> <b>"] as [String: Any]
            try await client.execute(uri: "/api/v1/design/attempts/\(id)/submit", method: .post, headers: SameOrigin.json, body: try Self.body(final)) { response in
                #expect(response.status == .ok)
                try #expect(try Self.json(response)["location"] as? String == location)
            }
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.text.contains("id=\"design-total\"") && response.text.contains("The model answer for metrics"))
                #expect(!response.text.contains(Self.script) && !response.text.contains(Self.img) && !response.text.contains("<b>"))
                #expect(response.text.contains("<mark>pr auc</mark>"))
                #expect(response.text.contains("Your diagram could not be drawn: line 1: node “&lt;b&gt;” has “&lt;”"))
                #expect(response.text.contains("id=\"rate-form\""))
            }
            try await client.execute(uri: "\(location)/rate", method: .post, headers: SameOrigin.form, body: app.form("level=strong")) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.text.contains("id=\"rated-text\"") && response.text.contains("You rated it strong"))
            }
        }
    }

    @Test func practiceModeShowsTheRubricAndTheModelAnswer() async throws {
        try await withDesign { client, app in
            var location = ""
            try await client.execute(uri: "/design/start", method: .post, headers: SameOrigin.form, body: app.form("item=fraud-metrics&mode=practice")) { response in
                location = response.headers[.location] ?? ""
            }
            try await client.execute(uri: location, method: .get) { response in
                #expect(response.text.contains("class=\"rubric\"") && response.text.contains("PR-AUC offline, fraud loss online."))
                #expect(response.text.contains("data-limit=\"300\""))  // a drill's 5 minutes
                #expect(!response.text.contains("id=\"diagram\""))  // a drill has no diagram box
            }
        }
    }

    @Test func theDiagramPreviewNamesTheLineAndEscapesLabels() async throws {
        try await withDesign { client, _ in
            try await client.execute(uri: "/api/v1/design/diagram", method: .post, headers: SameOrigin.json, body: try Self.body(["text": "a -> b\nnot a chain"])) { response in
                #expect(response.status == .badRequest)
                let error = try Self.json(response)["error"] as! [String: Any]
                #expect(error["line"] as? Int == 2 && (error["message"] as? String)?.contains("line 2") == true)
            }
            try await client.execute(uri: "/api/v1/design/diagram", method: .post, headers: SameOrigin.json, body: try Self.body(["text": "client -> ranker & co"])) { response in
                #expect(response.status == .badRequest)  // `&` is not allowed in a node
            }
            try await client.execute(uri: "/api/v1/design/diagram", method: .post, headers: SameOrigin.json, body: try Self.body(["text": "client -> api.v2 -> feature_store"])) { response in
                #expect(response.status == .ok)
                try #expect((try Self.json(response)["svg"] as? String)?.contains(">feature_store</text>") == true)
            }
        }
    }
}
