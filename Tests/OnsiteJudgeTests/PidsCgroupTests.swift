import Foundation
import OnsiteCore
import OnsiteJudge
import Testing

/// Where the machine offers a pids cgroup, the kernel caps the tasks of one run, whatever its uid.
@Suite struct PidsCgroupTests {
    static let base = try? JudgeSetup.make(allowUnsandboxed: false, warm: 0, firstUID: 63_001)
    static var profile: SandboxProfile? {
        if case .sandboxed(let profile)? = base?.mode { profile } else { nil }
    }

    @Test(
        .enabled(if: PidsCgroupTests.profile != nil, SandboxTests.missing),
        .enabled(if: PidsCgroupTests.profile?.cgroup != nil, "no writable pids cgroup here (run as root on cgroup v2 or v1's pids hierarchy)"))
    func theSlotsGroupCapsTheTasksOfARun() async throws {
        var profile = try #require(Self.profile)
        var cgroup = try #require(profile.cgroup)
        // Eight tasks: the four a run needs (bubblewrap twice, the harness, the code's child) and
        // four threads. The slot's own RLIMIT_NPROC of 16 would allow about twelve.
        cgroup.maxTasks = 8
        profile.cgroup = cgroup
        let judge = Judge(mode: .sandboxed(profile), harness: profile.harness, concurrency: 1, warm: 0)
        let code = """
        import threading, time
        def solve(a, b):
            started = 0
            for _ in range(20):
                try:
                    threading.Thread(target=time.sleep, args=(0.5,), daemon=True).start()
                    started += 1
                except RuntimeError:
                    break
            return started
        """
        let problem = SandboxTests.problem(tests: [ProblemTest(name: "threads", visible: true, args: [.int(0), .int(0)], expected: .int(-1))])
        let report = try await judge.judge(problem, code: code, tests: problem.tests)
        guard let started = report.got.flatMap({ Int($0) }) else {
            Issue.record("expected a count of threads: \(report.summary)")
            return
        }
        #expect(started >= 1 && started <= 5, "started \(started) threads under a cap of 8 tasks")
    }
}
