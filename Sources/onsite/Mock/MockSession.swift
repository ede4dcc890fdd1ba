import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteServices

/// A mock run at the terminal, one prompt at a time. At any prompt: `p` pauses (Enter resumes),
/// `n` finishes the stage, `q` pauses and leaves (resume with `onsite mock resume`). End of input
/// does what `q` does. Every answer is saved before the next prompt.
struct MockSession {
    let services: Services
    let json: Bool

    var mocks: MockService { services.mock }

    /// Prompts go to stderr when stdout carries JSON; written at once, unbuffered, before reading.
    func say(_ text: String) { write(text + "\n") }

    func write(_ text: String) {
        (json ? FileHandle.standardError : FileHandle.standardOutput).write(Data(text.utf8))
    }

    enum Step { case answered, resumed, nextStage, quit }

    /// A line from the person, nil at end of input.
    func ask(_ prompt: String) -> String? {
        write(prompt)
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }

    func run(_ start: Mock) async throws {
        var mock = start
        for stage in mock.stages where stage.status == .skipped { say("Skipping \(stage.kind.title): \(stage.note).") }
        while !mock.isFinished, let index = mock.currentIndex {
            if !mock.stages[index].timer.isRunning { mock = try await mocks.resume(mock.id) }
            let stage = mock.stages[index]
            say("\n== Stage \(index + 1) of \(mock.stages.count): \(stage.kind.title) · \(MockText.clock(stage.timer.remaining(limit: stage.limitSeconds, at: mocks.clock.now()))) left")
            say("(p pause · n finish the stage · q leave for now)")
            switch try await runStage(&mock) {
            case .quit:
                if !mock.isFinished { mock = try await mocks.pause(mock.id) }
                say("Paused. Carry on with `onsite mock resume` (or on the Mock page).")
                return
            case .nextStage, .answered, .resumed:
                mock = try await mocks.finishStage(mock.id)
            }
        }
        let report = mocks.report(mock)
        if json {
            FileHandle.standardOutput.write(try MockJSON.encode(MockJSON.document(report)) + Data("\n".utf8))
        } else {
            say("\n" + MockText.report(report, bundle: services.bundle))
        }
    }

    /// Runs the stage under way until its items are done, `n` or `q`.
    func runStage(_ mock: inout Mock) async throws -> Step {
        guard let stage = mock.current else { return .nextStage }
        switch stage.kind {
        case .breadth, .behavioral:
            while let item = mock.current?.nextUnanswered {
                let position = (mock.current?.answers.count ?? 0) + 1
                let total = mock.current?.items.count ?? 0
                let (question, answer, labels) = describe(item)
                say("\n[\(position)/\(total)] \(question)")
                var first = Step.resumed
                while first == .resumed { first = try await command(&mock, ask("Answer out loud, then Enter to reveal: ")) }
                if first != .answered { return first }
                say(answer)
                while true {
                    guard let line = ask("Rate it: " + labels + ": ") else { return .quit }
                    if let step = try await control(&mock, line) { if step == .resumed { continue }; return step }
                    guard let value = Int(line), let rating = Rating(rawValue: value) else { say("Type 1, 2, 3 or 4."); continue }
                    mock = stage.kind == .breadth
                        ? try await mocks.rateCard(mock.id, cardID: item.id, rating: rating)
                        : try await mocks.rateQuestion(mock.id, questionID: item.id, rating: rating)
                    break
                }
            }
            say("Every item of this stage is answered.")
            return .answered
        case .coding:
            guard let item = stage.items.first, let problem = services.bundle.problem(id: item.id) else { return .nextStage }
            say("\n" + problem.statement)
            say("\nStarter code:\n" + problem.starter)
            while true {
                guard let line = ask("Path to your solution file (or n to move on): ") else { return .quit }
                if let step = try await control(&mock, line) { if step == .resumed { continue }; return step }
                let path = (line as NSString).expandingTildeInPath
                guard let code = try? String(contentsOfFile: path, encoding: .utf8) else { say("Cannot read \(path)."); continue }
                let (after, attempt) = try await mocks.submit(mock.id, problemID: problem.id, code: code)
                mock = after
                say("\(attempt.report.verdict.title): \(attempt.report.summary)")
                if attempt.report.verdict == .accepted { return .answered }
            }
        case .design:
            say("The design stage is answered on the Mock page (/mock), step by step; n moves on.")
            while true {
                guard let line = ask("> ") else { return .quit }
                if let step = try await control(&mock, line), step != .resumed { return step }
            }
        }
    }

    /// The first prompt of an item: Enter goes on, a control word acts.
    func command(_ mock: inout Mock, _ line: String?) async throws -> Step {
        guard let line else { return .quit }
        return try await control(&mock, line) ?? .answered
    }

    /// `p`, `n`, `q`: pauses (waiting for Enter), finishes the stage, leaves. Nil for anything else.
    func control(_ mock: inout Mock, _ line: String) async throws -> Step? {
        switch line.lowercased() {
        case "p":
            mock = try await mocks.pause(mock.id)
            say("Paused at \(MockText.clock(mock.current.map { $0.timer.remaining(limit: $0.limitSeconds, at: mocks.clock.now()) } ?? 0)) left.")
            guard ask("Enter to resume: ") != nil else { return .quit }
            mock = try await mocks.resume(mock.id)
            return .resumed
        case "n": return .nextStage
        case "q": return .quit
        default: return nil
        }
    }

    func describe(_ item: ItemRef) -> (question: String, answer: String, labels: String) {
        switch item.kind {
        case .card:
            let card = services.bundle.card(id: item.id)
            return (card?.question ?? item.id, card?.answer ?? "", "1 Again, 2 Hard, 3 Good, 4 Easy")
        default:
            let question = services.bundle.behavioralQuestion(id: item.id)
            let listening = (question?.listeningFor ?? []).map { "  - " + $0 }.joined(separator: "\n")
            return (question?.question ?? item.id, "What they listen for:\n" + listening, "1 Weak, 2 Shaky, 3 Solid, 4 Strong")
        }
    }
}

/// The report and clocks as text.
enum MockText {
    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.magnitude.rounded(.down))
        return (seconds < 0 ? "-" : "") + "\(whole / 60):" + String(format: "%02d", whole % 60)
    }

    static func percent(_ score: Double?) -> String { score.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

    static func report(_ report: MockReport, bundle: ContentBundle) -> String {
        var lines = ["Mock report: overall \(percent(report.overall)), time used \(clock(report.usedSeconds)) of \(clock(report.limitSeconds))"]
        for stage in report.stages {
            if stage.status == .skipped { lines.append("- \(stage.kind.title): skipped (\(stage.note))"); continue }
            lines.append("- \(stage.kind.title): \(percent(stage.score)), \(clock(stage.usedSeconds)) of \(clock(stage.limitSeconds))\(stage.overTime ? " (over time)" : "")")
            for item in stage.items {
                let title: String
                switch item.item.kind {
                case .card: title = bundle.card(id: item.item.id)?.question ?? item.item.id
                case .problem: title = bundle.problem(id: item.item.id)?.title ?? item.item.id
                case .behavioral: title = bundle.behavioralQuestion(id: item.item.id)?.question ?? item.item.id
                default: title = item.item.id
                }
                lines.append("    \(item.isMistake ? "✗" : "✓") \(title): \(item.outcome)")
            }
        }
        if !report.mistakes.isEmpty { lines.append("\(report.mistakes.count) to review: they are in the errors log (/errors) and come back on their schedule.") }
        return lines.joined(separator: "\n")
    }
}
