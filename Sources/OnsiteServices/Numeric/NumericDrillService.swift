public import Foundation
public import OnsiteContent
public import OnsiteCore
import OnsiteStore

/// Numeric drills: items like cards on the FSRS schedule (`ItemRef(.numeric, id)`); each review
/// draws a fresh instance from the injected generator, and the typed number is graded in Core.
public struct NumericDrillService: Sendable {
    public let bundle: ContentBundle
    let store: any Store
    let scheduler: Scheduler
    let clock: WallClock
    let generators: Generators

    init(bundle: ContentBundle, store: any Store, scheduler: Scheduler, clock: WallClock, generators: Generators) {
        self.bundle = bundle
        self.store = store
        self.scheduler = scheduler
        self.clock = clock
        self.generators = generators
    }

    /// Seeds stay below 10⁹ so they survive JSON in a browser and are easy to type into `onsite drills sample`.
    public static let seedLimit: UInt64 = 1_000_000_000

    /// A fresh instance of the drill, from the injected generator.
    public func draw(drillID: String) throws -> NumericInstance {
        let drill = try drill(drillID)
        // A generator that cannot draw at one seed (content check makes that rare) gets a few more seeds.
        var lastError: (any Error)?
        for _ in 0..<5 {
            do { return try drill.instance(seed: generators.nextRandom() % Self.seedLimit) } catch { lastError = error }
        }
        throw lastError!
    }

    /// The instance at `seed`: how a submitted form finds the instance it showed.
    public func instance(drillID: String, seed: UInt64) throws -> NumericInstance {
        try drill(drillID).instance(seed: seed)
    }

    /// Grades the typed text against the instance at `seed` and, unless it is not a number, records the
    /// review with the rating policy (right → Good, Easy under 20 s in quick-fire; wrong → Again).
    public func answer(drillID: String, seed: UInt64, typed: String, elapsed: TimeInterval?, quickFire: Bool = false) async throws -> NumericAnswer {
        let drill = try drill(drillID)
        let instance = try drill.instance(seed: seed)
        let grade = NumericGrading.grade(typed, answer: instance.answer, tolerance: drill.tolerance)
        guard let rating = grade.rating(quickFire: quickFire, elapsed: elapsed ?? .infinity) else {
            return NumericAnswer(drill: drill, instance: instance, grade: grade, state: nil)
        }
        let duration = elapsed.map { min(max($0, 0), 3600) }
        let state = try await store.recordReview(
            ItemRef(.numeric, drillID), .by(scheduler, generators: generators, rating: rating, at: clock.now(), duration: duration))
        return NumericAnswer(drill: drill, instance: instance, grade: grade, state: state)
    }

    /// Every drill's schedule, by drill id.
    public func states() async throws -> [String: Card] {
        try await store.itemStates().of(.numeric)
    }

    public func drill(_ id: String) throws -> NumericDrill {
        guard let drill = bundle.numericDrill(id: id) else { throw NumericDrillError.unknownDrill(id) }
        return drill
    }
}

/// What answering a numeric drill did: the grade, the instance graded, and the new schedule (nil when not a number).
public struct NumericAnswer: Sendable {
    public var drill: NumericDrill
    public var instance: NumericInstance
    public var grade: NumericGrade
    public var state: Card?
}

public enum NumericDrillError: Error, CustomStringConvertible, Equatable {
    case unknownDrill(String)

    public var description: String {
        switch self {
        case .unknownDrill(let id): "no numeric drill with id '\(id)' in the content bundle"
        }
    }
}
