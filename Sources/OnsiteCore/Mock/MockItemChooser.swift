public import Foundation

/// An item a stage could pose, with how weak the person is on it (0 strong … 1 weak).
public struct MockCandidate: Sendable, Equatable {
    public var id: String
    public var weakness: Double
    public init(id: String, weakness: Double) {
        self.id = id
        self.weakness = weakness
    }
}

/// Which items a stage poses: never one used in an earlier mock while unused ones remain, the
/// weakest first, ties broken by the injected generator (so the same seed chooses the same items).
public enum MockItemChooser {
    public static func choose<R: RandomNumberGenerator>(
        _ candidates: [MockCandidate], count: Int, used: Set<String>, using random: inout R
    ) -> [String] {
        let shuffled = candidates.shuffled(using: &random)
        let ordered = shuffled.enumerated().sorted { a, b in
            let (usedA, usedB) = (used.contains(a.element.id), used.contains(b.element.id))
            if usedA != usedB { return !usedA }
            if a.element.weakness != b.element.weakness { return a.element.weakness > b.element.weakness }
            return a.offset < b.offset
        }
        return ordered.prefix(max(0, count)).map(\.element.id)
    }
}

/// How weak the person is on an item, from the evidence each kind has.
public enum MockWeakness {
    /// Unknown: never practised. Between a lapse and a well-remembered item.
    public static let unseen = 0.5

    /// A card or behavioral question: forgotten (rated Again, and not yet back in review) is the
    /// weakest; otherwise the chance of forgetting it now (1 − retrievability).
    public static func reviewed(state: Card?, lapsed: Bool, retrievability: Double) -> Double {
        guard let state else { return unseen }
        let forgetting = min(1, max(0, 1 - retrievability))
        if lapsed && state.state != .review { return 1 }
        return lapsed ? max(0.8, forgetting) : forgetting
    }

    /// A problem: failed and never accepted is the weakest; accepted ones are strong.
    public static func problem(tally: ProblemTally?) -> Double {
        guard let tally, tally.submits > 0 else { return unseen }
        return tally.accepted ? 0.2 : 1
    }

    /// A design case by its last rubric score (0...1), or unseen.
    public static func design(lastScore: Double?) -> Double {
        lastScore.map { min(1, max(0, 1 - $0)) } ?? unseen
    }
}
