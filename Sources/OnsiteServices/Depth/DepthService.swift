public import Foundation
public import OnsiteContent
public import OnsiteCore
public import OnsiteStore

/// What the builder shows beside a deep dive: the follow-ups an interviewer would ask and the
/// findings to fix, or why the text cannot be read yet.
public struct DepthAnalysis: Sendable, Equatable {
    public var dive: DeepDive?
    public var questions: [String]
    public var findings: [DeepDiveLinter.Finding]
    /// Set when the text does not parse; the text is saved all the same.
    public var parseError: DeepDiveParseError?
}

/// One practice turn: a probe from the bank and one generated follow-up on the person's own write-up.
public struct DepthPrompt: Sendable {
    public var record: DeepDiveRecord
    public var dive: DeepDive
    public var probe: DepthProbe
    /// A "why not …?" or "how did you measure …?" drawn from this write-up, when it invites one.
    public var followUp: String?
    public var isNew: Bool
    /// What each rating would schedule, in order Again, Hard, Good, Easy.
    public var intervals: [(rating: Rating, interval: TimeInterval)]
}

/// The ML depth round: the person's deep dives (saved as Markdown), their findings and generated
/// follow-ups, and practice with probes on the FSRS schedule (`ItemKind.depth`, one schedule per deep dive).
public struct DepthService: Sendable {
    /// A deep dive is a few pages (this guide's example is 2 kB); more is a paste gone wrong, refused before it is stored.
    public static let maxBytes = 60_000

    public let bundle: ContentBundle
    let store: any Store
    let scheduler: Scheduler
    public let clock: WallClock
    let generators: Generators

    init(bundle: ContentBundle, store: any Store, scheduler: Scheduler, clock: WallClock, generators: Generators) {
        self.bundle = bundle
        self.store = store
        self.scheduler = scheduler
        self.clock = clock
        self.generators = generators
    }

    public func list() async throws -> [DeepDiveRecord] { try await store.deepDives() }

    public func record(id: String) async throws -> DeepDiveRecord? { try await store.deepDive(id: id) }

    /// Starts a deep dive from the template under an id made from the title (`-2`, `-3`… when taken).
    public func create(title: String) async throws -> String {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw BadInput(field: "title", message: "give the project a title") }
        guard trimmed.count <= 200 else { throw BadInput(field: "title", message: "the title is \(trimmed.count) characters; keep it under 200") }
        let base = StoryMarkdown.slug(trimmed).isEmpty ? "deep-dive" : StoryMarkdown.slug(trimmed)
        var id = base, suffix = 1
        while try await store.deepDive(id: id) != nil {
            suffix += 1
            id = "\(base)-\(suffix)"
        }
        try await store.saveDeepDive(id: id, text: DeepDiveMarkdown.template(title: trimmed), at: clock.now())
        return id
    }

    /// Saves the text as typed (even when it does not parse yet, so nothing is lost) and analyses it.
    @discardableResult
    public func save(id: String, text: String) async throws -> DepthAnalysis {
        guard try await store.deepDive(id: id) != nil else { throw DepthError.unknown(id) }
        try Self.checkSize(text)
        try await store.saveDeepDive(id: id, text: text, at: clock.now())
        return analyse(text)
    }

    public func delete(id: String) async throws -> Bool { try await store.deleteDeepDive(id: id) }

    /// Findings and generated follow-ups for a text, without saving it.
    public func analyse(_ text: String) -> DepthAnalysis {
        do {
            let dive = try DeepDiveMarkdown.parse(text)
            return DepthAnalysis(dive: dive, questions: DepthQuestions.generate(dive), findings: DeepDiveLinter.lint(dive), parseError: nil)
        } catch {
            return DepthAnalysis(dive: nil, questions: [], findings: [], parseError: error)
        }
    }

    /// A probe drawn at random from the bank, with one generated follow-up, for the deep dive `id`.
    public func practice(id: String) async throws -> DepthPrompt {
        guard let record = try await store.deepDive(id: id) else { throw DepthError.unknown(id) }
        guard !bundle.depthProbes.isEmpty else { throw DepthError.noProbes }
        let dive: DeepDive
        do {
            dive = try DeepDiveMarkdown.parse(record.text)
        } catch {
            throw DepthError.unreadable(id, error)
        }
        let probe = bundle.depthProbes[Int(generators.nextRandom() % UInt64(bundle.depthProbes.count))]
        let generated = DepthQuestions.generate(dive)
        let followUp = generated.isEmpty ? nil : generated[Int(generators.nextRandom() % UInt64(generated.count))]
        let now = clock.now()
        let state = try await store.itemStates()[ItemRef(.depth, id)]
        let preview = scheduler.previewIntervals(for: state ?? Card(due: now), at: now)
        return DepthPrompt(
            record: record, dive: dive, probe: probe, followUp: followUp, isNew: state == nil,
            intervals: Rating.allCases.map { ($0, preview[$0]!.timeIntervalSince(now)) })
    }

    /// Rates a practice turn on the deep dive; the review is saved before this returns.
    @discardableResult
    public func rate(id: String, rating: Rating, duration: TimeInterval? = nil) async throws -> Card {
        guard try await store.deepDive(id: id) != nil else { throw DepthError.unknown(id) }
        return try await store.recordReview(
            ItemRef(.depth, id), .by(scheduler, generators: generators, rating: rating, at: clock.now(), duration: duration))
    }

    /// Each deep dive's schedule, by id.
    public func schedules() async throws -> [String: Card] { try await store.itemStates().of(.depth) }

    static func checkSize(_ text: String) throws {
        let bytes = text.utf8.count
        if bytes > maxBytes {
            throw BadInput(field: "text", message: "the deep dive is \(bytes / 1000) kB; the limit is \(maxBytes / 1000) kB. Nothing was saved: shorten it and save again.")
        }
    }
}

public enum DepthError: Error, Sendable, CustomStringConvertible {
    case unknown(String)
    case unreadable(String, DeepDiveParseError)
    case noProbes

    public var description: String {
        switch self {
        case .unknown(let id): "There is no deep dive \"\(id)\"."
        case .unreadable(let id, let error): "The deep dive \"\(id)\" cannot be read: line \(error.line): \(error.message)"
        case .noProbes: "The content bundle has no depth probes (depth/probes.yaml)."
        }
    }
}
