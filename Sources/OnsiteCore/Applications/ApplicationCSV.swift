public import Foundation

/// Applications as CSV: one row per stage reached, oldest first, each row repeating the
/// application's id and fields, so a spreadsheet can filter and sort it and an import rebuilds
/// the history exactly.
public enum ApplicationCSV {
    public static let columns = ["id"] + ApplicationForm.fieldNames + ["stage", "date"]
    /// A hand-written file needs only these; rows without an id become new applications.
    public static let required = ["company", "role", "stage", "date"]

    public static func export(_ applications: [JobApplication]) -> String {
        var out = CSVText.record(columns)
        for application in applications.sorted(by: JobApplication.exportOrder) {
            let values = ApplicationForm.values(of: application.details)
            for event in application.history {
                out += CSVText.record([application.key] + ApplicationForm.fieldNames.map { values[$0] ?? "" } + [event.stage.rawValue, event.day.description])
            }
        }
        return out
    }

    public static func parse(_ text: String, today: StudyDay, newID: () -> UUID) throws(ImportRefused) -> ParsedImport {
        let records: [CSVText.Record]
        do throws(CSVText.Unterminated) {
            records = try CSVText.records(text)
        } catch {
            throw ImportRefused(field: "file", message: "line \(error.line): a quoted field is never closed (a \" is missing)")
        }
        guard let header = records.first else { throw ImportRefused(field: "file", message: "the file is empty: the first line must name the columns (\(columns.joined(separator: ",")))") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        for column in required where !names.contains(column) {
            throw ImportRefused(field: column, message: "line 1: the header has no column \"\(column)\" (required: \(required.joined(separator: ", ")))")
        }
        var assembler = ApplicationAssembler()
        for record in records.dropFirst() {
            guard record.fields.count >= names.count else {
                let missing = names[record.fields.count]
                assembler.problems.append(LineProblem(line: record.line, message: "column \"\(missing)\" missing (the row has \(record.fields.count) of \(names.count) columns)"))
                continue
            }
            guard record.fields.count == names.count else {
                assembler.problems.append(LineProblem(line: record.line, message: "the row has \(record.fields.count) columns, the header \(names.count): is a comma in a field not quoted?"))
                continue
            }
            var values: [String: String] = [:]
            for (name, value) in zip(names, record.fields) { values[name] = value }
            do throws(FieldProblem) {
                let id = try rowID(values["id"] ?? "", newID: newID)
                let details = try ApplicationForm(values).details()
                let event = try ApplicationForm.event(stage: values["stage"] ?? "", date: required(values, "date"), today: today)
                assembler.add(id: id, details: details, event: event, line: record.line)
            } catch {
                assembler.problems.append(LineProblem(line: record.line, message: error.message))
            }
        }
        return ParsedImport(applications: assembler.applications, problems: assembler.problems)
    }

    static func required(_ values: [String: String], _ name: String) throws(FieldProblem) -> String {
        let value = (values[name] ?? "").trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { throw FieldProblem(name, "column \"\(name)\" is empty") }
        return value
    }

    static func rowID(_ raw: String, newID: () -> UUID) throws(FieldProblem) -> UUID {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return newID() }
        guard let id = UUID(uuidString: text) else { throw FieldProblem("id", "id \"\(text)\" is not a UUID (leave it empty for a new application)") }
        return id
    }
}
