public import Foundation

/// Where the SQLite file lives: `--database`, then `ONSITE_DATABASE`, then the platform's data
/// directory (`$XDG_DATA_HOME/onsite/onsite.sqlite`, else `~/.local/share/onsite/onsite.sqlite`).
public enum DatabaseLocation {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment["ONSITE_DATABASE"], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath(environment: environment)
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
}
