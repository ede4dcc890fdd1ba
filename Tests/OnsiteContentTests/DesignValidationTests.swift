import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// The design loader: the fixtures load with every field; each kind of mistake is reported with its file and line.
@Suite struct DesignValidationTests {
    func check(_ files: [String: String]) throws -> (ContentBundle?, [String]) {
        let folder = try DesignFixtures.bundle(files)
        defer { folder.remove() }
        let (bundle, problems) = ContentBundle.check(folder: folder.url)
        return (bundle, problems.map(\.description))
    }

    @Test func fixturesLoadWithEveryField() throws {
        let (bundle, problems) = try check(["cases/fraud-case.yaml": DesignFixtures.caseYAML(), "drills/fraud-metrics.yaml": DesignFixtures.drillYAML()])
        #expect(problems == [])
        let item = try #require(bundle?.designItem(id: "fraud-case"))
        #expect(item.kind == .case && item.steps.map(\.step) == DesignStep.allCases)
        #expect(item.steps[0].points.count == 4 && item.steps[0].points[0].phrases.count == 3 && item.steps[0].anchors[.veryStrong] != "")
        #expect(item.redFlags.count == 4 && item.redFlags[0].step == .metrics && item.followUps.count == 4 && item.clarifying.count == 3)
        #expect(try DesignDiagram.parse(item.diagram).nodes == ["client", "api", "scorer", "feature store"])
        let drill = try #require(bundle?.designItem(id: "fraud-metrics"))
        #expect(drill.kind == .drill && drill.steps.map(\.step) == [.metrics] && drill.kind.minutes == 5)
        #expect(bundle?.designCases.count == 1 && bundle?.designDrills.count == 1)
    }

    @Test func aDiagramLineThatDoesNotParseNamesTheFileLine() throws {
        let (_, problems) = try check(["cases/fraud-case.yaml": DesignFixtures.caseYAML(diagram: "client -> api\n  scorer feature store")])
        #expect(problems.contains { $0.hasPrefix("design/cases/fraud-case.yaml:9: diagram: expected a chain") }, "\(problems)")
    }

    @Test func unknownFieldsMissingStepsAndIDsAreReported() throws {
        let (_, problems) = try check([
            "cases/fraud-case.yaml": DesignFixtures.caseYAML(extra: "colour: red\n", dropStep: "data"),
            "drills/other.yaml": DesignFixtures.drillYAML(id: "fraud-metrics"),
        ])
        #expect(problems.contains { $0.contains("fraud-case.yaml:") && $0.contains("unknown field `colour`") }, "\(problems)")
        #expect(problems.contains { $0.contains("missing step `data`") }, "\(problems)")
        #expect(problems.contains { $0.contains("other.yaml:1: id `fraud-metrics` must match the file name") }, "\(problems)")
    }

    @Test func duplicateIDsAcrossCasesAndDrillsAreReported() throws {
        let (_, problems) = try check(["cases/fraud-case.yaml": DesignFixtures.caseYAML(), "drills/fraud-case.yaml": DesignFixtures.drillYAML(id: "fraud-case")])
        #expect(problems.contains { $0.contains("duplicate design id `fraud-case`") }, "\(problems)")
    }

    @Test func tooFewPointsPhrasesAndABadWeightAreReported() throws {
        let text = DesignFixtures.drillYAML()
            .replacingOccurrences(of: "weight: 2", with: "weight: 5")
            .replacingOccurrences(of: "phrases: [fraud loss, online metric, dollars blocked]", with: "phrases: [fraud loss]")
        let (_, problems) = try check(["drills/fraud-metrics.yaml": text])
        #expect(problems.contains { $0.contains("`weight` must be 1, 2 or 3") }, "\(problems)")
        #expect(problems.contains { $0.contains("has 1 phrase(s); write at least 3") }, "\(problems)")
        let short = DesignFixtures.drillYAML().components(separatedBy: "  - id: online")[0] + "anchors:\n" + DesignFixtures.drillYAML().components(separatedBy: "anchors:\n")[1]
        let (_, fewer) = try check(["drills/fraud-metrics.yaml": short])
        #expect(fewer.contains { $0.contains("`points` has 3 entries; write at least 4") }, "\(fewer)")
    }
}

/// The labelled answers the content writers keep per case: strong > weak > off-topic, and salad < strong.
/// It iterates the folders that exist, and prints the table of totals.
@Suite struct DesignLabelledAnswerTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("DesignAnswers")
    static let labels = ["strong", "weak", "off-topic", "salad"]

    @Test func everyCaseRanksItsLabelledAnswers() throws {
        let bundle = try ContentBundle.load(from: ContentLocation.sourceCheckout)
        let cases = ((try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []).sorted()
        var table = ["case | strong | weak | off-topic | salad", "---|---|---|---|---"]
        for id in cases {
            guard let item = bundle.designItem(id: id) else {
                Issue.record("DesignAnswers/\(id) has no case `\(id)` in the bank")
                continue
            }
            var totals: [String: Double] = [:]
            for label in Self.labels {
                let url = Self.folder.appendingPathComponent("\(id)/\(label).md")
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                totals[label] = DesignScorer.score(try DesignAnswerFile.parse(text), against: item).total
            }
            table.append(([id] + Self.labels.map { totals[$0].map { String(format: "%.3f", $0) } ?? "—" }).joined(separator: " | "))
            if let strong = totals["strong"], let weak = totals["weak"] { #expect(strong > weak, "\(id): strong \(strong) ≤ weak \(weak)") }
            if let weak = totals["weak"], let off = totals["off-topic"] { #expect(weak > off, "\(id): weak \(weak) ≤ off-topic \(off)") }
            if let strong = totals["strong"], let salad = totals["salad"] { #expect(salad < strong, "\(id): salad \(salad) ≥ strong \(strong)") }
        }
        print(table.joined(separator: "\n"))
    }
}
