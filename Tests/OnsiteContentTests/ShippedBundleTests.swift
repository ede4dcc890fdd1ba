import Foundation
import OnsiteContent
import OnsiteCore
import Testing

/// The bank in `content/` itself: valid, and as broad as the breadth round needs.
@Suite struct ShippedBundleTests {
    let bundle: ContentBundle

    init() throws {
        bundle = try ContentBundle.load(from: ContentLocation.sourceCheckout)
    }

    @Test func holdsAtLeast420AnsweredCardsAcrossEveryTopic() {
        #expect(bundle.cards.count >= BankSize.cards)
        #expect(bundle.topics.count >= BankSize.topics)
        for topic in bundle.topics {
            #expect(!bundle.cards(inTopic: topic.id).isEmpty, "topic \(topic.id) has no cards")
        }
        #expect(bundle.cards.allSatisfy { !$0.answer.isEmpty && !$0.followUps.isEmpty })
    }

    /// Issue 12: about 30% hard (interviewers dig), the rest mostly medium; a "marked down" line on a good
    /// share of cards, and related cards linked.
    @Test func difficultyMixIsAboutAQuarterFortyThirty() {
        let stats = ContentStats(bundle: bundle).cards
        let share = { (level: String) in Double(stats.byDifficulty[level] ?? 0) / Double(stats.total) }
        #expect(abs(share("easy") - 0.25) < 0.07)
        #expect(abs(share("medium") - 0.42) < 0.07)
        #expect(abs(share("hard") - 0.30) < 0.05)
        #expect(Double(stats.withPhrasings) >= Double(stats.total) / 3)
        #expect(bundle.cards.filter { $0.markedDown != nil }.count >= stats.total / 5)
        #expect(bundle.cards.filter { !$0.related.isEmpty }.count >= stats.total / 2)
    }

    @Test func exportCarriesEveryFieldAndRoundTrips() throws {
        let data = try ContentJSON.encode(ContentExport(bundle: bundle))
        let decoded = try JSONDecoder().decode(ContentExport.self, from: data)
        #expect(decoded.cards == bundle.cards)
        #expect(decoded.screenQuestions == bundle.screenQuestions && decoded.themes == bundle.themes)
        #expect(decoded.questionsToAsk == bundle.questionsToAsk && decoded.pitch == bundle.pitch)
        // Every kind of item a plan can name is exported with its id (issue 10).
        #expect(decoded.designItems == bundle.designItems && decoded.depthProbes == bundle.depthProbes)
        #expect(decoded.numericDrills.map(\.id) == bundle.numericDrills.map(\.id))
        #expect(decoded.problems.map(\.id) == bundle.problems.map(\.id))
        #expect(decoded.behavioralQuestions.map(\.id) == bundle.behavioralQuestions.map(\.id))
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let first = (object["cards"] as! [[String: Any]])[0]
        for key in ["id", "question", "answer", "followUps", "topics", "round", "difficulty", "phrasings"] {
            #expect(first[key] != nil, "export lacks \(key)")
        }
    }

    @Test func searchRanksQuestionMatchesFirst() {
        let results = CardSearch(cards: bundle.cards).search("dropout")
        #expect(!results.isEmpty)
        #expect(results[0].question.lowercased().contains("dropout"))
        #expect(CardSearch(cards: bundle.cards).search("zzqx nonexistent").isEmpty)
    }
}

/// The shipped behavioral and screen bank (issue 9).
@Suite struct ShippedBehavioralBankTests {
    let bundle: ContentBundle

    init() throws {
        bundle = try ContentBundle.load(from: ContentLocation.sourceCheckout)
    }

    @Test func holdsTheSixteenThemesTwelveOfThemCommon() {
        #expect(bundle.themes.count == 16)
        #expect(bundle.themes.filter(\.common).count == 12)
        #expect(bundle.themes.filter { !$0.common }.map(\.id) == [
            "model-failed-after-launch", "pushing-back-on-skipping-ab-test", "explaining-model-limits", "metric-moved-wrong-way",
        ])
        // The story bank tags and covers by Core's list: the bank's themes are the same, in the same split.
        #expect(Set(bundle.themes.map(\.id)) == Set(StoryTheme.all))
        #expect(Set(bundle.themes.filter(\.common).map(\.id)) == Set(StoryTheme.common))
    }

    @Test func holdsAtLeast25ScreenQuestionsInEveryCategory() {
        #expect(bundle.screenQuestions.count >= BankSize.screenQuestions)
        for category in ScreenCategory.allCases {
            #expect(bundle.screenQuestions.contains { $0.category == category }, "no \(category.rawValue) question")
        }
        #expect(bundle.screenQuestion(id: "l1-vs-l2-regularization") != nil)
    }

    @Test func questionsToAskCoverEveryRoundAndThePitchFitsTwoMinutes() throws {
        #expect(bundle.questionsToAsk.map(\.round) == AskingRound.allCases)
        let pitch = try #require(bundle.pitch)
        #expect(pitch.minWords == 250 && pitch.maxWords == 300 && pitch.wordsPerMinute == 150)
        #expect((pitch.minWords...pitch.maxWords).contains(PitchGuide.wordCount(pitch.example)))
    }

    @Test
    func meetsEveryBankMinimum() {
        #expect(BankSize.check(bundle).map(\.description) == [])
    }
}
