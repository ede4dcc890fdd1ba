public import Foundation

/// How judged code runs: inside bubblewrap with a minimal profile, or (only when the person
/// chose it, or bubblewrap is missing on a single-person machine) directly, loudly labelled.
public enum ExecutionMode: Sendable, Equatable {
    case sandboxed(SandboxProfile)
    case unsandboxedLocal(python: String)

    public var isSandboxed: Bool { if case .sandboxed = self { true } else { false } }

    /// What every surface says when code is not sandboxed.
    public static let unsandboxedWarning = "UNSANDBOXED LOCAL MODE: submitted code runs as you, with your files (bubblewrap not found)"
}

/// The bubblewrap profile: only the interpreter's and the harness's files, bound read-only.
public struct SandboxProfile: Sendable, Equatable {
    public var bubblewrap: String
    public var python: String
    /// Read-only binds, source → destination inside the sandbox.
    public var binds: [(String, String)]
    /// When the server runs as root, each run first drops to this unprivileged uid (one per
    /// concurrent slot), so RLIMIT_NPROC holds; `setpriv` does the drop.
    public var setpriv: String?
    public var harness: String
    /// The first slot's uid; slot n runs as `firstUID + n`.
    public var firstUID = 60_001
    /// Where the machine offers one, a pids cgroup per slot that each run joins before it starts.
    public var cgroup: PidsCgroup?

    public static func == (a: Self, b: Self) -> Bool {
        a.bubblewrap == b.bubblewrap && a.python == b.python && a.harness == b.harness && a.setpriv == b.setpriv && a.cgroup == b.cgroup
            && a.binds.map { $0.0 + "→" + $0.1 } == b.binds.map { $0.0 + "→" + $0.1 }
    }

    /// Finds bubblewrap and Debian-style Python 3 on this machine; nil when either is missing.
    public static func detect(harness: String) -> SandboxProfile? {
        let fileManager = FileManager.default
        guard let bubblewrap = ["/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"].first(where: fileManager.isExecutableFile) else { return nil }
        // The interpreter's real file, so the sandbox never follows a link the host does not control.
        guard let python = try? fileManager.destinationOfSymbolicLinkResolved("/usr/bin/python3"),
              let version = python.split(separator: "/").last.map(String.init), version.hasPrefix("python3.")
        else { return nil }
        var binds: [(String, String)] = [(python, "/usr/bin/python3"), ("/usr/lib/" + version, "/usr/lib/" + version)]
        var uts = utsname()
        uname(&uts)
        let machine = withUnsafeBytes(of: &uts.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        for folder in ["/usr/lib/\(machine)-linux-gnu", "/usr/lib64", "/usr/lib/python3/dist-packages/numpy", "/etc/alternatives"]
        where fileManager.fileExists(atPath: folder) {
            binds.append((folder, folder))
        }
        let setpriv = getuid() == 0 ? ["/usr/bin/setpriv", "/bin/setpriv"].first(where: fileManager.isExecutableFile) : nil
        return SandboxProfile(
            bubblewrap: bubblewrap, python: python, binds: binds, setpriv: setpriv, harness: harness, cgroup: PidsCgroup.detect())
    }

    /// The interpreter's arguments that start the harness inside the sandbox.
    public static let harnessArguments = ["-I", "-S", "-B", "/judge/harness.py"]

    /// The command for one run in `slot` (0-based); `python` replaces the harness invocation
    /// (the benchmark measures the cold floor, `python3 -I -S -c 'import numpy'`, this way).

    public func command(slot: Int, python: [String] = SandboxProfile.harnessArguments) -> [String] {
        var command: [String] = []
        if let cgroup {
            // Joins the slot's group before anything else starts, so every task of the run counts.
            command += ["/bin/sh", "-c", #"echo $$ > "$0" && exec "$@""#, cgroup.procs(uid: firstUID + slot)]
        }
        if let setpriv {
            let uid = String(firstUID + slot)
            command += [setpriv, "--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", "--"]
        }
        command += [
            bubblewrap, "--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--clearenv",
            "--uid", "1000", "--gid", "1000", "--disable-userns",
        ]
        for (source, destination) in binds { command += ["--ro-bind", source, destination] }
        command += [
            "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
            "--proc", "/proc", "--dev", "/dev",
            "--size", String(16 << 20), "--tmpfs", "/tmp", "--size", String(8 << 20), "--tmpfs", "/dev/shm",
            "--ro-bind", harness, "/judge/harness.py", "--remount-ro", "/", "--chdir", "/tmp",
            "--setenv", "OPENBLAS_NUM_THREADS", "1", "--setenv", "PATH", "/usr/bin", "--setenv", "HOME", "/tmp",
            "/usr/bin/python3",
        ] + python
        return command
    }
}

extension FileManager {
    func destinationOfSymbolicLinkResolved(_ path: String) throws -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }
}
