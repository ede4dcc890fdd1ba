/// The stable JSON of `onsite plan …` and `/api/v1/plan` (docs/plan.md); keys sorted.
public enum PlanJSON {
    /// `{"days": [{"date", "kind", "minutes", "focus", "tasks": [{"item", "items", "minutes", "title", "round", "review", "done"}]}]}`
    public static func plan(_ plan: StudyPlan) -> JSONValue {
        .object([
            "template": .string(plan.inputs.template.rawValue), "start": .string(plan.inputs.start.description),
            "interview": .string(plan.inputs.interview.description), "target": .string(plan.inputs.target.rawValue),
            "level": .string(plan.inputs.level.rawValue),
            "weights": .object(Dictionary(uniqueKeysWithValues: PlanRounds.all.map { ($0.rawValue, JSONValue.int(plan.inputs.weights[$0])) })),
            "days": .array(plan.days.map(day)),
            "changes": .array(plan.changes.map(change)),
        ])
    }

    public static func day(_ day: PlanDay) -> JSONValue {
        .object([
            "date": .string(day.date.description), "kind": .string(day.kind.rawValue), "minutes": .int(day.minutes),
            "focus": .string(day.focus), "tasks": .array(day.tasks.map(task)),
        ])
    }

    public static func task(_ task: PlanTask) -> JSONValue {
        .object([
            "item": .string(task.item.description), "items": .array(task.items.map { JSONValue.string($0.description) }),
            "minutes": .int(task.minutes), "title": .string(task.title), "round": .string(task.round.rawValue),
            "review": .bool(task.review), "done": .bool(task.done),
        ])
    }

    public static func change(_ change: PlanChange) -> JSONValue {
        .object([
            "date": .string(change.day.description), "reasons": .array(change.reasons.map { JSONValue.string($0) }),
            "boosted": .array(change.boosted.map { JSONValue.string($0.rawValue) }),
            "moves": .array(change.moves.map { move -> JSONValue in
                .object([
                    "item": .string(move.item.description), "title": .string(move.title),
                    "from": move.from.map { JSONValue.string($0.description) } ?? JSONValue.null, "to": move.to.map { JSONValue.string($0.description) } ?? JSONValue.null,
                ])
            }),
        ])
    }

    public static func text(_ value: JSONValue) -> String { String(decoding: value.jsonBytes, as: UTF8.self) }
}

/// The plan as an iCalendar file: one all-day event per day that is not off, its tasks in DESCRIPTION.
public enum PlanCalendar {
    public static func calendar(_ plan: StudyPlan) -> ICalendar {
        let events = plan.days.filter { $0.kind != .off }.map { day in
            let lines = day.tasks.map { "- \($0.title) (\($0.minutes) min)\($0.done ? " ✓" : "")" }
            return ICalendar.Event(
                uid: "plan-\(plan.inputs.start)-\(day.date)@onsite", day: day.date,
                summary: "Onsite: \(day.kind.rawValue), \(day.plannedMinutes) min",
                description: ([day.focus] + (lines.isEmpty ? ["No tasks"] : lines)).joined(separator: "\n"))
        }
        return ICalendar(name: "Onsite study plan", events: events)
    }
}
