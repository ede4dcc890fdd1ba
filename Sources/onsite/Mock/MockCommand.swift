import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteServices

/// `onsite mock`: mock interviews in the terminal, on the same services and database as the web
/// page (a mock started here can be resumed there, and the other way round).
struct MockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mock", abstract: "Run a timed mock interview: one round or the whole loop, with a report at the end.",
        subcommands: [Start.self, Resume.self, Status.self, Report.self, List.self])

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a mock and run it here: breadth cards and behavioral questions you rate, coding you answer with a file path.")
        @OptionGroup var locations: Locations
        @Flag(help: "The whole loop: coding 45 min, breadth 30, design 45, behavioral 30.") var loop = false
        @Option(name: .customLong("round"), help: "One round (repeat for several): coding, breadth, design or behavioral.") var rounds: [String] = []
        @Flag(help: "Run code directly on this machine when bubblewrap is missing (not sandboxed).") var unsandboxed = false
        @Flag(help: "Print the report as JSON at the end (docs/mock.md); prompts go to stderr.") var json = false

        func validate() throws {
            if loop == !rounds.isEmpty {
                throw ValidationError("give --loop or --round R (coding, breadth, design or behavioral), not both")
            }
            for round in rounds where MockStageKind(rawValue: round) == nil {
                throw ValidationError("--round must be coding, breadth, design or behavioral, not `\(round)`")
            }
        }

        func run() async throws {
            let kinds = loop ? MockStageKind.allCases : MockStageKind.allCases.filter { rounds.contains($0.rawValue) }
            try await withServices(locations, judge: .machine(allowUnsandboxed: unsandboxed, warm: 0)) { services in
                let mock = try await services.mock.start(MockPlan(stages: kinds.map { MockPlan.Stage($0) }))
                let session = MockSession(services: services, json: json)
                try await session.run(mock)
            }
        }
    }

    struct Resume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Carry on with the mock under way, where it was left (here or on the web).")
        @OptionGroup var locations: Locations
        @Flag(help: "Run code directly on this machine when bubblewrap is missing (not sandboxed).") var unsandboxed = false
        @Flag(help: "Print the report as JSON at the end; prompts go to stderr.") var json = false

        func run() async throws {
            try await withServices(locations, judge: .machine(allowUnsandboxed: unsandboxed, warm: 0)) { services in
                guard let mock = try await services.mock.inProgress() else { throw UserError("no mock is under way: start one with `onsite mock start --loop`") }
                let session = MockSession(services: services, json: json)
                try await session.run(mock)
            }
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the mock under way: its stages, clocks and answers.")
        @OptionGroup var locations: Locations
        @Flag(help: "Print JSON (the mock document of docs/mock.md; {} when none is under way).") var json = false

        func run() async throws {
            try await withServices(locations) { services in
                guard let mock = try await services.mock.inProgress() else {
                    print(json ? "{}" : "No mock is under way.")
                    return
                }
                let now = services.mock.clock.now()
                if json { return print(String(decoding: try MockJSON.encode(MockJSON.document(mock, at: now)), as: UTF8.self)) }
                for (index, stage) in mock.stages.enumerated() {
                    let clock = MockText.clock(stage.timer.remaining(limit: stage.limitSeconds, at: now))
                    print("\(index + 1). \(stage.kind.title): \(stage.status.rawValue), \(clock) left\(stage.timer.isRunning ? " (running)" : "")\(stage.note.isEmpty ? "" : " — \(stage.note)")")
                }
            }
        }
    }

    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a mock's report (the most recent mock by default).")
        @OptionGroup var locations: Locations
        @Argument(help: "The mock's id (from `onsite mock list`).") var id: String?
        @Flag(help: "Print JSON (the report document of docs/mock.md).") var json = false

        func run() async throws {
            try await withServices(locations) { services in
                let mock: Mock
                if let id { mock = try await services.mock.mock(id: id) } else {
                    guard let last = try await services.mock.history().first else { throw UserError("no mocks yet: start one with `onsite mock start --loop`") }
                    mock = last
                }
                let report = services.mock.report(mock)
                print(json ? String(decoding: try MockJSON.encode(MockJSON.document(report)), as: UTF8.self) : MockText.report(report, bundle: services.bundle))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List mocks, most recent first.")
        @OptionGroup var locations: Locations
        @Flag(help: "Print JSON: {\"mocks\": [mock document]}.") var json = false

        struct Output: Encodable { var mocks: [MockJSON.MockDocument] }

        func run() async throws {
            try await withServices(locations) { services in
                let mocks = try await services.mock.history()
                let now = services.mock.clock.now()
                if json { return print(String(decoding: try MockJSON.encode(Output(mocks: mocks.map { MockJSON.document($0, at: now) })), as: UTF8.self)) }
                if mocks.isEmpty { print("No mocks yet: start one with `onsite mock start --loop`.") }
                for mock in mocks {
                    let report = services.mock.report(mock)
                    print("\(mock.id.uuidString.lowercased())  \(mock.startedAt.formatted(.iso8601))  \(mock.stages.map(\.kind.rawValue).joined(separator: ","))  \(mock.isFinished ? "overall " + MockText.percent(report.overall) : "under way")")
                }
            }
        }
    }
}
