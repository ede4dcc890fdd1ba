/// How a returned value is compared with the expected one (the checkers themselves are in
/// OnsiteJudge). A problem names one in `problem.yaml`; an unknown name is a content error.
public enum CheckerKind: String, Sendable, Codable, CaseIterable {
    case exact, float, unordered, clustering, rows
}
