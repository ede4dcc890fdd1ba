import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// A numeric drill in `onsite drill`: the question, a typed number, right or wrong and, when wrong,
/// the worked solution with the same numbers. Anything that is not a number is asked again.
enum NumericTerminal {
    /// The rating recorded, or nil when the person quit (an empty line, `q`, Ctrl-C or Ctrl-D).
    static func ask(_ prompt: NumericPrompt, services: Services, keys: KeyReader) async throws -> Rating? {
        let queue = prompt.queue
        let topics = prompt.drill.topics.compactMap { services.bundle.topic(id: $0)?.title }.joined(separator: ", ")
        print(Style.dim("[\(queue.learningCount) learning · \(queue.reviews.count) review · \(queue.new.count) new]  \(topics) · numeric · \(prompt.drill.difficulty.rawValue)\(prompt.isNew ? " · new" : "")"))
        print(Style.bold("Q: " + prompt.instance.question.trimmingCharacters(in: .whitespacesAndNewlines)))
        let started = Date()
        while true {
            print("  your answer\(prompt.drill.unit.isEmpty ? "" : " (\(prompt.drill.unit))") (empty or q to quit): ", terminator: "")
            fflush(nil)
            guard let typed = keys.line()?.trimmingCharacters(in: .whitespaces), !typed.isEmpty, typed != "q" else { return nil }
            let result = try await services.numeric.answer(
                drillID: prompt.drill.id, seed: prompt.instance.seed, typed: typed, elapsed: Date().timeIntervalSince(started))
            guard let state = result.state, let rating = result.grade.rating(quickFire: false, elapsed: 0) else {
                print("  `\(typed)` is not a number: type a number like 0.42, 1,200, 42% or 1.2e9.")
                continue
            }
            let answer = NumericFormat.number(result.instance.answer) + (prompt.drill.unit.isEmpty ? "" : " " + prompt.drill.unit)
            if result.grade.isRight {
                print("  Right: \(answer).")
            } else {
                print("  Not quite: the answer is \(answer).\n")
                print("  " + result.instance.solution.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: "\n  "))
            }
            print(Style.dim("  saved: \("\(rating)".capitalized), next in \(IntervalText.format(state.due.timeIntervalSince(services.drill.clock.now())))") + "\n")
            return rating
        }
    }
}
