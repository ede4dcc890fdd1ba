import Foundation
import OnsiteCore
import OnsiteServices
import OnsiteTestSupport
import Testing

/// The applications use cases over the in-memory store, on a fixed clock (2026-11-18 UTC).
@Suite struct ApplicationServiceTests {
    func service() async throws -> (ApplicationService, ServiceHarness) {
        let harness = ServiceHarness()
        return (try await harness.services().applications, harness)
    }

    @Test func addDefaultsToAppliedTodayAndMovesWithDates() async throws {
        let (apps, _) = try await service()
        #expect(apps.today.description == "2026-11-18")
        let added = try await apps.add(["company": "Acme", "role": "MLE", "level": "L5"])
        #expect(added.history == [StageEvent(.applied, on: apps.today)])
        let earlier = try await apps.add(["company": "Beta", "role": "RE", "stage": "coding", "date": "2026-11-01"])
        #expect(earlier.stage == .coding && earlier.since.description == "2026-11-01")
        let moved = try await apps.move(id: added.key, to: "recruiter screen", date: nil)
        #expect(moved.stage == .recruiterScreen)
        #expect(try await apps.application(id: added.key).history.count == 2)
        #expect(try await apps.list().map(\.details.company) == ["Beta", "Acme"])
    }

    @Test func badInputNamesTheField() async throws {
        let (apps, _) = try await service()
        await #expect(throws: BadInput.self) { try await apps.add(["role": "MLE"]) }
        do {
            _ = try await apps.add(["company": "A", "role": "R", "date": "2026-12-01"])
            Issue.record("a future date was accepted")
        } catch let error as BadInput {
            #expect(error.field == "date" && error.message.contains("in the future"))
        }
        let added = try await apps.add(["company": "A", "role": "R", "date": "2026-11-10"])
        do {
            _ = try await apps.move(added, to: "coding", date: "2026-11-19")
            Issue.record("a future date was accepted")
        } catch let error as BadInput {
            #expect(error.field == "date")
        }
        do {
            _ = try await apps.move(added, to: "coding", date: "2026-11-09")
            Issue.record("a date before the current stage was accepted")
        } catch let error as BadInput {
            #expect(error.field == "date")
        }
        do {
            _ = try await apps.edit(id: added.key, ["company": "A", "role": "R", "link": "javascript:alert(1)"])
            Issue.record("a javascript: link was accepted")
        } catch let error as BadInput {
            #expect(error.field == "link")
        }
        #expect(try await apps.application(id: added.key).history.count == 1, "nothing was saved by the refused moves")
    }

    @Test func findByCompanyIsAmbiguousWhenSeveralMatch() async throws {
        let (apps, _) = try await service()
        let first = try await apps.add(["company": "Acme", "role": "MLE"])
        #expect(try await apps.find("acme") == first)
        let second = try await apps.add(["company": "Acme", "role": "Research"])
        do {
            _ = try await apps.find("Acme")
            Issue.record("ambiguous name resolved")
        } catch let error as ApplicationError {
            #expect(error.description.contains(first.key) && error.description.contains(second.key))
        }
        #expect(try await apps.find(second.key) == second)
        #expect(try await apps.find(String(second.key.prefix(8))) == second)
        await #expect(throws: ApplicationError.notFound("Nope")) { try await apps.find("Nope") }
    }

    @Test func remindersDueAreTodaysAndOverdueOnes() async throws {
        let (apps, harness) = try await service()
        _ = try await apps.add(["company": "Late", "role": "R", "nextStep": "Chase", "nextStepDate": "2026-11-10"])
        _ = try await apps.add(["company": "Today", "role": "R", "nextStep": "Call", "nextStepDate": "2026-11-18"])
        _ = try await apps.add(["company": "Later", "role": "R", "nextStep": "Prep", "nextStepDate": "2026-11-25"])
        let due = try await apps.remindersDue()
        #expect(due.map(\.application.details.company) == ["Late", "Today"])
        #expect(due.map(\.overdue) == [true, false])
        harness.clock.advance(by: 7 * 86_400)
        #expect(try await apps.remindersDue().count == 3)
        let calendar = try await apps.reminderCalendar()
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count == 4)
        #expect(calendar.contains("SUMMARY:Late: Chase\r\n"))
    }

    @Test func oddsFromTypicalGivenAndOwnRates() async throws {
        let (apps, _) = try await service()
        #expect(try await apps.odds(probability: 0.9, rates: .typical).applications == 34)
        #expect(try await apps.odds(probability: 0.5, rates: .typical).applications == 10)
        #expect(try await apps.odds(probability: 0.9, rates: .given([0.5])).applications == 4)
        do {
            _ = try await apps.odds(probability: 0.9, rates: .own)
            Issue.record("own rates with no data")
        } catch let error as BadInput {
            #expect(error.field == "rates" && error.message.contains("n = 0"))
        }
        await #expect(throws: BadInput.self) { try await apps.odds(probability: 1, rates: .typical) }
    }

    @Test(arguments: ApplicationFileFormat.allCases)
    func exportImportIntoAnEmptyStoreAndExportAgainIsIdentical(format: ApplicationFileFormat) async throws {
        let (apps, _) = try await service()
        let a = try await apps.add(["company": "Acme, Inc.", "role": "MLE", "notes": "multi\nline \"quoted\"", "salaryMin": "1", "salaryMax": "2", "date": "2026-10-01"])
        _ = try await apps.move(a, to: "coding", date: "2026-10-05")
        _ = try await apps.add(["company": "Beta", "role": "RE", "tier": "research-lab", "source": "cold", "nextStep": "x", "nextStepDate": "2027-01-01"])
        let first = try await apps.export(format)
        let (empty, _) = try await service()
        let outcome = try await empty.importFile(first, format: format)
        #expect(outcome.imported == 2 && outcome.problems.isEmpty)
        #expect(Array(try await empty.export(format).utf8) == Array(first.utf8))
        let again = try await empty.importFile(first, format: format)
        #expect(again.imported == 0 && again.alreadyPresent.count == 2)
    }

    @Test func importKeepsGoodRowsAndRefusesAMissingColumn() async throws {
        let (apps, _) = try await service()
        let outcome = try await apps.importFile("company,role,stage,date\nAcme,MLE,applied,2026-11-01\nBeta,MLE,applied,2026-11-99\n", format: .csv)
        #expect(outcome.imported == 1)
        #expect(outcome.problems.map(\.description) == ["line 3: date \"2026-11-99\" is not a date (YYYY-MM-DD)"])
        do {
            _ = try await apps.importFile("company,stage,date\nAcme,applied,2026-11-01\n", format: .csv)
            Issue.record("a CSV without role was accepted")
        } catch let error as BadInput {
            #expect(error.field == "role" && error.message.contains("\"role\""))
        }
    }
}
