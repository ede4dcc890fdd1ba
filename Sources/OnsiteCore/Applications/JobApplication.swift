public import Foundation

/// One application to one company: what the person typed, and every stage it went through.
public struct JobApplication: Sendable, Equatable, Identifiable {
    public var id: UUID
    public var details: ApplicationDetails
    /// Oldest first; never empty (an application starts at a stage).
    public var history: [StageEvent]

    public init(id: UUID, details: ApplicationDetails, history: [StageEvent]) {
        precondition(!history.isEmpty, "an application has at least one stage")
        self.id = id
        self.details = details
        self.history = history
    }

    /// Where it stands now: the last stage recorded.
    public var stage: ApplicationStage { history.last!.stage }
    /// The day of the last move.
    public var since: StudyDay { history.last!.day }
    /// The day of the first stage (when it was applied for, usually).
    public var started: StudyDay { history.first!.day }

    /// The id as exports and URLs write it: lowercase.
    public var key: String { id.uuidString.lowercased() }

    /// Export order: by the first stage's day, then company, then id, so it is the same after an import.
    public static func exportOrder(_ a: JobApplication, _ b: JobApplication) -> Bool {
        (a.started, a.details.company, a.key) < (b.started, b.details.company, b.key)
    }
}

/// What the person says about an application; `ApplicationForm` checks it.
public struct ApplicationDetails: Sendable, Equatable {
    public var company: String
    public var role: String
    public var level = ""
    public var tier: TargetTier?
    public var link = ""
    public var contacts = ""
    public var notes = ""
    public var source: ApplicationSource?
    public var salaryMin: Int?
    public var salaryMax: Int?
    public var nextStep: NextStep?

    public init(company: String, role: String) {
        self.company = company
        self.role = role
    }
}

/// The next thing to do about an application, and the day to do it (shown on Today when due).
public struct NextStep: Sendable, Equatable {
    public var text: String
    public var day: StudyDay

    public init(text: String, day: StudyDay) {
        self.text = text
        self.day = day
    }
}

/// A stage reached on a day.
public struct StageEvent: Sendable, Equatable {
    public var stage: ApplicationStage
    public var day: StudyDay

    public init(_ stage: ApplicationStage, on day: StudyDay) {
        self.stage = stage
        self.day = day
    }
}

/// A field the person got wrong, named as the form, the CSV header and the JSON call it.
public struct FieldProblem: Error, Equatable, CustomStringConvertible {
    public var field: String
    public var message: String

    public init(_ field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}
