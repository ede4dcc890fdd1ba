@testable import OnsiteStore
import Synchronization
import Testing

/// The generation check shares one query among concurrent requests, but never hands a request a
/// value read before it asked: otherwise a review saved just before a page load could be missed.
@Suite struct FreshReadTests {
    /// A source whose reads are held open until released, so a test controls what overlaps.
    final class Source: Sendable {
        let value = Mutex(0)
        let reads = Mutex(0)
        let started = AsyncStream<Void>.makeStream()
        let gate = AsyncStream<Void>.makeStream()

        func read() async -> Int {
            let seen = value.withLock { $0 }
            reads.withLock { $0 += 1 }
            started.continuation.yield()
            var released = gate.stream.makeAsyncIterator()
            _ = await released.next()
            return seen
        }
    }

    @Test func aCallerArrivingDuringAReadWaitsForTheNextOneAndSharesIt() async throws {
        let source = Source()
        let fresh = FreshRead<Int>()
        var started = source.started.stream.makeAsyncIterator()

        let first = Task { try await fresh.value { await source.read() } }
        _ = await started.next()  // the first read has taken its value: 0
        source.value.withLock { $0 = 1 }  // a write lands while it runs
        let second = Task { try await fresh.value { await source.read() } }
        let third = Task { try await fresh.value { await source.read() } }
        try await Task.sleep(for: .milliseconds(50))  // both are queued behind the running read
        source.gate.continuation.yield()  // lets the first read finish…
        source.gate.continuation.yield()  // …and the one after it, whenever it starts

        #expect(try await first.value == 0)
        #expect(try await second.value == 1, "a read that began before the caller asked would miss the write")
        #expect(try await third.value == 1)
        #expect(source.reads.withLock { $0 } == 2, "the two later callers share one read")
    }
}
