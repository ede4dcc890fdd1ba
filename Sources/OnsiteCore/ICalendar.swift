public import Foundation

/// An iCalendar (RFC 5545) file of all-day events: CRLF line endings, text escaped, lines folded
/// at 75 octets, one UID and DTSTAMP per event. The study plan's export can use it too.
public struct ICalendar: Sendable {
    public struct Event: Sendable {
        public var uid: String
        public var day: StudyDay
        public var summary: String
        public var description: String

        public init(uid: String, day: StudyDay, summary: String, description: String) {
            self.uid = uid
            self.day = day
            self.summary = summary
            self.description = description
        }
    }

    public var name: String
    public var events: [Event]

    public init(name: String, events: [Event]) {
        self.name = name
        self.events = events
    }

    /// The file; `stamp` is when it was made (DTSTAMP, in UTC).
    public func text(stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Onsite//Onsite//EN", "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + Self.escape(name)]
        let dtstamp = Self.utc(stamp)
        for event in events {
            let d = event.day.date
            let next = event.day.adding(days: 1).date
            lines += [
                "BEGIN:VEVENT", "UID:" + Self.escape(event.uid), "DTSTAMP:" + dtstamp,
                "DTSTART;VALUE=DATE:" + String(format: "%04d%02d%02d", d.year, d.month, d.day),
                "DTEND;VALUE=DATE:" + String(format: "%04d%02d%02d", next.year, next.month, next.day),
                "SUMMARY:" + Self.escape(event.summary), "DESCRIPTION:" + Self.escape(event.description), "TRANSP:TRANSPARENT", "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text.replacingOccurrences(of: "\r\n", with: "\n") {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character.
    public static func fold(_ line: String) -> String {
        var out = "", count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.unicodeScalars.append(scalar)
            count += size
        }
        return out
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
