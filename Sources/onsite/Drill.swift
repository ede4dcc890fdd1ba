import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// `onsite drill`: the due queue in the terminal. Space or Enter reveals, 1–4 rates, q quits;
/// every rating is saved before the next card shows, so quitting never loses an answer. A numeric
/// drill asks for a number instead; a wrong one shows the worked solution with the same numbers.
struct Drill: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Drill due and new cards in the terminal.")
    @OptionGroup var locations: Locations
    @Option(help: "Only cards of this topic (see `onsite content stats`).") var topic: String?
    @Option(parsing: .unconditional, help: "Stop after this many cards.") var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be a whole number of cards, 1 or more, not \(limit)") }
    }

    func run() async throws {
        try await withServices(locations) { services in
            let drill = services.drill
            _ = try drill.cards(topic: topic)
            let keys = KeyReader()
            defer { keys.restore() }
            var done = 0
            var tally: [Rating: Int] = [:]
            loop: while limit.map({ done < $0 }) ?? true {
                let prompt: DrillPrompt
                switch try await drill.nextItem(topic: topic, numeric: services.numeric) {
                case nil:
                    print(done == 0 ? "Nothing due and no new cards left today. Come back tomorrow." : "All done for today.")
                    break loop
                case .numeric(let numeric)?:
                    guard let rating = try await NumericTerminal.ask(numeric, services: services, keys: keys) else { break loop }
                    done += 1
                    tally[rating, default: 0] += 1
                    continue
                case .card(let card)?:
                    prompt = card
                }
                show(prompt, drill: drill)
                print(Style.dim("  space/enter: show answer · q: quit"))
                guard keys.waitFor(["\n", "\r", " "]) != nil else { break }
                reveal(prompt.card)
                let choices = prompt.intervals.map { "\($0.rating.rawValue) \("\($0.rating)".capitalized) (\(IntervalText.format($0.interval)))" }
                print("  " + choices.joined(separator: "   ") + Style.dim("   q: quit"))
                guard let key = keys.waitFor(["1", "2", "3", "4"]), let rating = Rating(rawValue: Int(String(key))!) else { break }
                let card = try await drill.answer(cardID: prompt.card.id, rating: rating)
                done += 1
                tally[rating, default: 0] += 1
                print(Style.dim("  saved: \("\(rating)".capitalized), next in \(IntervalText.format(card.due.timeIntervalSince(drill.clock.now())))") + "\n")
            }
            let summary = Rating.allCases.compactMap { rating in tally[rating].map { "\($0) \(rating)" } }
            print("Reviewed \(done) card(s)\(summary.isEmpty ? "" : ": " + summary.joined(separator: ", ")). Saved.")
        }
    }

    private func show(_ prompt: DrillPrompt, drill: DrillService) {
        let queue = prompt.queue
        let topics = prompt.card.topics.compactMap { drill.bundle.topic(id: $0)?.title }.joined(separator: ", ")
        print(Style.dim("[\(queue.learningCount) learning · \(queue.reviews.count) review · \(queue.new.count) new]  \(topics) · \(prompt.card.difficulty.rawValue)\(prompt.isNew ? " · new" : "")"))
        print(Style.bold("Q: " + prompt.card.question))
    }

    private func reveal(_ card: ConceptCard) {
        print("\nA: " + card.answer + "\n")
        for followUp in card.followUps {
            print(Style.bold("  ↳ " + followUp.question))
            print("    " + followUp.answer.replacingOccurrences(of: "\n", with: "\n    ") + "\n")
        }
    }
}

/// Single keys from the terminal (raw mode, restored on exit), or bytes from a pipe.
final class KeyReader {
    private var original = termios()
    private let isTerminal = isatty(STDIN_FILENO) == 1

    init() {
        guard isTerminal else { return }
        tcgetattr(STDIN_FILENO, &original)
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
    }

    func restore() {
        if isTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &original) }
    }

    /// A typed line, echoed as it is typed (backspace erases), or nil on Ctrl-C, Ctrl-D or the end of input.
    func line() -> String? {
        var text = ""
        var byte: UInt8 = 0
        while read(STDIN_FILENO, &byte, 1) == 1 {
            switch byte {
            case 3, 4: return nil
            case 10, 13:
                if isTerminal { print("") }
                return text
            case 8, 127:
                if !text.isEmpty, isTerminal { text.removeLast(); print("\u{8} \u{8}", terminator: ""); fflush(nil) }
            case 32..<127:
                text.append(Character(UnicodeScalar(byte)))
                if isTerminal { print(Character(UnicodeScalar(byte)), terminator: ""); fflush(nil) }
            default: continue
            }
        }
        return text.isEmpty ? nil : text
    }

    /// The next key among `accepted`, or nil on q, Ctrl-C, Ctrl-D or the end of input.
    func waitFor(_ accepted: Set<Character>) -> Character? {
        var byte: UInt8 = 0
        while read(STDIN_FILENO, &byte, 1) == 1 {
            let key = Character(UnicodeScalar(byte))
            if key == "q" || byte == 3 || byte == 4 { return nil }
            if accepted.contains(key) { return key }
        }
        return nil
    }
}

/// ANSI styling when writing to a terminal, plain text otherwise.
enum Style {
    static let enabled = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    static func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    static func dim(_ text: String) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
