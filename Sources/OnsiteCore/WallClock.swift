public import Foundation

/// Where "now" comes from, injected so tests run on a fixed, movable time.
public struct WallClock: Sendable {
    public var now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The real time.
    public static let system = WallClock { Date() }
}
