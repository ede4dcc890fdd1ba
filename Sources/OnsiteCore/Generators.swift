public import Foundation
import Synchronization

/// Where randomness (the scheduler's fuzz) and new ids come from, injected so that tests are
/// deterministic and production draws from the system.
public struct Generators: Sendable {
    public var nextRandom: @Sendable () -> UInt64
    public var newID: @Sendable () -> UUID

    public init(nextRandom: @escaping @Sendable () -> UInt64, newID: @escaping @Sendable () -> UUID) {
        self.nextRandom = nextRandom
        self.newID = newID
    }

    public static let system = Generators(nextRandom: { UInt64.random(in: .min ... .max) }, newID: { UUID() })

    /// A reproducible sequence: the same seed gives the same fuzz and the same ids.
    public static func seeded(_ seed: UInt64) -> Generators {
        let generator = SeededBox(SeededGenerator(seed: seed))
        return Generators(
            nextRandom: { generator.next() },
            newID: {
                let (a, b) = (generator.next(), generator.next())
                var bytes = [UInt8](repeating: 0, count: 16)
                for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i)); bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i)) }
                bytes[6] = bytes[6] & 0x0F | 0x40  // version 4
                bytes[8] = bytes[8] & 0x3F | 0x80  // RFC 4122 variant
                return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                                   bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
            })
    }

    /// A `RandomNumberGenerator` drawing from `nextRandom`, for APIs that take one.
    public var random: InjectedRandom { InjectedRandom(source: nextRandom) }
}

/// A random number generator backed by an injected source.
public struct InjectedRandom: RandomNumberGenerator {
    let source: @Sendable () -> UInt64
    public mutating func next() -> UInt64 { source() }
}

private final class SeededBox: Sendable {
    private let state: Mutex<SeededGenerator>
    init(_ generator: SeededGenerator) { state = Mutex(generator) }
    func next() -> UInt64 { state.withLock { $0.next() } }
}
