/// The phases an interviewer walks a project through, in order.
public enum DepthPhase: String, Sendable, CaseIterable, Codable {
    case problem, data, modeling, evaluation, deployment, impact

    public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// A question interviewers ask about any past project, with what a good answer shows.
public struct DepthProbe: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var phase: DepthPhase
    public var question: String
    public var listenFor: String

    public init(id: String, phase: DepthPhase, question: String, listenFor: String) {
        self.id = id
        self.phase = phase
        self.question = question
        self.listenFor = listenFor
    }
}
