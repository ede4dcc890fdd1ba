public import Foundation

/// Applications as JSON: one application per line between a fixed opening and closing line, so
/// an import reports a bad application by the line it is on, and a diff shows one line per change.
/// Keys are sorted (the project's JSON writer), so the text is stable.
public enum ApplicationJSON {
    public static let format = "onsite-applications"
    public static let version = 1
    static let opening = "{\"format\":\"\(format)\",\"version\":\(version),\"applications\":["

    /// One application as the API, the CLI and the export write it.
    public static func object(_ application: JobApplication) -> JSONValue {
        let d = application.details
        return .object([
            "id": .string(application.key), "company": .string(d.company), "role": .string(d.role), "level": .string(d.level),
            "tier": d.tier.map { .string($0.rawValue) } ?? .null, "link": .string(d.link), "contacts": .string(d.contacts),
            "notes": .string(d.notes), "source": d.source.map { .string($0.rawValue) } ?? .null,
            "salaryMin": d.salaryMin.map { .int($0) } ?? .null, "salaryMax": d.salaryMax.map { .int($0) } ?? .null,
            "nextStep": d.nextStep.map { .object(["text": .string($0.text), "date": .string($0.day.description)]) } ?? .null,
            "stage": .string(application.stage.rawValue),
            "history": .array(application.history.map { .object(["stage": .string($0.stage.rawValue), "date": .string($0.day.description)]) }),
        ])
    }

    public static func export(_ applications: [JobApplication]) -> String {
        let lines = applications.sorted(by: JobApplication.exportOrder).map { object($0).description }
        return opening + "\n" + lines.joined(separator: ",\n") + (lines.isEmpty ? "" : "\n") + "]}\n"
    }

    public static func parse(_ text: String, today: StudyDay, newID: () -> UUID) throws(ImportRefused) -> ParsedImport {
        let bytes = Array(text.utf8)
        guard let elements = ArrayElements.of(key: "applications", in: bytes) else {
            throw ImportRefused(field: "applications", message: "line 1: the file must be a JSON object with an \"applications\" array, as `onsite apps export --format json` writes")
        }
        var assembler = ApplicationAssembler()
        for element in elements {
            let line = bytes[..<element.lowerBound].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            do throws(FieldProblem) {
                let value: JSONValue
                do throws(JSONParser.Failure) {
                    value = try JSONParser.parse(bytes: Array(bytes[element]))
                } catch {
                    throw FieldProblem("applications", "not valid JSON (\(error.message))")
                }
                guard case .object(let fields) = value else { throw FieldProblem("applications", "an application must be a JSON object") }
                let (id, details, history) = try read(fields, today: today, newID: newID)
                for event in history { assembler.add(id: id, details: details, event: event, line: line) }
            } catch {
                assembler.problems.append(LineProblem(line: line, message: error.message))
            }
        }
        return ParsedImport(applications: assembler.applications, problems: assembler.problems)
    }

    static func read(_ fields: [String: JSONValue], today: StudyDay, newID: () -> UUID) throws(FieldProblem) -> (UUID, ApplicationDetails, [StageEvent]) {
        func text(_ name: String) throws(FieldProblem) -> String {
            switch fields[name] {
            case nil, .null?: return ""
            case .string(let value)?: return value
            case .int(let value)? where name.hasPrefix("salary"): return String(value)
            default: throw FieldProblem(name, "`\(name)` must be \(name.hasPrefix("salary") ? "a whole number" : "text")")
            }
        }
        var values: [String: String] = [:]
        for name in ApplicationForm.fieldNames where !name.hasPrefix("nextStep") { values[name] = try text(name) }
        switch fields["nextStep"] {
        case nil, .null?: break
        case .object(let step)?:
            guard case .string(let stepText)? = step["text"], case .string(let date)? = step["date"] else {
                throw FieldProblem("nextStep", "`nextStep` must be {\"text\": …, \"date\": \"YYYY-MM-DD\"}")
            }
            values["nextStep"] = stepText
            values["nextStepDate"] = date
        default: throw FieldProblem("nextStep", "`nextStep` must be {\"text\": …, \"date\": \"YYYY-MM-DD\"} or null")
        }
        let id = try ApplicationCSV.rowID(try text("id"), newID: newID)
        let details = try ApplicationForm(values).details()
        var history: [StageEvent] = []
        switch fields["history"] {
        case .array(let events)?:
            for event in events {
                guard case .object(let e) = event, case .string(let stage)? = e["stage"], case .string(let date)? = e["date"] else {
                    throw FieldProblem("history", "each `history` entry must be {\"stage\": …, \"date\": \"YYYY-MM-DD\"}")
                }
                let parsed = try ApplicationForm.event(stage: stage, date: date, today: today)
                if let last = history.last, parsed.day < last.day {
                    throw FieldProblem("history", "`history` must go oldest first: \(parsed.day) comes after \(last.day)")
                }
                history.append(parsed)
            }
        case nil, .null?:
            // A hand-written application: its stage and the day it reached it.
            let date = try text("date")
            guard !date.isEmpty else { throw FieldProblem("date", "an application without `history` needs `stage` and `date`") }
            history = [try ApplicationForm.event(stage: try text("stage"), date: date, today: today)]
        default:
            throw FieldProblem("history", "`history` must be an array of {\"stage\", \"date\"}")
        }
        guard !history.isEmpty else { throw FieldProblem("history", "`history` is empty: an application has at least one stage") }
        return (id, details, history)
    }
}

/// Finds where each element of a top-level object's array begins and ends, without parsing them,
/// so one broken element is reported by its line and the others still load.
enum ArrayElements {
    static func of(key: String, in bytes: [UInt8]) -> [Range<Int>]? {
        var depth = 0, index = 0
        var lastString = "", stringStart = 0
        var inArray = false, elementStart: Int?
        var elements: [Range<Int>] = []
        func closeElement(at end: Int) {
            if let start = elementStart {
                var s = start, e = end
                while s < e, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[s]) { s += 1 }
                while e > s, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[e - 1]) { e -= 1 }
                if s < e { elements.append(s..<e) }
            }
            elementStart = nil
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                stringStart = index + 1
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
                if depth == 1 { lastString = String(decoding: bytes[stringStart..<min(index, bytes.count)], as: UTF8.self) }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 0, byte != UInt8(ascii: "{") { return nil }
                if depth == 1, byte == UInt8(ascii: "["), lastString == key {
                    inArray = true
                    elementStart = index + 1
                }
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if inArray, depth == 1 {
                    closeElement(at: index)
                    return elements
                }
            case UInt8(ascii: ","):
                if inArray, depth == 2 {
                    closeElement(at: index)
                    elementStart = index + 1
                }
            default: break
            }
            index += 1
        }
        return nil
    }
}
