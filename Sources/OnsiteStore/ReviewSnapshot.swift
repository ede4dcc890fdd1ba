public import Foundation
public import OnsiteCore
import Synchronization

/// Item states and today's tally of card reviews, kept in memory while the data is unchanged.
public struct ReviewSnapshot: Sendable {
    public var states: ItemStates
    /// Card reviews answered, and new cards first seen, since `dayStart` (problems are left out:
    /// solving one must not use up the day's new cards).
    public var answeredSinceDayStart: Int
    public var newSinceDayStart: Int
    public var dayStart: Date
    /// Which version of the data this is: two snapshots with the same generation hold the same
    /// data, so what is derived from one can be reused for the other.
    public var generation: Int

    public init(states: ItemStates, answeredSinceDayStart: Int, newSinceDayStart: Int, dayStart: Date, generation: Int) {
        self.states = states
        self.answeredSinceDayStart = answeredSinceDayStart
        self.newSinceDayStart = newSinceDayStart
        self.dayStart = dayStart
        self.generation = generation
    }
}

/// The last value read for a key (the database's generation, and the day where it matters),
/// reused while the key is the same. Every write bumps the generation, from this process or
/// another one (the CLI while the server runs, another instance on PostgreSQL).
final class LastRead<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    private let cached = Mutex<(Key, Value)?>(nil)

    func get(_ key: Key, load: () async throws -> Value) async throws -> Value {
        if let (known, value) = cached.withLock({ $0 }), known == key { return value }
        let value = try await load()
        cached.withLock { $0 = (key, value) }
        return value
    }
}
