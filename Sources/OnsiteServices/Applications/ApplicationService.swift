import Foundation
public import OnsiteCore
import OnsiteStore

/// The job search: applications, their stages and reminders, the funnel and the odds, export and
/// import. The web pages, the JSON API and `onsite apps` go through here.
public struct ApplicationService: Sendable {
    let store: any Store
    public let calendar: StudyCalendar
    let clock: WallClock
    let generators: Generators

    init(store: any Store, calendar: StudyCalendar, clock: WallClock, generators: Generators) {
        self.store = store
        self.calendar = calendar
        self.clock = clock
        self.generators = generators
    }

    /// Today's date where the person is. Stage dates are calendar dates, so no study-day rollover:
    /// at 1 a.m. it is already the new date.
    public var today: StudyDay { StudyCalendar(timeZone: calendar.timeZone, rolloverHour: 0).day(of: clock.now()) }

    // MARK: Reading

    /// Every application, by the day it started, then company.
    public func list() async throws -> [JobApplication] { try await store.applications() }

    /// The application with this id (as URLs and exports write it).
    public func application(id raw: String) async throws -> JobApplication {
        guard let id = UUID(uuidString: raw), let application = try await store.application(id: id) else { throw ApplicationError.notFound(raw) }
        return application
    }

    /// An application named by its id, the start of its id, or its company (any case). A company
    /// with several applications is ambiguous: the error lists their ids.
    public func find(_ companyOrID: String) async throws -> JobApplication {
        let key = companyOrID.trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { throw BadInput(field: "application", message: "name an application by its company or its id") }
        let all = try await list()
        if let exact = all.first(where: { $0.key == key.lowercased() }) { return exact }
        let byCompany = all.filter { $0.details.company.compare(key, options: .caseInsensitive) == .orderedSame }
        let matches = byCompany.isEmpty && key.count >= 4 ? all.filter { $0.key.hasPrefix(key.lowercased()) } : byCompany
        switch matches.count {
        case 1: return matches[0]
        case 0: throw ApplicationError.notFound(key)
        default: throw ApplicationError.ambiguous(key, matches)
        }
    }

    // MARK: Changing

    /// Saves a new application from form values (`company`, `role`, … and optionally `stage`
    /// and `date`, by default applied today).
    public func add(_ values: [String: String]) async throws -> JobApplication {
        let details = try Self.checked { () throws(FieldProblem) in try ApplicationForm(values).details() }
        let event = try Self.checked { () throws(FieldProblem) in
            try ApplicationForm.event(stage: values["stage"].flatMap { $0.isEmpty ? nil : $0 } ?? "applied", date: values["date"] ?? "", today: today)
        }
        let application = JobApplication(id: generators.newID(), details: details, history: [event])
        try await store.addApplication(application)
        return application
    }

    /// Replaces an application's details from form values; its history stays.
    public func edit(id: String, _ values: [String: String]) async throws -> JobApplication {
        var application = try await application(id: id)
        application.details = try Self.checked { () throws(FieldProblem) in try ApplicationForm(values).details() }
        guard try await store.updateApplication(id: application.id, details: application.details) else { throw ApplicationError.notFound(id) }
        return application
    }

    /// Moves an application to a stage, on `date` (YYYY-MM-DD; today when empty). A date in the
    /// future, or before the current stage's, is refused naming `date`.
    public func move(_ application: JobApplication, to stage: String, date: String?) async throws -> JobApplication {
        let today = today
        let moved = try Self.checked { () throws(FieldProblem) in
            try application.moved(to: try ApplicationForm.event(stage: stage, date: date ?? "", today: today))
        }
        guard try await store.recordStage(moved.history.last!, application: application.id) else { throw ApplicationError.notFound(application.key) }
        return moved
    }

    public func move(id: String, to stage: String, date: String?) async throws -> JobApplication {
        try await move(try await application(id: id), to: stage, date: date)
    }

    public func delete(id: String) async throws {
        guard let uuid = UUID(uuidString: id), try await store.deleteApplication(id: uuid) else { throw ApplicationError.notFound(id) }
    }

    // MARK: Reminders

    /// Next steps due today or overdue, the oldest first.
    public func remindersDue() async throws -> [Reminder] {
        let today = today
        return try await reminders().filter { $0.step.day <= today }
    }

    /// Every next step, by date.
    public func reminders() async throws -> [Reminder] {
        let today = today
        return try await list().compactMap { application in
            application.details.nextStep.map { Reminder(application: application, step: $0, overdue: $0.day < today) }
        }.sorted { ($0.step.day, $0.application.details.company) < ($1.step.day, $1.application.details.company) }
    }

    /// The next steps as an iCalendar feed of all-day events.
    public func reminderCalendar() async throws -> String {
        let events = try await reminders().map { reminder in
            let application = reminder.application
            return ICalendar.Event(
                uid: "\(application.key)-next-step@onsite", day: reminder.step.day,
                summary: "\(application.details.company): \(reminder.step.text)",
                description: "\(reminder.step.text)\n\(application.details.company) · \(application.details.role) · \(application.stage.title)")
        }
        return ICalendar(name: "Onsite: next steps", events: events).text(stamp: clock.now())
    }

    // MARK: Funnel and odds

    public func funnel() async throws -> ApplicationFunnel { ApplicationFunnel(try await list()) }

    /// How many applications give `probability` of at least one offer, from the typical rates,
    /// the person's own, or rates given.
    public func odds(probability: Double, rates: OddsRates) async throws -> Odds {
        guard probability > 0, probability < 1 else {
            throw BadInput(field: "probability", message: "probability must be between 0 and 1, exclusive (like 0.9), not \(probability)")
        }
        let p: Double
        switch rates {
        case .typical: p = ApplicationFunnel.typicalPerApplication
        case .given(let given): p = ApplicationOdds.perApplication(rates: given)
        case .own:
            let funnel = try await funnel()
            guard let own = funnel.ownPerApplication else {
                let missing = funnel.notYetMeaningful.map { "\($0.stage.title) (n = \($0.decided))" }.joined(separator: ", ")
                throw BadInput(field: "rates", message: "your own rates are not yet meaningful: fewer than \(ApplicationFunnel.meaningful) decided applications at \(missing); use the typical rates")
            }
            p = own
        }
        return Odds(probability: probability, perApplication: p, applications: ApplicationOdds.applicationsNeeded(perApplication: p, probability: probability))
    }

    // MARK: Export and import

    public func export(_ format: ApplicationFileFormat) async throws -> String { format.export(try await list()) }

    /// Reads a file and saves its good applications in one transaction; ids already saved are left alone.
    public func importFile(_ text: String, format: ApplicationFileFormat) async throws -> ImportOutcome {
        let parsed = try Self.parse(text, format: format, today: today, newID: generators.newID)
        let skipped = parsed.applications.isEmpty ? [] : try await store.importApplications(parsed.applications)
        return ImportOutcome(imported: parsed.applications.count - skipped.count, alreadyPresent: skipped.map { $0.uuidString.lowercased() }, problems: parsed.problems)
    }

    static func parse(_ text: String, format: ApplicationFileFormat, today: StudyDay, newID: () -> UUID) throws(BadInput) -> ParsedImport {
        do throws(ImportRefused) {
            return try format.parse(text, today: today, newID: newID)
        } catch {
            throw BadInput(field: error.field, message: error.message)
        }
    }

    /// Runs a Core check, turning its problem into the `BadInput` the web and the CLI report.
    public static func checked<T>(_ body: () throws(FieldProblem) -> T) throws(BadInput) -> T {
        do throws(FieldProblem) {
            return try body()
        } catch {
            throw BadInput(field: error.field, message: error.message)
        }
    }
}

/// A next step due, with its application.
public struct Reminder: Sendable {
    public var application: JobApplication
    public var step: NextStep
    public var overdue: Bool
}

/// Which pass rates the calculator multiplies.
public enum OddsRates: Sendable, Equatable {
    case typical, own
    case given([Double])
}

/// The calculator's answer: nil applications when the chance per application is 0.
public struct Odds: Sendable, Equatable {
    public var probability: Double
    public var perApplication: Double
    public var applications: Int?
}

/// What an import saved and what it left out.
public struct ImportOutcome: Sendable {
    public var imported: Int
    /// Ids in the file that were already saved (left as they are).
    public var alreadyPresent: [String]
    public var problems: [LineProblem]
}

/// An application that cannot be found, or a company name that matches several.
public enum ApplicationError: Error, CustomStringConvertible, Equatable {
    case notFound(String)
    case ambiguous(String, [JobApplication])

    public var description: String {
        switch self {
        case .notFound(let key):
            "no application \"\(key)\": name it by its company or its id (see `onsite apps list`)"
        case .ambiguous(let key, let matches):
            "\"\(key)\" matches \(matches.count) applications; name one by its id: "
                + matches.map { "\($0.key) (\($0.details.role), \($0.stage.title))" }.joined(separator: ", ")
        }
    }
}
