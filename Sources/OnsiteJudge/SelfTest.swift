public import Foundation
public import OnsiteCore

/// The start-up self-test: one probe sent down the same path as a submission (pool, harness,
/// sandbox) that looks, from inside, at what it can see and do. Each line of the report is what
/// the probe observed, not what the configuration intends.
public enum SelfTest {
    /// Runs the probe. `hiddenPaths` are host paths the code must not see (the database, the
    /// content folder, the data folder); /etc/shadow and /root are always checked.
    public static func run(_ judge: Judge, hiddenPaths: [String]) async -> SandboxReport {
        let paths = hiddenPaths + ["/etc/shadow", "/root"]
        let input = ProblemTest(name: "self-test", visible: true, args: [.array(paths.map(JSONValue.string))], expected: .null)
        let answer: Result<JSONValue, ReferenceFailure>
        do {
            answer = try await judge.referenceValue(problem, on: input)
        } catch {
            return SandboxReport(lines: [("self-test: the probe did not run: \(error)", false)])
        }
        switch answer {
        case .success(.object(let seen)):
            return report(seen, mode: judge.mode)
        case .success(let other):
            return SandboxReport(lines: [("self-test: the probe returned \(other)", false)])
        case .failure(let failure):
            return SandboxReport(lines: [("self-test: the probe did not run: \(failure.report.summary)", false)])
        }
    }

    /// The host paths a submission must not see: the database and its folder, the content, the home folder.
    public static func hostPaths(database: String, content: String) -> [String] {
        let folder = URL(fileURLWithPath: database).deletingLastPathComponent().path
        return [database, folder, content, FileManager.default.homeDirectoryForCurrentUser.path]
    }

    static func report(_ seen: [String: JSONValue], mode: ExecutionMode) -> SandboxReport {
        func int(_ key: String) -> Int { if case .int(let value)? = seen[key] { value } else { -1 } }
        func strings(_ key: String) -> [String] {
            guard case .array(let values)? = seen[key] else { return [] }
            return values.compactMap { if case .string(let text) = $0 { text } else { nil } }
        }
        let interfaces = strings("interfaces"), visible = strings("visible"), written = strings("written")
        let environment = strings("environment"), unlimited = strings("unlimited")
        let allowedEnvironment: Set = ["PATH", "HOME", "PWD", "OPENBLAS_NUM_THREADS", "LC_CTYPE"]
        let mode: (String, Bool) = switch mode {
        case .sandboxed(let profile):
            // As a normal user the process limit still holds (a fork bomb gets EAGAIN), but it counts
            // all of that user's processes, so a submission cannot start any while the user runs more.
            ("bubblewrap sandbox (new user, pid, network, ipc, uts and mount namespaces); process limit "
                + (profile.setpriv != nil ? "per slot, each with its own unprivileged uid" : "counted over your own user's processes")
                + (profile.cgroup.map { "; a pids cgroup caps each run at \($0.maxTasks) tasks" } ?? ""), true)
        case .unsandboxedLocal:
            (ExecutionMode.unsandboxedWarning, false)
        }
        let loopbackOnly = interfaces.allSatisfy { $0 == "lo" }, tmpEntries = int("tmpEntries")
        return SandboxReport(lines: [
            mode,
            ("runs as uid \(int("uid")) with \(int("capabilities") == 0 ? "no" : "some") capabilities",
             int("uid") != 0 && int("capabilities") == 0),
            ("network: " + (loopbackOnly ? "no interface but loopback" : "interfaces " + interfaces.joined(separator: ", ")), loopbackOnly),
            ("host files: " + (visible.isEmpty ? "none of the \(int("checked")) paths checked is visible"
                                              : "visible: " + visible.joined(separator: ", ")), visible.isEmpty),
            ("filesystem: " + (written.isEmpty ? "read-only but for /tmp and /dev/shm" : "writable: " + written.joined(separator: ", ")),
             written.isEmpty),
            ("/tmp starts empty: " + (tmpEntries == 0 ? "yes" : "no, \(tmpEntries) entries"), tmpEntries == 0),
            ("processes: sees \(int("processes")) in /proc", int("processes") <= 4),
            ("rlimits: " + (unlimited.isEmpty ? "address space, CPU, file size, open files, processes; no core" : "unlimited: " + unlimited.joined(separator: ", ")),
             unlimited.isEmpty),
            ("environment: " + environment.joined(separator: ", "), Set(environment).isSubset(of: allowedEnvironment)),
        ])
    }

    static let problem = CodingProblem(
        id: "self-test", title: "Sandbox self-test", round: .dsa, difficulty: .easy, patterns: [], language: .python,
        entry: "probe", checker: .exact, tolerance: 0, ordered: true, numpy: false, timeLimitSeconds: 5, memoryLimitMB: 64,
        hints: [], statement: "", editorial: "", starter: "", solution: probe, schema: "", wrongSolutions: [], tests: [], path: "")

    static let probe = #"""
    import os, resource, socket

    def probe(paths):
        seen = {"uid": os.getuid(), "checked": len(paths)}
        with open("/proc/self/status") as status:
            seen["capabilities"] = next(int(line.split()[1], 16) for line in status if line.startswith("CapEff:"))
        try:
            seen["interfaces"] = sorted(name for _, name in socket.if_nameindex())
        except OSError:
            seen["interfaces"] = []
        seen["visible"] = [path for path in paths if os.path.lexists(path)]
        # Asks rather than writes, so the probe leaves nothing behind where it is not contained.
        seen["written"] = [folder for folder in ("/", "/usr", "/etc", "/judge") if os.access(folder, os.W_OK)]
        seen["tmpEntries"] = len([name for name in os.listdir("/tmp") if name != "output.txt"])
        seen["processes"] = len([name for name in os.listdir("/proc") if name.isdigit()])
        limits = {"address space": resource.RLIMIT_AS, "CPU": resource.RLIMIT_CPU, "file size": resource.RLIMIT_FSIZE,
                  "open files": resource.RLIMIT_NOFILE, "processes": resource.RLIMIT_NPROC}
        seen["unlimited"] = [name for name, limit in limits.items() if resource.getrlimit(limit)[0] == resource.RLIM_INFINITY]
        if resource.getrlimit(resource.RLIMIT_CORE)[0] != 0:
            seen["unlimited"].append("core")
        seen["environment"] = sorted(os.environ)
        return seen
    """#
}

/// What the self-test observed: each line and whether the protection holds.
public struct SandboxReport: Sendable, CustomStringConvertible {
    public var lines: [(String, Bool)]

    public var description: String {
        lines.map { "  [\($0.1 ? "on " : "OFF")] \($0.0)" }.joined(separator: "\n")
    }
}
