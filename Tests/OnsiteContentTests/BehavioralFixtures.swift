import Foundation
import OnsiteTestSupport

/// A small behavioral and screen bank written to a temporary folder: three sample behavioral
/// questions (test fixtures only; the shipped ones live in `content/behavioral/<theme>/`), two
/// screen questions, questions to ask for one round and a short pitch guide.
enum BehavioralFixtures {
    static let themesYAML = """
    - id: conflict
      title: Conflict
      summary: Disagreeing with a person.
      common: true
    - id: technical-disagreement
      title: Disagreeing on a technical decision
      summary: Arguing for another design.
      common: true
    - id: ownership
      title: Ownership
      summary: Owning the outcome.
      common: true
    - id: model-failed-after-launch
      title: A model that failed after launch
      summary: Offline good, online bad.
      common: false
    """

    /// A valid question file; override a piece to make it invalid in one way. Lines: front matter
    /// 1–5 (id 2, themes 3, levels 4), `## Question` 6, listening 9, red flags 14, follow-ups 18.
    static func question(
        id: String, themes: String = "[conflict, technical-disagreement]", levels: String = "[mid, senior]",
        question: String = "Tell me about a time a teammate rewrote part of a pipeline you owned without asking you first.",
        listening: String = "- You spoke to the teammate directly and early, before escalating\n- You separated the code question from the process question\n- A concrete agreement on ownership afterwards",
        redFlags: String = "- Reverting their change without talking to them\n- Blaming the teammate in front of others",
        followUps: String = "### What would you do differently now?\nAgree on code ownership and review rules before the conflict, not after it.",
        extraSection: String = ""
    ) -> String {
        """
        ---
        id: \(id)
        themes: \(themes)
        levels: \(levels)
        ---
        ## Question
        \(question)

        ## Listening for
        \(listening)

        ## Red flags
        \(redFlags)

        ## Follow-ups
        \(followUps)
        \(extraSection)
        """
    }

    static func screen(id: String, category: String = "motivation", question: String = "Why do you want to work here?", covers: String = "- One\n- Two\n- Three") -> String {
        """
        ---
        id: \(id)
        category: \(category)
        ---
        ## Question
        \(question)

        ## A good answer covers
        \(covers)

        ## Avoid
        - Generic praise

        ## Example answer
        I use your product every week and I want to work on its ranking.

        """
    }

    static let questionsToAskYAML = """
    - round: hiring-manager
      title: Hiring manager
      questions:
        - ask: What does success look like after six months?
          why: It says what you would be measured on.
        - ask: What is the team's biggest problem right now?
          why: You learn the real work.
        - ask: Who sets the priorities?
          why: It shows how much ownership the role has.
        - ask: Who is on call for the models?
          why: It shows how mature the practice is.
    """

    static func pitch(example: String = "I build ranking models at a retailer and raised clicks by 6% last year. I want to do that here.") -> String {
        """
        ---
        minWords: 10
        maxWords: 40
        wordsPerMinute: 150
        ---
        ## What it covers
        - Current role
        - One impact with a number
        - Why this company

        ## Avoid
        - Reading your CV aloud

        ## Example pitch
        \(example)

        """
    }

    /// The three sample questions, keyed by path under `behavioral/`.
    static let sampleQuestions: [String: String] = [
        "conflict/conflict-peer-rewrote-your-pipeline.md": question(id: "conflict-peer-rewrote-your-pipeline"),
        "ownership/ownership-broken-dashboard-nobody-owned.md": question(
            id: "ownership-broken-dashboard-nobody-owned", themes: "[ownership]", levels: "[new-grad, mid]",
            question: "Describe a time you fixed something that was not your job because nobody else would.",
            listening: "- Why it mattered to users or the team\n- What you did first and what you delegated\n- How you made the fix stick, such as an owner or an alert",
            redFlags: "- Heroics with no lasting fix\n- Complaining about the people who ignored it"),
        "model-failed-after-launch/model-failed-after-launch-silent-feature-break.md": question(
            id: "model-failed-after-launch-silent-feature-break", themes: "[model-failed-after-launch, ownership]", levels: "[senior, staff]",
            question: "Tell me about a model whose quality dropped in production while every dashboard stayed green.",
            listening: "- How the problem was noticed and how long it took\n- The diagnosis: data, code or the world changing\n- The monitoring added so it cannot recur\n- Who was told, and when",
            redFlags: "- Retraining blindly without a root cause\n- No numbers on impact",
            followUps: "### How would you detect it sooner next time?\nFeature distribution checks against training and alerts on prediction drift.\n### Who did you tell?\nThe product owner the same day, with an estimate of user impact."),
    ]

    /// A folder with the card fixture's topics, the sample bank, and `files` added or replacing
    /// (path relative to the content folder → text; an empty text deletes the file).
    static func bundle(_ files: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        var all: [String: String] = [
            "topics.yaml": ContentFixtures.topicsYAML,
            "behavioral/themes.yaml": themesYAML,
            "screen/why-this-company.md": screen(id: "why-this-company"),
            "screen/l1-vs-l2.md": screen(id: "l1-vs-l2", category: "basics", question: "What is the difference between L1 and L2 regularization?"),
            "screen/questions-to-ask.yaml": questionsToAskYAML,
            "screen/pitch.md": pitch(),
        ]
        for (path, text) in sampleQuestions { all["behavioral/" + path] = text }
        for (path, text) in files { all[path] = text }
        for (path, text) in all where !text.isEmpty { try folder.write(text, to: path) }
        return folder
    }
}
