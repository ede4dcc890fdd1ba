import Synchronization

/// Rendered HTML by a key that captures everything the page shows. Bounded: when full it starts
/// over, which costs one render per page and keeps memory flat.
final class RenderedPages: Sendable {
    static let capacity = 512
    private let pages = Mutex<[String: String]>([:])

    func html(for key: String, render: () -> String) -> String {
        if let page = pages.withLock({ $0[key] }) { return page }
        let page = render()
        pages.withLock {
            if $0.count >= Self.capacity { $0.removeAll(keepingCapacity: true) }
            $0[key] = page
        }
        return page
    }
}
