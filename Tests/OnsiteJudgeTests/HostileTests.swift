import Foundation
import OnsiteCore
import OnsiteJudge
import Testing

/// Hostile submissions: each gets its verdict, the judge stays usable, and nothing is left behind.
@Suite(.serialized) struct HostileTests {
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

    /// No warm interpreters here, so "no process left behind" can be checked strictly.
    static let judge: Judge? = try? JudgeSetup.make(allowUnsandboxed: false, warm: 0, firstUID: 61_001)

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
        Case(name: "read /etc/shadow", code: "def solve(a, b):\n    return open('/etc/shadow').read()\n", verdict: .runtimeError),
        Case(name: "read the server's database", code: "def solve(a, b):\n    return open('/root/.local/share/onsite/onsite.sqlite', 'rb').read(16)\n", verdict: .runtimeError),
        Case(name: "read the content folder", code: "def solve(a, b):\n    return open('\(contentFolder)/topics.yaml').read()\n", verdict: .runtimeError),
        Case(name: "read the problem's tests", code: "import os\ndef solve(a, b):\n    found = [os.path.join(r, f) for r, _, fs in os.walk('/') if not r.startswith(('/proc', '/sys')) for f in fs if 'test' in f and f.endswith('.json')]\n    return open(found[0]).read() if found else 0\n", verdict: .wrongAnswer),
        Case(name: "list the data directory", code: "import os\ndef solve(a, b):\n    return os.listdir('/root/.local/share/onsite')\n", verdict: .runtimeError),
        Case(name: "plant a symlink for the host", code: "import os\ndef solve(a, b):\n    if not os.path.islink('/tmp/link'): os.symlink('/etc/passwd', '/tmp/link')\n    return a + b\n", verdict: .accepted),
        Case(name: "monkeypatch the harness", code: "import __main__\n__main__.frame = lambda *args: None\ndef solve(a, b):\n    return a + b\n", verdict: .runtimeError),
        Case(name: "list /root", code: "import os\ndef solve(a, b):\n    return os.listdir('/root')\n", verdict: .runtimeError),
        Case(name: "print the environment", code: "import os\ndef solve(a, b):\n    return dict(os.environ)\n", verdict: .wrongAnswer),
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
        guard let judge = Self.judge else { return print("skipped hostile suite: bubblewrap is not installed") }
        let plant = "def solve(a, b):\n    open('/tmp/marker', 'w').write('x')\n    open('/dev/shm/marker', 'w').write('x')\n    return a + b\n"
        let look = "import os\ndef solve(a, b):\n    return a + b + (100 if os.path.exists('/tmp/marker') or os.path.exists('/dev/shm/marker') else 0)\n"
        #expect(try await judge.judge(SandboxTests.add, code: plant, tests: SandboxTests.add.tests).verdict == .accepted)
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
        guard let judge = Self.judge else {
            print("skipped hostile suite: bubblewrap or /usr/bin/python3 is not installed")
            return
        }
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
}
