/// A theme behavioral questions are asked about (`content/behavioral/themes.yaml`), such as
/// conflict or ownership. `common` themes are the general ones a story bank should cover.
public struct BehavioralTheme: Sendable, Codable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    /// True for the twelve general themes the coverage matrix counts; false for ML-specific ones.
    public var common: Bool

    public init(id: String, title: String, summary: String, common: Bool) {
        self.id = id
        self.title = title
        self.summary = summary
        self.common = common
    }
}

/// The seniority a behavioral question suits: what "a strong answer" means changes with it.
public enum BehavioralLevel: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case newGrad = "new-grad"
    case mid, senior, staff

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
