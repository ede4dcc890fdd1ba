import Foundation
import OnsiteCore

/// One message from the harness (see harness.py): a test's value, error or syntax error, a SQL
/// timeout, or the end of the run.
struct HarnessMessage: Decodable {
    struct ErrorInfo: Decodable { var type: String; var message: String; var trace: [TraceLine] }
    struct TraceLine: Decodable { var line: Int; var function: String; var code: String }
    struct SyntaxInfo: Decodable { var message: String; var line: Int; var column: Int }
    struct CrashInfo: Decodable { var signal: Int32 }

    var ok: JSONValue?
    var error: ErrorInfo?
    var syntax: SyntaxInfo?
    var timeout: Bool?
    var crash: CrashInfo?
    var done: Bool?

    enum Keys: String, CodingKey { case ok, error, syntax, timeout, crash, done }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        // `{"ok": null}` is a function that returned None: present, unlike a missing key.
        ok = container.contains(.ok) ? try container.decode(JSONValue.self, forKey: .ok) : nil
        error = try container.decodeIfPresent(ErrorInfo.self, forKey: .error)
        syntax = try container.decodeIfPresent(SyntaxInfo.self, forKey: .syntax)
        timeout = try container.decodeIfPresent(Bool.self, forKey: .timeout)
        crash = try container.decodeIfPresent(CrashInfo.self, forKey: .crash)
        done = try container.decodeIfPresent(Bool.self, forKey: .done)
    }
}

/// Length-framed messages on the result pipe: a 4-byte big-endian length, then that much JSON.
enum Frames {
    enum Next { case message(HarnessMessage), closed, timedOut }

    static let maximumLength = 16 << 20

    static func next(from process: SpawnedProcess, deadline: ContinuousClock.Instant) -> Next {
        guard let header = process.read(count: 4, deadline: deadline) else { return .timedOut }
        guard header.count == 4 else { return .closed }
        let length = header.reduce(0) { $0 << 8 | Int($1) }
        guard length <= maximumLength, let body = process.read(count: length, deadline: deadline) else { return .timedOut }
        guard body.count == length, let message = try? JSONDecoder().decode(HarnessMessage.self, from: body) else { return .closed }
        return .message(message)
    }
}
