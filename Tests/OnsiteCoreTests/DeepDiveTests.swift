@testable import OnsiteCore
import Testing

/// The deep-dive file: its headings (any case, spaces and hyphens ignored), decisions with their
/// alternatives, the linter's findings and the follow-ups it generates.
@Suite struct DeepDiveTests {
    static let good = """
        # Churn prediction

        ## Context
        Monthly churn was 6% on 2 million subscribers.
        ## role
        I owned the model end to end and ran the A/B test.
        ## DECISIONS
        ### Gradient boosting
        I chose LightGBM on 140 features.
        - Logistic regression: 4 points lower PR-AUC.
        - A sequence model: no gain, ten times the cost.
        * Support rules: caught half the churners.
        ### A 30-day label window
        - A 7-day window: too few positives.
        - A 90-day window: labels too late.
        - Survival analysis: harder to explain.
        ## Re-sult
        Churn fell from 6.1% to 5.2% against the rules baseline.
        ## Why
        Calls were scarce, so ranking the top mattered; 3 ms a score on CPU.
        ## Now
        Uplift modelling.
        """

    @Test func headingsMatchIgnoringCaseSpacesAndHyphens() throws {
        let dive = try DeepDiveMarkdown.parse(Self.good)
        #expect(dive.title == "Churn prediction")
        #expect(dive.role == "I owned the model end to end and ran the A/B test.")
        #expect(dive.result == "Churn fell from 6.1% to 5.2% against the rules baseline.")
        #expect(dive.decisions.map(\.title) == ["Gradient boosting", "A 30-day label window"])
        #expect(dive.decisions[0].body == "I chose LightGBM on 140 features.")
        #expect(dive.decisions[0].alternatives == [
            Alternative(name: "Logistic regression", whyLost: "4 points lower PR-AUC."),
            Alternative(name: "A sequence model", whyLost: "no gain, ten times the cost."),
            Alternative(name: "Support rules", whyLost: "caught half the churners."),
        ])
    }

    @Test func aGoodDeepDiveHasNoFindingsAndAsksWhyNotEachAlternative() throws {
        let dive = try DeepDiveMarkdown.parse(Self.good)
        #expect(DeepDiveLinter.lint(dive).isEmpty)
        let questions = DepthQuestions.generate(dive)
        #expect(questions.prefix(6) == [
            "Why not logistic regression?", "Why not a sequence model?", "Why not support rules?",
            "Why not a 7-day window?", "Why not a 90-day window?", "Why not survival analysis?",
        ])
        #expect(questions.last == "How did you measure this: “Churn fell from 6.1% to 5.2% against the rules baseline.”?")
        #expect(!questions.contains("What was the baseline?"), "the result names its baseline")
        #expect(!questions.contains { $0.hasPrefix("What did it cost") }, "3 ms a score on CPU is a serving cost")
    }

    @Test func aThinDeepDiveGetsEachFindingAndTheMissingQuestions() throws {
        let dive = try DeepDiveMarkdown.parse("""
            # Churn
            ## Context
            We had churn.
            ## Role
            We built a model and we shipped it.
            ## Decisions
            ### XGBoost
            - Neural network
            ## Result
            It worked well.
            ## Why
            ## Now
            More features.
            """)
        let findings = DeepDiveLinter.lint(dive)
        #expect(findings.map(\.rule) == ["missing-section", "few-alternatives", "alternative-without-reason", "result-without-number", "we-not-i"])
        #expect(findings[1].message.contains("“XGBoost” lists 1 alternative"))
        #expect(findings[4].message.contains("\"we\" 2 times and \"I\" 0 times"))
        #expect(DepthQuestions.generate(dive) == [
            "Why not neural network?", "How did you measure the result, and against what?", "What was the baseline?",
            "What did it cost to serve, and what was the latency?",
        ])
    }

    @Test func noSectionHeadingOrAnUnknownOneIsAnErrorWithItsLine() {
        #expect(throws: DeepDiveParseError(line: 1, message: "no section heading found; a deep dive has ## Context, ## Role, ## Decisions, ## Result, ## Why, ## Now")) {
            try DeepDiveMarkdown.parse("# Notes\njust text\n")
        }
        #expect(throws: DeepDiveParseError.self) { try DeepDiveMarkdown.parse("# T\n## Context\nx\n## Lessons\ny\n") }
        do {
            _ = try DeepDiveMarkdown.parse("# T\n## Context\nx\n## Lessons\ny\n")
        } catch {
            #expect(error.line == 4)
            #expect(error.located(in: "dive.md").hasPrefix("dive.md:4: `## Lessons` is not a section"))
        }
    }

    @Test func theTemplateParsesAndItsHintsAreNotText() throws {
        let dive = try DeepDiveMarkdown.parse(DeepDiveMarkdown.template(title: "My project"))
        #expect(dive.title == "My project")
        #expect(dive.context.isEmpty && dive.role.isEmpty && dive.result.isEmpty)
        #expect(dive.decisions.count == 1)
        #expect(DeepDiveLinter.lint(dive).map(\.rule).contains("missing-section"))
    }
}
