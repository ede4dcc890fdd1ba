import Foundation
import OnsiteCore

/// One message from the harness (see harness.py): a test's value, error or syntax error, a SQL
/// timeout, or the end of the run. Read with `JSONParser`: a returned list of 50 000 numbers
/// takes `JSONDecoder` tens of milliseconds.
struct HarnessMessage {
    /// `builtin`: the exception's class is Python's own of that name (a class the code made could
    /// carry any name). `fatal`: the code failed before any test (it did not load, or lacks the
    /// entry function), so no test after this one gets an answer.
    struct ErrorInfo { var type: String; var message: String; var trace: [TraceLine]; var builtin: Bool; var fatal: Bool }
    struct TraceLine { var line: Int; var function: String; var code: String }
    struct SyntaxInfo { var message: String; var line: Int; var column: Int }
    struct CrashInfo { var signal: Int32 }

    /// `{"ok": null}` is a function that returned None: present, unlike a missing key.
    var ok: JSONValue?
    var error: ErrorInfo?
    var syntax: SyntaxInfo?
    var timeout: Bool?
    var crash: CrashInfo?
    var done: Bool?
    /// On the closing frame: the peak resident memory of the process that ran the code.
    var maxResidentBytes: Int?

    /// Nil when the message is not an object of the harness's shape.
    init?(_ value: JSONValue) {
        guard case .object(let fields) = value else { return nil }
        ok = fields["ok"]
        if case .object(let info)? = fields["error"] {
            var trace: [TraceLine] = []
            if case .array(let lines)? = info["trace"] {
                for case .object(let line) in lines {
                    trace.append(TraceLine(line: Self.int(line["line"]), function: Self.text(line["function"]), code: Self.text(line["code"])))
                }
            }
            error = ErrorInfo(
                type: Self.text(info["type"]), message: Self.text(info["message"]), trace: trace,
                builtin: info["builtin"] == .bool(true), fatal: fields["fatal"] == .bool(true))
        }
        if case .object(let info)? = fields["syntax"] {
            syntax = SyntaxInfo(message: Self.text(info["message"]), line: Self.int(info["line"]), column: Self.int(info["column"]))
        }
        if case .bool(let flag)? = fields["timeout"] { timeout = flag }
        if case .object(let info)? = fields["crash"] { crash = CrashInfo(signal: Int32(truncatingIfNeeded: Self.int(info["signal"]))) }
        if case .bool(let flag)? = fields["done"] { done = flag }
        if case .int(let bytes)? = fields["maxrss"] { maxResidentBytes = bytes }
    }

    private static func text(_ value: JSONValue?) -> String {
        if case .string(let text)? = value { return text }
        return ""
    }

    private static func int(_ value: JSONValue?) -> Int {
        if case .int(let number)? = value { return number }
        return 0
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
        guard body.count == length, let value = try? JSONParser.parse(bytes: [UInt8](body)), let message = HarnessMessage(value) else {
            return .closed
        }
        return .message(message)
    }
}
