import Foundation

/// Findings on a deep dive, like the STAR linter's: each with a stable rule id and a message that
/// says what to change. docs/depth.md lists the rules.
public enum DeepDiveLinter {
    public struct Finding: Sendable, Equatable, Codable {
        public var rule: String
        public var message: String
    }

    public static let rules = ["missing-section", "no-decisions", "few-alternatives", "alternative-without-reason", "result-without-number", "we-not-i"]
    /// An interviewer asks "why not X?" about each decision; three alternatives show the space was searched.
    public static let minimumAlternatives = 3

    public static func lint(_ dive: DeepDive) -> [Finding] {
        var findings: [Finding] = []
        let texts: [(DeepDiveSection, String)] = [
            (.context, dive.context), (.role, dive.role), (.result, dive.result), (.why, dive.why), (.now, dive.now),
        ]
        for (section, text) in texts where text.isEmpty {
            findings.append(Finding(rule: "missing-section", message: "## \(section.heading) is empty: \(section.hint)"))
        }
        if dive.decisions.isEmpty {
            findings.append(Finding(rule: "no-decisions", message: "## Decisions has no decision: write each as a ### heading with its alternatives."))
        }
        for decision in dive.decisions where decision.alternatives.count < minimumAlternatives {
            let count = decision.alternatives.count
            findings.append(Finding(
                rule: "few-alternatives",
                message: "“\(decision.title)” lists \(count) alternative\(count == 1 ? "" : "s"); name at least \(minimumAlternatives), each as `- alternative: why it lost`."))
        }
        for decision in dive.decisions {
            for alternative in decision.alternatives where alternative.whyLost.isEmpty {
                findings.append(Finding(
                    rule: "alternative-without-reason",
                    message: "“\(alternative.name)” under “\(decision.title)” does not say why it lost: write `- \(alternative.name): why it lost`."))
            }
        }
        if !dive.result.isEmpty && !dive.result.contains(where: \.isNumber) {
            findings.append(Finding(rule: "result-without-number", message: "## Result has no number: give the metric, the baseline and the change (e.g. recall 0.61 → 0.74)."))
        }
        let voice = Voice(of: ([dive.role] + dive.decisions.map(\.text)).joined(separator: "\n"))
        if voice.pluralTotal > voice.singularTotal {
            let example = voice.pluralSentences.first.map { ", e.g. “\($0)”" } ?? ""
            findings.append(Finding(
                rule: "we-not-i",
                message: "Role and Decisions say \"we\" \(voice.pluralTotal) times and \"I\" \(voice.singularTotal) times\(example): say what you yourself did."))
        }
        return findings
    }
}
