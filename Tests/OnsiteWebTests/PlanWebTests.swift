import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OnsiteCore
import OnsiteServices
import OnsiteWeb
import Testing

/// The Plan and Checklist pages, readiness on Today and Progress: the empty states, a bad field
/// named beside it with nothing saved, a plan made by form, a day ticked, the .ics download.
@Suite struct PlanWebTests {
    @Test func makeAPlanByFormTickADayAndDownloadIt() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(uri: "/plan", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("id=\"no-plan\""))
                #expect(response.text.contains("<a href=\"/plan\" data-nav=\"plan\">Plan</a>"))
            }
            let today = app.services.plan.today
            let interview = today.adding(days: 7)
            try await client.execute(
                uri: "/plan", method: .post, headers: SameOrigin.form,
                body: app.form("template=7-day&start=\(today)&interview=\(interview)&weekday-hours=0&weekend-hours=2&w-coding=50")
            ) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("id=\"weekday-hours-error\""))
                #expect(response.text.contains("weights must sum to 100 (got 50)"))
            }
            #expect(try await app.services.plan.current() == nil)
            try await client.execute(
                uri: "/plan", method: .post, headers: SameOrigin.form,
                body: app.form("template=7-day&start=\(today)&interview=\(interview)&weekday-hours=1&weekend-hours=2&target=startup&level=mid")
            ) { response in
                #expect(response.status == .seeOther || response.status == .found)
            }
            let plan = try #require(try await app.services.plan.current())
            #expect(plan.days.count == 7 && plan.inputs.target == .startup)
            try await client.execute(uri: "/plan", method: .get) { response in
                #expect(response.text.contains("id=\"day-\(today)\""))
                #expect(response.text.contains("data-kind=\"light\""))
            }
            try await client.execute(uri: "/plan/days/\(today)", method: .post, headers: SameOrigin.form, body: app.form("task-0=1")) { response in
                #expect(response.status.code / 100 == 3)
            }
            #expect(try await app.services.plan.current()?.days[0].tasks[0].done == true)
            try await client.execute(uri: "/plan.ics", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/calendar") == true)
                #expect(response.text.contains("DTSTART;VALUE=DATE:"))
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("id=\"today-plan\""))
                #expect(response.text.contains("no evidence yet"))
            }
            try await client.execute(uri: "/progress", method: .get) { response in
                #expect(response.text.components(separatedBy: "class=\"readiness-chart\"").count - 1 == 5)
            }
            try await client.execute(uri: "/checklist", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("id=\"section-logistics\""))
                #expect(response.text.contains("Tick by hand"))
            }
            try await client.execute(uri: "/checklist/logistics:setup", method: .post, headers: SameOrigin.form, body: app.form("ticked=1")) { response in
                #expect(response.status.code / 100 == 3)
            }
            #expect(try await app.services.plan.checklist().first { $0.id == "logistics:setup" }?.ticked == true)
        }
    }

    @Test func aCrossOriginFormCannotReplaceThePlan() async throws {
        try await WebTestHarness().run { client, app in
            let today = app.services.plan.today
            try await client.execute(
                uri: "/plan", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", SameOrigin.secFetchSite: "cross-site"],
                body: app.form("template=7-day&interview=\(today.adding(days: 9))&weekday-hours=1&weekend-hours=1")
            ) { response in
                #expect(response.status == .forbidden)
            }
            #expect(try await app.services.plan.current() == nil)
        }
    }
}
