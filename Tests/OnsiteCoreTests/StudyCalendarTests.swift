import Foundation
import OnsiteCore
import Testing

@Suite struct StudyCalendarTests {
    let utc = TimeZone(identifier: "UTC")!
    let berlin = TimeZone(identifier: "Europe/Berlin")!

    func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func dayRollsOverAtTheRolloverHourNotMidnight() {
        let calendar = StudyCalendar(timeZone: utc, rolloverHour: 4)
        #expect(calendar.day(of: date("2026-11-22T03:59:59Z")).description == "2026-11-21")
        #expect(calendar.day(of: date("2026-11-22T04:00:00Z")).description == "2026-11-22")
    }

    @Test func dayFollowsThePersonsTimeZone() {
        let calendar = StudyCalendar(timeZone: berlin, rolloverHour: 4)
        // 03:30 UTC is 04:30 in Berlin in winter: already the new day there.
        #expect(calendar.day(of: date("2026-11-22T03:30:00Z")).description == "2026-11-22")
        #expect(calendar.start(of: StudyDay(year: 2026, month: 11, day: 22)) == date("2026-11-22T03:00:00Z"))
    }

    @Test func endOfDayIsTheNextRollover() {
        let calendar = StudyCalendar(timeZone: utc, rolloverHour: 4)
        #expect(calendar.endOfDay(containing: date("2026-11-22T23:00:00Z")) == date("2026-11-23T04:00:00Z"))
        #expect(calendar.endOfDay(containing: date("2026-11-22T02:00:00Z")) == date("2026-11-22T04:00:00Z"))
    }

    @Test func studyDayRoundTripsCivilDates() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2026, 12, 31), (2100, 3, 1)] {
            let day = StudyDay(year: y, month: m, day: d)
            #expect(day.date.year == y && day.date.month == m && day.date.day == d)
        }
        #expect(StudyDay(year: 1970, month: 1, day: 1).ordinal == 0)
        #expect(StudyDay(year: 2026, month: 11, day: 23).weekday == 0)  // a Monday
    }
}

@Suite struct ReviewActivityTests {
    let today = StudyDay(year: 2026, month: 11, day: 22)

    @Test func streakCountsBackFromTodayOrYesterday() {
        let counts = [today: 3, today.adding(days: -1): 1, today.adding(days: -2): 5, today.adding(days: -4): 2]
        #expect(ReviewActivity(countsByDay: counts, today: today).streak == 3)
        var notYetToday = counts
        notYetToday[today] = nil
        #expect(ReviewActivity(countsByDay: notYetToday, today: today).streak == 2)
        #expect(ReviewActivity(countsByDay: [today.adding(days: -2): 1], today: today).streak == 0)
    }

    @Test func heatmapShowsWholeWeeksUpToToday() {
        let activity = ReviewActivity(countsByDay: [:], today: today)  // a Sunday
        let days = activity.heatmapDays(weeks: 2)
        #expect(days.count == 14)
        #expect(days.first?.weekday == 0)
        #expect(days.last == today)
    }

    @Test func levelsScaleToTheBusiestDay() {
        let activity = ReviewActivity(countsByDay: [today: 8, today.adding(days: -1): 1], today: today)
        #expect(activity.level(of: today, maximum: 8) == 4)
        #expect(activity.level(of: today.adding(days: -1), maximum: 8) == 1)
        #expect(activity.level(of: today.adding(days: -2), maximum: 8) == 0)
    }
}

@Suite struct IntervalTextTests {
    @Test func formatsLikeDrillButtons() {
        #expect(IntervalText.format(30) == "<1m")
        #expect(IntervalText.format(600) == "10m")
        #expect(IntervalText.format(5 * 3600) == "5h")
        #expect(IntervalText.format(3 * 86400) == "3d")
        #expect(IntervalText.format(63 * 86400) == "2.1mo")
        #expect(IntervalText.format(730 * 86400) == "2y")
    }
}
