public import Foundation

/// An item the person recently forgot (rated Again), for the errors log.
public struct Lapse: Sendable, Equatable {
    public var item: ItemRef
    public var lastLapse: Date
    public var lapseCount: Int

    public init(item: ItemRef, lastLapse: Date, lapseCount: Int) {
        self.item = item
        self.lastLapse = lastLapse
        self.lapseCount = lapseCount
    }
}
