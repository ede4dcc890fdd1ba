import Foundation
@testable import OnsiteJudge
import Testing

/// The start-up self-test reports what a probe observes from inside, so it must say "on" in the
/// sandbox and "OFF" where code is not contained.
@Suite(.serialized) struct SelfTestTests {
    static let python = "/usr/bin/python3"

    @Test(.enabled(if: SandboxTests.setup != nil, SandboxTests.missing))
    func everyProtectionHoldsInTheSandbox() async throws {
        let judge = try #require(SandboxTests.setup)
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-secret-\(UUID().uuidString)")
        try Data("x".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let report = await SelfTest.run(judge, hiddenPaths: [secret.path])
        print(report)
        #expect(report.lines.count == 9)
        for (line, holds) in report.lines { #expect(holds, "\(line)") }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: SelfTestTests.python), "no /usr/bin/python3 (apt-get install python3)"))
    func unsandboxedCodeIsReportedAsUncontained() async throws {
        let python = Self.python
        let judge = Judge(mode: .unsandboxedLocal(python: python), harness: try JudgeSetup.installHarness(), warm: 0)
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-secret-\(UUID().uuidString)")
        try Data("x".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let report = await SelfTest.run(judge, hiddenPaths: [secret.path])
        let off = report.lines.filter { !$0.1 }.map(\.0)
        #expect(off.contains { $0.hasPrefix("UNSANDBOXED LOCAL MODE") })
        #expect(off.contains { $0.contains("visible: \(secret.path)") })
        #expect(off.contains { $0.hasPrefix("processes:") })  // it sees the whole machine's processes
    }
}
