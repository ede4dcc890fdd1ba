import Foundation

/// RFC 4180 CSV: fields with a comma, a quote or a line break are quoted, quotes doubled; records
/// end with CRLF. Reading accepts LF or CRLF and knows the line each record starts on, so a
/// problem can be reported where a spreadsheet shows it.
public enum CSVText {
    public static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A record and the line (1-based) it starts on.
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// A quoted field left open at the end of the text.
    public struct Unterminated: Error, Equatable {
        public var line: Int
        public init(line: Int) { self.line = line }
    }

    /// The records of `text`; blank lines are skipped.
    public static func records(_ text: String) throws(Unterminated) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false
        var chars = Array(text.unicodeScalars)[...]
        if chars.first == "\u{FEFF}" { chars = chars.dropFirst() }  // a spreadsheet's byte-order mark
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
            wasQuoted = false
        }
        var index = chars.startIndex
        while index < chars.endIndex {
            let c = chars[index]
            index += 1
            if quoted {
                if c == "\"" {
                    if index < chars.endIndex, chars[index] == "\"" { field.unicodeScalars.append("\""); index += 1 } else { quoted = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty:
                quoted = true
                wasQuoted = true
            case ",":
                fields.append(field)
                field = ""
            case "\r" where index < chars.endIndex && chars[index] == "\n":
                break  // the LF that follows ends the record
            case "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(c)
            }
        }
        if quoted { throw Unterminated(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }
}
