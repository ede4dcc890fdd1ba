/// The stable JSON of `onsite design …` (documented in docs/design.md), keys in a fixed order.
public enum DesignJSON {
    /// `[{"id", "title", "kind": "case"|"drill"}]`
    public static func list(_ items: [DesignItem]) -> String {
        StoryJSON.array(items.map { StoryJSON.object([("id", s($0.id)), ("title", s($0.title)), ("kind", s($0.kind.rawValue))]) })
    }

    /// `{"total": 0…1, "steps": [{"step", "score", "matched": [{"point", "phrase", "sentence"}], "missed": [point id],
    /// "redFlags": [{"flag", "claim", "sentence"}]}]}`
    public static func score(_ score: DesignScore) -> String {
        let steps = score.steps.map { step in
            StoryJSON.object([
                ("step", s(step.step.rawValue)), ("score", number(step.score)),
                ("matched", StoryJSON.array(step.matched.map { match in
                    StoryJSON.object([("point", s(match.point.id)), ("phrase", s(match.phrase)), ("sentence", s(match.sentence))])
                })),
                ("missed", StoryJSON.array(step.missed.map { s($0.id) })),
                ("redFlags", StoryJSON.array(step.redFlags.map { flag in
                    StoryJSON.object([("flag", s(flag.flag.id)), ("claim", s(flag.claim)), ("sentence", s(flag.sentence))])
                })),
            ])
        }
        return StoryJSON.object([("total", number(score.total)), ("steps", StoryJSON.array(steps))])
    }

    /// Rounded to three decimals, so the text is stable and short.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    private static func s(_ text: String) -> String { StoryJSON.string(text) }
}
