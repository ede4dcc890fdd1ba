public import Foundation

/// Builds the judge for this machine; `SelfTest` then says which protections are active.
public enum JudgeSetup {
    /// Bubblewrap when present. Without it, unsandboxed local mode only when allowed (one person on
    /// their own machine, who chose it); a server for several people must refuse that.
    /// `queueLimit`: submissions that may wait for a slot per pool (nil: twice the concurrency).
    public static func make(
        allowUnsandboxed: Bool, warm: Int = 2, queueLimit: Int? = nil, startWarm: Bool = true, firstUID: Int = 60_001
    ) throws -> Judge {
        let harness = try installHarness()
        if var profile = SandboxProfile.detect(harness: harness) {
            profile.firstUID = firstUID
            return Judge(mode: .sandboxed(profile), harness: harness, warm: warm, queueLimit: queueLimit, startWarm: startWarm)
        }
        guard allowUnsandboxed else {
            throw JudgeFailure("bubblewrap (bwrap) and Debian's /usr/bin/python3 are needed to run code safely; install them (apt-get install bubblewrap python3), or pass --unsandboxed to run code directly on this machine")
        }
        let python = ["/usr/bin/python3", "/usr/local/bin/python3", "/opt/homebrew/bin/python3"].first(where: FileManager.default.isExecutableFile) ?? "python3"
        return Judge(mode: .unsandboxedLocal(python: python), harness: harness, warm: warm, queueLimit: queueLimit, startWarm: startWarm)
    }

    /// Copies the harness out of the build's resources into a folder only this user can write
    /// (others may read it: the sandbox's uids bind it), named by its content so that every start
    /// reuses one file instead of leaving a new folder behind.
    static func installHarness(in parent: URL = FileManager.default.temporaryDirectory) throws -> String {
        guard let source = Bundle.module.url(forResource: "Harness/harness", withExtension: "py")
            ?? Bundle.module.url(forResource: "harness", withExtension: "py") else {
            throw JudgeFailure("the judge harness is missing from the build")
        }
        let harness = try Data(contentsOf: source)
        let folder = parent.appendingPathComponent("onsite-judge-\(getuid())").path
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
            throw JudgeFailure("cannot create \(folder): \(String(cString: strerror(errno)))")
        }
        // A folder someone else made or can write could hold a harness of theirs: refuse it.
        var info = stat()
        guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid(), info.st_mode & 0o022 == 0 else {
            throw JudgeFailure("\(folder) is not a folder only you can write; remove it and start again")
        }
        let target = folder + "/harness-\(fnv1a(harness)).py"
        if FileManager.default.contents(atPath: target) == harness { return target }
        let staging = folder + "/.harness-\(UUID().uuidString).py"
        guard FileManager.default.createFile(atPath: staging, contents: harness, attributes: [.posixPermissions: 0o444]),
              rename(staging, target) == 0 else {
            unlink(staging)
            throw JudgeFailure("cannot write the judge harness to \(target)")
        }
        return target
    }

    /// A stable name for the harness's content (equality is still checked before reuse).
    private static func fnv1a(_ data: Data) -> String {
        String(data.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }, radix: 16)
    }
}
