public import Foundation
public import OnsiteCore
import Synchronization

/// Item states and today's tally, kept in memory while the database files are unchanged.
///
/// The drill page needs both on every request. Any commit, by this process or by another one on
/// the same file (the CLI while the server runs), rewrites the `-wal` file or the database itself,
/// which changes their (modification time, size) signature, so the next read reloads. The
/// signature is taken before loading, so a commit that races the load is seen on the next read.
public struct ReviewSnapshot: Sendable {
    public var states: [String: Card]
    public var answeredSinceDayStart: Int
    public var newSinceDayStart: Int
    public var dayStart: Date
    /// Which load this is: two snapshots with the same generation hold the same data, so what
    /// is derived from one can be reused for the other.
    public var generation = 0
}

final class SnapshotCache: Sendable {
    struct FileSignature: Equatable {
        var database: [Int]
        var wal: [Int]
    }

    private let path: String
    private let cached = Mutex<(FileSignature, ReviewSnapshot)?>(nil)
    private let loads = Atomic<Int>(0)

    init(path: String) { self.path = path }

    func get(dayStart: Date, load: () async throws -> ReviewSnapshot) async throws -> ReviewSnapshot {
        let signature = currentSignature()
        if let (known, snapshot) = cached.withLock({ $0 }), known == signature, snapshot.dayStart == dayStart {
            return snapshot
        }
        var snapshot = try await load()
        snapshot.generation = loads.add(1, ordering: .relaxed).newValue
        cached.withLock { $0 = (signature, snapshot) }
        return snapshot
    }

    private func currentSignature() -> FileSignature {
        FileSignature(database: stamp(path), wal: stamp(path + "-wal"))
    }

    private func stamp(_ file: String) -> [Int] {
        var info = stat()
        guard stat(file, &info) == 0 else { return [] }
        return [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_size), Int(info.st_ino)]
    }
}
