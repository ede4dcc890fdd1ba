import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOFoundationCompat
import OnsiteCore
import OnsiteServices
import OnsiteWeb
import Testing

/// The story bank's pages and API: rendering, the empty state, every field escaped, the origin and content-type
/// checks, the autosave round trip with its lint, the size limits and import with a broken file.
@Suite struct StoriesWebTests {
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
    }

    static func body(_ object: [String: Any]) throws -> ByteBuffer {
        ByteBuffer(data: try JSONSerialization.data(withJSONObject: object))
    }

    static let script = "<script>alert(1)</script>"

    @Test func emptyBankSaysWhatToWriteAndEveryPageRenders() async throws {
        try await WebTestHarness().run { client, _ in
            try await client.execute(uri: "/stories", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Write your first story:"))
                #expect(response.text.contains("six to eight stories cover every common theme"))
                #expect(response.text.contains("<a href=\"/problems\" data-nav=\"problems\">Problems</a>\n    <a href=\"/design\" data-nav=\"design\">Design</a>\n    <a href=\"/stories\" data-nav=\"stories\">Stories</a>"))
                #expect(response.text.contains("<script src=\"/static/stories.js\" defer></script>"))
                #expect(response.text.contains("href=\"/stories/coverage\"") && response.text.contains("href=\"/stories/import\""))
            }
            for uri in ["/stories/new", "/stories/coverage", "/stories/import", "/static/stories.js"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                }
            }
            try await client.execute(uri: "/stories/new", method: .get) { response in
                // The sixteen themes as checkboxes, the five parts as text areas.
                #expect(response.text.components(separatedBy: "type=\"checkbox\" name=\"theme-").count - 1 == 16)
                for part in ["situation", "task", "action", "result", "learning"] { #expect(response.text.contains("id=\"part-\(part)\"")) }
                #expect(response.text.contains("name=\"csrf\""))
            }
            try await client.execute(uri: "/stories/coverage", method: .get) { response in
                #expect(response.text.contains("0 stories; 12 common themes have no story yet"))
            }
            try await client.execute(uri: "/stories/nope", method: .get) { response in #expect(response.status == .notFound) }
        }
    }

    @Test func scriptTypedInEveryFieldIsEscapedOnEveryPage() async throws {
        try await WebTestHarness().run { client, app in
            let story = Story(
                id: "xss", title: Self.script, situation: Self.script, task: Self.script, action: "- " + Self.script,
                result: "**" + Self.script + "** `<img src=x onerror=alert(1)>`", learning: Self.script, themes: ["conflict"])
            try await app.services.stories.save(story)
            for uri in ["/stories", "/stories/xss", "/stories/xss/view", "/stories/coverage", "/stories/xss/delete"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(!response.text.contains("<script>alert"), "\(uri)")
                    #expect(!response.text.contains("<img src=x"), "\(uri)")
                    #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
                }
            }
            try await client.execute(uri: "/stories/xss/view", method: .get) { response in
                // Five parts and the heading, each as text; the Markdown spans around it still work.
                #expect(response.text.components(separatedBy: "&lt;script&gt;alert(1)&lt;/script&gt;").count - 1 >= 6)
                #expect(response.text.contains("<li>&lt;script&gt;"))
                #expect(response.text.contains("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>"))
                #expect(response.text.contains("<code>&lt;img src=x onerror=alert(1)&gt;</code>"))
            }
            // Export all: the body the import API takes back.
            try await client.execute(uri: "/stories/export.json", method: .get) { response in
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"stories.json\"")
                let files = try Self.json(response)["files"] as! [[String: String]]
                #expect(files.map { $0["name"] } == ["xss.md"])
                #expect(files[0]["text"]?.hasPrefix("# <script>alert(1)</script>\n") == true)
            }
            try await client.execute(uri: "/stories", method: .get) { response in
                #expect(response.text.contains("href=\"/stories/export.json\" download"))
            }
            try await client.execute(uri: "/stories/xss.md", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/markdown") == true)
                #expect(response.text.hasPrefix("# <script>alert(1)</script>\n\nThemes: conflict\n"))
            }
        }
    }

    @Test func autosaveRoundTripAnswersWithTheLintAndTheEditorShowsIt() async throws {
        try await WebTestHarness().run { client, app in
            // An empty story is kept as a draft, with its missing parts named.
            var id = ""
            try await client.execute(uri: "/api/v1/stories", method: .post, headers: SameOrigin.json, body: ByteBuffer(string: "{}")) { response in
                #expect(response.status == .created)
                let body = try Self.json(response)
                id = (body["story"] as! [String: Any])["id"] as! String
                #expect(id == "story")
                #expect(response.headers[.location] == "/api/v1/stories/story")
                let rules = (body["findings"] as! [[String: Any]]).map { $0["rule"] as! String }
                #expect(rules.filter { $0 == "missing-part" }.count == 4)
                #expect(body["errors"] as? Int == 4)
            }
            let story: [String: Any] = [
                "title": "Ranking regression", "themes": ["metric-moved-wrong-way", "ownership"],
                "situation": "Our ranking model shipped and click-through fell for new users in one market over a week.",
                "task": "I owned the model and had to find out why before the quarterly review.",
                "action": "I split the metric by cohort and found that new users saw stale features. I wrote a backfill, I added a freshness check, and I ran a holdout to confirm the fix before I rolled it out to everyone in the market.",
                "result": "Click-through came back and the team trusted the dashboards again.",
                "learning": "I now add a freshness guardrail to every feature a model reads.",
            ]
            try await client.execute(uri: "/api/v1/stories/\(id)", method: .put, headers: SameOrigin.json, body: try Self.body(story)) { response in
                #expect(response.status == .ok)
                let findings = try Self.json(response)["findings"] as! [[String: Any]]
                let rule = findings.first { $0["rule"] as? String == "result-without-number" }
                #expect(rule?["part"] as? String == "result")
                #expect(rule?["severity"] as? String == "warning")
                #expect(rule?["sentence"] as? String == "Click-through came back and the team trusted the dashboards again.")
            }
            var fixed = story
            fixed["result"] = "Click-through came back to 4.1% within 3 days and the team trusted the dashboards again."
            try await client.execute(uri: "/api/v1/stories/\(id)", method: .post, headers: SameOrigin.json, body: try Self.body(fixed)) { response in
                #expect(response.status == .ok)
                let rules = (try Self.json(response)["findings"] as! [[String: Any]]).map { $0["rule"] as! String }
                #expect(!rules.contains("result-without-number"))
                #expect(!rules.contains("missing-part"))
            }
            let saved = try await app.services.stories.story(id: id)
            #expect(saved?.title == "Ranking regression" && saved?.themes == ["metric-moved-wrong-way", "ownership"])
            #expect(saved?.result.contains("4.1%") == true)
            try await client.execute(uri: "/api/v1/stories/\(id)", method: .get) { response in
                try #expect((try Self.json(response)["story"] as! [String: Any])["title"] as? String == "Ranking regression")
            }
            try await client.execute(uri: "/stories/\(id)", method: .get) { response in
                #expect(response.text.contains("value=\"Ranking regression\""))
                #expect(response.text.contains("name=\"theme-ownership\" value=\"1\" data-theme=\"ownership\" checked"))
                #expect(response.text.contains("id=\"findings\""))
            }
            try await client.execute(uri: "/stories/coverage", method: .get) { response in
                #expect(response.text.contains("<tr data-theme=\"ownership\" class=\"\"><th scope=\"row\">Ownership</th><td><span aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">covered by Ranking regression</span>"))
                #expect(!response.text.contains("<li data-theme=\"ownership\">"))
            }
            try await client.execute(uri: "/api/v1/stories/coverage", method: .get) { response in
                try #expect((try Self.json(response)["gaps"] as! [String]).contains("ownership") == false)
            }
            // A second story with the same title gets its own id; delete needs the form's token.
            try await client.execute(uri: "/api/v1/stories", method: .post, headers: SameOrigin.json, body: try Self.body(["title": "Story"])) { response in
                try #expect((try Self.json(response)["story"] as! [String: Any])["id"] as? String == "story-2")
            }
            try await client.execute(uri: "/stories/story-2/delete", method: .post, headers: SameOrigin.form, body: app.form("")) { response in
                #expect(response.status == .seeOther)
            }
            #expect(try await app.services.stories.story(id: "story-2") == nil)
        }
    }

    @Test func formSaveWithoutJavaScriptKeepsTheThemesAndTheText() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(uri: "/stories", method: .post, headers: SameOrigin.form,
                                     body: app.form("title=By+form&theme-conflict=1&theme-failure=1&action=I+did+it%0AAnd+more")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/stories/by-form?saved=1")
            }
            let saved = try await app.services.stories.story(id: "by-form")
            #expect(saved?.themes == ["conflict", "failure"] && saved?.action == "I did it\nAnd more")
            try await client.execute(uri: "/stories", method: .get) { response in
                #expect(response.text.contains("By form") && response.text.contains("Lint: 3 errors"))
            }
        }
    }

    @Test func crossOriginAndWrongContentTypeAreRefused() async throws {
        try await WebTestHarness().run { client, app in
            let evil: HTTPFields = [.contentType: "application/json", .origin: "http://evil.example"]
            for method in [HTTPRequest.Method.post, .put, .delete] {
                try await client.execute(uri: "/api/v1/stories/x", method: method, headers: evil, body: ByteBuffer(string: #"{"title":"Evil"}"#)) { response in
                    #expect(response.status == .forbidden, "\(method)")
                }
            }
            try await client.execute(uri: "/api/v1/stories/import", method: .post, headers: evil, body: ByteBuffer(string: #"{"files":[]}"#)) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/stories", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .origin: "http://evil.example"],
                                     body: app.form("title=Evil")) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/stories", method: .post, headers: SameOrigin.form, body: ByteBuffer(string: "title=Evil&csrf=forged")) { response in
                #expect(response.status == .forbidden)
            }
            for method in [HTTPRequest.Method.post, .put] {
                try await client.execute(uri: "/api/v1/stories/x", method: method, headers: [SameOrigin.secFetchSite: "same-origin"],
                                         body: ByteBuffer(string: #"{"title":"x"}"#)) { response in
                    #expect(response.status == .unsupportedMediaType, "\(method)")
                }
            }
            #expect(try await app.services.stories.list().isEmpty)
        }
    }

    @Test func oversizedPartsAreRefusedNamingTheFieldAndNothingIsSaved() async throws {
        try await WebTestHarness().run { client, app in
            let big = String(repeating: "word ", count: 14_000)
            try await client.execute(uri: "/api/v1/stories/big", method: .put, headers: SameOrigin.json, body: try Self.body(["title": "Big", "learning": big])) { response in
                #expect(response.status == .badRequest)
                let error = try Self.json(response)["error"] as! [String: Any]
                #expect(error["field"] as? String == "learning")
                #expect((error["message"] as? String)?.hasPrefix("The Learning is 68 KB") == true)
            }
            // A 1 MB story: over the body's limit, refused with a message that says so.
            let huge = String(repeating: "word ", count: 220_000)
            try await client.execute(uri: "/api/v1/stories/big", method: .put, headers: SameOrigin.json, body: try Self.body(["action": huge])) { response in
                #expect(response.status == .badRequest)
                try #expect(((try Self.json(response)["error"] as! [String: Any])["message"] as? String)?.contains("over 1 MB") == true)
            }
            // Without JavaScript a form is at most 64 KB: the refusal says so (it was a bare 500 before).
            try await client.execute(uri: "/stories", method: .post, headers: SameOrigin.form,
                                     body: app.form("title=x&action=" + String(repeating: "a", count: 70_000))) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.text.contains("the form is over 64 KB"))
            }
            #expect(try await app.services.stories.list().isEmpty)
        }
    }

    @Test func importSavesTheGoodFilesAndNamesTheBrokenOnesWithTheirLine() async throws {
        try await WebTestHarness().run { client, app in
            let good = "# Good one\n\nThemes: ownership\n\n## Situation\nA.\n\n## Action\nI did it.\n"
            let files: [[String: Any]] = [
                ["name": "good.md", "text": good],
                ["name": "broken.md", "text": "# Broken\n\n## Situation\nx\n## Plot\ny\n"],
                ["name": "plain.md", "text": "no headings at all\n"],
                ["name": "huge.md", "text": String(repeating: "x", count: 70_000)],
            ]
            try await client.execute(uri: "/api/v1/stories/import", method: .post, headers: SameOrigin.json, body: try Self.body(["files": files])) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response)
                #expect(body["imported"] as? [String] == ["good"])
                let problems = body["problems"] as! [String]
                #expect(problems.count == 3)
                #expect(problems.contains { $0.hasPrefix("broken.md:5: unknown heading") })
                #expect(problems.contains { $0.hasPrefix("plain.md:1: no STAR headings") })
                #expect(problems.contains { $0.hasPrefix("huge.md: the file is 68 KB") })
            }
            #expect(try await app.services.stories.story(id: "good")?.themes == ["ownership"])
            // The paste box without JavaScript.
            let pasted = "text=" + "# Pasted <b>\n\n## Situation\nS\n".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(uri: "/stories/import", method: .post, headers: SameOrigin.form, body: app.form(pasted)) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Imported 1 story(ies)"))
            }
            #expect(try await app.services.stories.story(id: "pasted-b")?.title == "Pasted <b>")
            try await client.execute(uri: "/stories/import", method: .post, headers: SameOrigin.form, body: app.form("text=no+headings")) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("no STAR headings"))
                #expect(response.text.contains(">no headings</textarea>"), "the pasted text is kept")
            }
        }
    }
}
