/// One problem found in the bundle, located by file (relative to the content folder) and line.
public struct ContentDiagnostic: Sendable, Hashable, CustomStringConvertible, Error {
    public var path: String
    public var line: Int
    public var message: String

    public init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `path:line: message`, the form editors and CI logs link to.
    public var description: String { "\(path):\(line): \(message)" }
}

/// The bundle could not be used: the diagnostics say where and why.
public struct ContentInvalid: Error, CustomStringConvertible {
    public var diagnostics: [ContentDiagnostic]

    public init(diagnostics: [ContentDiagnostic]) { self.diagnostics = diagnostics }

    public var description: String {
        let shown = diagnostics.prefix(20).map(\.description).joined(separator: "\n")
        let more = diagnostics.count > 20 ? "\n… and \(diagnostics.count - 20) more (run `onsite content check`)" : ""
        return "the content bundle has \(diagnostics.count) error(s):\n" + shown + more
    }
}
