import Foundation
import OnsiteCore
@testable import OnsiteJudge
import OnsiteTestSupport
import Testing

/// Hostile submissions: each gets its verdict, the judge stays usable, and nothing is left behind.
/// A case that tries to read a secret plants the secret first and proves the premise: the server
/// can read it, and code run without the sandbox reads it, so only the sandbox keeps it out.
@Suite(.serialized, .enabled(if: sandboxJudge != nil, sandboxMissing))
struct HostileTests {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var code: String
        var verdict: VerdictKind
        var language: ProblemLanguage = .python
        var description: String { name }
    }

    static let sqlProblem = SandboxTests.problem(language: .sql, checker: .rows, limit: 2, schema: "CREATE TABLE t (x INTEGER);", tests: [
        ProblemTest(name: "t", visible: true, data: "INSERT INTO t VALUES (1), (2), (3);",
                    expected: .object(["columns": .array([.string("x")]), "rows": .array([.array([.int(1)])])])),
    ])

    /// No warm interpreters here, so "no process left behind" can be checked strictly. The host
    /// variable is set before the judge starts any process, so a leak of the environment shows.
    static let judge: Judge? = {
        setenv(hostVariable, hostSecret, 1)
        return try? JudgeSetup.make(allowUnsandboxed: false, warm: 0, firstUID: 61_001)
    }()

    /// The same code without the sandbox: what a case proves is out of reach must be in reach here.
    static let unsandboxed: Judge? = try? Judge(
        mode: .unsandboxedLocal(python: "/usr/bin/python3"), harness: JudgeSetup.installHarness(), concurrency: 2, warm: 0)

    static let hostVariable = "ONSITE_HOSTILE_TEST_SECRET"
    static let hostSecret = "host-secret-\(UUID().uuidString)"

    static let contentFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content").path

    static let cases: [Case] = [
        Case(name: "infinite loop", code: "def solve(a, b):\n    while True: pass\n", verdict: .timeLimitExceeded),
        Case(name: "sleep", code: "import time\ndef solve(a, b):\n    time.sleep(30)\n", verdict: .timeLimitExceeded),
        Case(name: "memory bomb", code: "def solve(a, b):\n    x = bytearray(2 << 30)\n    return 3\n", verdict: .memoryLimitExceeded),
        Case(name: "slow memory creep", code: "def solve(a, b):\n    xs = []\n    while True: xs.append('x' * 100000)\n", verdict: .memoryLimitExceeded),
        Case(name: "fork bomb", code: "import os\ndef solve(a, b):\n    while True:\n        os.fork()\n", verdict: .runtimeError),
        Case(name: "thread bomb", code: "import threading, time\ndef solve(a, b):\n    while True:\n        threading.Thread(target=time.sleep, args=(60,)).start()\n", verdict: .runtimeError),
        Case(name: "100 MB to stdout", code: "def solve(a, b):\n    while True: print('x' * 100000)\n", verdict: .outputLimitExceeded),
        Case(name: "plant a symlink for the host", code: "import os\ndef solve(a, b):\n    if not os.path.islink('/tmp/link'): os.symlink('/etc/passwd', '/tmp/link')\n    return a + b\n", verdict: .accepted),
        Case(name: "monkeypatch the harness", code: "import __main__\n__main__.frame = lambda *args: None\ndef solve(a, b):\n    return a + b\n", verdict: .runtimeError),
        Case(name: "TCP to 127.0.0.1", code: "import socket\ndef solve(a, b):\n    socket.create_connection(('127.0.0.1', 22), timeout=1)\n", verdict: .runtimeError),
        Case(name: "UDP to 127.0.0.1", code: "import socket\ndef solve(a, b):\n    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n    s.sendto(b'x', ('127.0.0.1', 53))\n    return s.recv(10)\n", verdict: .timeLimitExceeded),
        Case(name: "write under /usr", code: "def solve(a, b):\n    open('/usr/evil', 'w').write('x')\n", verdict: .runtimeError),
        Case(name: "fake reply on /proc/PPID/fd/3", code: "import os\ndef solve(a, b):\n    fd = os.open(f'/proc/{os.getppid()}/fd/3', os.O_WRONLY)\n    os.write(fd, b'\\x00\\x00\\x00\\x0b{\"ok\": 3}')\n    return 0\n", verdict: .runtimeError),
        Case(name: "open /proc/PPID/mem", code: "import os\ndef solve(a, b):\n    return len(open(f'/proc/{os.getppid()}/mem', 'rb').read(10))\n", verdict: .runtimeError),
        Case(name: "os._exit", code: "import os\ndef solve(a, b):\n    os._exit(0)\n", verdict: .runtimeError),
        Case(name: "SystemExit", code: "import sys\ndef solve(a, b):\n    sys.exit(0)\n", verdict: .runtimeError),
        Case(name: "ctypes segfault", code: "import ctypes\ndef solve(a, b):\n    return ctypes.string_at(0)\n", verdict: .runtimeError),
        Case(name: "recursion bomb", code: "def solve(a, b):\n    return solve(a, b)\n", verdict: .runtimeError),
        Case(name: "NaN output", code: "def solve(a, b):\n    return float('nan')\n", verdict: .wrongAnswer),
        Case(name: "infinity output", code: "def solve(a, b):\n    return float('inf')\n", verdict: .wrongAnswer),
        Case(name: "monkeypatch builtins", code: "import builtins\nbuiltins.len = lambda x: 0\nbuiltins.print = None\ndef solve(a, b):\n    return a + b\n", verdict: .accepted),
        Case(name: "kill the parent", code: "import os, signal\ndef solve(a, b):\n    os.kill(os.getppid(), signal.SIGKILL)\n", verdict: .runtimeError),
        Case(name: "SQL ATTACH", code: "ATTACH DATABASE 'file:x?mode=memory' AS y", verdict: .runtimeError, language: .sql),
        Case(name: "SQL load_extension", code: "SELECT load_extension('/tmp/evil.so')", verdict: .runtimeError, language: .sql),
        Case(name: "SQL recursive CTE bomb", code: "WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT MAX(x) AS x FROM r", verdict: .timeLimitExceeded, language: .sql),
        Case(name: "SQL huge cross join", code: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) SELECT COUNT(*) AS x FROM n a, n b, n c", verdict: .timeLimitExceeded, language: .sql),
    ]

    @Test func filesLeftInTmpAndShmAreGoneForTheNextSubmission() async throws {
        let judge = try #require(Self.judge)
        let plant = "def solve(a, b):\n    open('/tmp/marker', 'w').write('x')\n    open('/dev/shm/marker', 'w').write('x')\n    return a + b\n"
        let look = "import os\ndef solve(a, b):\n    return a + b + (100 if os.path.exists('/tmp/marker') or os.path.exists('/dev/shm/marker') else 0)\n"
        #expect(try await judge.judge(SandboxTests.add, code: plant, tests: SandboxTests.add.tests).verdict == .accepted)
        // Would be a Wrong Answer (every sum off by 100) if either marker survived.
        #expect(try await judge.judge(SandboxTests.add, code: look, tests: SandboxTests.add.tests).verdict == .accepted)
    }

    /// Processes still running under the sandbox's unprivileged uids, after a short grace period.
    static func leftoverProcesses() async -> Int {
        for _ in 0..<20 {
            let owners = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.compactMap { entry -> uid_t? in
                guard Int(entry) != nil, let info = try? FileManager.default.attributesOfItem(atPath: "/proc/" + entry) else { return nil }
                return (info[.ownerAccountID] as? NSNumber)?.uint32Value
            } ?? []
            let count = owners.filter { (61_001...61_064).contains($0) }.count
            if count == 0 { return 0 }
            try? await Task.sleep(for: .milliseconds(100))
        }
        return -1
    }

    @Test(arguments: cases)
    func hostileSubmissionGetsItsVerdict(_ hostile: Case) async throws {
        let judge = try #require(Self.judge)
        let problem = hostile.language == .sql ? Self.sqlProblem : SandboxTests.add
        let report = try await judge.judge(problem, code: hostile.code, tests: problem.tests)
        print("hostile: \(hostile.name) -> \(report.verdict.title): \(report.summary)")
        #expect(report.verdict == hostile.verdict, "\(hostile.name): \(report.summary)")
        // No process outlives its sandbox: nothing runs under the judge's slot uids.
        #expect(await Self.leftoverProcesses() == 0, "\(hostile.name) left processes behind")
        // The judge still works afterwards.
        let healthy = try await judge.judge(SandboxTests.add, code: "def solve(a, b):\n    return a + b\n", tests: SandboxTests.add.tests)
        #expect(healthy.verdict == .accepted)
    }

    // MARK: Secrets the case plants itself

    /// A problem whose only test expects `secret` from `solve(path)`: code that reads the secret is
    /// Accepted, so a leak cannot pass for a protection.
    static func secretProblem(_ argument: JSONValue, expecting secret: String) -> CodingProblem {
        SandboxTests.problem(limit: 5, tests: [ProblemTest(name: "secret", visible: true, args: [argument], expected: .string(secret))])
    }

    static let readFile = "def solve(path):\n    with open(path) as f:\n        return f.read()\n"

    /// Whether every folder above `path` lets others in and the file lets others read: then a
    /// slot's uid could read it were it not for the sandbox, even where the server drops to one.
    static func othersCanRead(_ path: String) -> Bool {
        var url = URL(fileURLWithPath: path)
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & 0o004 != 0 else { return false }
        while url.path != "/" {
            url.deleteLastPathComponent()
            guard stat(url.path, &info) == 0, info.st_mode & 0o001 != 0 else { return false }
        }
        return true
    }

    /// Writes a fresh secret (mode 0644) at `path` and checks the premise from the host side.
    static func plant(at path: String) throws -> String {
        let secret = "onsite-secret-\(UUID().uuidString)"
        #expect(FileManager.default.createFile(atPath: path, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o644]))
        #expect(chmod(path, 0o644) == 0)
        #expect(FileManager.default.contents(atPath: path) == Data(secret.utf8), "the server cannot read its own plant \(path)")
        #expect(othersCanRead(path), "\(path) is not readable outside the sandbox either, so the case would prove nothing")
        return secret
    }

    /// Reads the planted secret: Accepted without the sandbox (the premise), not found inside it.
    static func expectUnreadable(_ path: String, secret: String) async throws {
        let problem = secretProblem(.string(path), expecting: secret)
        let unsandboxed = try #require(Self.unsandboxed)
        let premise = try await unsandboxed.judge(problem, code: readFile, tests: problem.tests)
        #expect(premise.verdict == .accepted, "without the sandbox the code should read \(path): \(premise.summary)")
        let report = try await #require(Self.judge).judge(problem, code: readFile, tests: problem.tests)
        #expect(report.verdict == .runtimeError && report.errorType == "FileNotFoundError", "\(path): \(report.summary)")
    }

    static let home = FileManager.default.homeDirectoryForCurrentUser.path

    @Test func aSecretInTmpIsOutOfReach() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("onsite-secret-\(UUID().uuidString)").path
        defer { unlink(path) }
        try await Self.expectUnreadable(path, secret: try Self.plant(at: path))
    }

    @Test func aSecretDatabaseInADataFolderIsOutOfReach() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(chmod(folder.path, 0o755) == 0)
        let path = folder.path + "/onsite.sqlite"
        try await Self.expectUnreadable(path, secret: try Self.plant(at: path))
    }

    /// As root, $HOME is usually /root (mode 0700): no slot uid could read it even without the
    /// sandbox, so the case would prove nothing there and is skipped.
    @Test(.enabled(if: HostileTests.othersCanRead(HostileTests.home), "$HOME is closed to other users here, so a secret in it proves nothing"))
    func aSecretInHomeIsOutOfReach() async throws {
        let path = Self.home + "/.onsite-secret-\(UUID().uuidString)"
        defer { unlink(path) }
        try await Self.expectUnreadable(path, secret: try Self.plant(at: path))
    }

    /// A checkout inside a private folder (`mktemp -d` makes one 0700) is closed to the slot uids
    /// even without the sandbox: the case would prove nothing there and is skipped.
    @Test(.enabled(if: HostileTests.othersCanRead(HostileTests.contentFolder + "/topics.yaml"),
                   "the checkout's content folder is closed to other users here, so reading it proves nothing"))
    func theContentFolderIsOutOfReach() async throws {
        let path = Self.contentFolder + "/topics.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try await Self.expectUnreadable(path, secret: text)
    }

    /// A file shaped like a problem's tests, planted where the code could look: found, its
    /// sentinel is the expected answer (Accepted); not found, the answer is "not found".
    @Test func planted_testsJSONIsNotFoundFromInside() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let sentinel = "onsite-sentinel-\(UUID().uuidString)"
        let file = try folder.write(#"[{"args": [1, 2], "expected": "\#(sentinel)"}]"#, to: "problems/dsa/x/tests.json")
        for path in [folder.path, folder.path + "/problems", folder.path + "/problems/dsa", folder.path + "/problems/dsa/x"] { chmod(path, 0o755) }
        chmod(file.path, 0o644)
        #expect(Self.othersCanRead(file.path))
        let search = #"""
        import os
        def solve(roots):
            for root in roots:
                for folder, subfolders, files in os.walk(root):
                    if folder.startswith(("/proc", "/sys", "/dev")):
                        subfolders[:] = []
                        continue
                    for name in files:
                        if name == "tests.json":
                            try:
                                text = open(os.path.join(folder, name)).read()
                            except OSError:
                                continue
                            if "onsite-sentinel-" in text:
                                return text.split('"expected": "')[1].split('"')[0]
            return "not found"
        """#
        let premiseProblem = Self.secretProblem(.array([.string(folder.path)]), expecting: sentinel)
        let premise = try await #require(Self.unsandboxed).judge(premiseProblem, code: search, tests: premiseProblem.tests)
        #expect(premise.verdict == .accepted, "without the sandbox the search should find the plant: \(premise.summary)")
        let problem = Self.secretProblem(.array([.string(folder.path), .string(Self.contentFolder), .string("/")]), expecting: sentinel)
        let report = try await #require(Self.judge).judge(problem, code: search, tests: problem.tests)
        #expect(report.verdict == .wrongAnswer && report.got == #""not found""#, "\(report.summary)")
    }

    /// The server's environment never reaches the code: the host variable's value would be Accepted.
    @Test func theServersEnvironmentIsNotPassedOn() async throws {
        let judge = try #require(Self.judge)
        #expect(String(cString: getenv(Self.hostVariable)) == Self.hostSecret)
        let problem = Self.secretProblem(.string(Self.hostVariable), expecting: Self.hostSecret)
        let code = "import os\ndef solve(name):\n    return os.environ.get(name, 'absent')\n"
        let report = try await judge.judge(problem, code: code, tests: problem.tests)
        #expect(report.verdict == .wrongAnswer && report.got == #""absent""#, "\(report.summary)")
    }
}
