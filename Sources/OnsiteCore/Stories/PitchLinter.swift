/// The 2-minute pitch ("walk me through your background") checked for length, role, impact and why this company.
/// Rule ids: `pitch-empty` (error), `pitch-length`, `pitch-no-role`, `pitch-no-impact`, `pitch-no-why-company` (warnings).
public enum PitchLinter {
    /// About two minutes at 150 words a minute: under 150 words (1 min) is thin, over 330 (2 min 12 s) runs long.
    public static let words: ClosedRange<Int> = 150...330
    /// Job-title words that name a role.
    public static let roleWords: Set<String> = [
        "engineer", "engineers", "scientist", "scientists", "researcher", "researchers", "developer",
        "developers", "analyst", "analysts", "architect", "mle", "swe", "sre", "programmer", "statistician", "manager",
        "intern", "lead",
    ]
    /// Words that, with "you" or "your" in the same sentence, say why this company.
    public static let companyWords: Set<String> = [
        "mission", "product", "products", "platform", "team", "customers", "users", "research", "work", "company", "vision",
    ]

    public static func lint(_ text: String, company: String) -> [Finding] {
        let count = StoryText.wordCount(text)
        guard count > 0 else {
            return [Finding(rule: "pitch-empty", severity: .error, part: .story,
                            message: "pitch-empty: the pitch is empty — write who you are, what you built with a number, and why this company, in about 2 minutes (250–300 words).")]
        }
        var findings: [Finding] = []
        let time = StoryText.speakingTime(words: count)
        if count < words.lowerBound {
            findings.append(Finding(rule: "pitch-length", severity: .warning, part: .story,
                                    message: "pitch-length: the pitch is \(count) words, about \(time) spoken — aim for about 2 minutes (\(words.lowerBound)–\(words.upperBound) words): add one project with its result."))
        } else if count > words.upperBound {
            findings.append(Finding(rule: "pitch-length", severity: .warning, part: .story,
                                    message: "pitch-length: the pitch is \(count) words, about \(time) spoken — cut it to \(words.upperBound) words (about 2 minutes); keep one project, not all of them."))
        }
        let sentences = StoryText.sentences(text)
        let tokens = StoryText.words(text)
        if !tokens.contains(where: roleWords.contains) {
            findings.append(Finding(rule: "pitch-no-role", severity: .warning, part: .story, sentence: sentences.first,
                                    message: "pitch-no-role: the pitch never names your role — open with it: \"I'm a machine-learning engineer …\"."))
        }
        if StoryText.firstQuantity(text) == nil {
            findings.append(Finding(rule: "pitch-no-impact", severity: .warning, part: .story,
                                    message: "pitch-no-impact: no impact with a number — add one result you can defend: \"cut serving cost 40%\", \"3 models to production in a year\"."))
        }
        if !mentionsCompany(sentences, company: company) {
            let named = company.isEmpty ? "the company" : company
            findings.append(Finding(rule: "pitch-no-why-company", severity: .warning, part: .story, sentence: sentences.last,
                                    message: "pitch-no-why-company: the pitch does not say why \(named) — end with one sentence naming \(named) or \"your\" mission or product and why it fits what you did."))
        }
        return findings
    }

    /// The company named on word boundaries, or a sentence with "you"/"your" and a mission or product word.
    static func mentionsCompany(_ sentences: [String], company: String) -> Bool {
        let name = StoryText.words(company)
        for sentence in sentences {
            let words = StoryText.words(sentence)
            if !name.isEmpty, words.count >= name.count,
               (0...(words.count - name.count)).contains(where: { Array(words[$0..<$0 + name.count]) == name }) {
                return true
            }
            if words.contains(where: { $0 == "you" || $0 == "your" || $0 == "you're" }), words.contains(where: companyWords.contains) {
                return true
            }
        }
        return false
    }
}
