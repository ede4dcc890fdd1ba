/// How to give the 2-minute "tell me about yourself" pitch (`content/screen/pitch.md`): what it
/// covers, what to avoid, its length in words, and one example.
public struct PitchGuide: Sendable, Codable, Hashable {
    public var minWords: Int
    public var maxWords: Int
    /// The speaking pace the word range assumes; 150 words a minute is a calm pace.
    public var wordsPerMinute: Int
    public var covers: [String]
    public var avoid: [String]
    public var example: String

    public init(minWords: Int, maxWords: Int, wordsPerMinute: Int, covers: [String], avoid: [String], example: String) {
        self.minWords = minWords
        self.maxWords = maxWords
        self.wordsPerMinute = wordsPerMinute
        self.covers = covers
        self.avoid = avoid
        self.example = example
    }

    /// Words in a text as a speaker says them: runs of letters or digits, "2-minute" being one.
    public static func wordCount(_ text: String) -> Int {
        text.split { $0.isWhitespace }.filter { $0.contains { $0.isLetter || $0.isNumber } }.count
    }
}
