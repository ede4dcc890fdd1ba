/// A round of the ML engineering interview loop, in the order a loop runs.
public enum InterviewRound: String, Sendable, Codable, CaseIterable, Comparable {
    case recruiterScreen = "recruiter-screen"
    case coding
    case mlBreadth = "ml-breadth"
    case mlDepth = "ml-depth"
    case mlSystemDesign = "ml-system-design"
    case behavioral
    case offer

    /// The name a person reads.
    public var title: String {
        switch self {
        case .recruiterScreen: "Recruiter screen"
        case .coding: "Coding"
        case .mlBreadth: "ML breadth"
        case .mlDepth: "ML depth"
        case .mlSystemDesign: "ML system design"
        case .behavioral: "Behavioral"
        case .offer: "Offer"
        }
    }

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How hard an item is, as the bank labels it.
public enum Difficulty: String, Sendable, Codable, CaseIterable, Comparable {
    case easy, medium, hard

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
