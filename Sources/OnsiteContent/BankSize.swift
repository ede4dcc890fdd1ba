import Foundation
public import OnsiteCore

/// The minimums the shipped bank promises (issue 9): at least 80 behavioral questions, 5 in every
/// theme, 25 recruiter screen questions, questions to ask for every round and the pitch guide.
/// Kept apart from `ContentBundle.check` because test fixtures are small on purpose; `onsite
/// content check` runs it on the shipped bundle.
public enum BankSize {
    public static let behavioralQuestions = 80
    public static let questionsPerTheme = 5
    public static let screenQuestions = 25
    public static let depthProbes = 50
    /// Issue 8: at least 16 worked design cases and 40 single-step drills.
    public static let designCases = 16
    public static let designDrills = 40

    /// One diagnostic per shortfall, pointing at the folder or file that should hold more.
    public static func check(_ bundle: ContentBundle) -> [ContentDiagnostic] {
        var problems: [ContentDiagnostic] = []
        func short(_ path: String, _ message: String) {
            problems.append(ContentDiagnostic(path: path, line: 1, message: message))
        }
        if bundle.themes.isEmpty {
            short("behavioral/themes.yaml", "the bank needs its behavioral themes")
        }
        let total = bundle.behavioralQuestions.count
        if total < behavioralQuestions {
            short("behavioral/", "\(total) behavioral question(s); the bank needs at least \(behavioralQuestions)")
        }
        for theme in bundle.themes {
            let count = bundle.behavioralQuestions(inTheme: theme.id).count
            if count < questionsPerTheme {
                short("behavioral/\(theme.id)/", "theme `\(theme.id)` has \(count) question(s); every theme needs at least \(questionsPerTheme)")
            }
        }
        if bundle.screenQuestions.count < screenQuestions {
            short("screen/", "\(bundle.screenQuestions.count) screen question(s); the bank needs at least \(screenQuestions)")
        }
        for category in ScreenCategory.allCases where !bundle.screenQuestions.contains(where: { $0.category == category }) {
            short("screen/", "no screen question in the category `\(category.rawValue)`")
        }
        if bundle.depthProbes.count < depthProbes {
            short("depth/probes.yaml", "\(bundle.depthProbes.count) depth probe(s); the bank needs at least \(depthProbes)")
        }
        for phase in DepthPhase.allCases where !bundle.depthProbes.contains(where: { $0.phase == phase }) {
            short("depth/probes.yaml", "no probe in the phase `\(phase.rawValue)`")
        }
        let rounds = Set(bundle.questionsToAsk.map(\.round))
        for round in AskingRound.allCases where !rounds.contains(round) {
            short("screen/questions-to-ask.yaml", "no questions to ask for the round `\(round.rawValue)`")
        }
        if bundle.designCases.count < designCases {
            short("design/cases/", "\(bundle.designCases.count) design case(s); the bank needs at least \(designCases)")
        }
        if bundle.designDrills.count < designDrills {
            short("design/drills/", "\(bundle.designDrills.count) design drill(s); the bank needs at least \(designDrills)")
        }
        if bundle.pitch == nil {
            short("screen/pitch.md", "the bank needs the 2-minute pitch guide")
        }
        return problems
    }
}
