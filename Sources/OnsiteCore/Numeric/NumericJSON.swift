/// The JSON shapes of numeric drills for the CLI (`docs/numeric-drills-json.md`).
public enum NumericJSON {
    /// A number as JSON: an integer without a fraction, else the shortest decimal that round-trips.
    static func number(_ x: Double) -> JSONValue {
        x == x.rounded() && abs(x) < 1e15 ? .int(Int(x)) : .double(x)
    }

    static func value(_ value: NumericValue) -> JSONValue {
        switch value {
        case .number(let x): return number(x)
        case .list(let xs): return .array(xs.map(number))
        }
    }

    public static func tolerance(_ tolerance: NumericTolerance) -> [String: JSONValue] {
        switch tolerance {
        case .relative(let r): return ["relative": number(r)]
        case .absolute(let a): return ["absolute": number(a)]
        case .exact: return ["absolute": .int(0)]
        }
    }

    /// `{"id", "question", "parameters", "answer", "tolerance", "solution"}`, plus `"exact": true` for an exact answer.
    public static func instance(_ instance: NumericInstance, tolerance: NumericTolerance) -> JSONValue {
        var object: [String: JSONValue] = [
            "id": .string(instance.drillID),
            "question": .string(instance.question),
            "parameters": .object(Dictionary(uniqueKeysWithValues: instance.parameters.map { ($0.name, value($0.value)) })),
            "answer": .double(instance.answer),
            "tolerance": .object(self.tolerance(tolerance)),
            "solution": .string(instance.solution),
        ]
        if tolerance == .exact {
            object["exact"] = .bool(true)
            object["answer"] = number(instance.answer)
        }
        return .object(object)
    }

    /// `{id, title, topics, difficulty}` for `drills list --json`.
    public static func summary(_ drill: NumericDrill) -> JSONValue {
        .object([
            "id": .string(drill.id), "title": .string(drill.title), "topics": .array(drill.topics.map(JSONValue.string)),
            "difficulty": .string(drill.difficulty.rawValue),
        ])
    }
}
