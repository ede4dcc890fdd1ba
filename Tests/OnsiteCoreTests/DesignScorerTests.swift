import OnsiteCore
import Testing

/// The design scorer: each robustness rule, the claim rule for red flags, and prose over keyword lists.
@Suite struct DesignScorerTests {
    static let metrics = DesignStepRubric(
        step: .metrics, answer: "…",
        points: [
            RubricPoint(id: "pr-auc", point: "Uses PR-AUC for the rare class", weight: 2, phrases: ["pr auc", "precision recall curve"]),
            RubricPoint(id: "labels", point: "Says where labels come from", weight: 1, phrases: ["chargeback labels", "labelled by analysts"]),
            RubricPoint(id: "online", point: "Names an online metric", weight: 1, phrases: ["fraud loss per transaction", "online metric"]),
            RubricPoint(id: "ctr", point: "Click-through rate", weight: 1, phrases: ["click-through rate"]),
        ],
        anchors: DesignAnchors([:]))
    static let flag = RedFlag(id: "accuracy", flag: "Reports accuracy on a rare class", step: .metrics, claims: ["we report accuracy", "accuracy as the metric"])
    static let item = DesignItem(
        id: "fraud-metrics", title: "Fraud metrics", kind: .drill, difficulty: .medium, topics: [], prompt: "…", steps: [metrics], redFlags: [flag])

    static func score(_ text: String) -> StepScore {
        DesignScorer.score(DesignAnswer(steps: [.metrics: text]), against: item).steps[0]
    }

    static func matched(_ text: String) -> Set<String> { Set(score(text).matched.map(\.point.id)) }

    @Test func inflectionMatches() {
        #expect(Self.matched("We take the chargebacks as our label source for every transaction.").contains("labels"))
        #expect(Self.matched("Most of the data was labeling work done by the analysts on the team.").contains("labels"))
        #expect(DesignText.stem("labels") == DesignText.stem("labelled"))
        #expect(DesignText.stem("labeling") == DesignText.stem("label"))
        #expect(DesignText.stem("queries") == DesignText.stem("query"))
    }

    @Test func wordOrderDoesNotMatter() {
        #expect(Self.matched("The curve of precision against recall is what we would watch for the model.").contains("pr-auc"))
    }

    @Test func hyphensAndSlashesSplitWords() {
        #expect(Self.matched("We track the PR-AUC of the model on a held out week.").contains("pr-auc"))
        #expect(Self.matched("We track the clickthrough rate on the page.").contains("ctr") == false)
        #expect(Self.matched("We track the click through rate of the alerts page each day.").contains("ctr"))
        #expect(Self.matched("We watch the click/through rate of the alerts page each day.").contains("ctr"))
    }

    @Test func synonymsAreSeparatePhrases() {
        let result = Self.score("The headline online number is the fraud loss per transaction in dollars.")
        let online = result.matched.first { $0.point.id == "online" }
        #expect(online?.phrase == "fraud loss per transaction")
        #expect(online?.sentence == "The headline online number is the fraud loss per transaction in dollars.")
        #expect(online?.words == ["fraud", "loss", "transaction"])
    }

    @Test func wordsTooFarApartDoNotMatch() {
        #expect(!Self.matched("The pr curve we drew last year for the other team was nice, and auc too.").contains("pr-auc"))
    }

    @Test func keywordSaladScoresBelowProse() {
        let salad = Self.score("pr auc, chargeback labels, online metric, click-through rate, fraud loss per transaction")
        let bullets = Self.score("- pr auc\n- chargeback labels\n- online metric\n- click-through rate")
        let prose = Self.score(
            "We would use PR-AUC because positives are rare. The labels come from chargebacks that arrive weeks later. "
                + "The online metric is the fraud loss per transaction, and we also watch the click-through rate on alerts.")
        #expect(salad.score == 0)
        #expect(bullets.score == 0)
        #expect(prose.score == 1)
    }

    @Test func redFlagOnlyAsAClaim() {
        #expect(Self.score("For this model we report accuracy on the test set every week.").redFlags.map(\.flag.id) == ["accuracy"])
        #expect(Self.score("We use accuracy as the metric here.").redFlags.count == 1)
        #expect(Self.score("Accuracy as the metric is misleading here, since 99% of payments are fine.").redFlags.isEmpty)
        #expect(Self.score("We do not report accuracy because the class is rare.").redFlags.isEmpty)
        #expect(Self.score("We report PR-AUC instead of accuracy as the metric.").redFlags.isEmpty)
    }

    @Test func aCueInsideTheClaimIsPartOfIt() {
        let item = DesignItem(
            id: "x", title: "x", kind: .drill, difficulty: .easy, topics: [], prompt: "", steps: [Self.metrics],
            redFlags: [RedFlag(id: "no-baseline", flag: "No baseline", claims: ["no baseline"])])
        let hit = DesignScorer.score(DesignAnswer(steps: [.metrics: "There is no baseline, we go straight to a transformer."]), against: item)
        #expect(hit.redFlags.count == 1)
    }

    @Test func scoreIsWeightedAndTotalIsTheMeanOfSteps() {
        let result = Self.score("We would use PR-AUC because positives are rare in this data.")
        #expect(result.score == 0.4)
        #expect(Set(result.missed.map(\.id)) == ["labels", "online", "ctr"])
        let twoSteps = DesignItem(
            id: "c", title: "c", kind: .case, difficulty: .hard, topics: [], prompt: "",
            steps: [Self.metrics, DesignStepRubric(step: .data, answer: "", points: Self.metrics.points, anchors: DesignAnchors([:]))], redFlags: [])
        let total = DesignScorer.score(DesignAnswer(steps: [.metrics: "We would use PR-AUC because positives are rare in this data."]), against: twoSteps)
        #expect(total.total == 0.2)
        #expect(total.steps[1].score == 0)
    }

    @Test func scoringIsDeterministic() {
        let text = "We would use PR-AUC because positives are rare. The labels come from chargebacks."
        #expect(Self.score(text) == Self.score(text))
    }

    @Test func sentencesSplitOnPunctuationLinesAndBullets() {
        let sentences = DesignText.sentences("First we look, e.g. at logs. Then 0.5 of it!\n- a bullet here\n1. numbered item")
        #expect(sentences.map(\.text) == ["First we look, e.g. at logs.", "Then 0.5 of it!", "a bullet here", "numbered item"])
    }
}

/// Answer files: headings to steps, forgiving of case, hyphens and spaces; no step heading is an error.
@Suite struct DesignAnswerFileTests {
    @Test func headingsMapToSteps() throws {
        let answer = try DesignAnswerFile.parse("# Title\nintro\n## CLARIFY\nscope\n## trade offs\nrisks\n## Trade-Offs\nmore\n## Notes\nignored\n## metrics\nauc")
        #expect(answer[.clarify] == "scope")
        #expect(answer[.tradeoffs] == "risks\nmore")
        #expect(answer[.metrics] == "auc")
        #expect(answer[.data] == "")
    }

    @Test func noStepHeadingIsAnErrorThatSaysWhat() {
        #expect {
            try DesignAnswerFile.parse("Just some text\n## Notes\nmore")
        } throws: { error in
            "\(error)".contains("no step heading") && "\(error)".contains("## Trade-offs")
        }
    }

    @Test func aDrillTakesAFileWithoutHeadingsAsItsStep() throws {
        #expect(try DesignAnswerFile.parse("plain text", single: .metrics)[.metrics] == "plain text")
    }
}

/// Diagrams: chains per line, errors name the line, labels are escaped in the SVG.
@Suite struct DesignDiagramTests {
    @Test func parsesChainsAndLayersByLongestPath() throws {
        let diagram = try DesignDiagram.parse("client -> api -> ranker\n# comment\n\napi -> feature store\nranker -> feature store  # trailing")
        #expect(diagram.nodes == ["client", "api", "ranker", "feature store"])
        #expect(diagram.edges.count == 4)
        #expect(diagram.layers == [0, 1, 2, 3])
    }

    @Test func aLineThatIsNotAChainNamesItsLine() {
        #expect(throws: DiagramError(line: 2, message: "expected a chain like `client -> api -> ranker`, found “just words”")) {
            try DesignDiagram.parse("a -> b\njust words")
        }
        #expect { try DesignDiagram.parse("a -> b\n\na -> <script>") } throws: { ($0 as? DiagramError)?.line == 3 }
        #expect { try DesignDiagram.parse("a -> -> b") } throws: { ($0 as? DiagramError)?.line == 1 }
    }

    @Test func cyclesStillLayOut() throws {
        let diagram = try DesignDiagram.parse("a -> b -> c -> a")
        #expect(diagram.layers.allSatisfy { $0 < 3 })
        #expect(DiagramSVG.render(diagram).hasPrefix("<svg"))
    }

    @Test func svgEscapesLabels() {
        let diagram = DesignDiagram(nodes: ["<img onerror=x>", "a&b"], edges: [.init(from: 0, to: 1)])
        let svg = DiagramSVG.render(diagram)
        #expect(!svg.contains("<img"))
        #expect(svg.contains("&lt;img onerror=x&gt;"))
        #expect(svg.contains("a&amp;b"))
        #expect(!svg.contains("style="))
    }
}

/// Scheduling: the lower of the self-rating and the coverage band.
@Suite struct DesignRatingTests {
    @Test func lowerOfSelfAndCoverage() {
        #expect(DesignRating.rating(self: .veryStrong, coverage: 0.9) == .easy)
        #expect(DesignRating.rating(self: .veryStrong, coverage: 0.3) == .hard)
        #expect(DesignRating.rating(self: .weak, coverage: 0.95) == .hard)
        #expect(DesignRating.rating(self: .strong, coverage: 0.1) == .again)
        #expect(DesignRating.rating(self: .veryWeak, coverage: 1) == .again)
        #expect(DesignRating.rating(self: .strong, coverage: 0.5) == .good)
    }
}
