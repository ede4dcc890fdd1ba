import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OnsiteCore
import OnsiteServices
import OnsiteStore
import OnsiteWeb
import Testing

/// Every state-changing route refuses what another site could make the browser send, and the
/// same requests from Onsite's own pages still work.
@Suite struct RequestGuardTests {
    static let secFetchSite = SameOrigin.secFetchSite
    static let posts: [(path: String, json: Bool)] = [
        ("/drill/review", false), ("/problems/interview-mode", false),
        ("/api/v1/reviews", true), ("/api/v1/problems/augmentation-orderings/run", true),
        ("/api/v1/problems/augmentation-orderings/submit", true), ("/api/v1/problems/augmentation-orderings/give-up", true),
    ]

    func body(_ json: Bool, _ app: TestApp) -> ByteBuffer {
        json ? ByteBuffer(string: #"{"cardId":"l1-sparsity","rating":3,"code":"def f(): pass"}"#) : app.form("card=l1-sparsity&rating=3&on=1")
    }

    func expectNothingSaved(_ app: TestApp) async throws {
        #expect(try await app.store.reviewCount() == 0)
        #expect(try await app.store.submissionCount() == 0)
    }

    @Test func crossSiteRequestsAreRefusedOnEveryPostRoute() async throws {
        try await WebTestHarness.runWithProblems(judge: false) { client, app in
            for route in Self.posts {
                let attempts: [(String, HTTPFields, HTTPResponse.Status)] = [
                    ("no-cors fetch", [.contentType: "text/plain", .origin: "http://evil.example", Self.secFetchSite: "cross-site"], .forbidden),
                    ("another port on this machine", [.contentType: "application/json", .origin: "http://127.0.0.1:9999", Self.secFetchSite: "same-site"], .forbidden),
                    ("old browser, foreign origin", [.contentType: "application/x-www-form-urlencoded", .origin: "http://evil.example"], .forbidden),
                    ("no origin at all", [.contentType: "application/json"], .forbidden),
                ]
                for (name, headers, status) in attempts {
                    try await client.execute(uri: route.path, method: .post, headers: headers, body: body(route.json, app)) { response in
                        #expect(response.status == status, "\(route.path): \(name)")
                        #expect(response.text.contains("refused"), "\(route.path): \(name) says why")
                    }
                }
            }
            try await expectNothingSaved(app)
        }
    }

    @Test func jsonRoutesRequireJSONAndFormsRequireTheToken() async throws {
        try await WebTestHarness().run { client, app in
            var text = SameOrigin.json
            text[.contentType] = "text/plain"
            try await client.execute(uri: "/api/v1/reviews", method: .post, headers: text, body: body(true, app)) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect(response.text.contains("Content-Type: application/json"))
            }
            for fields in ["card=l1-sparsity&rating=3", "card=l1-sparsity&rating=3&csrf=forged"] {
                try await client.execute(uri: "/drill/review", method: .post, headers: SameOrigin.form, body: ByteBuffer(string: fields)) { response in
                    #expect(response.status == .forbidden)
                    #expect(response.text.contains("reload the page"))
                }
            }
            try await expectNothingSaved(app)
            // The page's own form, with its token, from its own origin: saved.
            try await client.execute(uri: "/drill/review", method: .post, headers: SameOrigin.form, body: app.form("card=l1-sparsity&rating=3")) { response in
                #expect(response.status == .seeOther)
            }
            var originOnly: HTTPFields = [.contentType: "application/json", .origin: "http://localhost:8080", SameOrigin.host: "localhost:8080"]
            try await client.execute(uri: "/api/v1/reviews", method: .post, headers: originOnly, body: body(true, app)) { response in
                #expect(response.status == .ok, "an Origin naming this server is same-origin")
            }
            originOnly[.origin] = "http://localhost:8081"
            try await client.execute(uri: "/api/v1/reviews", method: .post, headers: originOnly, body: body(true, app)) { response in
                #expect(response.status == .forbidden, "another port is another origin")
            }
            #expect(try await app.store.reviewCount() == 2)
        }
    }

    @Test func pagesCarryTheTokenAndTheSecurityHeaders() async throws {
        try await WebTestHarness().run { client, app in
            for path in ["/", "/drill", "/topics", "/progress", "/errors", "/quickfire", "/no-such-page"] {
                try await client.execute(uri: path, method: .get) { response in
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.contains("script-src 'self'") && policy.contains("frame-ancestors 'none'") && !policy.contains("unsafe-inline"), "\(path)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin", "\(path)")
                    #expect(!response.text.contains(" style=\""), "\(path): no inline style for the policy to block")
                }
            }
            try await client.execute(uri: "/drill", method: .get) { response in
                #expect(response.text.contains(#"name="csrf" value="\#(app.services.formSecret)""#))
            }
            try await client.execute(uri: "/favicon.ico", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "image/svg+xml")
            }
        }
    }

    @Test func foreignHostNamesAreRefusedAgainstDNSRebinding() async throws {
        try await WebTestHarness().run { client, app in
            for host in ["evil.example:8080", "evil.example", "127.0.0.1.evil.example"] {
                try await client.execute(uri: "/api/v1/stats", method: .get, headers: [SameOrigin.host: host]) { response in
                    #expect(response.status == .misdirectedRequest, "\(host)")
                }
            }
            for host in ["127.0.0.1:8080", "localhost:8080", "localhost"] {
                try await client.execute(uri: "/api/v1/stats", method: .get, headers: [SameOrigin.host: host]) { response in
                    #expect(response.status == .ok, "\(host)")
                }
            }
        }
    }
}
