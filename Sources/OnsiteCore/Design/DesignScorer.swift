/// A rubric point the answer showed, and where.
public struct MatchedPoint: Sendable, Hashable {
    public var point: RubricPoint
    /// The rubric phrase that matched.
    public var phrase: String
    /// The sentence it matched in, as written.
    public var sentence: String
    /// The words of the sentence that matched the phrase, as written.
    public var words: [String]
}

/// A red flag the answer asserted.
public struct RaisedFlag: Sendable, Hashable {
    public var flag: RedFlag
    public var claim: String
    public var sentence: String
}

/// One step's result.
public struct StepScore: Sendable, Hashable {
    public var step: DesignStep
    /// Matched weight over the step's total weight, 0…1.
    public var score: Double
    public var matched: [MatchedPoint]
    public var missed: [RubricPoint]
    public var redFlags: [RaisedFlag]
}

/// An answer's result: per step, and the mean of the steps.
public struct DesignScore: Sendable, Hashable {
    public var total: Double
    public var steps: [StepScore]

    public var redFlags: [RaisedFlag] { steps.flatMap(\.redFlags) }
}

/// Scores an answer against an item's rubric: deterministic, and every match names its sentence and phrase
/// (the rules are in docs/content-design.md).
public enum DesignScorer {
    /// How many words either side of a claim a negation or critique cue may sit and still cancel it.
    static let cueReach = 6

    /// Words that, near a claim, turn it from an assertion into a critique.
    static let cues: Set<String> = Set([
        "not", "never", "no", "instead", "rather", "avoid", "avoids", "avoided", "avoiding", "misleading", "mislead", "misleads",
        "wrong", "bad", "dont", "doesnt", "cant", "cannot", "wont", "isnt", "arent", "shouldnt", "wouldnt", "without", "nor",
        "neither", "pitfall", "mistake", "trap", "beware", "unless", "inflate", "inflates", "hides", "hide", "fails", "useless",
        "meaningless", "flawed", "leak", "leaks", "leakage", "careful", "danger", "dangerous", "naive",
    ].map(DesignText.stem))

    public static func score(_ answer: DesignAnswer, against item: DesignItem) -> DesignScore {
        let steps = item.steps.map { score(answer[$0.step], rubric: $0, flags: item.redFlags, steps: item.steps.count) }
        let total = steps.isEmpty ? 0 : steps.reduce(0) { $0 + $1.score } / Double(steps.count)
        return DesignScore(total: total, steps: steps)
    }

    /// One step's text against its rubric. Red flags tied to this step, or to no step when `steps` is 1 or the flag
    /// has no step (then they are looked for in every step), are checked here.
    static func score(_ text: String, rubric: DesignStepRubric, flags: [RedFlag], steps: Int) -> StepScore {
        let sentences = DesignText.sentences(text)
        var matched: [MatchedPoint] = []
        var missed: [RubricPoint] = []
        for point in rubric.points {
            if let match = firstMatch(point, in: sentences) { matched.append(match) } else { missed.append(point) }
        }
        let total = rubric.totalWeight
        let score = total == 0 ? 0 : Double(matched.reduce(0) { $0 + $1.point.weight }) / Double(total)
        let relevant = flags.filter { steps == 1 || $0.step == nil || $0.step == rubric.step }
        let raised = relevant.compactMap { raisedFlag($0, in: sentences) }
        return StepScore(step: rubric.step, score: score, matched: matched, missed: missed, redFlags: raised)
    }

    static func firstMatch(_ point: RubricPoint, in sentences: [DesignSentence]) -> MatchedPoint? {
        for phrase in point.phrases {
            for sentence in sentences where sentence.isProse {
                if let span = match(phrase, in: sentence) {
                    let words = span.filter { DesignText.contentStems(phrase).contains(sentence.stems[$0]) }.map { sentence.words[$0] }
                    return MatchedPoint(point: point, phrase: phrase, sentence: sentence.text, words: words)
                }
            }
        }
        return nil
    }

    /// A claim raises its flag in any sentence (prose or not) that holds it with no cue within reach.
    static func raisedFlag(_ flag: RedFlag, in sentences: [DesignSentence]) -> RaisedFlag? {
        for claim in flag.claims {
            for sentence in sentences {
                guard let span = match(claim, in: sentence) else { continue }
                let low = max(0, span.lowerBound - cueReach)
                let high = min(sentence.stems.count, span.upperBound + cueReach)
                // A cue the claim itself holds ("no baseline") is part of the claim, not a critique of it.
                let own = Set(DesignText.words(claim).map(DesignText.stem))
                let cancelled = (low..<high).contains { index in
                    !own.contains(sentence.stems[index]) && (cues.contains(sentence.stems[index]) || cues.contains(sentence.words[index]))
                }
                if !cancelled { return RaisedFlag(flag: flag, claim: claim, sentence: sentence.text) }
            }
        }
        return nil
    }

    /// The span of word positions where every content stem of the phrase occurs, in any order, within a window
    /// of twice the phrase's word count; the narrowest such span, or nil.
    public static func match(_ phrase: String, in sentence: DesignSentence) -> Range<Int>? {
        let needed = DesignText.contentStems(phrase)
        guard !needed.isEmpty else { return nil }
        let window = max(2, 2 * DesignText.words(phrase).count)
        var best: Range<Int>?
        var last: [String: Int] = [:]
        let neededSet = Set(needed)
        for (index, stem) in sentence.stems.enumerated() where neededSet.contains(stem) {
            last[stem] = index
            guard last.count == neededSet.count, let start = last.values.min() else { continue }
            let span = start..<(index + 1)
            if span.count <= window, best.map({ span.count < $0.count }) ?? true { best = span }
        }
        return best
    }
}
