import Foundation
import OnsiteCore
import Testing

/// The 2-minute pitch: length, role, impact with a number, why this company.
@Suite struct PitchLinterTests {
    static let good = """
        I'm a machine-learning engineer with five years on ranking and recommendation systems. I started as a data analyst \
        at a travel site, where I learned to distrust a dashboard until I had read the query behind it. I moved into \
        engineering when I rebuilt our hotel ranking model; that rebuild raised bookings per search by 6% and became the \
        team's baseline for the next two years. For the last three years I've worked at a marketplace on the feed ranking \
        team. I own the training pipeline end to end, from the feature store to the weekly retrain and the launch checks. \
        The work I'm proudest of is a monitoring system for ranking regressions: it cut the time to catch a bad model from \
        two days to under an hour, and it has stopped four bad launches since. I also mentor two engineers and run our \
        reading group on evaluation. I'm looking for a team where ranking quality is the product, not a side project, and \
        where the people who build the models also decide how they are measured. Acme's search is exactly that: your \
        product lives or dies on relevance, and I'd like to bring what I've learned about safe launches to it.
        """

    @Test func goodPitchPasses() {
        #expect(PitchLinter.lint(Self.good, company: "Acme").isEmpty)
    }

    @Test func shortPitchNamesItsSpeakingTime() {
        let findings = PitchLinter.lint("I'm an ML engineer who cut serving cost 40%. I love Acme.", company: "Acme")
        #expect(findings.map(\.rule) == ["pitch-length"])
        #expect(findings[0].message.contains("12 words, about 5 s"))
    }

    @Test func longPitch() {
        let long = Self.good + " " + String(repeating: "I also worked on many other things. ", count: 20)
        #expect(PitchLinter.lint(long, company: "Acme").map(\.rule) == ["pitch-length"])
    }

    @Test func missingRoleImpactAndCompany() {
        let text = Self.good.replacingOccurrences(of: "machine-learning engineer", with: "person")
            .replacingOccurrences(of: "data analyst", with: "hire").replacingOccurrences(of: "two engineers", with: "two colleagues")
        #expect(PitchLinter.lint(text, company: "Acme").map(\.rule) == ["pitch-no-role"])
        #expect(PitchLinter.lint(Self.good, company: "Globex").map(\.rule) == [], "\"your product\" says why this company")
        let noWhy = Self.good.replacingOccurrences(of: "Acme's search is exactly that: your product lives or dies on relevance", with: "Search is exactly that")
        #expect(PitchLinter.lint(noWhy, company: "Globex").map(\.rule) == ["pitch-no-why-company"])
    }

    @Test func noNumber() {
        let text = "I'm an engineer. " + String(repeating: "I built good models that helped users a lot at Acme. ", count: 16)
        #expect(PitchLinter.lint(text, company: "Acme").map(\.rule) == ["pitch-no-impact"])
    }

    @Test func empty() {
        #expect(PitchLinter.lint("  ", company: "Acme").map(\.severity) == [.error])
    }
}
