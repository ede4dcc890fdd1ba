/// Themes × stories: which common themes the story bank covers, the gaps, and which story could stretch to each.
public struct CoverageMatrix: Sendable, Hashable {
    /// Rows: the theme ids, the twelve common ones first.
    public var themes: [String]
    /// Columns: the stories, in bank order.
    public var stories: [Story]
    /// `cells[row][column]`: the story is tagged with the theme.
    public var cells: [[Bool]]
    /// Common themes no story is tagged with, in row order.
    public var gaps: [String]
    /// For each gap, the untagged story whose text best matches the theme (none when no story mentions it).
    public var stretch: [Stretch]
    /// Every common theme has at least one story.
    public var complete: Bool
    public var verdict: String

    public struct Stretch: Sendable, Hashable {
        public var theme: String
        public var storyID: String?
        public var storyTitle: String?
        /// The words in the story that matched the theme's keywords, in keyword order.
        public var matched: [String]
    }

    /// The ids of the stories tagged with a theme.
    public func stories(for theme: String) -> [String] {
        guard let row = themes.firstIndex(of: theme) else { return [] }
        return stories.indices.filter { cells[row][$0] }.map { stories[$0].id }
    }
}

public enum Coverage {
    /// Six to eight stories, each serving two or three themes, cover the common ones.
    public static let enough: ClosedRange<Int> = 6...8

    /// Keywords per theme for the stretch suggestion, matched as word prefixes ("mentor" matches "mentored").
    public static let keywords: [String: [String]] = [
        "conflict": ["conflict", "disagree", "tension", "argu", "friction", "clash", "pushed back", "frustrat"],
        "failure": ["fail", "mistake", "broke", "outage", "missed", "postmortem", "regret", "incident"],
        "ambiguity": ["ambigu", "unclear", "vague", "undefined", "uncertain", "no spec", "open-ended", "unknown"],
        "influence-without-authority": ["convinc", "persuad", "influenc", "buy-in", "another team", "other team", "stakeholder", "align"],
        "mentoring-and-feedback": ["mentor", "coach", "feedback", "junior", "intern", "taught", "onboard", "review"],
        "speed-vs-quality": ["deadline", "shortcut", "trade-off", "tradeoff", "rush", "tech debt", "quick", "launch date"],
        "poor-data-quality": ["label", "noisy", "duplicate", "missing values", "data quality", "leak", "schema", "corrupt"],
        "learning-fast": ["learn", "new to", "ramp", "unfamiliar", "first time", "picked up", "crash course", "studied"],
        "technical-disagreement": ["design", "architecture", "approach", "proposal", "alternative", "benchmark", "disagree", "prototype"],
        "ownership": ["owned", "ownership", "on-call", "volunteer", "end to end", "end-to-end", "nobody", "stepped up"],
        "prioritization": ["priorit", "backlog", "roadmap", "urgent", "scope", "deprioriti", "trade", "focus"],
        "customer-focus": ["customer", "user", "client", "support ticket", "complain", "churn", "merchant", "advertiser"],
        "model-failed-after-launch": ["launch", "production", "drift", "rollback", "rolled back", "degrad", "monitor", "retrain"],
        "pushing-back-on-skipping-ab-test": ["a/b", "experiment", "holdout", "control group", "significan", "ab test", "canary", "offline"],
        "explaining-model-limits": ["explain", "non-technical", "executive", "limitation", "confidence", "uncertain", "calibrat", "expectation"],
        "metric-moved-wrong-way": ["metric", "dropped", "regress", "declin", "guardrail", "counter-metric", "fell", "worse"],
    ]

    public static func matrix(_ stories: [Story], themes: [String] = StoryTheme.all) -> CoverageMatrix {
        let common = StoryTheme.common.filter(themes.contains)
        let rows = common + themes.filter { !common.contains($0) }
        let cells = rows.map { theme in stories.map { $0.themes.contains(theme) } }
        let gaps = common.filter { theme in !stories.contains { $0.themes.contains(theme) } }
        let stretch = gaps.map { theme -> CoverageMatrix.Stretch in
            var best: (story: Story, matched: [String])?
            for story in stories where !story.themes.contains(theme) {
                let matched = matches(theme: theme, in: story)
                if !matched.isEmpty, matched.count > (best?.matched.count ?? 0) { best = (story, matched) }
            }
            return .init(theme: theme, storyID: best?.story.id, storyTitle: best?.story.title, matched: best?.matched ?? [])
        }
        let complete = gaps.isEmpty
        return CoverageMatrix(
            themes: rows, stories: stories, cells: cells, gaps: gaps, stretch: stretch, complete: complete,
            verdict: verdict(storyCount: stories.count, commonCount: common.count, gaps: gaps))
    }

    static func verdict(storyCount: Int, commonCount: Int, gaps: [String]) -> String {
        let stories = storyCount == 1 ? "1 story" : "\(storyCount) stories"
        if gaps.isEmpty {
            if enough.contains(storyCount) {
                return "\(stories) cover all \(commonCount) common themes: six to eight is what the behavioral round needs."
            }
            if storyCount > enough.upperBound {
                return "\(stories) cover all \(commonCount) common themes — more than the six to eight you need; keep the strongest and know them well."
            }
            return "\(stories) cover all \(commonCount) common themes; six to eight give you a second story when one is already used."
        }
        let count = gaps.count == 1 ? "1 common theme has" : "\(gaps.count) common themes have"
        return "\(stories); \(count) no story yet: \(gaps.joined(separator: ", ")) — tag a story, stretch one as suggested, or write a new one."
    }

    /// The theme's keywords found in the story's title and text: the words as they appear, in keyword order.
    static func matches(theme: String, in story: Story) -> [String] {
        let words = StoryText.words(story.title + "\n" + story.text(of: .story))
        var found: [String] = []
        for keyword in keywords[theme] ?? [] {
            let parts = keyword.split(separator: " ").map(String.init)
            guard words.count >= parts.count else { continue }
            for start in 0...(words.count - parts.count) {
                let window = words[start..<start + parts.count]
                if zip(window, parts).allSatisfy({ $0.hasPrefix($1) }) {
                    found.append(window.joined(separator: " "))
                    break
                }
            }
        }
        return found
    }
}
