import Foundation
import OnsiteCore
import Testing

/// What the person types is checked field by field, and each problem names its field.
@Suite struct ApplicationsFormTests {
    static let today = StudyDay(year: 2026, month: 12, day: 7)

    func problem(_ values: [String: String]) -> FieldProblem? {
        do {
            _ = try ApplicationForm(values).details()
            return nil
        } catch {
            return error
        }
    }

    @Test func eachBadFieldIsNamed() {
        let base = ["company": "Acme", "role": "MLE"]
        #expect(problem([:])?.field == "company")
        #expect(problem(["company": "Acme", "role": "  "])?.field == "role")
        #expect(problem(base.merging(["link": "javascript:alert(1)"]) { $1 })?.field == "link")
        #expect(problem(base.merging(["link": "ftp://x.example"]) { $1 })?.field == "link")
        #expect(problem(base.merging(["link": "https://x.example/job"]) { $1 }) == nil)
        #expect(problem(base.merging(["salaryMin": "200000", "salaryMax": "150000"]) { $1 })?.field == "salaryMax")
        #expect(problem(base.merging(["salaryMin": "-5"]) { $1 })?.field == "salaryMin")
        #expect(problem(base.merging(["tier": "unicorn"]) { $1 })?.field == "tier")
        #expect(problem(base.merging(["source": "friend"]) { $1 })?.field == "source")
        #expect(problem(base.merging(["nextStep": "Call Ann"]) { $1 })?.field == "nextStepDate")
        #expect(problem(base.merging(["nextStepDate": "2026-12-09"]) { $1 })?.field == "nextStep")
        #expect(problem(base.merging(["company": String(repeating: "x", count: 201)]) { $1 })?.field == "company")
    }

    @Test func goodFieldsAreKept() throws {
        let details = try ApplicationForm([
            "company": " Acme ", "role": "MLE", "tier": "research lab", "source": "Referral", "salaryMin": "180,000",
            "nextStep": "Call Ann", "nextStepDate": "2026-12-09",
        ]).details()
        #expect(details.company == "Acme" && details.tier == .researchLab && details.source == .referral && details.salaryMin == 180_000)
        #expect(details.nextStep == NextStep(text: "Call Ann", day: StudyDay(year: 2026, month: 12, day: 9)))
    }

    @Test func aStageInTheFutureIsRefusedNamingTheDate() throws {
        #expect(throws: FieldProblem("date", "date 2026-12-08 is in the future: a stage that already happened needs today (2026-12-07) or an earlier day")) {
            try ApplicationForm.event(stage: "coding", date: "2026-12-08", today: Self.today)
        }
        #expect(try ApplicationForm.event(stage: "Recruiter screen", date: "", today: Self.today) == StageEvent(.recruiterScreen, on: Self.today))
        #expect(throws: FieldProblem.self) { try ApplicationForm.event(stage: "", date: "", today: Self.today) }
        for bad in ["2026-02-30", "2026-13-01", "26-01-01", "yesterday", "2026-1-1"] {
            #expect(throws: FieldProblem.self, "\(bad)") { try ApplicationForm.day("date", bad) }
        }
    }

    @Test func aMoveCannotGoBackInTime() throws {
        let application = JobApplication(
            id: UUID(), details: ApplicationDetails(company: "A", role: "R"), history: [StageEvent(.applied, on: Self.today.adding(days: -3))])
        #expect(throws: FieldProblem.self) { try application.moved(to: StageEvent(.coding, on: Self.today.adding(days: -4))) }
        #expect(try application.moved(to: StageEvent(.coding, on: Self.today)).stage == .coding)
        #expect(throws: FieldProblem("stage", "A is already at Applied")) { try application.moved(to: StageEvent(.applied, on: Self.today)) }
    }

    @Test func stagesReadLooselyAndStepAlongTheBoard() {
        #expect(ApplicationStage(text: "ML_Breadth") == .mlBreadth)
        #expect(ApplicationStage.applied.previous == nil && ApplicationStage.applied.next == .recruiterScreen)
        #expect(ApplicationStage.offer.next == .ghosted && ApplicationStage.withdrawn.next == nil)
    }
}
