import Foundation

/// The person's own pass rate at each loop stage, beside the typical one.
///
/// At a stage, an application is *decided* when it reached a later loop stage (passed) or ended
/// (ghosted, rejected, withdrawn) while that stage was its last loop stage (failed). Only
/// applications that went through the stage count: a company with no ML-depth round neither
/// passes nor fails ML depth.
public struct ApplicationFunnel: Sendable, Equatable {
    /// Below this many decided applications a rate is "not yet meaningful".
    public static let meaningful = 5
    /// Typical pass rates per stage (screen 40%, coding 50%, fundamentals 60%, design 70%, behavioral 80%).
    public static let typicalRates: [ApplicationStage: Double] = [
        .recruiterScreen: 0.4, .coding: 0.5, .mlBreadth: 0.6, .systemDesign: 0.7, .behavioral: 0.8,
    ]
    /// The stages that have a typical rate, in loop order: the calculator multiplies these.
    public static let ratedStages: [ApplicationStage] = ApplicationStage.loop.filter { typicalRates[$0] != nil }
    /// 0.4 · 0.5 · 0.6 · 0.7 · 0.8 = 6.72%.
    public static let typicalPerApplication: Double = ratedStages.reduce(1) { $0 * typicalRates[$1]! }

    public struct StageRate: Sendable, Equatable {
        public var stage: ApplicationStage
        public var decided: Int
        public var passed: Int
        /// Still at this stage, not decided yet.
        public var pending: Int
        public var typical: Double?
        /// nil when nothing is decided.
        public var rate: Double? { decided == 0 ? nil : Double(passed) / Double(decided) }
        public var isMeaningful: Bool { decided >= ApplicationFunnel.meaningful }
    }

    /// Applied through team match: the stages one can pass (an offer is the end).
    public var stages: [StageRate]
    public var applications: Int
    /// Applications that reached an offer.
    public var offers: Int
    /// Applications that reached an offer or ended.
    public var decided: Int

    /// Offers ÷ applications decided overall.
    public var endToEnd: Double? { decided == 0 ? nil : Double(offers) / Double(decided) }

    public init(_ applications: [JobApplication]) {
        var decided: [ApplicationStage: Int] = [:], passed: [ApplicationStage: Int] = [:], pending: [ApplicationStage: Int] = [:]
        var offers = 0, overall = 0
        for application in applications {
            let reached = Set(application.history.map(\.stage))
            let ended = application.stage.isTerminal
            let highest = application.history.compactMap(\.stage.loopIndex).max() ?? -1
            if reached.contains(.offer) { offers += 1 }
            if reached.contains(.offer) || ended { overall += 1 }
            for stage in reached where stage != .offer {
                guard let index = stage.loopIndex else { continue }
                if highest > index {
                    decided[stage, default: 0] += 1
                    passed[stage, default: 0] += 1
                } else if ended {
                    decided[stage, default: 0] += 1
                } else {
                    pending[stage, default: 0] += 1
                }
            }
        }
        stages = ApplicationStage.loop.dropLast().map {
            StageRate(stage: $0, decided: decided[$0] ?? 0, passed: passed[$0] ?? 0, pending: pending[$0] ?? 0, typical: Self.typicalRates[$0])
        }
        self.applications = applications.count
        self.offers = offers
        self.decided = overall
    }

    public func rate(at stage: ApplicationStage) -> StageRate? { stages.first { $0.stage == stage } }

    /// The person's own chance per application: the product of their rates at the stages with a
    /// typical figure (the same stages as the typical 6.72%), once every one of them is meaningful.
    public var ownPerApplication: Double? {
        let rated = Self.ratedStages.compactMap(rate(at:))
        guard rated.allSatisfy(\.isMeaningful) else { return nil }
        return rated.reduce(1) { $0 * ($1.rate ?? 0) }
    }

    /// The stages that still lack data for the person's own figure, with their sample size.
    public var notYetMeaningful: [StageRate] { Self.ratedStages.compactMap(rate(at:)).filter { !$0.isMeaningful } }
}

/// How many applications give a chosen chance of at least one offer.
public enum ApplicationOdds {
    /// The chance one application ends in an offer, from per-stage pass rates.
    public static func perApplication(rates: [Double]) -> Double { rates.reduce(1, *) }

    /// The smallest n with 1 − (1 − p)^n ≥ target; nil when p is 0 (no number is enough).
    public static func applicationsNeeded(perApplication p: Double, probability target: Double) -> Int? {
        guard p > 0 else { return nil }
        guard p < 1 else { return 1 }
        let estimate = max(1, Int((log(1 - target) / log(1 - p)).rounded(.up)))
        // The logarithms can land a hair off an integer: settle it on the exact inequality.
        var n = estimate
        while n > 1, chance(p, n - 1) >= target { n -= 1 }
        while chance(p, n) < target { n += 1 }
        return n
    }

    /// 1 − (1 − p)^n.
    public static func chance(_ p: Double, _ n: Int) -> Double { 1 - pow(1 - p, Double(n)) }

    /// A probability strictly between 0 and 1, or a message naming `field`.
    public static func probability(_ raw: String, field: String) throws(FieldProblem) -> Double {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value > 0, value < 1 else {
            throw FieldProblem(field, "\(field) must be a probability between 0 and 1, exclusive (like 0.9), not \"\(raw)\"")
        }
        return value
    }

    /// Rates written "0.4,0.5,0.6": each in (0, 1].
    public static func rates(_ raw: String, field: String) throws(FieldProblem) -> [Double] {
        let parts = raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { throw FieldProblem(field, "\(field) needs at least one rate, like 0.4,0.5,0.6,0.7,0.8") }
        var rates: [Double] = []
        for part in parts {
            guard let value = Double(part), value > 0, value <= 1 else {
                throw FieldProblem(field, "\(field): \"\(part)\" is not a pass rate above 0 and at most 1 (write 0.4 for 40%)")
            }
            rates.append(value)
        }
        return rates
    }
}
