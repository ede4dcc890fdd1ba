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
import Testing

/// Numeric drills over HTTP: the form and JSON routes grade the instance of the seed they carry,
/// name the field at fault, and record nothing for text that is not a number.
@Suite struct NumericWebTests {
    func run(_ test: @Sendable (any TestClientProtocol, TestApp) async throws -> Void) async throws {
        let content = try NumericDrillFixtures.bundle()
        defer { content.remove() }
        try await WebTestHarness.run(bundle: try ContentBundle.load(from: content.url), judge: .none, newPerDay: 10, clock: TestClock(), test)
    }

    @Test func theFormGradesTheSeedItCarries() async throws {
        try await run { client, app in
            let instance = try app.services.numeric.instance(drillID: "double-it", seed: 5)
            let answer = Int(instance.answer)
            try await client.execute(uri: "/drill/numeric", method: .post, headers: SameOrigin.form,
                                     body: app.form("drill=double-it&seed=5&topic=&answer=\(answer + 1)&seconds=4")) { response in
                #expect(response.status == .ok)
                let page = String(buffer: response.body)
                #expect(page.contains("Not quite: you typed \(answer + 1); the answer is \(answer)"))
                #expect(page.contains("id=\"solution\"") && page.contains("= \(answer)."))
            }
            try await client.execute(uri: "/drill/numeric", method: .post, headers: SameOrigin.form,
                                     body: app.form("drill=double-it&seed=5&topic=&answer=\(answer)")) { response in
                #expect(String(buffer: response.body).contains("Right: \(answer)"))
            }
            #expect(try await app.store.reviewLog(ItemRef(.numeric, "double-it")).map(\.rating) == [.again, .good])
        }
    }

    @Test func badInputNamesTheFieldAndRecordsNothing() async throws {
        try await run { client, app in
            try await client.execute(uri: "/drill/numeric", method: .post, headers: SameOrigin.form,
                                     body: app.form("drill=double-it&seed=5&topic=&answer=lots")) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("`lots` is not a number"))
            }
            try await client.execute(uri: "/drill/numeric", method: .post, headers: SameOrigin.form,
                                     body: app.form("drill=double-it&seed=x&answer=1")) { response in
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("`seed` must be a whole number"))
            }
            try await client.execute(uri: "/drill/numeric", method: .post, headers: SameOrigin.form,
                                     body: app.form("drill=nope&seed=1&answer=1")) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/numeric/answers", method: .post, headers: SameOrigin.json,
                                     body: ByteBuffer(string: #"{"drillId":"double-it","seed":"5","answer":"two"}"#)) { response in
                #expect(response.status == .badRequest)
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: [String: String]]
                #expect(body["error"]?["field"] == "answer")
            }
            #expect(try await app.store.reviewLog(ItemRef(.numeric, "double-it")).isEmpty)
        }
    }

    @Test func quickFireRightInUnderTwentySecondsIsEasy() async throws {
        try await run { client, app in
            let answer = Int(try app.services.numeric.instance(drillID: "double-it", seed: 9).answer)
            try await client.execute(uri: "/api/v1/numeric/answers", method: .post, headers: SameOrigin.json,
                                     body: ByteBuffer(string: #"{"drillId":"double-it","seed":"9","answer":"\#(answer)","durationSeconds":3,"quickFire":true}"#)) { response in
                #expect(response.status == .ok)
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                #expect(body["right"] as? Bool == true && body["rating"] as? Int == 4)
            }
            try await client.execute(uri: "/drills", method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("Double a number") && page.contains("exact"))
                #expect(!page.contains(">new</td>"))  // scheduled now
            }
            try await client.execute(uri: "/quickfire?n=10", method: .get) { response in
                #expect(String(buffer: response.body).contains(#""kind":"numeric""#))
            }
        }
    }
}
