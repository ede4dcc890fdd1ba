public import Foundation

/// A pids cgroup per judge slot, where this machine lets the server make one (as root, on cgroup
/// v2 or on v1's pids hierarchy): the kernel then caps the tasks, processes and threads alike, of
/// one sandbox, whatever uid they run as. The slot's uid and RLIMIT_NPROC still apply as well.
public struct PidsCgroup: Sendable, Equatable {
    /// The folder that holds one group per slot uid.
    public var folder: String
    /// Tasks allowed in one sandbox: bubblewrap, the harness and the code's child take four.
    public var maxTasks = 32

    /// The judge's folder under a writable pids controller, created if need be; nil when there is none.
    public static func detect() -> PidsCgroup? {
        let unified = "/sys/fs/cgroup"
        if let controllers = try? String(contentsOfFile: unified + "/cgroup.controllers", encoding: .utf8),
           controllers.split(separator: " ").contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "pids" }) {
            let folder = unified + "/onsite-judge"
            guard enable(parent: unified), make(folder), enable(parent: folder) else { return nil }
            return PidsCgroup(folder: folder)
        }
        let legacy = "/sys/fs/cgroup/pids"
        guard FileManager.default.fileExists(atPath: legacy + "/cgroup.procs") else { return nil }
        let folder = legacy + "/onsite-judge"
        return make(folder) ? PidsCgroup(folder: folder) : nil
    }

    /// Creates (or reuses) the groups for these uids with this cap; false if any cannot be made.
    public func prepare(uids: some Sequence<Int>) -> Bool {
        uids.allSatisfy { uid in
            Self.make(group(uid)) && Self.write(String(maxTasks), to: group(uid) + "/pids.max")
        }
    }

    /// The file a process writes its pid to, to join the slot's group.
    public func procs(uid: Int) -> String { group(uid) + "/cgroup.procs" }

    func group(_ uid: Int) -> String { folder + "/uid-\(uid)" }

    private static func make(_ folder: String) -> Bool {
        mkdir(folder, 0o755) == 0 || errno == EEXIST
    }

    /// cgroup v2 hands a controller to child groups only when the parent enables it for them.
    private static func enable(parent: String) -> Bool {
        let control = parent + "/cgroup.subtree_control"
        if let enabled = try? String(contentsOfFile: control, encoding: .utf8), enabled.contains("pids") { return true }
        return write("+pids", to: control)
    }

    private static func write(_ text: String, to file: String) -> Bool {
        let fd = open(file, O_WRONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return text.withCString { Glibc.write(fd, $0, strlen($0)) } == strlen(text)
    }
}
