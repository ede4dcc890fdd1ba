public import Foundation

/// One line of the negotiation checklist; `done` when the saved offers already show it.
public struct NegotiationStep: Sendable, Equatable {
    public var text: String
    public var done: Bool
}

/// The negotiation workspace: the checklist and scripts with the person's own numbers, worked
/// out for the offer they prefer against the others.
public struct NegotiationPlan: Sendable, Equatable {
    /// The offer the scripts ask to improve: the one marked preferred.
    public var target: String?
    public var checklist: [NegotiationStep]
    public var scripts: [String]

    public init(_ offers: [SavedOffer]) {
        let target = offers.first(where: \.preferred)
        self.target = target?.offer.company
        let others = offers.filter { $0.id != target?.id }
        checklist = [
            NegotiationStep(text: "Never name the first number: “I’d rather hear what the role pays first; I’m sure we can find a number that works.”", done: false),
            NegotiationStep(text: "Sign nothing before the written offer; ask for every offer in writing.", done: target?.offer.written ?? false),
            NegotiationStep(text: "A real written competing offer is the strongest lever.", done: others.contains { $0.offer.written }),
            NegotiationStep(text: "Equity and sign-on move more easily than base: ask for those first.", done: false),
            NegotiationStep(text: "Get the deadline, and ask for the time you need to finish other loops.", done: target?.offer.deadline != nil),
            NegotiationStep(text: "Compare Y1–Y4, never the 4-year average alone: back-loaded vesting pays less in year one.", done: false),
            NegotiationStep(text: "Keep private equity apart: value it at the last preferred price, and know it may be worth nothing.", done: false),
            NegotiationStep(text: "Ask once, with a number and a reason, and be ready to say yes when they meet it.", done: false),
        ]
        scripts = Self.scripts(target: target, others: others)
    }

    static func scripts(target saved: SavedOffer?, others: [SavedOffer]) -> [String] {
        guard let saved else {
            return others.isEmpty ? [] : ["Mark the offer you would most like to accept as preferred: the scripts then work out what to ask it for, with your numbers."]
        }
        let a = saved.offer, mine = OfferProjection(a)
        let money = OfferNumber.money
        var scripts: [String] = []
        if !a.written {
            scripts.append("\(a.company)’s offer is verbal: “Thank you — could you send the offer in writing, with the base, bonus, sign-on, equity and vesting schedule? I’ll decide once I have it.”")
        }
        for other in others {
            let b = other.offer, theirs = OfferProjection(b)
            let gapY1 = theirs.years[0].total - mine.years[0].total
            if gapY1 > 0 {
                if b.written {
                    scripts.append("With a written offer of Y1 \(money(theirs.years[0].total)) from \(b.company), ask \(a.company) to close the Y1 gap of \(money(gapY1)); sign-on moves more easily than base: “\(b.company) has offered \(money(theirs.years[0].total)) in the first year, in writing. I’d prefer \(a.company) — can you add a sign-on of \(money(gapY1)) to close the gap?”")
                } else {
                    scripts.append("\(b.company) pays Y1 \(money(theirs.years[0].total)), \(money(gapY1)) more than \(a.company), but only verbally: ask \(b.company) for it in writing before you use it — a written offer is the strongest lever.")
                }
            }
            let gapAverage = theirs.average - mine.average
            if gapAverage > 0, b.written {
                let grant = gapAverage * 4
                scripts.append("\(b.company) averages \(money(theirs.average)) a year over four years against \(a.company)’s \(money(mine.average)): ask \(a.company) for \(money(grant)) more in equity over four years (\(money(gapAverage)) a year); equity moves more easily than base.")
            }
            if theirs.hasIlliquid {
                scripts.append("\(b.company)’s equity is private: \(money(theirs.averageWithIlliquid - theirs.average)) a year only at the last preferred price. Compare on cash + liquid (\(money(theirs.average)) a year) and ask \(b.company) for the share count, the last preferred price and the strike or 409A price.")
            }
        }
        let y1 = mine.years[0].total
        if y1 < mine.average {
            scripts.append("\(a.company)’s first year is back-loaded: Y1 \(money(y1)) against a 4-year average of \(money(mine.average)). Ask for a first-year sign-on of \(money(mine.average - y1)) to even it out: “The vesting leaves year one \(money(mine.average - y1)) below the average — could a sign-on bridge that?”")
        }
        if let deadline = a.deadline {
            scripts.append("\(a.company) wants an answer by \(OfferDate.text(deadline)): “I’m finishing other interviews — could I have until a week later to give you a firm answer?”")
        } else {
            scripts.append("Ask \(a.company) for its deadline: “When do you need my answer?” — then say how much time you need.")
        }
        if others.isEmpty {
            scripts.append("With only \(a.company)’s offer, keep it specific and friendly: “I’m excited about the role. Is there flexibility on the sign-on or the equity?” — never name a number first.")
        }
        return scripts
    }
}

/// A calendar day as `yyyy-MM-dd`, in UTC (deadlines are stored at 00:00 UTC of the day).
public enum OfferDate {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    public static func text(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.year ?? 0)-\(two(parts.month ?? 1))-\(two(parts.day ?? 1))"
    }

    /// `2026-12-20` → that day at 00:00 UTC; nil when not a real date in that form.
    public static func parse(_ text: String) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        guard let date = calendar.date(from: components), Self.text(date) == text.trimmingCharacters(in: .whitespaces) else { return nil }
        return date
    }
}
