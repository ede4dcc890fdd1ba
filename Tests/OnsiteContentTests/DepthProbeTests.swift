import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// `depth/probes.yaml`: each probe's problems name the line, and the shipped bank has at least 50 in every phase.
@Suite struct DepthProbeTests {
    @Test func aBrokenProbeNamesItsLine() throws {
        let folder = try ContentFixtures.smallBundle()
        defer { folder.remove() }
        try folder.write("""
            - id: good-one
              phase: data
              question: Where did the labels come from?
              listen-for: The process and its noise.
            - id: Bad Id
              phase: deployment
              question: How was it served?
              listen-for: Latency.
            - id: wrong-phase
              phase: launch
              question: What?
              listen-for: x
              notes: stray
            - id: good-one
              phase: data
              question: Again?
              listen-for: y
            """, to: "depth/probes.yaml")
        let (bundle, problems) = ContentBundle.check(folder: folder.url)
        #expect(problems.map(\.description) == [
            "depth/probes.yaml:5: id `Bad Id` is not a slug (lowercase letters, digits and single dashes)",
            "depth/probes.yaml:10: unknown phase `launch` (expected one of: problem, data, modeling, evaluation, deployment, impact)",
            "depth/probes.yaml:13: unknown field `notes` (expected one of: id, listen-for, phase, question)",
            "depth/probes.yaml:14: duplicate probe id `good-one`",
        ])
        #expect(bundle?.depthProbes.map(\.id) == ["good-one"], "only the probe without problems loads")
    }

    @Test func theShippedBankHasFiftyProbesOverEveryPhase() throws {
        let bundle = try ContentBundle.load(from: ContentLocation.sourceCheckout)
        #expect(bundle.depthProbes.count >= BankSize.depthProbes)
        for phase in DepthPhase.allCases {
            #expect(bundle.depthProbes.filter { $0.phase == phase }.count >= 5, "phase \(phase.rawValue)")
        }
    }
}
