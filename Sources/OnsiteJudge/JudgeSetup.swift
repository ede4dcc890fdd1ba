public import Foundation

/// Builds the judge for this machine and says which protections are active.
public enum JudgeSetup {
    /// Bubblewrap when present. Without it, unsandboxed local mode only when allowed (one person on
    /// their own machine, who chose it); a server for several people must refuse that.
    public static func make(allowUnsandboxed: Bool, warm: Int = 2, firstUID: Int = 60_001) throws -> (Judge, SandboxReport) {
        let harness = try installHarness()
        if var profile = SandboxProfile.detect(harness: harness) {
            profile.firstUID = firstUID
            return (Judge(mode: .sandboxed(profile), harness: harness, warm: warm), report(profile))
        }
        guard allowUnsandboxed else {
            throw JudgeFailure("bubblewrap (bwrap) and Debian's /usr/bin/python3 are needed to run code safely; install them (apt-get install bubblewrap python3), or pass --unsandboxed to run code directly on this machine")
        }
        let python = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"].first(where: FileManager.default.isExecutableFile) ?? "python3"
        let report = SandboxReport(lines: [("UNSANDBOXED LOCAL MODE: submitted code runs as you, with your files; bubblewrap not found", false)])
        return (Judge(mode: .unsandboxedLocal(python: python), harness: harness, warm: warm), report)
    }

    static func report(_ profile: SandboxProfile) -> SandboxReport {
        SandboxReport(lines: [
            ("bubblewrap \(profile.bubblewrap): new user, pid, network, ipc, uts and mount namespaces", true),
            ("read-only binds only: " + profile.binds.map(\.1).joined(separator: ", "), true),
            ("uid 1000 inside, all capabilities dropped, environment cleared", true),
            ("rlimits: address space, CPU, file size, open files, no core; wall-clock kill of the whole sandbox", true),
            // As a normal user the limit still holds (a fork bomb gets EAGAIN), but it counts all of
            // that user's processes, so a submission cannot start any while the user runs more.
            ("process limit: " + (profile.setpriv != nil
                ? "per-slot unprivileged uid with RLIMIT_NPROC"
                : "RLIMIT_NPROC over your own user's processes, so submissions cannot start processes (run as root for a uid per slot)"), true),
        ])
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
