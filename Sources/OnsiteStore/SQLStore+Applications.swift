public import Foundation
public import OnsiteCore
import SQLKit

/// Job applications and their stage history.
extension SQLStore {
    public func applications() async throws -> [JobApplication] {
        let rows = try await sql.raw("SELECT \(unsafeRaw: Self.applicationColumns) FROM applications").all()
        let stages = try await sql.raw("SELECT application_id, stage, day FROM application_stages ORDER BY application_id, seq").all()
        var history: [String: [StageEvent]] = [:]
        for row in stages {
            history[try row.decode(column: "application_id", as: String.self), default: []].append(try Self.event(from: row))
        }
        return try rows.compactMap { row in
            let id = try row.decode(column: "id", as: String.self)
            guard let events = history[id], !events.isEmpty else { return nil }
            return try Self.application(from: row, history: events)
        }.sorted(by: JobApplication.exportOrder)
    }

    public func application(id: UUID) async throws -> JobApplication? {
        let key = id.uuidString.lowercased()
        guard let row = try await sql.raw("SELECT \(unsafeRaw: Self.applicationColumns) FROM applications WHERE id = \(bind: key)").first() else {
            return nil
        }
        let events = try await sql.raw("SELECT stage, day FROM application_stages WHERE application_id = \(bind: key) ORDER BY seq").all()
        guard !events.isEmpty else { return nil }
        return try Self.application(from: row, history: try events.map(Self.event(from:)))
    }

    public func addApplication(_ application: JobApplication) async throws {
        try await write { sql in try await Self.insert(application, on: sql) }
    }

    public func updateApplication(id: UUID, details: ApplicationDetails) async throws -> Bool {
        try await write { sql in
            let key = id.uuidString.lowercased()
            guard try await sql.raw("SELECT id FROM applications WHERE id = \(bind: key)").first() != nil else { return false }
            try await sql.raw("""
                UPDATE applications SET company = \(bind: details.company), role = \(bind: details.role), level = \(bind: details.level),
                    tier = \(bind: details.tier?.rawValue), link = \(bind: details.link), contacts = \(bind: details.contacts),
                    notes = \(bind: details.notes), source = \(bind: details.source?.rawValue), salary_min = \(bind: details.salaryMin),
                    salary_max = \(bind: details.salaryMax), next_step = \(bind: details.nextStep?.text),
                    next_step_day = \(bind: details.nextStep.map { Self.epoch($0.day) })
                WHERE id = \(bind: key)
                """).run()
            return true
        }
    }

    public func recordStage(_ event: StageEvent, application id: UUID) async throws -> Bool {
        let lock = isPostgres
        return try await write { sql in
            let key = id.uuidString.lowercased()
            // On PostgreSQL the application's row is locked, so two moves at once get different positions.
            guard try await sql.raw("SELECT id FROM applications WHERE id = \(bind: key)\(unsafeRaw: lock ? " FOR UPDATE" : "")").first() != nil else {
                return false
            }
            let next = try await sql.raw("SELECT COALESCE(MAX(seq), -1) + 1 AS n FROM application_stages WHERE application_id = \(bind: key)")
                .first()?.decode(column: "n", as: Int.self) ?? 0
            try await sql.raw("""
                INSERT INTO application_stages (application_id, seq, stage, day)
                VALUES (\(bind: key), \(bind: next), \(bind: event.stage.rawValue), \(bind: Self.epoch(event.day)))
                """).run()
            return true
        }
    }

    public func deleteApplication(id: UUID) async throws -> Bool {
        try await write { sql in
            let key = id.uuidString.lowercased()
            guard try await sql.raw("SELECT id FROM applications WHERE id = \(bind: key)").first() != nil else { return false }
            try await sql.raw("DELETE FROM application_stages WHERE application_id = \(bind: key)").run()
            try await sql.raw("DELETE FROM applications WHERE id = \(bind: key)").run()
            return true
        }
    }

    public func importApplications(_ applications: [JobApplication]) async throws -> [UUID] {
        try await write { sql in
            var skipped: [UUID] = []
            for application in applications {
                if try await sql.raw("SELECT id FROM applications WHERE id = \(bind: application.key)").first() != nil {
                    skipped.append(application.id)
                } else {
                    try await Self.insert(application, on: sql)
                }
            }
            return skipped
        }
    }

    static let applicationColumns = "id, company, role, level, tier, link, contacts, notes, source, salary_min, salary_max, next_step, next_step_day"

    static func insert(_ application: JobApplication, on sql: any SQLDatabase) async throws {
        let d = application.details
        try await sql.raw("""
            INSERT INTO applications (\(unsafeRaw: applicationColumns))
            VALUES (\(bind: application.key), \(bind: d.company), \(bind: d.role), \(bind: d.level), \(bind: d.tier?.rawValue),
                    \(bind: d.link), \(bind: d.contacts), \(bind: d.notes), \(bind: d.source?.rawValue), \(bind: d.salaryMin),
                    \(bind: d.salaryMax), \(bind: d.nextStep?.text), \(bind: d.nextStep.map { epoch($0.day) }))
            """).run()
        for (seq, event) in application.history.enumerated() {
            try await sql.raw("""
                INSERT INTO application_stages (application_id, seq, stage, day)
                VALUES (\(bind: application.key), \(bind: seq), \(bind: event.stage.rawValue), \(bind: epoch(event.day)))
                """).run()
        }
    }

    static func application(from row: any SQLRow, history: [StageEvent]) throws -> JobApplication {
        var details = ApplicationDetails(company: try row.decode(column: "company", as: String.self), role: try row.decode(column: "role", as: String.self))
        details.level = try row.decode(column: "level", as: String.self)
        details.tier = try row.decode(column: "tier", as: String?.self).flatMap(TargetTier.init(rawValue:))
        details.link = try row.decode(column: "link", as: String.self)
        details.contacts = try row.decode(column: "contacts", as: String.self)
        details.notes = try row.decode(column: "notes", as: String.self)
        details.source = try row.decode(column: "source", as: String?.self).flatMap(ApplicationSource.init(rawValue:))
        details.salaryMin = try row.decode(column: "salary_min", as: Int?.self)
        details.salaryMax = try row.decode(column: "salary_max", as: Int?.self)
        if let text = try row.decode(column: "next_step", as: String?.self), let day = try row.decode(column: "next_step_day", as: Double?.self) {
            details.nextStep = NextStep(text: text, day: Self.day(day))
        }
        let id = try row.decode(column: "id", as: String.self)
        guard let uuid = UUID(uuidString: id) else { throw StoreCorruption(what: "application id \(id)") }
        return JobApplication(id: uuid, details: details, history: history)
    }

    static func event(from row: any SQLRow) throws -> StageEvent {
        let raw = try row.decode(column: "stage", as: String.self)
        guard let stage = ApplicationStage(rawValue: raw) else { throw StoreCorruption(what: "stage \(raw)") }
        return StageEvent(stage, on: day(try row.decode(column: "day", as: Double.self)))
    }

    static func epoch(_ day: StudyDay) -> Double { Double(day.ordinal) * 86_400 }
    static func day(_ epoch: Double) -> StudyDay { StudyDay(ordinal: Int((epoch / 86_400).rounded())) }
}

/// A saved value the program cannot read (written by a newer version, or edited by hand).
struct StoreCorruption: Error, CustomStringConvertible {
    var what: String
    var description: String { "the database holds a value this version cannot read: \(what)" }
}
