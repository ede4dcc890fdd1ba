import Foundation
import OnsiteCore
import Testing

/// The iCalendar writer follows RFC 5545 where readers are strict: CRLF, folding, escaping.
@Suite struct ICalendarTests {
    @Test func eventsAreAllDayWithEscapedFoldedText() {
        let long = "Follow up with the recruiter, Ann; ask about the ML depth round \\ and the team — ünïcode ✓ " + String(repeating: "é", count: 40)
        let calendar = ICalendar(name: "Onsite reminders", events: [
            ICalendar.Event(uid: "a@onsite", day: StudyDay(year: 2026, month: 12, day: 31), summary: "Acme: call", description: long),
        ])
        let text = calendar.text(stamp: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        let lines = text.components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.filter { $0.hasPrefix("UID:") }.count == 1 && lines.filter { $0.hasPrefix("DTSTAMP:") }.count == 1)
        #expect(lines.contains("DTSTART;VALUE=DATE:20261231") && lines.contains("DTEND;VALUE=DATE:20270101"))
        #expect(lines.contains("DTSTAMP:20261118T110640Z"))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:" + ICalendar.escape(long) + "\r\n"))
        #expect(ICalendar.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }
}
