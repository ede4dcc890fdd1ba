public import OnsiteContent
public import OnsiteCore

/// The kinds of item a plan draws on today, one provider each; a kind with nothing in the bank
/// or the store is an empty list, and a new kind (design cases, numeric drills) plugs in as one more.
enum PlanProviders {
    static func all(bundle: ContentBundle, deepDives: [DeepDiveRecord]) -> [any PlanItemProvider] {
        [CardItems(bundle: bundle), NumericItems(bundle: bundle), ProblemItems(bundle: bundle), BehavioralItems(bundle: bundle),
         DeepDiveItems(deepDives: deepDives), DesignItems(bundle: bundle)]
    }
}

/// Concept cards, a topic at a time in the bank's topic order; a card belongs to its first topic.
struct CardItems: PlanItemProvider {
    let bundle: ContentBundle
    var kind: ItemKind { .card }

    func items() -> [PlanItem] {
        let order = Dictionary(uniqueKeysWithValues: bundle.topics.enumerated().map { ($1.id, $0) })
        return bundle.cards.enumerated()
            .sorted { (order[$0.element.topics.first ?? ""] ?? .max, $0.offset) < (order[$1.element.topics.first ?? ""] ?? .max, $1.offset) }
            .map { _, card in
                let topic = card.topics.first.flatMap { bundle.topic(id: $0)?.title } ?? "Cards"
                return PlanItem(ref: .card(card.id), round: card.round, title: card.question, minutes: 3, reviewMinutes: 1, group: topic)
            }
    }
}

/// Coding problems, easy before medium before hard, bank order within; sized by difficulty.
struct ProblemItems: PlanItemProvider {
    let bundle: ContentBundle
    var kind: ItemKind { .problem }

    func items() -> [PlanItem] {
        bundle.problems.enumerated().sorted { ($0.element.difficulty, $0.offset) < ($1.element.difficulty, $1.offset) }.map { _, problem in
            let minutes = switch problem.difficulty {
            case .easy: 20
            case .medium: 35
            case .hard: 50
            }
            return PlanItem(ref: .problem(problem.id), round: .coding, title: problem.title, minutes: minutes, reviewMinutes: 15)
        }
    }
}

/// Behavioral questions: a STAR answer drafted the first time, rehearsed after.
struct BehavioralItems: PlanItemProvider {
    let bundle: ContentBundle
    var kind: ItemKind { .behavioral }

    func items() -> [PlanItem] {
        bundle.behavioralQuestions.map { question in
            PlanItem(ref: .behavioral(question.id), round: .behavioral, title: question.question, minutes: 20, reviewMinutes: 10)
        }
    }
}

/// The person's deep dives, practised against the probe questions (`ItemKind.depth`).
struct DeepDiveItems: PlanItemProvider {
    let deepDives: [DeepDiveRecord]
    var kind: ItemKind { .depth }

    func items() -> [PlanItem] {
        deepDives.sorted { $0.id < $1.id }.map { dive in
            PlanItem(ref: ItemRef(.depth, dive.id), round: .mlDepth, title: "Probe practice: \(dive.id)", minutes: 25, reviewMinutes: 15)
        }
    }
}

/// Numeric drills, a few minutes each with fresh numbers every time; breadth, in the bank's order.
struct NumericItems: PlanItemProvider {
    let bundle: ContentBundle
    var kind: ItemKind { .numeric }

    func items() -> [PlanItem] {
        bundle.numericDrills.map { drill in
            PlanItem(ref: ItemRef(.numeric, drill.id), round: .mlBreadth, title: "Numeric drill: \(drill.title)", minutes: 4, reviewMinutes: 2)
        }
    }
}

/// System design: the single-step drills first (5-minute reps), then the full cases (45 minutes each).
struct DesignItems: PlanItemProvider {
    let bundle: ContentBundle
    var kind: ItemKind { .design }

    func items() -> [PlanItem] {
        let drills = bundle.designItems.filter { $0.kind == .drill }, cases = bundle.designItems.filter { $0.kind == .case }
        return (drills + cases).map { item in
            PlanItem(ref: ItemRef(.design, item.id), round: .mlSystemDesign, title: "Design \(item.kind == .case ? "case" : "drill"): \(item.title)",
                     minutes: item.kind == .case ? 50 : 8, reviewMinutes: item.kind == .case ? 45 : 6)
        }
    }
}
