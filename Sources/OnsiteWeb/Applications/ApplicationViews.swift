import Foundation
import OnsiteCore
import OnsiteServices

/// What the applications pages show, as plain values for the templates (Mustache escapes them).
struct ApplicationCard {
    var id: String, company: String, role: String, level: String, hasLevel: Bool
    var stage: String, stageTitle: String, since: String
    var tier: String, source: String, link: String, hasLink: Bool
    var salary: String, hasSalary: Bool
    var nextStep: String, nextStepDate: String, hasNextStep: Bool, nextStepDue: Bool
    var stages: [Option]
    var previousStage: String, nextStage: String

    init(_ application: JobApplication, today: StudyDay) {
        let d = application.details
        id = application.key
        company = d.company
        role = d.role
        level = d.level
        hasLevel = !d.level.isEmpty
        stage = application.stage.rawValue
        stageTitle = application.stage.title
        since = application.since.description
        tier = d.tier?.title ?? ""
        source = d.source?.title ?? ""
        link = d.link
        hasLink = !d.link.isEmpty
        salary = Self.salary(d.salaryMin, d.salaryMax)
        hasSalary = !salary.isEmpty
        nextStep = d.nextStep?.text ?? ""
        nextStepDate = d.nextStep?.day.description ?? ""
        hasNextStep = d.nextStep != nil
        nextStepDue = d.nextStep.map { $0.day <= today } ?? false
        stages = ApplicationStage.allCases.map { Option(value: $0.rawValue, label: $0.title, selected: $0 == application.stage) }
        previousStage = application.stage.previous?.rawValue ?? ""
        nextStage = application.stage.next?.rawValue ?? ""
    }

    static func salary(_ low: Int?, _ high: Int?) -> String {
        switch (low, high) {
        case let (low?, high?): "\(amount(low))–\(amount(high))"
        case let (low?, nil): "from \(amount(low))"
        case let (nil, high?): "up to \(amount(high))"
        case (nil, nil): ""
        }
    }

    static func amount(_ value: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.groupingSeparator = ","
        formatter.usesGroupingSeparator = true
        return formatter.string(from: NSNumber(value: value)) ?? String(value)
    }
}

struct BoardColumn {
    var stage: String, title: String, count: Int, terminal: Bool
    var cards: [ApplicationCard]
}

struct ApplicationsPageView {
    var csrf: String
    var columns: [BoardColumn]
    var rows: [ApplicationCard]
    var count: Int, isEmpty: Bool, board: Bool
    var today: String
    var tiers: [Option], sources: [Option], stages: [Option]
}

struct StageHistoryRow { var stage: String, date: String }

struct ApplicationDetailView {
    var csrf: String
    var card: ApplicationCard
    var values: [String: String]
    var history: [StageHistoryRow]
    var tiers: [Option], sources: [Option]
    var today: String
    var notes: String, contacts: String
}

struct FunnelRow {
    var stage: String, title: String, decided: Int, passed: Int, pending: Int
    var own: String, typical: String, meaningful: Bool, hasOwn: Bool
}

struct FunnelPageView {
    var rows: [FunnelRow]
    var svg: String
    var applications: Int, offers: Int, decided: Int
    var endToEnd: String, hasEndToEnd: Bool, typicalEndToEnd: String
    var probability: String, useOwn: Bool, ownAvailable: Bool, ownMissing: String
    var answer: String, hasAnswer: Bool, error: String, hasError: Bool
}

struct ImportResultView {
    var imported: Int, alreadyPresent: Int, hasAlreadyPresent: Bool
    var problems: [String], hasProblems: Bool
}

enum ApplicationPercent {
    static func text(_ value: Double?) -> String {
        guard let value else { return "—" }
        let percent = value * 100
        return percent == percent.rounded() ? "\(Int(percent))%" : String(format: "%.2f%%", percent)
    }
}

extension ApplicationStage {
    static var options: [Option] { allCases.map { Option(value: $0.rawValue, label: $0.title, selected: $0 == .applied) } }
}
