public import Foundation

/// What an import read: the applications it can save, and each bad line with what is wrong.
public struct ParsedImport: Sendable {
    public var applications: [JobApplication]
    public var problems: [LineProblem]
}

/// A line of an imported file that was left out, and why.
public struct LineProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// A whole file refused: its header lacks a required column, or it is not the format at all.
public struct ImportRefused: Error, Equatable, CustomStringConvertible {
    public var field: String
    public var message: String
    public var description: String { message }

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// The two formats of an export.
public enum ApplicationFileFormat: String, CaseIterable, Sendable {
    case csv, json

    /// From a file name's extension.
    public init?(fileName: String) {
        let ext = (fileName as NSString).pathExtension.lowercased()
        guard let format = Self(rawValue: ext) else { return nil }
        self = format
    }

    public var contentType: String { self == .csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8" }

    public func export(_ applications: [JobApplication]) -> String {
        switch self {
        case .csv: ApplicationCSV.export(applications)
        case .json: ApplicationJSON.export(applications)
        }
    }

    /// Reads a file; `today` refuses stages dated in the future, `newID` names rows without an id.
    public func parse(_ text: String, today: StudyDay, newID: () -> UUID) throws(ImportRefused) -> ParsedImport {
        switch self {
        case .csv: try ApplicationCSV.parse(text, today: today, newID: newID)
        case .json: try ApplicationJSON.parse(text, today: today, newID: newID)
        }
    }
}

/// Rows of one application gathered in order: the first good row gives its details, every row a stage.
struct ApplicationAssembler {
    private var order: [UUID] = []
    private var byID: [UUID: (details: ApplicationDetails, line: Int, history: [StageEvent])] = [:]
    var problems: [LineProblem] = []

    mutating func add(id: UUID, details: ApplicationDetails, event: StageEvent, line: Int) {
        guard var entry = byID[id] else {
            order.append(id)
            byID[id] = (details, line, [event])
            return
        }
        guard entry.details == details else {
            problems.append(LineProblem(line: line, message: "the fields differ from line \(entry.line), the first row of application \(id.uuidString.lowercased()): every row of one application repeats the same fields"))
            return
        }
        if let last = entry.history.last, event.day < last.day {
            problems.append(LineProblem(line: line, message: "date \(event.day) is before \(last.day), the stage on the row above it: rows of an application go oldest first"))
            return
        }
        entry.history.append(event)
        byID[id] = entry
    }

    var applications: [JobApplication] {
        order.map { JobApplication(id: $0, details: byID[$0]!.details, history: byID[$0]!.history) }
    }
}
