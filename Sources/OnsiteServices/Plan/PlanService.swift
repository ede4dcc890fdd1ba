public import Foundation
public import OnsiteContent
public import OnsiteCore
import OnsiteStore

/// The study plan, readiness per round and the checklist: what the Plan, Today, Checklist and
/// Progress pages and `onsite plan|readiness|checklist` call.
public final class PlanService: Sendable {
    let bundle: ContentBundle
    let store: any Store
    let calendar: StudyCalendar
    let clock: WallClock
    let scheduler: Scheduler
    /// Design rubric scores in 0…1, one per submitted design attempt (`buildServices` reads them from the
    /// design service); with none, the design round's readiness says "no evidence yet".
    let designRubricScores: @Sendable () async throws -> [Double]

    init(
        bundle: ContentBundle, store: any Store, calendar: StudyCalendar, clock: WallClock,
        designRubricScores: @escaping @Sendable () async throws -> [Double] = { [] }
    ) throws {
        self.bundle = bundle
        self.store = store
        self.calendar = calendar
        self.clock = clock
        self.scheduler = try Scheduler(enableFuzzing: false)
        self.designRubricScores = designRubricScores
    }

    /// The person's study day now.
    public var today: StudyDay { calendar.day(of: clock.now()) }

    // MARK: Plan

    /// Makes and saves a new plan (replacing any), or throws `PlanInputError` naming the field.
    public func make(_ inputs: PlanInputs) async throws -> StudyPlan {
        try inputs.validate(today: today)
        let plan = Planner.plan(inputs, pool: try await pool(from: inputs.start, excluding: [], providers: try await providers()))
        try await store.saveStudyPlan(plan, at: clock.now())
        return plan
    }

    /// The saved plan, re-planned first when days before today were missed or a round lags
    /// (at most once a day, so the page does not reshuffle on every visit).
    public func current() async throws -> StudyPlan? {
        guard let plan = try await store.studyPlan() else { return nil }
        let today = self.today
        guard today < plan.inputs.interview, plan.changes.last?.day != today else { return plan }
        let lagging = Readiness.lagging(try await readiness(), weights: plan.inputs.weights)
        let newlyLagging = Set(lagging.keys).subtracting(plan.changes.last?.boosted ?? [])
        guard !plan.missedDays(before: today).isEmpty || !newlyLagging.isEmpty else { return plan }
        return try await replan(plan, lagging: lagging)
    }

    /// Re-plans from today now, whatever the state.
    public func replan() async throws -> StudyPlan {
        guard let plan = try await store.studyPlan() else { throw PlanServiceError.noPlan }
        return try await replan(plan, lagging: Readiness.lagging(try await readiness(), weights: plan.inputs.weights))
    }

    func replan(_ plan: StudyPlan, lagging: [InterviewRound: String]) async throws -> StudyPlan {
        let today = max(self.today, plan.inputs.start)
        let done = Set(plan.days.flatMap(\.tasks).filter(\.done).flatMap(\.items))
        let providers = try await providers()
        let catalogue = Dictionary(providers.flatMap { $0.items() }.map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
        let pool = try await pool(from: today, excluding: done, providers: providers)
        let new = Planner.replan(plan, today: today, pool: pool, lagging: lagging, catalogue: catalogue)
        try await store.saveStudyPlan(new, at: clock.now())
        return new
    }

    /// Ticks one task (by its index in the day) or, with nil, every task of the day.
    public func setDone(_ date: StudyDay, task: Int?, done: Bool) async throws -> StudyPlan {
        let updated = try await store.updateStudyPlan(at: clock.now()) { plan in
            guard plan.setDone(date, task: task, done: done) else {
                throw BadInput(field: task == nil ? "date" : "task", message: task == nil ? "the plan has no day \(date)" : "the day \(date) has no task \(task!)")
            }
        }
        guard let updated else { throw PlanServiceError.noPlan }
        return updated
    }

    public func delete() async throws { try await store.deleteStudyPlan() }

    /// Today's day of the plan, or nil when there is no plan or today is outside it.
    public func todayDay() async throws -> PlanDay? { try await current()?.day(today) }

    /// The plan as an iCalendar file.
    public func ics() async throws -> String {
        guard let plan = try await current() else { throw PlanServiceError.noPlan }
        return PlanCalendar.calendar(plan).text(stamp: clock.now())
    }

    /// Every kind of item the plan draws on, the person's deep dives read once.
    func providers() async throws -> [any PlanItemProvider] {
        PlanProviders.all(bundle: bundle, deepDives: try await store.deepDives())
    }

    /// New items and reviews by due day, from the bank and the schedules as they are now.
    func pool(from: StudyDay, excluding done: Set<ItemRef>, providers: [any PlanItemProvider]) async throws -> PlanPool {
        PlanPool.make(
            providers: providers, states: try await store.itemStates(), from: from, dueDay: { [calendar] in calendar.day(of: $0.due) }, excluding: done)
    }

    // MARK: Readiness

    /// Readiness per round now; saves today's snapshot for the Progress chart.
    public func readiness() async throws -> [RoundReadiness] {
        let rounds = Readiness.rounds(try await readinessInputs())
        let snapshot = ReadinessSnapshot(day: today, scores: Dictionary(uniqueKeysWithValues: rounds.map { ($0.round, $0.score) }))
        // A page view writes only when the figures changed, so reading Today does not bump the store's generation.
        if try await store.readinessSnapshots(since: today).first(where: { $0.day == today }) != snapshot {
            try await store.saveReadiness(snapshot)
        }
        return rounds
    }

    /// Daily snapshots over the last `days` days, oldest first.
    public func readinessHistory(days: Int = 90) async throws -> [ReadinessSnapshot] {
        try await store.readinessSnapshots(since: today.adding(days: -days))
    }

    func readinessInputs() async throws -> ReadinessInputs {
        let now = clock.now()
        let states = try await store.itemStates()
        var inputs = ReadinessInputs()
        let cardStates = states.of(.card)
        for (round, cards) in Dictionary(grouping: bundle.cards, by: \.round) {
            inputs.cards[round] = (cards.count, cards.compactMap { cardStates[$0.id] }.map { scheduler.retrievability(of: $0, at: now) })
        }
        inputs.patterns = Array(Set(bundle.problems.flatMap(\.patterns))).sorted()
        let tally = try await store.submitTally()
        inputs.submitted = !tally.isEmpty
        let problemStates = states.of(.problem)
        inputs.solved = bundle.problems.filter { tally[$0.id]?.accepted == true }.map { problem in
            let last = problemStates[problem.id]?.lastReview ?? now
            return SolvedProblem(patterns: problem.patterns, daysAgo: max(0, calendar.day(of: now).ordinal - calendar.day(of: last).ordinal))
        }
        let stories = try await store.stories()
        let matrix = Coverage.matrix(stories)
        inputs.stories = stories.count
        inputs.commonThemes = StoryTheme.common.count
        inputs.themesCovered = StoryTheme.common.filter { !matrix.stories(for: $0).isEmpty }.count
        inputs.storiesWithErrors = stories.filter { StarLinter.lint($0).contains { $0.severity == .error } }.count
        inputs.behavioralTotal = bundle.behavioralQuestions.count
        let behavioral = states.of(.behavioral)
        inputs.behavioralRetrievability = bundle.behavioralQuestions.compactMap { behavioral[$0.id] }.map { scheduler.retrievability(of: $0, at: now) }
        let depth = states.of(.depth)
        let dives = try await store.deepDives()
        inputs.depthRetrievability = dives.compactMap { depth[$0.id] }.map { scheduler.retrievability(of: $0, at: now) }
        for dive in dives where depth[dive.id] != nil { inputs.depthReviews += try await store.reviewLog(ItemRef(.depth, dive.id)).count }
        inputs.designRubricScores = try await designRubricScores()
        return inputs
    }

    // MARK: Checklist

    /// Every line of the one-page checklist, ticked by evidence where there is some, else by hand.
    public func checklist() async throws -> [ChecklistLine] {
        Checklist.evaluate(checklistLines(), evidence: try await checklistEvidence(), handTicks: try await store.checklistTicks())
    }

    /// Ticks or unticks a line by hand; a line ticked by evidence cannot be (it says what ticks it).
    public func tick(_ id: String, ticked: Bool) async throws {
        guard let line = checklistLines().first(where: { $0.id == id }) else {
            throw BadInput(field: "line", message: "the checklist has no line \"\(id)\"")
        }
        let evaluated = Checklist.evaluate([line], evidence: try await checklistEvidence(), handTicks: [])[0]
        guard !evaluated.byEvidence else {
            throw BadInput(field: "line", message: "\"\(line.title)\" is ticked by evidence: \(evaluated.howToTick)")
        }
        try await store.setChecklistTick(id, ticked: ticked, at: clock.now())
    }

    /// Topics the Domains section lists; every other topic is an ML concept.
    static let domainTopics: Set<String> = ["recommenders", "learning-to-rank", "llm", "rag", "embeddings", "cnn", "ab-testing", "causal-inference", "fairness", "monitoring"]

    func checklistLines() -> [ChecklistLine] {
        var lines: [ChecklistLine] = []
        func patterns(_ rounds: Set<ProblemRound>, need: Int, section: ChecklistSection) {
            let problems = bundle.problems.filter { rounds.contains($0.round) }
            let counts = problems.flatMap(\.patterns).reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
            for pattern in counts.keys.sorted() {
                lines.append(ChecklistLine(
                    id: "\(section.rawValue):\(pattern)", section: section, title: pattern.replacingOccurrences(of: "-", with: " "),
                    rule: .acceptedProblems(pattern: pattern, need: min(need, counts[pattern]!))))
            }
        }
        patterns([.dsa], need: 3, section: .dsaPatterns)
        for topic in bundle.topics where !bundle.cardIDs(inTopic: topic.id).isEmpty {
            let section: ChecklistSection = Self.domainTopics.contains(topic.id) ? .domains : .mlConcepts
            lines.append(ChecklistLine(id: "\(section.rawValue):\(topic.id)", section: section, title: topic.title, rule: .cardsRetained(topic: topic.id, minimum: Checklist.retained)))
        }
        patterns([.ml, .sql], need: 2, section: .mlCoding)
        func hand(_ section: ChecklistSection, _ id: String, _ title: String, _ rule: ChecklistRule = .byHand) {
            lines.append(ChecklistLine(id: "\(section.rawValue):\(id)", section: section, title: title, rule: rule))
        }
        hand(.systemDesign, "six-steps", "Walk the six steps: scope, metrics, data, model, serving and monitoring, trade-offs")
        hand(.systemDesign, "metrics", "Name offline and online metrics and how they can disagree")
        hand(.systemDesign, "serving", "Sketch serving, latency budget, monitoring and retraining")
        hand(.caseStudies, "scored-cases", "Three design cases worked end to end", .designCases(need: 3))
        hand(.caseStudies, "write-ups", "Two published ML system write-ups read and summarised")
        hand(.projects, "deep-dive", "A deep dive written for your main project", .deepDives(need: 1))
        hand(.projects, "probes", "Probe questions practised on your deep dives", .probesPractised(need: 10))
        hand(.projects, "pitch", "A two-minute project pitch rehearsed aloud")
        hand(.behavioral, "coverage", "Stories cover every common theme", .storyCoverage)
        hand(.behavioral, "clean-stories", "Six stories pass the STAR lint", .cleanStories(need: 6))
        hand(.behavioral, "questions-to-ask", "Questions to ask each interviewer prepared")
        hand(.logistics, "confirmed", "Date, format and interviewers confirmed with the recruiter")
        hand(.logistics, "setup", "Editor, camera, microphone and network tested")
        hand(.logistics, "comp", "Comp research done (see Offers)")
        hand(.logistics, "rest", "Travel, meals and sleep the night before planned")
        return lines
    }

    func checklistEvidence() async throws -> ChecklistEvidence {
        let now = clock.now()
        var evidence = ChecklistEvidence()
        let tally = try await store.submitTally()
        for problem in bundle.problems where tally[problem.id]?.accepted == true {
            for pattern in problem.patterns { evidence.acceptedByPattern[pattern, default: 0] += 1 }
        }
        let cards = try await store.itemStates().of(.card)
        for topic in bundle.topics {
            let ids = bundle.cardIDs(inTopic: topic.id)
            let retained = ids.filter { id in
                guard let state = cards[id], state.state == .review else { return false }
                return scheduler.retrievability(of: state, at: now) >= Checklist.retained
            }.count
            evidence.topicCards[topic.id] = (ids.count, retained)
        }
        let dives = try await store.deepDives()
        evidence.deepDives = dives.count
        for dive in dives { evidence.depthReviews += try await store.reviewLog(ItemRef(.depth, dive.id)).count }
        let stories = try await store.stories()
        evidence.coverageComplete = Coverage.matrix(stories).gaps.allSatisfy { !StoryTheme.common.contains($0) } && !stories.isEmpty
        evidence.cleanStories = stories.filter { !StarLinter.lint($0).contains { $0.severity == .error } }.count
        let design = try await designRubricScores()
        evidence.designCasesScored = bundle.designItems.isEmpty ? nil : design.count
        return evidence
    }
}

public enum PlanServiceError: Error, CustomStringConvertible {
    case noPlan

    public var description: String { "there is no plan yet: make one with `onsite plan new` or on the Plan page" }
}
