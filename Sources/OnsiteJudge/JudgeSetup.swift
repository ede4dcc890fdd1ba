public import Foundation

/// Builds the judge for this machine; `SelfTest` then says which protections are active.
public enum JudgeSetup {
    /// Bubblewrap when present. Without it, unsandboxed local mode only when allowed (one person on
    /// their own machine, who chose it); a server for several people must refuse that.
    public static func make(allowUnsandboxed: Bool, warm: Int = 2, firstUID: Int = 60_001) throws -> Judge {
        let harness = try installHarness()
        if var profile = SandboxProfile.detect(harness: harness) {
            profile.firstUID = firstUID
            return Judge(mode: .sandboxed(profile), harness: harness, warm: warm)
        }
        guard allowUnsandboxed else {
            throw JudgeFailure("bubblewrap (bwrap) and Debian's /usr/bin/python3 are needed to run code safely; install them (apt-get install bubblewrap python3), or pass --unsandboxed to run code directly on this machine")
        }
        let python = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"].first(where: FileManager.default.isExecutableFile) ?? "python3"
        return Judge(mode: .unsandboxedLocal(python: python), harness: harness, warm: warm)
    }

    /// Copies the harness out of the build's resources into a fresh folder only this user can write.
    static func installHarness() throws -> String {
        guard let source = Bundle.module.url(forResource: "Harness/harness", withExtension: "py")
            ?? Bundle.module.url(forResource: "harness", withExtension: "py") else {
            throw JudgeFailure("the judge harness is missing from the build")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-judge-\(getuid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        let target = folder.appendingPathComponent("harness.py")
        try FileManager.default.copyItem(at: source, to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: target.path)
        return target.path
    }
}
