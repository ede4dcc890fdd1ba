/// Makes the days of a plan from the inputs and the pool of items, and re-plans from a day on.
/// Greedy and deterministic: each day takes its due reviews first, then new items per round in
/// proportion to the weights (times the template's phase multipliers), never past its minutes.
public enum Planner {
    /// Most cards one card-set task holds.
    public static let maxCardsPerSet = 12
    /// Days after learning an item that the plan projects its reviews.
    public static let projectedReviews = [2, 7]

    /// A new plan from the start to the day before the interview.
    public static func plan(_ inputs: PlanInputs, pool: PlanPool) -> StudyPlan {
        var pool = pool
        return StudyPlan(inputs: inputs, days: days(inputs, from: inputs.start, pool: &pool, boost: []))
    }

    /// The days from `from` to the day before the interview, drawing on `pool`.
    /// `kept` are tasks a day already holds (today's done ones in a re-plan): they stay first and use up their minutes.
    public static func days(
        _ inputs: PlanInputs, from: StudyDay, pool: inout PlanPool, boost: Set<InterviewRound>, kept: [StudyDay: [PlanTask]] = [:]
    ) -> [PlanDay] {
        let count = inputs.interview.ordinal - inputs.start.ordinal
        let off = Set(inputs.daysOff)
        var carried: [PlanItem] = []
        // Reviews already overdue at `from` are due that day.
        for (day, items) in pool.reviews where day < from {
            carried += items
            pool.reviews[day] = nil
        }
        // What is learned during the plan comes back for review: each new item is projected to fall
        // due after `projectedReviews` days (about FSRS's first intervals for a Good answer).
        var byRef: [ItemRef: PlanItem] = [:]
        for items in pool.fresh.values { for item in items { byRef[item.ref] = item } }
        var projected: [StudyDay: [PlanItem]] = [:]
        var out: [PlanDay] = []
        var date = max(from, inputs.start)
        while date < inputs.interview {
            let shape = DayShape.of(inputs.template, index: date.ordinal - inputs.start.ordinal, count: count, dayOff: off.contains(date))
            let minutes = DayShape.minutes(shape.kind, available: inputs.minutes(on: date))
            let already = kept[date] ?? []
            var budget = max(0, minutes - already.reduce(0) { $0 + $1.minutes })
            var due = carried + (pool.reviews.removeValue(forKey: date) ?? []) + (projected.removeValue(forKey: date) ?? [])
            carried = []
            var tasks: [PlanTask] = already
            if shape.kind != .off {
                let (reviewTasks, left) = reviews(&due, budget: &budget)
                tasks += reviewTasks
                carried = left
            } else {
                carried = due
            }
            switch shape.kind {
            case .study, .buffer:
                var weights: [InterviewRound: Double] = [:]
                for round in PlanRounds.all {
                    weights[round] = Double(inputs.weights[round]) * (shape.multipliers[round] ?? 1) * (boost.contains(round) ? 1.5 : 1)
                }
                tasks += fresh(&pool, weights: weights, budget: &budget)
            case .mock:
                tasks += mockSet(&pool, budget: &budget)
            case .light, .off:
                break
            }
            for task in tasks where !task.review && !task.done {
                for after in projectedReviews where date.adding(days: after) < inputs.interview {
                    projected[date.adding(days: after), default: []] += task.items.compactMap { byRef[$0] }
                }
            }
            out.append(PlanDay(date: date, kind: shape.kind, minutes: minutes, focus: shape.focus, tasks: tasks))
            date = date.adding(days: 1)
        }
        return out
    }

    /// Due reviews that fit, card reviews of one group merged into one task; what does not fit is carried.
    static func reviews(_ due: inout [PlanItem], budget: inout Int) -> ([PlanTask], [PlanItem]) {
        var tasks: [PlanTask] = []
        var carried: [PlanItem] = []
        var setIndex: [String: Int] = [:]
        for item in due {
            guard item.reviewMinutes <= budget else {
                carried.append(item)
                continue
            }
            budget -= item.reviewMinutes
            if item.ref.kind == .card, let group = item.group {
                if let index = setIndex[group] {
                    tasks[index].items.append(item.ref)
                    tasks[index].minutes += item.reviewMinutes
                    tasks[index].title = "Review \(tasks[index].items.count) \(group) cards"
                    continue
                }
                setIndex[group] = tasks.count
                tasks.append(PlanTask(item: item.ref, round: item.round, minutes: item.reviewMinutes, title: "Review 1 \(group) card", review: true))
            } else {
                tasks.append(PlanTask(item: item.ref, round: item.round, minutes: item.reviewMinutes, title: "Review: \(item.title)", review: true))
            }
        }
        due = []
        return (tasks, carried)
    }

    /// New items in proportion to the weights of the rounds that still have some; a second pass
    /// gives the minutes no round could use (an item larger than its share) to the rounds in weight order.
    static func fresh(_ pool: inout PlanPool, weights: [InterviewRound: Double], budget: inout Int) -> [PlanTask] {
        let rounds = PlanRounds.all.filter { (weights[$0] ?? 0) > 0 && !(pool.fresh[$0] ?? []).isEmpty }
            .sorted { (weights[$0]!, $1.rawValue) > (weights[$1]!, $0.rawValue) }
        let total = rounds.reduce(0) { $0 + weights[$1]! }
        guard total > 0 else { return [] }
        var tasks: [PlanTask] = []
        let start = budget
        for round in rounds {
            var share = min(budget, Int((Double(start) * weights[round]! / total).rounded(.down)))
            let before = share
            tasks += take(&pool, round: round, limit: &share)
            budget -= before - share
        }
        for round in rounds where budget > 0 {
            tasks += take(&pool, round: round, limit: &budget)
        }
        return mergeCardSets(tasks)
    }

    /// The second pass can continue a topic the first pass began: one set per topic a day.
    static func mergeCardSets(_ tasks: [PlanTask]) -> [PlanTask] {
        var out: [PlanTask] = []
        var index: [String: Int] = [:]
        for task in tasks {
            guard task.item.kind == .card, !task.review, let colon = task.title.lastIndex(of: ":") else {
                out.append(task)
                continue
            }
            let group = String(task.title[..<colon])
            if let i = index[group] {
                out[i].items += task.items
                out[i].minutes += task.minutes
                out[i].title = "\(group): \(out[i].items.count) new cards"
            } else {
                index[group] = out.count
                out.append(task)
            }
        }
        return out
    }

    /// Pops items of one round while they fit `limit`; a topic's cards come as one set.
    static func take(_ pool: inout PlanPool, round: InterviewRound, limit: inout Int, maxTasks: Int = .max, prefix: String = "") -> [PlanTask] {
        var tasks: [PlanTask] = []
        while tasks.count < maxTasks, let first = pool.fresh[round]?.first, first.minutes <= limit {
            if first.ref.kind == .card, let group = first.group {
                var set: [PlanItem] = []
                var minutes = 0
                for item in pool.fresh[round]! {
                    guard item.group == group, item.ref.kind == .card, set.count < maxCardsPerSet, minutes + item.minutes <= limit else { break }
                    set.append(item)
                    minutes += item.minutes
                }
                pool.fresh[round]!.removeFirst(set.count)
                limit -= minutes
                tasks.append(PlanTask(
                    item: set[0].ref, items: set.map(\.ref), round: round, minutes: minutes,
                    title: "\(prefix)\(group): \(set.count) new card\(set.count == 1 ? "" : "s")"))
            } else {
                pool.fresh[round]!.removeFirst()
                limit -= first.minutes
                tasks.append(PlanTask(item: first.ref, round: round, minutes: first.minutes, title: prefix + first.title))
            }
        }
        return tasks
    }

    /// A timed mixed session: one new item of each round that has one, in loop order, as time allows.
    static func mockSet(_ pool: inout PlanPool, budget: inout Int) -> [PlanTask] {
        var tasks: [PlanTask] = []
        for round in PlanRounds.all {
            var limit = round == .mlBreadth ? min(budget, 15) : budget
            let before = limit
            tasks += take(&pool, round: round, limit: &limit, maxTasks: 1, prefix: "Timed: ")
            budget -= before - limit
        }
        return tasks
    }

    /// Re-plans from `today`: days before stay as they were (with their done state); what was missed
    /// goes first, lagging rounds get half again their weight, and the change says what moved and why.
    /// `pool` is built from the schedules as they are now, excluding items done in the plan.
    /// `catalogue` names every item (done ones included), so what was ticked done keeps its projected
    /// reviews unless the store already schedules it.
    public static func replan(
        _ plan: StudyPlan, today: StudyDay, pool: PlanPool, lagging: [InterviewRound: String] = [:], catalogue: [ItemRef: PlanItem] = [:]
    ) -> StudyPlan {
        var pool = pool
        let scheduled = Set(pool.reviews.values.flatMap { $0.map(\.ref) })
        for day in plan.days where day.date < today {
            for task in day.tasks where task.done && !task.review {
                for after in projectedReviews where day.date.adding(days: after) >= today {
                    pool.reviews[day.date.adding(days: after), default: []] += task.items.filter { !scheduled.contains($0) }.compactMap { catalogue[$0] }
                }
            }
        }
        let missed = plan.missedDays(before: today)
        let missedTasks = missed.flatMap(\.undone).filter { !$0.review }
        pool.prioritise(missedTasks.flatMap(\.items))
        let boost = Set(lagging.keys)
        let kept = plan.days.filter { $0.date < today }
        // What was already ticked today stays on today.
        let doneToday = plan.day(today)?.tasks.filter(\.done) ?? []
        let newDays = days(plan.inputs, from: today, pool: &pool, boost: boost, kept: [today: doneToday])

        var before: [ItemRef: (StudyDay, String)] = [:]
        for day in missed { for task in day.undone where !task.review { for ref in task.items { before[ref] = (day.date, task.title) } } }
        for day in plan.days where day.date >= today { for task in day.tasks where !task.review { for ref in task.items { before[ref] = (day.date, task.title) } } }
        var after: [ItemRef: (StudyDay, String)] = [:]
        for day in newDays { for task in day.tasks where !task.review { for ref in task.items { after[ref] = (day.date, task.title) } } }
        // A card set moves as one: report its first card only.
        var moves: [PlanMove] = []
        var seenTitles: Set<String> = []
        for (ref, old) in before.sorted(by: { ($0.value.0, $0.key.description) < ($1.value.0, $1.key.description) }) where after[ref]?.0 != old.0 {
            let key = "\(old.0)|\(after[ref]?.0.description ?? "-")|\(old.1)"
            guard seenTitles.insert(key).inserted else { continue }
            moves.append(PlanMove(item: ref, title: old.1, from: old.0, to: after[ref]?.0))
        }

        var reasons: [String] = []
        if !missed.isEmpty {
            let count = missed.reduce(0) { $0 + $1.undone.count }
            reasons.append("\(count) task\(count == 1 ? "" : "s") not done on \(missed.map(\.date.description).joined(separator: ", ")): new work goes first from \(today)")
        }
        for round in PlanRounds.all { if let why = lagging[round] { reasons.append("\(round.title) readiness lags (\(why)): it gets half again its share") } }
        if reasons.isEmpty { reasons.append("Re-planned on request from \(today) with the schedules as they are now") }
        var out = plan
        out.days = kept + newDays
        out.changes.append(PlanChange(day: today, reasons: reasons, boosted: PlanRounds.all.filter(boost.contains), moves: moves))
        return out
    }
}
