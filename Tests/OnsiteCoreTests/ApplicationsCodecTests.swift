import Foundation
import OnsiteCore
import Testing

/// CSV and JSON of applications: quoting, exact round trips, and bad rows reported by line.
@Suite struct ApplicationsCodecTests {
    static let today = StudyDay(year: 2026, month: 12, day: 7)
    static func newIDs() -> () -> UUID {
        let generators = Generators.seeded(3)
        return { generators.newID() }
    }

    static var sample: [JobApplication] {
        var tricky = ApplicationDetails(company: "Acme, Inc.", role: "ML \"Platform\" Engineer")
        tricky.level = "L5"
        tricky.tier = .bigTech
        tricky.link = "https://acme.example/jobs/1?a=1,b=2"
        tricky.contacts = "Ann <ann@acme.example>; Bob"
        tricky.notes = "Line one, with a comma\nLine \"two\"\r\nlast: <script>alert(1)</script> — ünïcode"
        tricky.source = .referral
        tricky.salaryMin = 180_000
        tricky.salaryMax = 240_000
        tricky.nextStep = NextStep(text: "Send thank-you note; ask about team", day: today.adding(days: 2))
        let plain = ApplicationDetails(company: "Beta", role: "Research Engineer")
        return [
            JobApplication(id: UUID(uuidString: "6F1C2D4E-0000-4000-8000-000000000001")!, details: tricky, history: [
                StageEvent(.applied, on: today.adding(days: -30)), StageEvent(.recruiterScreen, on: today.adding(days: -20)),
                StageEvent(.coding, on: today.adding(days: -20)), StageEvent(.rejected, on: today),
            ]),
            JobApplication(id: UUID(uuidString: "6F1C2D4E-0000-4000-8000-000000000002")!, details: plain, history: [StageEvent(.applied, on: today.adding(days: -40))]),
        ]
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() throws {
        #expect(CSVText.field("plain") == "plain")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
        let records = try CSVText.records("a,b\r\n\"x,1\",\"multi\nline \"\"q\"\"\"\n\nlast,\"\"\n")
        #expect(records == [
            CSVText.Record(line: 1, fields: ["a", "b"]), CSVText.Record(line: 2, fields: ["x,1", "multi\nline \"q\""]),
            CSVText.Record(line: 5, fields: ["last", ""]),
        ])
        #expect(throws: CSVText.Unterminated(line: 2)) { try CSVText.records("a\n\"open,\nnever closed") }
    }

    @Test(arguments: ApplicationFileFormat.allCases)
    func exportImportExportIsByteIdentical(format: ApplicationFileFormat) throws {
        let first = format.export(Self.sample)
        let parsed = try format.parse(first, today: Self.today, newID: Self.newIDs())
        #expect(parsed.problems == [])
        #expect(parsed.applications.sorted { $0.key < $1.key } == Self.sample.sorted { $0.key < $1.key })
        let second = format.export(parsed.applications)
        #expect(Array(second.utf8) == Array(first.utf8))
    }

    @Test func csvHasOneRowPerStageAndAFixedHeader() {
        let lines = ApplicationCSV.export(Self.sample).components(separatedBy: "\r\n")
        #expect(lines[0] == "id,company,role,level,tier,link,contacts,notes,source,salaryMin,salaryMax,nextStep,nextStepDate,stage,date")
        #expect(lines[1].hasPrefix("6f1c2d4e-0000-4000-8000-000000000002,Beta,Research Engineer,"))
        #expect(ApplicationCSV.export([]) == lines[0] + "\r\n")
    }

    @Test func badCSVRowsAreReportedByLineAndGoodRowsKept() throws {
        let csv = """
            company,role,stage,date,notes
            Acme,MLE,applied,2026-11-01,fine
            Beta,MLE,applied,2026-11-02,"a note
            over two lines"
            Gamma,MLE
            Delta,MLE,coding,2026-11-03,ok
            Eps,MLE,applied,2026-11-03,ok
            Zeta,MLE,applied,2027-13-01,bad date
            Eta,MLE,offer,2026-12-08,tomorrow
            ,MLE,applied,2026-11-01,no company
            Theta,MLE,lunch,2026-11-01,no such stage

            """
        let parsed = try ApplicationCSV.parse(csv, today: Self.today, newID: Self.newIDs())
        #expect(parsed.applications.map(\.details.company) == ["Acme", "Beta", "Delta", "Eps"])
        #expect(parsed.applications[1].details.notes == "a note\nover two lines")
        #expect(parsed.applications[2].stage == .coding)
        #expect(parsed.problems.map(\.description) == [
            "line 5: column \"stage\" missing (the row has 2 of 5 columns)",
            "line 8: date \"2027-13-01\" is not a date (YYYY-MM-DD)",
            "line 9: date 2026-12-08 is in the future: a stage that already happened needs today (2026-12-07) or an earlier day",
            "line 10: `company` is required",
            "line 11: stage \"lunch\" is not one of applied, recruiter-screen, coding, ml-breadth, ml-depth, system-design, behavioral, team-match, offer, ghosted, rejected, withdrawn",
        ])
    }

    @Test func aCSVWithoutARequiredColumnIsRefusedNamingIt() {
        #expect(throws: ImportRefused(field: "stage", message: "line 1: the header has no column \"stage\" (required: company, role, stage, date)")) {
            try ApplicationCSV.parse("company,role,date\nAcme,MLE,2026-11-01\n", today: Self.today, newID: Self.newIDs())
        }
        #expect(throws: ImportRefused.self) { try ApplicationCSV.parse("", today: Self.today, newID: Self.newIDs()) }
    }

    @Test func rowsOfOneApplicationMustAgreeAndGoOldestFirst() throws {
        let id = "6f1c2d4e-0000-4000-8000-000000000009"
        let csv = """
            id,company,role,stage,date
            \(id),Acme,MLE,applied,2026-11-01
            \(id),Acme,MLE,coding,2026-11-05
            \(id),Acme Corp,MLE,behavioral,2026-11-09
            \(id),Acme,MLE,recruiter-screen,2026-11-02
            """
        let parsed = try ApplicationCSV.parse(csv, today: Self.today, newID: Self.newIDs())
        #expect(parsed.applications.count == 1)
        #expect(parsed.applications[0].history.map(\.stage) == [.applied, .coding])
        #expect(parsed.problems.map(\.line) == [4, 5])
        #expect(parsed.problems[0].message.contains("differ from line 2"))
    }

    @Test func badJSONApplicationsAreReportedByLineAndGoodOnesKept() throws {
        var lines = ApplicationJSON.export(Self.sample).components(separatedBy: "\n")
        #expect(lines[0] == "{\"format\":\"onsite-applications\",\"version\":1,\"applications\":[")
        // Line 2 is Beta (started first), line 3 Acme: break Acme's first date, and put a hand-written
        // application and a broken one before it.
        lines[2] = lines[2].replacingOccurrences(of: "\"date\":\"2026-11-07\"", with: "\"date\":\"2026-11-31\"")
        lines.insert("{\"company\":\"Gamma\",\"role\":\"MLE\",\"stage\":\"coding\",\"date\":\"2026-12-01\"},", at: 2)
        lines.insert("{\"company\": \"Broken\", },", at: 3)
        let text = lines.joined(separator: "\n")
        let parsed = try ApplicationJSON.parse(text, today: Self.today, newID: Self.newIDs())
        #expect(parsed.applications.map(\.details.company) == ["Beta", "Gamma"])
        #expect(parsed.problems.map(\.line) == [4, 5])
        #expect(parsed.problems[0].message.hasPrefix("not valid JSON"))
        #expect(parsed.problems[1].message == "date \"2026-11-31\" is not a date (YYYY-MM-DD)")
        #expect(throws: ImportRefused.self) { try ApplicationJSON.parse("[1,2]", today: Self.today, newID: Self.newIDs()) }
    }
}
