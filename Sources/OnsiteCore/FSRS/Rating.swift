/// The answer a learner gives when reviewing a card.
public enum Rating: Int, Sendable, Codable, CaseIterable, Hashable {
    /// Forgot the card.
    case again = 1
    /// Recalled with serious difficulty.
    case hard
    /// Recalled after some hesitation.
    case good
    /// Recalled easily.
    case easy
}
