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

/// The applications pages and API: rendering, escaping what the person typed, and the origin checks.
@Suite struct ApplicationsWebTests {
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
    }

    @Test func emptyBoardSaysWhatToDoFirstAndTheNavHasApplications() async throws {
        try await WebTestHarness().run { client, _ in
            try await client.execute(uri: "/applications", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Add your first application"))
                #expect(response.text.contains("<a href=\"/applications\" data-nav=\"applications\">Applications</a>\n    <a href=\"/offers\""))
                #expect(response.text.contains("<script src=\"/static/applications.js\" defer></script>"))
            }
            try await client.execute(uri: "/static/applications.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/javascript") == true)
            }
        }
    }

    @Test func formAddRendersOnBoardTableAndDetailWithUserTextEscaped() async throws {
        try await WebTestHarness().run { client, app in
            let notes = "<script>alert(1)</script>".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(uri: "/applications", method: .post, headers: SameOrigin.form,
                                     body: app.form("company=%3Cb%3EAcme%3C%2Fb%3E&role=MLE&notes=\(notes)&nextStep=Call&nextStepDate=2026-11-18")) { response in
                #expect(response.status == .seeOther)
            }
            let saved = try await app.services.applications.list()
            #expect(saved.count == 1 && saved[0].details.company == "<b>Acme</b>")
            for uri in ["/applications", "/applications?view=table", "/applications/\(saved[0].key)", "/"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.text.contains("&lt;b&gt;Acme&lt;/b&gt;"), "\(uri)")
                    #expect(!response.text.contains("<b>Acme</b>"), "\(uri)")
                    #expect(!response.text.contains("<script>alert(1)</script>"), "\(uri)")
                }
            }
            try await client.execute(uri: "/applications/\(saved[0].key)", method: .get) { response in
                #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("id=\"next-steps\""), "the next step due today is on Today")
            }
        }
    }

    @Test func moveByFormAndByJSONAndAFutureDateIsRefusedNamingTheField() async throws {
        try await WebTestHarness().run { client, app in
            let added = try await app.services.applications.add(["company": "Acme", "role": "MLE", "date": "2026-11-01"])
            try await client.execute(uri: "/applications/\(added.key)/move", method: .post, headers: SameOrigin.form,
                                     body: app.form("stage=coding&date=2026-11-05&back=/applications")) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/api/v1/applications/\(added.key)/move", method: .post, headers: SameOrigin.json,
                                     body: ByteBuffer(string: #"{"stage":"ml-breadth"}"#)) { response in
                #expect(response.status == .ok)
                let body = try Self.json(response)
                #expect(body["stage"] as? String == "ml-breadth")
                #expect((body["history"] as? [[String: String]])?.map { $0["date"]! } == ["2026-11-01", "2026-11-05", "2026-11-18"])
            }
            try await client.execute(uri: "/api/v1/applications/\(added.key)/move", method: .post, headers: SameOrigin.json,
                                     body: ByteBuffer(string: #"{"stage":"offer","date":"2027-01-01"}"#)) { response in
                #expect(response.status == .badRequest)
                let error = try Self.json(response)["error"] as! [String: Any]
                #expect(error["field"] as? String == "date")
                #expect((error["message"] as? String)?.contains("in the future") == true)
            }
            #expect(try await app.services.applications.application(id: added.key).stage == .mlBreadth)
        }
    }

    @Test func crossOriginPostsAreRefusedAndJSONNeedsItsContentType() async throws {
        try await WebTestHarness().run { client, app in
            let added = try await app.services.applications.add(["company": "Acme", "role": "MLE"])
            let routes: [(String, Bool)] = [
                ("/applications", false), ("/applications/\(added.key)", false), ("/applications/\(added.key)/move", false),
                ("/applications/\(added.key)/delete", false), ("/applications/import", false),
                ("/api/v1/applications", true), ("/api/v1/applications/\(added.key)", true),
                ("/api/v1/applications/\(added.key)/move", true), ("/api/v1/applications/import", true),
            ]
            for (path, json) in routes {
                let body = json ? ByteBuffer(string: #"{"company":"Evil","role":"x","stage":"offer","text":"company,role,stage,date\nE,x,offer,2026-11-01"}"#)
                    : app.form("company=Evil&role=x&stage=offer&text=company,role,stage,date")
                let evil: HTTPFields = [.contentType: json ? "application/json" : "application/x-www-form-urlencoded",
                                        .origin: "http://evil.example", SameOrigin.secFetchSite: "cross-site"]
                try await client.execute(uri: path, method: .post, headers: evil, body: body) { response in
                    #expect(response.status == .forbidden, "\(path)")
                }
                if json {
                    var text = SameOrigin.json
                    text[.contentType] = "text/plain"
                    try await client.execute(uri: path, method: .post, headers: text, body: body) { response in
                        #expect(response.status == .unsupportedMediaType, "\(path)")
                    }
                } else {
                    try await client.execute(uri: path, method: .post, headers: SameOrigin.form, body: ByteBuffer(string: "company=Evil&role=x&stage=offer")) { response in
                        #expect(response.status == .forbidden, "\(path): a form without the token")
                    }
                }
            }
            let after = try await app.services.applications.list()
            #expect(after.count == 1 && after[0].stage == .applied && after[0].details.company == "Acme")
        }
    }

    @Test func exportDownloadsImportFormAndCalendarFeed() async throws {
        try await WebTestHarness().run { client, app in
            _ = try await app.services.applications.add(["company": "Acme", "role": "MLE", "nextStep": "Call, then write", "nextStepDate": "2026-11-20"])
            var csv = ""
            try await client.execute(uri: "/applications/export.csv", method: .get) { response in
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                #expect(response.headers[.contentDisposition]?.contains("applications.csv") == true)
                csv = response.text
            }
            try await client.execute(uri: "/applications/export.json", method: .get) { response in
                #expect(response.text.hasPrefix("{\"format\":\"onsite-applications\""))
            }
            try await client.execute(uri: "/applications/reminders.ics", method: .get) { response in
                #expect(response.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(response.text.contains("DTSTART;VALUE=DATE:20261120\r\n"))
                #expect(response.text.contains("SUMMARY:Acme: Call\\, then write\r\n"))
            }
            let pasted = csv.replacingOccurrences(of: "Acme", with: "Other")
                .replacingOccurrences(of: try await app.services.applications.list()[0].key, with: "")
                + CSVText.record(["", "Bad", "MLE"] + Array(repeating: "", count: 10) + ["applied", "2026-13-01"])
            let encoded = pasted.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            try await client.execute(uri: "/applications/import", method: .post, headers: SameOrigin.form, body: app.form("text=\(encoded)")) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Imported 1 application(s)."))
                #expect(response.text.contains("line 3: date &quot;2026-13-01&quot; is not a date (YYYY-MM-DD)"))
            }
            try await client.execute(uri: "/api/v1/applications/import", method: .post, headers: SameOrigin.json,
                                     body: ByteBuffer(string: #"{"format":"csv","text":"company,role,date\nA,B,2026-11-01\n"}"#)) { response in
                #expect(response.status == .badRequest)
                let error = try Self.json(response)["error"] as! [String: Any]
                #expect(error["field"] as? String == "stage")
            }
            #expect(try await app.services.applications.list().map(\.details.company).sorted() == ["Acme", "Other"])
        }
    }

    @Test func funnelPageDrawsTheChartAndTheCalculator() async throws {
        try await WebTestHarness().run { client, app in
            _ = try await app.services.applications.add(["company": "Acme", "role": "MLE", "stage": "rejected"])
            try await client.execute(uri: "/applications/funnel?probability=0.9", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<svg") && response.text.contains("aria-labelledby=\"funnel-title funnel-desc\""))
                #expect(response.text.contains("34 application(s) give a 90% chance"))
                #expect(response.text.contains("not yet meaningful (n = 0)"))
                #expect(response.text.contains("6.72%"))
            }
            try await client.execute(uri: "/applications/funnel?probability=2", method: .get) { response in
                #expect(response.text.contains("probability must be a probability between 0 and 1"))
            }
            try await client.execute(uri: "/applications/funnel?probability=0.9&rates=own", method: .get) { response in
                #expect(response.text.contains("not yet meaningful"))
            }
            try await client.execute(uri: "/api/v1/applications/odds?probability=0.5", method: .get) { response in
                #expect(response.text == #"{"applications":10,"perApplication":0.0672}"#)
            }
            try await client.execute(uri: "/api/v1/applications/funnel", method: .get) { response in
                let body = try Self.json(response)
                #expect(body["applications"] as? Int == 1)
            }
            try await client.execute(uri: "/applications/00000000-0000-4000-8000-000000000000", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
