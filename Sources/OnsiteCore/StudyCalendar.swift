public import Foundation

/// A day of study in the person's own calendar: the date on which their study day began.
public struct StudyDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 of the local date.
    public var ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    public init(year: Int, month: Int, day: Int) {
        // Days from civil (proleptic Gregorian), after Howard Hinnant's algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    /// The calendar date as (year, month, day).
    public var date: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Monday is 0 … Sunday is 6.
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }

    public func adding(days: Int) -> StudyDay { StudyDay(ordinal: ordinal + days) }

    public var description: String {
        let d = date
        return String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
    }

    public static func < (a: Self, b: Self) -> Bool { a.ordinal < b.ordinal }
}

/// What "today" means for a person: their time zone and the hour at which a new study day
/// begins (4 a.m. by default, as in Anki, so a late-night session still counts for the evening).
public struct StudyCalendar: Sendable, Equatable {
    public var timeZone: TimeZone
    public var rolloverHour: Int

    public init(timeZone: TimeZone = .current, rolloverHour: Int = 4) {
        precondition((0...23).contains(rolloverHour), "rollover hour must be 0…23")
        self.timeZone = timeZone
        self.rolloverHour = rolloverHour
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The study day an instant belongs to.
    public func day(of date: Date) -> StudyDay {
        let shifted = date.addingTimeInterval(-Double(rolloverHour) * 3600 + Double(timeZone.secondsFromGMT(for: date)))
        return StudyDay(ordinal: Int((shifted.timeIntervalSince1970 / 86400).rounded(.down)))
    }

    /// The instant the given study day begins.
    public func start(of day: StudyDay) -> Date {
        let d = day.date
        let components = DateComponents(year: d.year, month: d.month, day: d.day, hour: rolloverHour)
        return calendar.date(from: components)!
    }

    /// The instant the study day containing `date` ends, which is when the next one begins.
    public func endOfDay(containing date: Date) -> Date {
        start(of: day(of: date).adding(days: 1))
    }
}
