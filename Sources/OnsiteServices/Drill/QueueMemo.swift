import Foundation
import OnsiteCore
import Synchronization

/// Today's queue per selection, reused while it cannot have changed: built from the same snapshot
/// of the database (its generation) and asked for before the moment it would first differ.
final class QueueMemo: Sendable {
    private struct Entry {
        var generation: Int
        var from: Date
        var until: Date
        var queue: DrillQueue
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The memoized queue for `topic`, or what `build` returns (the queue and when it stops holding).
    func queue(topic: String, generation: Int, now: Date, build: () -> (DrillQueue, until: Date)) -> DrillQueue {
        if let entry = entries.withLock({ $0[topic] }), entry.generation == generation, entry.from <= now, now < entry.until {
            return entry.queue
        }
        let (queue, until) = build()
        entries.withLock { entries in
            if entries.count > 256 { entries.removeAll(keepingCapacity: true) }  // topics are few; a bound all the same
            entries[topic] = Entry(generation: generation, from: now, until: until, queue: queue)
        }
        return queue
    }
}
