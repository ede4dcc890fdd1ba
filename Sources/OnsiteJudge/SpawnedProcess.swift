import Foundation

/// A child process started with `posix_spawn`, its own process group, the job on stdin and a
/// result pipe on fd 3 (Foundation's `Process` cannot place a pipe on a chosen descriptor).
/// Starting and sending are apart so the warm pool can start interpreters before a job exists.
final class SpawnedProcess: @unchecked Sendable {
    let pid: pid_t
    /// The read end of the child's fd 3.
    let results: Int32
    /// The write end of the child's stdin, until the job is sent.
    private let input: Int32
    /// The judge slot (and so the unprivileged uid) this process runs under.
    let slot: Int
    private var reaped = false
    private var sent = false

    init(arguments: [String], slot: Int) throws {
        self.slot = slot
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0 else { throw JudgeFailure("cannot create pipes: errno \(errno)") }
        // Close-on-exec, so a warm interpreter started later never inherits this one's pipe ends
        // (holding another's stdin open would keep it waiting for its job forever). Every spawn
        // happens on the one spawner thread, so no spawn can slip in between pipe() and fcntl().
        for fd in input + output { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        var child: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&child, arguments[0], &actions, &attributes, argv, [nil])
        close(input[0])
        close(output[1])
        guard status == 0 else {
            close(input[1])
            close(output[0])
            throw JudgeFailure("cannot start \(arguments[0]): \(String(cString: strerror(status)))")
        }
        pid = child
        results = output[0]
        self.input = input[1]
    }

    /// Sends the job and closes stdin. The job is small, but a child that never reads its stdin
    /// must not block the judge, so it is written in the background.
    func send(_ stdinData: Data) {
        sent = true
        let writer = input
        Thread.detachNewThread {
            signal(SIGPIPE, SIG_IGN)
            stdinData.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(writer, buffer.baseAddress! + offset, buffer.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(writer)
        }
    }

    /// Reads from fd 3 until `count` bytes arrived, the pipe closed, or `deadline` passed.
    func read(count: Int, deadline: ContinuousClock.Instant) -> Data? {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while data.count < count {
            let remaining = deadline - .now
            let milliseconds = Int32(max(0, min(Double(Int32.max), remaining.seconds * 1000)))
            guard milliseconds > 0 else { return nil }
            var poller = pollfd(fd: results, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, milliseconds)
            if ready == 0 { return nil }
            if ready < 0 { if errno == EINTR { continue } else { return nil } }
            let got = Glibc.read(results, &buffer, min(buffer.count, count - data.count))
            if got <= 0 { return data.isEmpty ? Data() : data }
            data.append(contentsOf: buffer[0..<got])
        }
        return data
    }

    /// Whether the child is still running (a warm interpreter that died must not take a job).
    var isRunning: Bool {
        guard !reaped else { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == 0 else {
            reaped = true
            close(results)
            close(input)
            return false
        }
        return true
    }

    /// Kills the whole process group (the sandbox dies with it: `--die-with-parent`).
    func kill() {
        guard !reaped else { return }  // a reaped pid may already belong to someone else
        Glibc.kill(-pid, SIGKILL)
        Glibc.kill(pid, SIGKILL)
    }

    /// Waits for the child and returns its status and `ru_maxrss` in bytes. That figure includes
    /// the spawning process's own high-water mark (carried across exec), so it is not the code's.
    @discardableResult
    func wait() -> (status: Int32, maxResidentBytes: Int) {
        guard !reaped else { return (0, 0) }
        reaped = true
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        close(results)
        if !sent { close(input) }
        return (status, Int(usage.ru_maxrss) * 1024)
    }

    deinit {
        if !reaped {
            kill()
            wait()
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Something went wrong in the judge itself, not in the submission.
public struct JudgeFailure: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
