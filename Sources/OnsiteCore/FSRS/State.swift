/// The learning phase a card is in.
public enum State: Int, Sendable, Codable, CaseIterable, Hashable {
    /// New or still going through the learning steps.
    case learning = 1
    /// Graduated; scheduled in whole days.
    case review
    /// Lapsed and going through the relearning steps.
    case relearning
}
