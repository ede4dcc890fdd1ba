import Foundation
import OnsiteCore
import Testing

/// A pool like the bank's: two topics of cards, problems of each difficulty, behavioral questions; no design or depth items.
struct FakeProvider: PlanItemProvider {
    var kind: ItemKind
    var list: [PlanItem]
    func items() -> [PlanItem] { list }
}

enum PlanFixtures {
    static let start = StudyDay(year: 2026, month: 12, day: 7)  // a Monday

    static var providers: [any PlanItemProvider] {
        let cards = (0..<120).map { i in
            PlanItem(ref: .card("c\(i)"), round: .mlBreadth, title: "Card \(i)", minutes: 3, reviewMinutes: 1, group: i < 60 ? "Metrics" : "Trees")
        }
        let problems = (0..<40).map { i in
            PlanItem(ref: .problem("p\(i)"), round: .coding, title: "Problem \(i)", minutes: [20, 35, 50][i % 3], reviewMinutes: 15)
        }
        let behavioral = (0..<20).map { i in PlanItem(ref: .behavioral("b\(i)"), round: .behavioral, title: "Question \(i)", minutes: 20, reviewMinutes: 10) }
        return [FakeProvider(kind: .card, list: cards), FakeProvider(kind: .problem, list: problems), FakeProvider(kind: .behavioral, list: behavioral),
                FakeProvider(kind: .design, list: [])]
    }

    static func pool(states: ItemStates = ItemStates(), from: StudyDay = start, dueDay: @escaping (Card) -> StudyDay = { _ in start }) -> PlanPool {
        PlanPool.make(providers: providers, states: states, from: from, dueDay: dueDay)
    }

    static func inputs(_ template: PlanTemplate, days: Int? = nil, weekday: Double = 2, weekend: Double = 4, off: [StudyDay] = []) -> PlanInputs {
        PlanInputs(
            template: template, start: start, interview: days.map { start.adding(days: $0) }, weekdayHours: weekday, weekendHours: weekend, daysOff: off)
    }
}

struct PlannerTests {
    @Test(arguments: PlanTemplate.allCases) func everyTemplateHasABufferDayAWeekMocksInTheLastWeekAndALightLastDay(_ template: PlanTemplate) {
        let plan = Planner.plan(PlanFixtures.inputs(template), pool: PlanFixtures.pool())
        #expect(plan.days.count == template.nominalDays)
        #expect(plan.days.first?.date == PlanFixtures.start)
        #expect(plan.days.last?.date == plan.inputs.interview.adding(days: -1))
        #expect(plan.days.last?.kind == .light)
        #expect(plan.days.last!.minutes <= 60)
        // Every whole week has its buffer day, except a last week whose lighter day is the light last day.
        for week in stride(from: 0, to: plan.days.count / 7 * 7, by: 7) where week + 7 < plan.days.count {
            let days = plan.days[week..<week + 7]
            #expect(days.contains { $0.kind == .buffer }, "week starting \(days.first!.date) has no buffer day")
        }
        #expect(plan.days.suffix(7).contains { $0.kind == .mock })
        for buffer in plan.days where buffer.kind == .buffer {
            #expect(buffer.minutes == plan.inputs.minutes(on: buffer.date) / 2)
        }
    }

    @Test func theThirtyDayPlanHasAWeeklyTimedSessionAndDryRunsInTheLastWeek() {
        let plan = Planner.plan(PlanFixtures.inputs(.thirtyDay), pool: PlanFixtures.pool())
        #expect(plan.daysByKind[.buffer] == 4)
        #expect(plan.days.suffix(7).filter { $0.kind == .mock }.count >= 3)
        for week in 0..<3 { #expect(plan.days[week * 7..<week * 7 + 7].contains { $0.kind == .mock }) }
        // Six working days and one lighter one a week.
        #expect(plan.days.prefix(7).filter { $0.kind == .buffer }.count == 1)
    }

    @Test func theEightWeekPlanPutsPatternsFirstAndMocksInWeekSeven() {
        let plan = Planner.plan(PlanFixtures.inputs(.eightWeek), pool: PlanFixtures.pool())
        #expect(plan.days[42..<49].filter { $0.kind == .mock }.count == 3)
        #expect(plan.days[0..<42].allSatisfy { $0.kind != .mock })
        let firstWeeks = plan.days[0..<14].flatMap(\.tasks)
        let coding = firstWeeks.filter { $0.round == .coding || $0.round == .mlBreadth }.reduce(0) { $0 + $1.minutes }
        #expect(Double(coding) / Double(firstWeeks.reduce(0) { $0 + $1.minutes }) > 0.7)
    }

    @Test(arguments: PlanTemplate.allCases) func tasksFitTheMinutesAndNameRealItemsOnce(_ template: PlanTemplate) {
        let plan = Planner.plan(PlanFixtures.inputs(template, weekday: 1.5, weekend: 3), pool: PlanFixtures.pool())
        let known = Set(PlanFixtures.providers.flatMap { $0.items().map(\.ref) })
        var seen: Set<ItemRef> = []
        for day in plan.days {
            #expect(day.plannedMinutes <= day.minutes, "\(day.date) plans \(day.plannedMinutes) of \(day.minutes)")
            for task in day.tasks {
                #expect(task.items.allSatisfy(known.contains))
                #expect(task.minutes > 0)
                if !task.review { for ref in task.items { #expect(seen.insert(ref).inserted, "\(ref) planned new twice") } }
            }
        }
        #expect(plan.days.prefix(7).filter { $0.kind == .study }.allSatisfy { !$0.tasks.isEmpty })
    }

    @Test func daysOffHaveNoTasksAndWeekendsGetTheirHours() {
        let off = PlanFixtures.start.adding(days: 2)
        let plan = Planner.plan(PlanFixtures.inputs(.thirtyDay, weekday: 1, weekend: 3, off: [off]), pool: PlanFixtures.pool())
        #expect(plan.day(off)?.kind == .off)
        #expect(plan.day(off)?.tasks.isEmpty == true)
        #expect(plan.day(PlanFixtures.start)?.minutes == 60)
        let saturday = PlanFixtures.start.adding(days: 12)
        #expect(saturday.weekday == 5)
        #expect(plan.day(saturday)?.minutes == 180)
    }

    @Test func reviewsDueThatDayComeFirstAndWhatDoesNotFitIsCarried() {
        var states = ItemStates()
        for i in 0..<150 { states[.card("c\(i % 120)")] = Card(due: Date()) }
        states[.problem("p0")] = Card(due: Date())
        let pool = PlanFixtures.pool(states: states)
        #expect(pool.reviews[PlanFixtures.start]?.count == 121)
        let plan = Planner.plan(PlanFixtures.inputs(.thirtyDay, weekday: 1, weekend: 1), pool: pool)
        let first = plan.days[0]
        #expect(first.tasks.first?.review == true)
        let reviewMinutes = first.tasks.filter(\.review).reduce(0) { $0 + $1.minutes }
        #expect(reviewMinutes == 60)  // 60 one-minute card reviews fill the hour
        #expect(first.tasks.allSatisfy { $0.review })
        #expect(plan.days[1].tasks.first?.review == true)
        let reviewed = Set(plan.days.flatMap(\.tasks).filter(\.review).flatMap(\.items))
        #expect(Set(states.of(.card).keys.map(ItemRef.card) + [.problem("p0")]).isSubset(of: reviewed))
    }

    @Test func whatIsLearnedComesBackForReviewAndFillsTheLightLastDay() {
        let plan = Planner.plan(PlanFixtures.inputs(.thirtyDay), pool: PlanFixtures.pool())
        let first = plan.days[0].tasks.filter { !$0.review }.flatMap(\.items)
        let reviewedOnDay2 = plan.days[2].tasks.filter(\.review).flatMap(\.items)
        #expect(!first.isEmpty && first.allSatisfy { reviewedOnDay2.contains($0) })
        #expect(plan.days[2].tasks.prefix { $0.review }.count == plan.days[2].tasks.filter(\.review).count)  // reviews first
        #expect(plan.days.last!.tasks.allSatisfy(\.review) && !plan.days.last!.tasks.isEmpty)
    }

    @Test func aRoundWithNoItemsGivesItsMinutesToTheOthers() {
        var inputs = PlanFixtures.inputs(.thirtyDay)
        inputs.weights = RoundWeights([.coding: 10, .mlBreadth: 10, .mlDepth: 0, .mlSystemDesign: 70, .behavioral: 10])
        let plan = Planner.plan(inputs, pool: PlanFixtures.pool())
        #expect(plan.minutesByRound[.mlSystemDesign] == nil)
        #expect(plan.days[0].plannedMinutes >= plan.days[0].minutes - 20)
    }

    @Test func aReplanAfterTwoMissedDaysPutsTheirItemsFirstAndSaysWhatMoved() throws {
        let inputs = PlanFixtures.inputs(.thirtyDay)
        var plan = Planner.plan(inputs, pool: PlanFixtures.pool())
        let today = PlanFixtures.start.adding(days: 3)
        let ticked = plan.setDone(PlanFixtures.start, task: nil, done: true)
        #expect(ticked)
        let missed = plan.days[1...2].flatMap(\.tasks).filter { !$0.review }
        #expect(plan.missedDays(before: today).map(\.date) == [PlanFixtures.start.adding(days: 1), PlanFixtures.start.adding(days: 2)])
        let done = Set(plan.days[0].tasks.flatMap(\.items))
        let pool = PlanPool.make(providers: PlanFixtures.providers, states: ItemStates(), from: today, dueDay: { _ in today }, excluding: done)
        let replanned = Planner.replan(plan, today: today, pool: pool)

        #expect(replanned.days.count == plan.days.count)
        #expect(Array(replanned.days.prefix(3)) == Array(plan.days.prefix(3)))
        let change = try #require(replanned.changes.last)
        #expect(change.day == today)
        #expect(change.reasons.first?.contains("not done on 2026-12-08, 2026-12-09") == true)
        // Every missed item is planned again, from today, and none of the done ones.
        let future = replanned.days.filter { $0.date >= today }.flatMap(\.tasks).flatMap(\.items)
        for ref in missed.flatMap(\.items) { #expect(future.contains(ref), "\(ref) was dropped") }
        #expect(future.allSatisfy { !done.contains($0) })
        let firstCoding = replanned.days.first { $0.date >= today }!.tasks.first { $0.round == .coding }
        #expect(firstCoding?.item == missed.first { $0.round == .coding }?.item)
        let moved = change.moves.filter { $0.from == PlanFixtures.start.adding(days: 1) }
        #expect(!moved.isEmpty)
        #expect(moved.allSatisfy { ($0.to ?? today) >= today })
        // What was done on the first day keeps its projected review on day 0 + 7, given the catalogue.
        let catalogue = Dictionary(uniqueKeysWithValues: PlanFixtures.providers.flatMap { $0.items() }.map { ($0.ref, $0) })
        let withReviews = Planner.replan(plan, today: today, pool: pool, catalogue: catalogue)
        let reviewedOnDay7 = withReviews.day(PlanFixtures.start.adding(days: 7))!.tasks.filter(\.review).flatMap(\.items)
        #expect(done.allSatisfy { reviewedOnDay7.contains($0) })
        // Re-planning again the same day does not count the same missed days twice.
        #expect(replanned.missedDays(before: today).isEmpty)
    }

    @Test func aLaggingRoundGetsMoreTimeAndTheReasonSaysSo() throws {
        // Two rounds of 5-minute items at 50/50: a lagging round gets 1.5 × 50 of 125 parts of the day.
        let providers: [any PlanItemProvider] = [InterviewRound.coding, .mlBreadth].map { round in
            FakeProvider(kind: .problem, list: (0..<200).map { PlanItem(ref: .problem("\(round.rawValue)-\($0)"), round: round, title: "\($0)", minutes: 5, reviewMinutes: 5) })
        }
        var inputs = PlanFixtures.inputs(.thirtyDay)
        inputs.weights = RoundWeights([.coding: 50, .mlBreadth: 50])
        func pool() -> PlanPool { PlanPool.make(providers: providers, states: ItemStates(), from: PlanFixtures.start, dueDay: { _ in PlanFixtures.start }) }
        let plan = Planner.plan(inputs, pool: pool())
        let plain = Planner.replan(plan, today: PlanFixtures.start, pool: pool())
        let boosted = Planner.replan(plan, today: PlanFixtures.start, pool: pool(), lagging: [.coding: "0.10 against a mean of 0.50"])
        func coding(_ p: StudyPlan) -> Int { p.days[0].tasks.filter { $0.round == .coding }.reduce(0) { $0 + $1.minutes } }
        #expect(coding(plain) == 60)
        #expect(coding(boosted) == 75)  // 120 × 75/125 = 72 → 70 in 5-minute items, plus the 5 minutes breadth left
        #expect(try #require(boosted.changes.last).boosted == [.coding])
        #expect(boosted.changes.last!.reasons.contains { $0.contains("Coding readiness lags (0.10 against a mean of 0.50)") })
    }

    @Test func badInputNamesTheField() {
        let today = PlanFixtures.start
        func problem(_ change: (inout PlanInputs) -> Void) -> [String] {
            var inputs = PlanFixtures.inputs(.thirtyDay)
            change(&inputs)
            return inputs.problems(today: today).map(\.field)
        }
        #expect(problem { _ in } == [])
        #expect(problem { $0.interview = today.adding(days: -1) } == ["interview"])
        #expect(problem { $0.start = today.adding(days: 5); $0.interview = today.adding(days: 3) } == ["interview"])
        #expect(problem { $0.weekdayHours = 0 } == ["weekday-hours"])
        #expect(problem { $0.weekendHours = 0 } == ["weekend-hours"])
        #expect(problem { $0.weights = RoundWeights([.coding: 50, .mlBreadth: 40]) } == ["weights"])
        var inputs = PlanFixtures.inputs(.thirtyDay)
        inputs.interview = today.adding(days: -1)
        #expect(inputs.problems(today: today)[0].message.contains("in the past"))
        #expect(PlanTemplate(rawValue: "6-week") == nil)
    }

    @Test(arguments: PlanTarget.allCases) func defaultWeightsSumToAHundred(_ target: PlanTarget) {
        for level in PlanLevel.allCases { #expect(RoundWeights.defaults(for: target, level: level).total == 100) }
        #expect(RoundWeights.defaults(for: target, level: .senior)[.mlSystemDesign] > RoundWeights.defaults(for: target)[.mlSystemDesign])
    }

    @Test func theCalendarHasAnAllDayEventPerDayWithItsTasks() {
        let plan = Planner.plan(PlanFixtures.inputs(.sevenDay), pool: PlanFixtures.pool())
        let text = PlanCalendar.calendar(plan).text(stamp: Date(timeIntervalSince1970: 1_795_000_000))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 7)
        #expect(text.contains("DTSTART;VALUE=DATE:20261207\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains(ICalendar.escape(plan.days[0].tasks[0].title)))
    }

    @Test func theJSONHasTheDocumentedShape() {
        let plan = Planner.plan(PlanFixtures.inputs(.sevenDay), pool: PlanFixtures.pool())
        guard case .object(let top) = PlanJSON.plan(plan), case .array(let days)? = top["days"], case .object(let day)? = days.first,
            case .array(let tasks)? = day["tasks"], case .object(let task)? = tasks.first
        else { Issue.record("not the documented shape"); return }
        #expect(day["date"] == .string("2026-12-07"))
        #expect(day["kind"] == .string("study"))
        #expect(Set(task.keys).isSuperset(of: ["item", "minutes", "title"]))
        if case .string(let item)? = task["item"] { #expect(item.contains(":")) }
    }
}
