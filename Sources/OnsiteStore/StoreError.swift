/// A problem with the database a person can act on; the message says which and what to do.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case cannotCreateFolder(path: String, reason: String)
    case readOnly(path: String)
    case notADatabase(path: String, reason: String)
    case cannotConnect(server: String, reason: String)
    case migrationsPending(server: String, names: [String])

    public var description: String {
        switch self {
        case let .cannotCreateFolder(path, reason):
            "cannot create the data folder \(path): \(reason)"
        case let .readOnly(path):
            "the database \(path) is read-only: make it (and its folder) writable, or pass --database with another path"
        case let .notADatabase(path, reason):
            "the database \(path) cannot be used (\(reason)); if it is damaged, move it aside and Onsite will start a fresh one, or restore a backup"
        case let .cannotConnect(server, reason):
            "cannot use the PostgreSQL database \(server): \(reason)"
        case let .migrationsPending(server, names):
            "the PostgreSQL database \(server) needs \(names.count) migration(s) (\(names.joined(separator: ", "))): run `onsite migrate --database …` once, then start the servers"
        }
    }
}
