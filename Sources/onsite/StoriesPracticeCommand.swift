import ArgumentParser
import Foundation
import OnsiteCore
import OnsiteServices

extension StoriesCommand {
    /// `onsite stories practice [--theme ID] [--json]`: the next behavioral question, as the practice page shows it.
    struct Practice: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the next behavioral question to practise: the most overdue, else a new one (rate it on /stories/practice).")
        @OptionGroup var locations: Locations
        @Option(help: "Only questions of this theme (e.g. conflict).") var theme: String?
        @Flag(help: "Print JSON: {\"question\": {...} (absent when nothing is due or new), \"isNew\", \"due\", \"new\", \"stories\": [id], \"nextDue\"}.") var json = false

        struct Output: Encodable {
            var question: BehavioralQuestion?
            var isNew: Bool
            var due: Int
            var new: Int
            var stories: [String]
            var nextDue: String?
        }

        func run() async throws {
            try await withServices(locations) { services in
                let prompt = try await services.practice.next(theme: theme)
                let soonest = prompt == nil ? try await services.practice.soonestDue(theme: theme) : nil
                if json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    let output = Output(
                        question: prompt?.question, isNew: prompt?.isNew ?? false, due: prompt?.dueCount ?? 0, new: prompt?.newCount ?? 0,
                        stories: prompt?.stories.map(\.id) ?? [], nextDue: soonest?.formatted(.iso8601))
                    print(String(decoding: try encoder.encode(output), as: UTF8.self))
                } else if let prompt {
                    print("\(prompt.isNew ? "New" : "Due") · \(prompt.theme?.title ?? prompt.question.primaryTheme) · \(prompt.question.levels.map(\.rawValue).joined(separator: ", "))")
                    print(prompt.question.question)
                    if !prompt.stories.isEmpty { print("Your stories for it: " + prompt.stories.map(\.title).joined(separator: "; ")) }
                    print("\(prompt.dueCount) due, \(prompt.newCount) new. Answer it in 2 minutes, then rate it on /stories/practice.")
                } else {
                    print("Nothing due" + (soonest.map { "; the next question comes back " + $0.formatted(.iso8601) } ?? "") + ".")
                }
            }
        }
    }
}
