public import Foundation

/// One stage's clock as plain data, so it is saved on every change and a reload or a restarted
/// server shows exactly what it showed: the seconds counted while paused, and since when it has
/// been running (nil while paused).
///
/// A running timer is anchored to the wall clock: when the server is down mid-stage and the stage
/// was running, that time counts (an interviewer's clock does not stop when your laptop does). A
/// paused timer stays where it was, however long the server was down.
public struct StageTimer: Sendable, Equatable, Codable {
    /// Seconds counted before the current run (all of them while paused).
    public var elapsedSeconds: Double
    /// When the current run began; nil while paused or not started.
    public var runningSince: Date?

    public init(elapsedSeconds: Double = 0, runningSince: Date? = nil) {
        self.elapsedSeconds = elapsedSeconds
        self.runningSince = runningSince
    }

    public var isRunning: Bool { runningSince != nil }

    /// Seconds used by `now`. A clock that went backwards counts nothing for the current run.
    public func elapsed(at now: Date) -> Double {
        elapsedSeconds + (runningSince.map { max(0, now.timeIntervalSince($0)) } ?? 0)
    }

    /// Seconds left of `limit` (negative once over).
    public func remaining(limit: Double, at now: Date) -> Double { limit - elapsed(at: now) }

    /// Running from `now`; unchanged when already running.
    public func resumed(at now: Date) -> StageTimer {
        isRunning ? self : StageTimer(elapsedSeconds: elapsedSeconds, runningSince: now)
    }

    /// Stopped at `now` with the run's seconds added; unchanged when already paused.
    public func paused(at now: Date) -> StageTimer {
        isRunning ? StageTimer(elapsedSeconds: elapsed(at: now), runningSince: nil) : self
    }
}
