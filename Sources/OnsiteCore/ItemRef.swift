/// What kind of practice item a schedule belongs to. One FSRS schedule covers every kind.
/// `numeric` is a parametric drill (the generator is scheduled, each review draws fresh numbers);
/// `design` a system design case or single-step design drill; `depth` one of the person's deep dives.
public enum ItemKind: String, Sendable, Codable, CaseIterable, Hashable {
    case card, problem, behavioral, numeric, design, depth
}

/// A practice item named by its kind and its content id (`ItemRef(.problem, "two-sum")`), stored
/// as two columns, so ids of different kinds never collide and a kind is never guessed from an id.
public struct ItemRef: Sendable, Hashable, Codable, CustomStringConvertible {
    public var kind: ItemKind
    public var id: String

    public init(_ kind: ItemKind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    public static func card(_ id: String) -> ItemRef { ItemRef(.card, id) }
    public static func problem(_ id: String) -> ItemRef { ItemRef(.problem, id) }
    public static func behavioral(_ id: String) -> ItemRef { ItemRef(.behavioral, id) }

    public var description: String { "\(kind.rawValue):\(id)" }
}

/// The scheduler state of every item ever reviewed, by kind and then by id.
public struct ItemStates: Sendable, Equatable {
    private var byKind: [ItemKind: [String: Card]]

    public init(_ byKind: [ItemKind: [String: Card]] = [:]) { self.byKind = byKind }

    /// The states of one kind's items, by id.
    public func of(_ kind: ItemKind) -> [String: Card] { byKind[kind] ?? [:] }

    public subscript(item: ItemRef) -> Card? {
        get { byKind[item.kind]?[item.id] }
        set { byKind[item.kind, default: [:]][item.id] = newValue }
    }

    public var count: Int { byKind.values.reduce(0) { $0 + $1.count } }
}
