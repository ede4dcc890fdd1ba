import Foundation

/// Where an application stands: the loop's rounds in order, then the three ways it can end early.
public enum ApplicationStage: String, CaseIterable, Sendable, Codable {
    case applied
    case recruiterScreen = "recruiter-screen"
    case coding
    case mlBreadth = "ml-breadth"
    case mlDepth = "ml-depth"
    case systemDesign = "system-design"
    case behavioral
    case teamMatch = "team-match"
    case offer
    case ghosted, rejected, withdrawn

    /// The loop's stages, in order (everything but the three endings).
    public static let loop: [ApplicationStage] = [.applied, .recruiterScreen, .coding, .mlBreadth, .mlDepth, .systemDesign, .behavioral, .teamMatch, .offer]

    public var title: String {
        switch self {
        case .applied: "Applied"
        case .recruiterScreen: "Recruiter screen"
        case .coding: "Coding"
        case .mlBreadth: "ML breadth"
        case .mlDepth: "ML depth"
        case .systemDesign: "System design"
        case .behavioral: "Behavioral"
        case .teamMatch: "Team match"
        case .offer: "Offer"
        case .ghosted: "Ghosted"
        case .rejected: "Rejected"
        case .withdrawn: "Withdrawn"
        }
    }

    /// Ghosted, rejected and withdrawn: the application ended at the stage before.
    public var isTerminal: Bool { self == .ghosted || self == .rejected || self == .withdrawn }

    /// The position in the loop; nil for the endings.
    public var loopIndex: Int? { Self.loop.firstIndex(of: self) }

    /// Reads `recruiter-screen`, `recruiter screen`, `Recruiter_Screen` or the title alike.
    public init?(text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        guard let stage = Self(rawValue: key) else { return nil }
        self = stage
    }

    /// The stage before and after this one on the board (all twelve columns), for keyboard moves.
    public var previous: ApplicationStage? { Self.allCases.firstIndex(of: self).flatMap { $0 > 0 ? Self.allCases[$0 - 1] : nil } }
    public var next: ApplicationStage? { Self.allCases.firstIndex(of: self).flatMap { $0 + 1 < Self.allCases.count ? Self.allCases[$0 + 1] : nil } }

    /// Every stage's id, for messages: "applied, recruiter-screen, …".
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// The kind of company, as the study plan uses it too.
public enum TargetTier: String, CaseIterable, Sendable, Codable {
    case bigTech = "big-tech", startup, researchLab = "research-lab", other

    public var title: String {
        switch self {
        case .bigTech: "Big tech"
        case .startup: "Startup"
        case .researchLab: "Research lab"
        case .other: "Other"
        }
    }
}

/// How the application started.
public enum ApplicationSource: String, CaseIterable, Sendable, Codable {
    case referral, recruiter, cold

    public var title: String { rawValue.capitalized }
}
