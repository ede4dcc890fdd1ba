import Foundation

/// An application as typed (a web form, a CLI's options, a CSV row, a JSON object): text fields
/// by the names the form, the CSV header and the JSON use, checked into `ApplicationDetails`.
public struct ApplicationForm: Sendable {
    public static let fieldNames = ["company", "role", "level", "tier", "link", "contacts", "notes", "source", "salaryMin", "salaryMax", "nextStep", "nextStepDate"]
    static let limits = ["company": 200, "role": 200, "level": 100, "link": 2000, "contacts": 2000, "notes": 20_000, "nextStep": 500]

    public var values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    func text(_ name: String) -> String { (values[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The details, or the first problem found, naming its field.
    public func details() throws(FieldProblem) -> ApplicationDetails {
        for (name, limit) in Self.limits where text(name).count > limit {
            throw FieldProblem(name, "`\(name)` is too long (at most \(limit) characters)")
        }
        let company = text("company"), role = text("role")
        guard !company.isEmpty else { throw FieldProblem("company", "`company` is required") }
        guard !role.isEmpty else { throw FieldProblem("role", "`role` is required") }
        var details = ApplicationDetails(company: company, role: role)
        details.level = text("level")
        details.contacts = text("contacts")
        // Notes keep their inner line breaks and spacing; only the ends are trimmed.
        details.notes = text("notes")
        if !text("tier").isEmpty {
            guard let tier = TargetTier(rawValue: text("tier").lowercased().replacingOccurrences(of: " ", with: "-")) else {
                throw FieldProblem("tier", "`tier` must be one of \(TargetTier.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(text("tier"))\"")
            }
            details.tier = tier
        }
        if !text("source").isEmpty {
            guard let source = ApplicationSource(rawValue: text("source").lowercased()) else {
                throw FieldProblem("source", "`source` must be referral, recruiter or cold, not \"\(text("source"))\"")
            }
            details.source = source
        }
        details.link = try Self.link(text("link"))
        details.salaryMin = try Self.amount("salaryMin", text("salaryMin"))
        details.salaryMax = try Self.amount("salaryMax", text("salaryMax"))
        if let low = details.salaryMin, let high = details.salaryMax, low > high {
            throw FieldProblem("salaryMax", "`salaryMax` (\(high)) is below `salaryMin` (\(low))")
        }
        let step = text("nextStep"), stepDate = text("nextStepDate")
        switch (step.isEmpty, stepDate.isEmpty) {
        case (true, true): break
        case (false, true): throw FieldProblem("nextStepDate", "the next step \"\(step)\" needs a date (`nextStepDate`, YYYY-MM-DD)")
        case (true, false): throw FieldProblem("nextStep", "`nextStep` is empty but `nextStepDate` is set: say what the next step is")
        case (false, false): details.nextStep = NextStep(text: step, day: try Self.day("nextStepDate", stepDate))
        }
        return details
    }

    /// Only http and https links: a `javascript:` link in a page would run when clicked.
    static func link(_ raw: String) throws(FieldProblem) -> String {
        guard !raw.isEmpty else { return "" }
        guard let url = URL(string: raw), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty
        else { throw FieldProblem("link", "`link` must be an http:// or https:// address, not \"\(raw)\"") }
        return raw
    }

    static func amount(_ name: String, _ raw: String) throws(FieldProblem) -> Int? {
        guard !raw.isEmpty else { return nil }
        let digits = raw.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "_", with: "")
        guard let value = Int(digits), value >= 0 else {
            throw FieldProblem(name, "`\(name)` must be a whole amount, 0 or more (like 180000), not \"\(raw)\"")
        }
        return value
    }

    /// A calendar date written YYYY-MM-DD.
    public static func day(_ name: String, _ raw: String) throws(FieldProblem) -> StudyDay {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day)
        else { throw FieldProblem(name, "\(name) \"\(text)\" is not a date (YYYY-MM-DD)") }
        let result = StudyDay(year: year, month: month, day: day)
        // 2026-02-30 would roll over into March: refuse it rather than move it.
        guard result.date == (year, month, day) else { throw FieldProblem(name, "\(name) \"\(text)\" is not a date (YYYY-MM-DD)") }
        return result
    }

    /// A stage reached on `day`: a stage that already happened cannot be in the future.
    public static func event(stage rawStage: String, date rawDate: String, today: StudyDay) throws(FieldProblem) -> StageEvent {
        guard !rawStage.trimmingCharacters(in: .whitespaces).isEmpty else { throw FieldProblem("stage", "`stage` is required (one of \(ApplicationStage.names))") }
        guard let stage = ApplicationStage(text: rawStage) else {
            throw FieldProblem("stage", "stage \"\(rawStage)\" is not one of \(ApplicationStage.names)")
        }
        let day = try rawDate.trimmingCharacters(in: .whitespaces).isEmpty ? today : Self.day("date", rawDate)
        guard day <= today else {
            throw FieldProblem("date", "date \(day) is in the future: a stage that already happened needs today (\(today)) or an earlier day")
        }
        return StageEvent(stage, on: day)
    }

    /// The form of saved details, to fill an edit form or an export row.
    public static func values(of details: ApplicationDetails) -> [String: String] {
        [
            "company": details.company, "role": details.role, "level": details.level, "tier": details.tier?.rawValue ?? "",
            "link": details.link, "contacts": details.contacts, "notes": details.notes, "source": details.source?.rawValue ?? "",
            "salaryMin": details.salaryMin.map(String.init) ?? "", "salaryMax": details.salaryMax.map(String.init) ?? "",
            "nextStep": details.nextStep?.text ?? "", "nextStepDate": details.nextStep.map { $0.day.description } ?? "",
        ]
    }
}

extension JobApplication {
    /// This application moved to `event`'s stage: refused when it is already there, or when the day
    /// is before the current stage's.
    public func moved(to event: StageEvent) throws(FieldProblem) -> JobApplication {
        guard event.stage != stage else { throw FieldProblem("stage", "\(details.company) is already at \(stage.title)") }
        guard event.day >= since else {
            throw FieldProblem("date", "date \(event.day) is before \(since), when it reached \(stage.title): stages are recorded in order")
        }
        var moved = self
        moved.history.append(event)
        return moved
    }
}
