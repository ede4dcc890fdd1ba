import Foundation

/// The follow-ups an interviewer would ask about this write-up, generated from what it says and
/// what it leaves out. Deterministic: the same text gives the same questions in the same order.
public enum DepthQuestions {
    /// Words that show serving cost or latency was considered.
    static let costWords: Set<String> = [
        "latency", "latencies", "ms", "millisecond", "milliseconds", "p50", "p95", "p99", "cost", "costs", "costly", "$",
        "dollar", "dollars", "throughput", "qps", "gpu", "gpus", "cpu", "cpus", "budget", "memory", "serving",
    ]

    public static func generate(_ dive: DeepDive) -> [String] {
        var questions: [String] = []
        for decision in dive.decisions {
            for alternative in decision.alternatives where !alternative.name.isEmpty {
                questions.append("Why not \(inSentence(alternative.name))?")
            }
        }
        let measured = StoryText.sentences(dive.result).first { $0.contains(where: \.isNumber) }
        if let measured {
            questions.append("How did you measure this: “\(measured)”?")
        } else if !dive.result.isEmpty {
            questions.append("How did you measure the result, and against what?")
        }
        let words = Set(StoryText.words(dive.allText))
        if !words.contains(where: { $0.hasPrefix("baseline") }) {
            questions.append("What was the baseline?")
        }
        let mentionsCost = words.contains { word in
            costWords.contains(word) || word.hasPrefix("$") || (word.hasSuffix("ms") && word.dropLast(2).allSatisfy(\.isNumber) && word.count > 2)
        }
        if !mentionsCost {
            questions.append("What did it cost to serve, and what was the latency?")
        }
        return questions
    }

    /// The name as it reads mid-sentence: "A sequence model" becomes "a sequence model"; "LightGBM" and "SVM" stay.
    static func inSentence(_ name: String) -> String {
        let characters = Array(name)
        guard characters.count > 1, characters[0].isUppercase, characters[1].isLowercase || characters[1] == " " else { return name }
        let firstWord = name.split(separator: " ").first.map(String.init) ?? name
        if firstWord.dropFirst().contains(where: \.isUppercase) { return name }
        return characters[0].lowercased() + String(characters.dropFirst())
    }
}
