// bench/judge: the judge's latency and throughput, measured in one run against the cold floor
// (`python3 -I -S -c 'import numpy'` under the same sandbox). Run: swift run -c release bench-judge
// Targets: warm p50 at most a quarter of the cold floor; at least 8 submissions/s per core; 0 errors.
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteJudge

let content = CommandLine.arguments.dropFirst().first.map(URL.init(fileURLWithPath:))
    ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content")
let bundle = try ContentBundle.load(from: content)
let judge = try JudgeSetup.make(allowUnsandboxed: false, warm: 4)
guard case .sandboxed(let profile) = judge.mode else {
    fatalError("bench-judge needs bubblewrap")
}

/// Unbuffered, so progress shows even when the output is a pipe.
func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

/// Wall time of one cold sandboxed `python3 -I -S -c 'import numpy'`.
func coldFloor(_ profile: SandboxProfile) throws -> Double {
    let command = profile.command(slot: 7, python: ["-I", "-S", "-c", "import sys; sys.path.append('/usr/lib/python3/dist-packages'); import numpy"])
    let started = ContinuousClock.now
    var pid: pid_t = 0
    let argv = command.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    guard posix_spawn(&pid, command[0], nil, nil, argv, [nil]) == 0 else { fatalError("cannot start \(command[0])") }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    guard status == 0 else { fatalError("the cold floor command failed (status \(status))") }
    let elapsed = ContinuousClock.now - started
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

// Joining a pids cgroup (where the judge uses one) waits for an RCU grace period, ~13 ms of a cold
// start that a warm interpreter paid long before. The ratios use the floor without it, the stricter.
var bare = profile
bare.cgroup = nil
say("measuring the cold floor…")
var floors: [Double] = [], joined: [Double] = []
for _ in 0..<15 {
    floors.append(try coldFloor(bare))
    if profile.cgroup != nil { joined.append(try coldFloor(profile)) }
}
let floor = percentile(floors, 0.5)

// Two pure-Python problems: a typical one, and one whose reference alone spends about 18 ms on its
// 200 000-character test (the test that makes the quadratic wrong solution time out).
let picks = [("pure Python", "feature-pair-target-sum"), ("pure, heavy", "balanced-config-brackets"),
             ("numpy", "batchnorm-train-forward"), ("SQL", "prediction-volume-per-model")]
var errors = 0
say("cold floor (sandboxed python3 -I -S -c 'import numpy'): p50 \(String(format: "%.1f", floor * 1000)) ms"
    + (joined.isEmpty ? "" : String(format: " (%.1f ms with the pids cgroup join; ratios use the lower)", percentile(joined, 0.5) * 1000)))
for (label, id) in picks {
    guard let problem = bundle.problem(id: id) else { fatalError("no problem \(id)") }
    let tests = try bundle.tests(for: problem)
    var latencies: [Double] = [], testTimes: [Double] = []
    for _ in 0..<40 {
        let started = ContinuousClock.now
        let report = try await judge.judge(problem, code: problem.solution, tests: tests)
        latencies.append(seconds(ContinuousClock.now - started))
        testTimes.append(report.outcomes.reduce(0) { $0 + $1.seconds })
        if report.verdict != .accepted { errors += 1 }
        try await Task.sleep(for: .milliseconds(150))  // a person's pace: the pool refills between submissions
    }
    let p50 = percentile(latencies, 0.5), p99 = percentile(latencies, 0.99)
    say(String(format: "Submit %-12@ (%@, %d tests): p50 %6.1f ms  p99 %6.1f ms  p50/floor %.2f  target <= 0.25: %@  (the tests themselves: p50 %.1f ms)",
                 label as NSString, id as NSString, tests.count, p50 * 1000, p99 * 1000, p50 / floor, p50 / floor <= 0.25 ? "met" : "MISSED",
                 percentile(testTimes, 0.5) * 1000))
}

// Throughput: 16 submitters at once, each submitting back to back.
let problem = bundle.problem(id: picks[0].1)!
let tests = try bundle.tests(for: problem)
let submitters = 16, perSubmitter = 12
let started = ContinuousClock.now
// 16 submitters stay within the queue (8 slots per pool and 16 waiting), so none is refused; a
// refusal would count as an error.
let failures = await withTaskGroup(of: Int.self) { group in
    for _ in 0..<submitters {
        group.addTask {
            var failed = 0
            for _ in 0..<perSubmitter where (try? await judge.judge(problem, code: problem.solution, tests: tests))?.verdict != .accepted {
                failed += 1
            }
            return failed
        }
    }
    var total = 0
    for await failed in group { total += failed }
    return total
}
errors += failures
let elapsed = seconds(ContinuousClock.now - started)
let cores = ProcessInfo.processInfo.activeProcessorCount
let perCore = Double(submitters * perSubmitter) / elapsed / Double(cores)
say(String(format: "throughput: %d submissions by %d concurrent submitters in %.1f s = %.1f/s per core (%d cores)  target >= 8: %@",
             submitters * perSubmitter, submitters, elapsed, perCore, cores, perCore >= 8 ? "met" : "MISSED"))
say("errors (any verdict but Accepted on a reference solution): \(errors)  target 0: \(errors == 0 ? "met" : "MISSED")")
