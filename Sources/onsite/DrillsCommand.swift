import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore

/// `onsite drills list|sample`: the numeric drill generators, and instances of them by seed
/// (`docs/numeric-drills-json.md`), for authors and for independent checkers of the answers.
struct DrillsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drills", abstract: "List the numeric drills or print instances of them.", subcommands: [List.self, Sample.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the numeric drill generators.")
        @Option(help: "The content folder.") var content: String?
        @Flag(help: "Print JSON: [{id, title, topics, difficulty}].") var json = false

        func run() async throws {
            let drills = try loadBundle(content).numericDrills
            if json {
                print(String(decoding: JSONValue.array(drills.map(NumericJSON.summary)).jsonBytes, as: UTF8.self))
                return
            }
            for drill in drills {
                print("\(drill.id.padding(toLength: 36, withPad: " ", startingAt: 0)) \(drill.difficulty.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(drill.topics.joined(separator: ",")) — \(drill.title)")
            }
        }
    }

    struct Sample: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one instance (ID --seed N), or one per line for every drill and seed (--all --seeds A-B).")
        @Option(help: "The content folder.") var content: String?
        @Argument(help: "The drill id.") var id: String?
        @Option(help: "The seed (the same seed always gives the same instance).") var seed: UInt64?
        @Flag(help: "Every drill.") var all = false
        @Option(help: "With --all: the seeds, as A-B (both included).") var seeds: String?
        @Flag(help: "Print JSON (one object per line with --all).") var json = false

        func validate() throws {
            if all {
                guard id == nil, seed == nil else { throw ValidationError("--all takes --seeds A-B, not an id or --seed") }
                guard seeds.flatMap(Self.seedRange) != nil else { throw ValidationError("--all needs --seeds A-B with A ≤ B, like --seeds 1-200") }
            } else {
                guard id != nil, seed != nil else { throw ValidationError("give a drill id and --seed N, or --all --seeds A-B") }
                guard seeds == nil else { throw ValidationError("--seeds goes with --all") }
            }
        }

        static func seedRange(_ text: String) -> ClosedRange<UInt64>? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let low = UInt64(parts[0]), let high = UInt64(parts[1]), low <= high else { return nil }
            return low...high
        }

        func run() async throws {
            let bundle = try loadBundle(content)
            if all {
                for drill in bundle.numericDrills {
                    for seed in Self.seedRange(seeds!)! {
                        print(try render(drill, seed: seed))
                    }
                }
                return
            }
            guard let drill = bundle.numericDrill(id: id!) else {
                throw UserError("no numeric drill `\(id!)` (see `onsite drills list`)")
            }
            print(try render(drill, seed: seed!))
        }

        private func render(_ drill: NumericDrill, seed: UInt64) throws -> String {
            let instance: NumericInstance
            do {
                instance = try drill.instance(seed: seed)
            } catch {
                throw UserError("\(drill.path): seed \(seed): \(error.message)")
            }
            if json { return String(decoding: NumericJSON.instance(instance, tolerance: drill.tolerance).jsonBytes, as: UTF8.self) }
            return "\(drill.id) (seed \(seed))\n\(instance.question)\nanswer: \(NumericFormat.number(instance.answer))\n\(instance.solution)\n"
        }
    }
}
