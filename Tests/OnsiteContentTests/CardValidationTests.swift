import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

@Suite struct CardValidationTests {
    func problems(_ cards: [String: String]) throws -> [String] {
        let folder = try ContentFixtures.bundle(cards: cards)
        defer { folder.remove() }
        return ContentBundle.check(folder: folder.url).1.map(\.description)
    }

    @Test func aValidBundleHasNoProblems() throws {
        let folder = try ContentFixtures.smallBundle()
        defer { folder.remove() }
        let bundle = try ContentBundle.load(from: folder.url)
        #expect(bundle.cards.map(\.id) == ["l1-sparsity", "l2-shrinkage", "precision-recall"])
        #expect(bundle.card(id: "l1-sparsity")?.answerHTML.contains("<p>") == true)
        #expect(bundle.card(id: "l1-sparsity")?.followUps.first?.question == "Why?")
    }

    @Test func malformedFrontMatterNamesFileAndLine() throws {
        let text = "---\nid: bad\ntopics: [regularization\nround: ml-breadth\n---\n## Question\nQ?\n"
        let found = try problems(["regularization/bad.md": text])
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("cards/regularization/bad.md:"))
        #expect(found[0].contains("not valid YAML"))
    }

    @Test func missingFrontMatterIsLineOne() throws {
        let found = try problems(["regularization/bare.md": "## Question\nWhat?\n"])
        #expect(found == ["cards/regularization/bare.md:1: front matter missing: the file must start with a `---` line"])
    }

    @Test func missingAnswerAndFollowUpsAreReported() throws {
        let text = "---\nid: half\ntopics: [regularization]\nround: ml-breadth\ndifficulty: easy\n---\n## Question\nWhat is half a card?\n"
        let found = try problems(["regularization/half.md": text])
        #expect(found.contains { $0.contains(":8: missing section `## Answer`") })
        #expect(found.contains { $0.contains("missing section `## Follow-ups`") })
    }

    @Test func unknownTopicRoundAndDifficultyPointAtTheirLines() throws {
        var text = ContentFixtures.card(id: "odd", topics: "[regularization, astrology]", difficulty: "brutal")
        text = text.replacingOccurrences(of: "round: ml-breadth", with: "round: lunch")
        let found = try problems(["regularization/odd.md": text])
        #expect(found.contains("cards/regularization/odd.md:3: unknown topic `astrology` (add it to topics.yaml or use a listed one)"))
        #expect(found.contains { $0.hasPrefix("cards/regularization/odd.md:4: unknown round `lunch`") })
        #expect(found.contains { $0.hasPrefix("cards/regularization/odd.md:5: unknown difficulty `brutal`") })
    }

    @Test func duplicateIdsAreReportedOnTheSecondFile() throws {
        let found = try problems([
            "regularization/same.md": ContentFixtures.card(id: "same", question: "What is the first question here?"),
            "metrics/same.md": ContentFixtures.card(id: "same", topics: "[metrics]", question: "Is this entirely another matter?"),
        ])
        #expect(found.contains { $0.contains("duplicate id `same`, already used by") })
    }

    @Test func idMustMatchFileAndFolderMustMatchFirstTopic() throws {
        let found = try problems(["metrics/renamed.md": ContentFixtures.card(id: "original")])
        #expect(found.contains { $0.contains("id `original` does not match the file name `renamed.md`") })
        #expect(found.contains { $0.contains("the first topic `regularization` must be the card's folder `metrics`") })
    }

    @Test func answersMustBeTwoToSixSentences() throws {
        let long = Array(repeating: "This is one sentence.", count: 7).joined(separator: " ")
        let found = try problems([
            "regularization/short.md": ContentFixtures.card(id: "short", question: "Short answer here?", answer: "Only one."),
            "regularization/long.md": ContentFixtures.card(id: "long", question: "Long answer there?", answer: long),
        ])
        #expect(found.contains("cards/regularization/short.md:10: the answer has 1 sentence(s); write two to six"))
        #expect(found.contains("cards/regularization/long.md:10: the answer has 7 sentence(s); write two to six"))
    }

    @Test func followUpWithoutAnswerIsReported() throws {
        let text = ContentFixtures.card(id: "dangling", followUps: "### Why though?\n")
        let found = try problems(["regularization/dangling.md": text])
        #expect(found.contains { $0.contains("follow-up `Why though?` has no answer") })
    }

    @Test func nearDuplicateQuestionsAreCaughtAcrossPhrasings() throws {
        let found = try problems([
            "regularization/a.md": ContentFixtures.card(id: "a", question: "Why does L1 regularization produce sparse weights?"),
            "regularization/b.md": ContentFixtures.card(
                id: "b", question: "What is early stopping?",
                extraFrontMatter: "phrasings:\n  - Why does L1 regularization produce sparse weights exactly?\n"),
        ])
        #expect(found.contains { $0.contains("near-duplicate question: `b` asks what `a`") })
    }

    @Test func unknownFieldsAreRejected() throws {
        let text = ContentFixtures.card(id: "extra", extraFrontMatter: "answer: sneaky\n")
        let found = try problems(["regularization/extra.md": text])
        #expect(found.contains { $0.contains(":6: unknown field `answer`") })
    }

    @Test func sentenceCountIgnoresDecimalsAndCode() {
        #expect(Sentences.count(in: "A rate of 0.5 is fine. Use `x.mean()` here.") == 2)
        #expect(Sentences.count(in: "Is it? Yes! It is.") == 3)
        #expect(Sentences.count(in: "No terminal punctuation") == 1)
    }

    @Test func relatedLinksMustNameOtherCards() throws {
        let found = try problems([
            "regularization/a-card.md": ContentFixtures.card(id: "a-card", extraFrontMatter: "related: [b-card, no-such-card]\n"),
            "regularization/b-card.md": ContentFixtures.card(id: "b-card", question: "Why does b differ from a?", extraFrontMatter: "related: [b-card]\n"),
        ])
        #expect(found == [
            "cards/regularization/a-card.md:6: `related` names `no-such-card`, which is no card's id",
            "cards/regularization/b-card.md:6: a card cannot be related to itself",
        ])
    }

    @Test func aMarkedDownSectionIsReadBetweenAnswerAndFollowUps() throws {
        let text = ContentFixtures.card(id: "a-card", extraFrontMatter: "related: [b-card]\n")
            .replacingOccurrences(of: "## Follow-ups", with: "## Marked down\n\"L1 always picks the best feature.\" It keeps one of a correlated group arbitrarily.\n\n## Follow-ups")
        let folder = try ContentFixtures.bundle(cards: [
            "regularization/a-card.md": text, "regularization/b-card.md": ContentFixtures.card(id: "b-card", question: "Why does b differ from a?"),
        ])
        defer { folder.remove() }
        let bundle = try ContentBundle.load(from: folder.url)
        #expect(bundle.card(id: "a-card")?.markedDown == "\"L1 always picks the best feature.\" It keeps one of a correlated group arbitrarily.")
        #expect(bundle.card(id: "a-card")?.related == ["b-card"])
        #expect(bundle.card(id: "b-card")?.markedDown == nil)
        let misplaced = try problems(["regularization/c-card.md": ContentFixtures.card(id: "c-card") + "\n## Marked down\nLate.\n"])
        #expect(misplaced.contains { $0.contains("sections must come in the order Question, Answer, Marked down, Follow-ups") })
    }

    @Test func theBankSizeCheckNamesEachCardShortOfFollowUps() throws {
        let folder = try ContentFixtures.bundle(cards: [
            "regularization/a-card.md": ContentFixtures.card(id: "a-card", difficulty: "hard",
                                                             followUps: "### Why?\nBecause.\n### And then?\nDeeper."),
            "regularization/b-card.md": ContentFixtures.card(id: "b-card", question: "Why does b differ from a?"),
        ])
        defer { folder.remove() }
        let found = BankSize.check(try ContentBundle.load(from: folder.url)).map(\.description)
        #expect(found.contains("cards/regularization/a-card.md:1: 2 follow-up(s); the hard card needs at least 3, each digging into the last"))
        #expect(found.contains("cards/regularization/b-card.md:1: 1 follow-up(s); the easy card needs at least 2, each digging into the last"))
        #expect(found.contains("cards/:1: 2 card(s); the bank needs at least 420"))
        #expect(found.contains("cards/:1: 50% of cards are hard; keep it between 25% and 40%"))
    }
}
