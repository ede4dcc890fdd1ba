public import Foundation

/// Where the data lives: an SQLite file (the default, one person) or a PostgreSQL server (a cohort).
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// `--database`, then `ONSITE_DATABASE`, then the platform's data directory
    /// (`$XDG_DATA_HOME/onsite/onsite.sqlite`, else `~/.local/share/onsite/onsite.sqlite`).
    /// A `postgres://` or `postgresql://` URL names a server; anything else is a file path.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        let chosen = [explicit, environment["ONSITE_DATABASE"]].compactMap { $0 }.first { !$0.isEmpty }
        guard let chosen else { return .sqlite(path: defaultPath(environment: environment)) }
        return parse(chosen)
    }

    public static func parse(_ text: String) -> StoreLocation {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") ? .postgres(url: text) : .sqlite(path: text)
    }

    public static func defaultPath(environment: [String: String]) -> String {
        #if os(macOS)
        let base = FileManager.default.homeDirectoryForCurrentUser
            .appendingPathComponent("Library/Application Support").path
        #else
        let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        #endif
        return base + "/onsite/onsite.sqlite"
    }

    /// The SQLite file, for the judge's self-test to check the sandbox cannot see it.
    public var filePath: String? {
        if case .sqlite(let path) = self { return path }
        return nil
    }

    /// Said to the person: the file, or the server without its password.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "a PostgreSQL server" }
            parts.password = nil
            return parts.string ?? "a PostgreSQL server"
        }
    }
}
