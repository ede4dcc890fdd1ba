import Foundation
import OnsiteCore
import Yams

/// `screen/questions-to-ask.yaml`: a list of rounds, each `round` (an `AskingRound` id),
/// `title` and 4–6 `questions`, each `ask` with `why` it is a good question.
enum QuestionsToAskFile {
    static let path = "screen/questions-to-ask.yaml"
    static let perRound = 4...6

    static func parse(text: String) -> ([QuestionsToAsk], [ContentDiagnostic]) {
        guard let list = YAMLList.compose(text, path: path, what: "rounds") else {
            return ([], [YAMLList.lastError(text, path: path, what: "rounds")])
        }
        var rounds: [QuestionsToAsk] = []
        var problems: [ContentDiagnostic] = []
        func problem(_ line: Int, _ message: String) { problems.append(ContentDiagnostic(path: path, line: line, message: message)) }
        for item in list {
            let line = item.mark?.line ?? 1
            guard let mapping = item.mapping else {
                problem(line, "each entry is a round: `round`, `title` and `questions`")
                continue
            }
            let fields = FieldReader(mapping: mapping, line: { $0?.mark?.line ?? line }, report: { problem($0 == 1 ? line : $0, $1) })
            for (key, _) in mapping where !fields.known(key, in: ["round", "title", "questions"]) {
                problem(key.mark?.line ?? line, "unknown field `\(key.string ?? "?")` (expected: round, title, questions)")
            }
            let round = fields.enumValue("round", AskingRound.self)
            let title = fields.string("title")
            if let round, rounds.contains(where: { $0.round == round }) {
                problem(line, "round `\(round.rawValue)` appears twice")
            }
            guard let questionsNode = mapping["questions"] else {
                problem(line, "missing required field `questions`")
                continue
            }
            guard let sequence = questionsNode.sequence else {
                problem(questionsNode.mark?.line ?? line, "`questions` must be a list of `ask` and `why` pairs")
                continue
            }
            var questions: [QuestionsToAsk.Question] = []
            for entry in sequence {
                let entryLine = entry.mark?.line ?? line
                let ask = entry.mapping?["ask"]?.string?.trimmingCharacters(in: .whitespaces) ?? ""
                let why = entry.mapping?["why"]?.string?.trimmingCharacters(in: .whitespaces) ?? ""
                if entry.mapping == nil || entry.mapping!.count != 2 || ask.isEmpty || why.isEmpty {
                    problem(entryLine, "each question has exactly `ask` (the question) and `why` (one line on why it is good), both non-empty")
                    continue
                }
                questions.append(.init(ask: ask, why: why))
            }
            if !perRound.contains(sequence.count) {
                problem(questionsNode.mark?.line ?? line, "\(sequence.count) question(s) for this round; write \(perRound.lowerBound) to \(perRound.upperBound)")
            }
            if let round, let title, questions.count == sequence.count, perRound.contains(questions.count) {
                rounds.append(QuestionsToAsk(round: round, title: title, questions: questions))
            }
        }
        return (rounds, problems)
    }
}
