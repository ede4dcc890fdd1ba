import NIOFoundationCompat
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteStore
import OnsiteTestSupport
import OnsiteServices
import OnsiteWeb
import Testing

/// The problem list and page, and Run / Submit / give up through the API, with a real judge.
@Suite struct ProblemPageTests {
    static let json = SameOrigin.json
    static let slug = "augmentation-orderings"

    func post(_ client: any TestClientProtocol, _ path: String, _ body: [String: String]) async throws -> (HTTPResponse.Status, [String: Any]) {
        let data = try JSONSerialization.data(withJSONObject: body)
        return try await client.execute(uri: path, method: .post, headers: Self.json, body: ByteBuffer(data: data)) { response in
            (response.status, try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:])
        }
    }

    func page(_ client: any TestClientProtocol, _ path: String, cookie: String? = nil) async throws -> (HTTPResponse.Status, String) {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        return try await client.execute(uri: path, method: .get, headers: headers) { ($0.status, $0.text) }
    }

    @Test func listFiltersByRoundPatternDifficultyAndStatus() async throws {
        try await WebTestHarness.runWithProblems(judge: false) { client, app in
            let rows = { (html: String) in html.components(separatedBy: "<tr data-status=").count - 1 }
            let all = try await page(client, "/problems")
            #expect(all.0 == .ok && rows(all.1) == app.problems.bundle.problems.count)
            #expect(rows(try await page(client, "/problems?round=sql").1) == app.problems.bundle.problems.filter { $0.round == .sql }.count)
            let stack = app.problems.bundle.problems.filter { $0.patterns.contains("stack") && $0.difficulty == .easy }.count
            let filtered = try await page(client, "/problems?pattern=stack&difficulty=easy").1
            #expect(stack > 0 && rows(filtered) == stack)
            let none = try await page(client, "/problems?status=solved")
            #expect(rows(none.1) == 0 && none.1.contains("No problem matches these filters"))
            let bad = try await page(client, "/problems?difficulty=brutal")
            #expect(bad.0 == .badRequest && bad.1.contains("`difficulty` must be easy, medium or hard"))
        }
    }

    @Test func problemPageShowsWhatTheSelfTestSaw() async throws {
        try await WebTestHarness.runWithProblems { client, app in
            #expect(!(try await page(client, "/problems/\(Self.slug)").1.contains(#"id="self-test""#)))  // not run yet
            let report = try #require(await app.problems.runSelfTest(hiddenPaths: []))
            let html = try await page(client, "/problems/\(Self.slug)").1
            #expect(html.contains(#"id="self-test""#))
            for (line, _) in report.lines.prefix(3) { #expect(html.contains(line.prefix(20)), "\(line)") }
        }
    }

    @Test func interviewModeHidesDifficultyAndTags() async throws {
        try await WebTestHarness.runWithProblems(judge: false) { client, app in
            let cookie = try await client.execute(uri: "/problems/interview-mode", method: .post,
                                                  headers: SameOrigin.form,
                                                  body: app.form("on=1&back=/problems/\(Self.slug)")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/problems/\(Self.slug)")
                return response.headers[.setCookie] ?? ""
            }
            #expect(cookie.hasPrefix("onsite_interview=1"))
            let shown = try await page(client, "/problems/\(Self.slug)").1
            #expect(shown.contains("diff-medium") && shown.contains(">backtracking</a>"))
            let hidden = try await page(client, "/problems/\(Self.slug)", cookie: "onsite_interview=1").1
            #expect(!hidden.contains("diff-medium") && !hidden.contains(">backtracking</a>"))
            let list = try await page(client, "/problems", cookie: "onsite_interview=1").1
            #expect(!list.contains("diff-") && !list.contains("name=\"difficulty\"") && list.contains("Interview mode: on"))
        }
    }

    @Test func problemPageShowsStatementExamplesStarterAndEscapesCode() async throws {
        try await WebTestHarness.runWithProblems(judge: false) { client, app in
            let problem = try app.problems.problem(id: Self.slug)
            let (status, html) = try await page(client, "/problems/\(Self.slug)")
            #expect(status == .ok)
            #expect(html.contains("<h1>\(problem.title)</h1>") && html.components(separatedBy: problem.title).count == 3, "title in <title> and <h1> only")
            #expect(html.contains("Visible tests") && html.contains("Hint 1") && html.contains("id=\"editorial\""))
            #expect(html.contains("def distinct_orderings(ops: list[str]) -&gt; list[list[str]]:"), "starter code, escaped")
            #expect(html.contains("bubblewrap is missing") && html.contains("id=\"run\" type=\"button\" disabled"))
            let next = app.problems.bundle.problems.drop { $0.id != Self.slug }.dropFirst().first { $0.round == problem.round }!
            #expect(html.contains("href=\"/problems/\(next.id)\" id=\"next-problem\""))
            #expect(html.contains("name=\"back\" value=\"/problems/\(Self.slug)\""), "the interview switch returns to this page")
            #expect(try await page(client, "/problems/no-such-problem").0 == .notFound)
            let (code, body) = try await post(client, "/api/v1/problems/\(Self.slug)/run", ["code": "def f(): pass"])
            #expect(code == .serviceUnavailable)
            #expect(((body["error"] as? [String: Any])?["message"] as? String)?.contains("bubblewrap is missing") == true)
        }
    }

    @Test func submitJudgesSavesAndSchedulesByHowTheAttemptWent() async throws {
        try await WebTestHarness.runWithProblems { client, app in
            let problem = try app.problems.problem(id: Self.slug)
            let wrong = problem.wrongSolutions.first { $0.verdict == .wrongAnswer }!.code
            let path = "/api/v1/problems/\(Self.slug)/submit"

            let (_, failed) = try await post(client, path, ["code": wrong])
            #expect(failed["verdict"] as? String == "wrong-answer")
            #expect(failed["review"] == nil)

            let (status, solved) = try await post(client, path, ["code": problem.solution])
            #expect(status == .ok && solved["verdict"] as? String == "accepted")
            #expect((solved["review"] as? [String: Any])?["rating"] as? String == "Hard", "accepted after a failed submit")
            let state = try await app.store.itemStates()[.problem(Self.slug)]
            #expect(state?.state == .review && state!.due > app.clock.now.addingTimeInterval(86_000))

            let (_, again) = try await post(client, path, ["code": problem.solution])
            #expect(again["review"] == nil, "solving again before it is due is practice, not a review")
            let (_, gaveUp) = try await post(client, "/api/v1/problems/\(Self.slug)/give-up", [:])
            #expect(gaveUp["recorded"] as? Bool == false, "nothing to give up once solved")

            let html = try await page(client, "/problems/\(Self.slug)").1
            #expect(html.components(separatedBy: "class=\"verdict-name v-").count - 1 == 3)
            #expect(html.contains("status-solved"))
            let list = try await page(client, "/problems?status=solved").1
            #expect(list.contains(problem.title))

            // Once due, a clean first-try solve is Good.
            app.clock.advance(by: state!.due.timeIntervalSince(app.clock.now) + 60)
            #expect(try await page(client, "/problems?status=due").1.contains(problem.title))
            let (_, review) = try await post(client, path, ["code": problem.solution])
            #expect((review["review"] as? [String: Any])?["rating"] as? String == "Good")
        }
    }

    @Test func runAddsACustomInputJudgedAgainstTheReference() async throws {
        try await WebTestHarness.runWithProblems { client, app in
            let problem = try app.problems.problem(id: Self.slug)
            let path = "/api/v1/problems/\(Self.slug)/run"
            // Right on the visible tests, wrong on a longer input: only the custom input can catch it.
            let lucky = problem.solution.replacingOccurrences(of: "def distinct_orderings(", with: "def _real(") + """

                def distinct_orderings(ops):
                    return [] if len(ops) > 3 else _real(ops)
                """
            let (_, plain) = try await post(client, path, ["code": lucky])
            #expect(plain["verdict"] as? String == "accepted", "\(plain)")
            let (_, custom) = try await post(client, path, ["code": lucky, "customInput": #"["a", "b", "c", "d"]"#])
            let report = custom["report"] as? [String: Any] ?? [:]
            #expect(custom["verdict"] as? String == "wrong-answer", "\(custom)")
            #expect((report["summary"] as? String)?.contains("custom input") == true)
            #expect((report["expected"] as? String)?.hasPrefix(#"[["a","b","c","d"],"#) == true, "expected output comes from the reference")

            let (status, bad) = try await post(client, path, ["code": problem.solution, "customInput": "[1, 2"])
            #expect(status == .badRequest && (bad["error"] as? [String: Any])?["field"] as? String == "customInput")
            let (tooMany, _) = try await post(client, path, ["code": problem.solution, "customInput": "[\"a\"]\n[\"b\"]"])
            #expect(tooMany == .badRequest)
            let (empty, emptyBody) = try await post(client, path, ["code": "  \n"])
            #expect(empty == .badRequest && (emptyBody["error"] as? [String: Any])?["field"] as? String == "code")
            #expect(try await app.store.submissions(problemID: Self.slug, limit: 50).map(\.kind) == [.run, .run], "rejected requests save nothing")
        }
    }

    @Test func givingUpOnANewProblemBringsItBackTomorrow() async throws {
        try await WebTestHarness.runWithProblems(judge: false) { client, app in
            let (_, body) = try await post(client, "/api/v1/problems/\(Self.slug)/give-up", [:])
            #expect(body["recorded"] as? Bool == true)
            let state = try await app.store.itemStates()[.problem(Self.slug)]
            #expect(state?.due == app.clock.now.addingTimeInterval(86_400))
            #expect(try await app.store.reviewLog(.problem(Self.slug)).map(\.rating) == [.again])
        }
    }

    @Test func aServerOthersCanReachRefusesUnsandboxedMode() async throws {
        let data = try TemporaryFolder()
        defer { data.remove() }
        var config = AppConfiguration(services: ServiceConfiguration(
            database: .sqlite(path: data.path + "/onsite.sqlite"), contentFolder: ContentLocation.sourceCheckout))
        config.host = "0.0.0.0"
        config.port = 0
        config.allowUnsandboxed = true
        let error = await #expect(throws: (any Error).self) { _ = try await buildApplication(config, logger: Logger(label: "test")) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("refusing --unsandboxed on 0.0.0.0"))
        #expect(!FileManager.default.fileExists(atPath: data.path + "/onsite.sqlite"), "refused before the database is opened")
    }
}

/// A full judge queue is a prompt "busy, try again", never a wait.
@Suite struct BusyJudgeTests {
    @Test func aFullQueueAnswers503WithRetryAfterAndSavesNothing() async throws {
        let busy = ScriptedJudge { _ in nil }
        try await WebTestHarness.run(
            bundle: try ContentBundle.load(from: ContentLocation.sourceCheckout), judge: .given(busy, note: "busy judge"),
            newPerDay: 20, clock: TestClock()
        ) { client, app in
            let body = ByteBuffer(string: #"{"code": "def f(): pass"}"#)
            try await client.execute(uri: "/api/v1/problems/augmentation-orderings/submit", method: .post, headers: SameOrigin.json, body: body) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "2")
                #expect(response.text.contains("busy"))
            }
            #expect(try await app.store.submissionCount() == 0)
        }
    }
}
