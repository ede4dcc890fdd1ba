import Foundation
@testable import OnsiteJudge
import Testing

/// The harness file the sandbox binds: one per content, in a folder nobody else can write.
@Suite struct HarnessInstallTests {
    func parent() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-install-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return url
    }

    @Test func everyStartReusesOneFile() throws {
        let parent = try parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let first = try JudgeSetup.installHarness(in: parent)
        let second = try JudgeSetup.installHarness(in: parent)
        #expect(first == second)
        let folder = URL(fileURLWithPath: first).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [URL(fileURLWithPath: first).lastPathComponent])
        #expect(String(decoding: FileManager.default.contents(atPath: first) ?? Data(), as: UTF8.self).contains("def main()"))
    }

    @Test func aFolderOthersCanWriteIsRefused() throws {
        let parent = try parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("onsite-judge-\(getuid())").path
        #expect(mkdir(folder, 0o777) == 0 && chmod(folder, 0o777) == 0)
        #expect(throws: JudgeFailure.self) { try JudgeSetup.installHarness(in: parent) }
    }

    @Test func aSymlinkInPlaceOfTheFolderIsRefused() throws {
        let parent = try parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createSymbolicLink(
            atPath: parent.appendingPathComponent("onsite-judge-\(getuid())").path, withDestinationPath: parent.path)
        #expect(throws: JudgeFailure.self) { try JudgeSetup.installHarness(in: parent) }
    }
}
