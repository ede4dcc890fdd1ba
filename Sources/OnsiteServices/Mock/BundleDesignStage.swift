public import OnsiteContent
public import OnsiteCore

/// The design stage over the bank's worked cases, scored with `DesignScorer` (the design feature's
/// rubric matcher): one case, answered step by step, its score the mean over all six steps.
public struct BundleDesignStage: MockDesignStage {
    let bundle: ContentBundle

    public init(bundle: ContentBundle) { self.bundle = bundle }

    public var unavailableReason: String? {
        bundle.designCases.isEmpty ? "the bank has no design cases yet (design/cases/), so the design stage is skipped" : nil
    }

    public func candidates(lastScores: [String: Double]) -> [MockCandidate] {
        bundle.designCases.map { MockCandidate(id: $0.id, weakness: MockWeakness.design(lastScore: lastScores[$0.id])) }
    }

    public func prompt(caseID: String) throws -> MockDesignPrompt {
        let item = try item(caseID)
        return MockDesignPrompt(
            title: item.title, prompt: item.prompt,
            steps: item.steps.map { MockDesignPrompt.Step(id: $0.step.rawValue, title: "\($0.step.title): \($0.step.covers)") })
    }

    public func score(caseID: String, answers: [String: String]) throws -> MockDesignScore {
        let item = try item(caseID)
        var steps: [DesignStep: String] = [:]
        for (raw, text) in answers {
            guard let step = DesignStep(rawValue: raw), item.rubric(for: step) != nil else {
                throw BadInput(field: "step", message: "`step` must be one of \(item.steps.map(\.step.rawValue).joined(separator: ", ")), not `\(raw)`")
            }
            steps[step] = text
        }
        let score = DesignScorer.score(DesignAnswer(steps: steps), against: item)
        var findings: [String: String] = [:]
        for step in score.steps where steps[step.step] != nil {
            var parts = ["matched \(step.matched.count) of \(step.matched.count + step.missed.count) points"]
            if !step.missed.isEmpty { parts.append("missed: " + step.missed.map(\.point).joined(separator: "; ")) }
            if !step.redFlags.isEmpty { parts.append("red flags: " + step.redFlags.map(\.flag.flag).joined(separator: "; ")) }
            findings[step.step.rawValue] = parts.joined(separator: " · ")
        }
        return MockDesignScore(
            total: score.total, steps: Dictionary(uniqueKeysWithValues: score.steps.map { ($0.step.rawValue, $0.score) }), findings: findings)
    }

    private func item(_ id: String) throws -> DesignItem {
        guard let item = bundle.designItem(id: id), item.kind == .case else { throw BadInput(field: "case", message: "no design case `\(id)` in the bank") }
        return item
    }
}
