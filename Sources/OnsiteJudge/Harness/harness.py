"""Onsite's judge harness. Runs inside the sandbox as `python3 -I -S harness.py`.

Reads one job (JSON) on stdin: the person's code, the entry function, the tests' arguments
(never their expected outputs), limits. A forked child runs the code; this parent never does.
The parent makes itself non-dumpable (so the child cannot open /proc/<parent>/fd/* or ptrace it),
keeps fd 3 for itself, and writes one length-framed JSON message per test to fd 3:
  {"ok": value} | {"error": {type, message, trace}} | {"syntax": {message, line, column}}
and finally {"done": true} or {"crash": {...}}. Anything the child prints goes to a file with a size
limit; exceeding it is an output-limit error.
"""
import builtins
import ctypes
import errno
import gc
import json
import math
import mmap
import os
import resource
import signal
import struct
import sys

RESULT_FD = 3
PRISTINE_BUILTINS = dict(builtins.__dict__)  # restored after user code runs, so monkeypatching cannot break reporting
PR_SET_DUMPABLE = 4
MAX_FRAME = 8 * 1024 * 1024


def frame(fd, obj):
    data = json.dumps(obj, allow_nan=False, separators=(",", ":")).encode()
    os.write(fd, struct.pack(">I", len(data)) + data) if len(data) < MAX_FRAME else os.write(
        fd, frame_bytes({"error": {"type": "OutputTooLarge", "message": "the returned value is larger than 8 MB", "trace": []}}))


def frame_bytes(obj):
    data = json.dumps(obj).encode()
    return struct.pack(">I", len(data)) + data


def read_exact(fd, n):
    chunks = b""
    while len(chunks) < n:
        chunk = os.read(fd, n - len(chunks))
        if not chunk:
            return None
        chunks += chunk
    return chunks


def to_json(value, depth=0):
    """The returned value as JSON: tuples become lists, numpy arrays and scalars plain values."""
    if depth > 100:
        raise TypeError("the returned value is nested more than 100 levels deep")
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return {"$float": "nan"}
        if math.isinf(value):
            return {"$float": "inf" if value > 0 else "-inf"}
        return value
    module = type(value).__module__
    if module == "numpy":
        if hasattr(value, "tolist"):
            return to_json(value.tolist(), depth + 1)
    if isinstance(value, (list, tuple)):
        return [to_json(v, depth + 1) for v in value]
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if not isinstance(k, (str, int)):
                raise TypeError(f"dictionary keys must be strings or integers, not {type(k).__name__}")
            out[str(k)] = to_json(v, depth + 1)
        return out
    raise TypeError(f"cannot return a value of type {type(value).__name__}; return numbers, strings, lists or dicts")


SOURCE_LINES = []  # the submission's lines: tracebacks cannot read them from a file that does not exist


def user_trace(tb, filename):
    import traceback
    lines = []
    for entry in traceback.extract_tb(tb, limit=None):
        if entry.filename == filename:
            text = SOURCE_LINES[entry.lineno - 1] if 0 < (entry.lineno or 0) <= len(SOURCE_LINES) else ""
            lines.append({"line": entry.lineno, "function": entry.name, "code": text.strip()[:200]})
    return lines[-10:]


def run_python(job, out_fd):
    filename = "solution.py"
    source = job["code"]
    SOURCE_LINES[:] = source.splitlines()
    try:
        code = compile(source, filename, "exec")
    except SyntaxError as error:
        frame(out_fd, {"syntax": {"message": error.msg or "invalid syntax", "line": error.lineno or 0, "column": error.offset or 0}})
        return
    except ValueError as error:  # null bytes and the like
        frame(out_fd, {"syntax": {"message": str(error), "line": 0, "column": 0}})
        return
    namespace = {"__name__": "solution", "__builtins__": builtins}
    # Address space held back and freed on MemoryError, so the error can still be reported. An
    # anonymous mapping counts against RLIMIT_AS without touching a page (a bytearray cost 6 ms).
    reserve = mmap.mmap(-1, 8 << 20)
    try:
        exec(code, namespace)
    except BaseException as error:  # noqa: BLE001 - every failure is reported, SystemExit included
        reserve = None
        restore_builtins()
        frame(out_fd, {"error": describe(error, filename), "fatal": True})
        return
    restore_builtins()
    function = namespace.get(job["entry"])
    if not callable(function):
        frame(out_fd, {"error": {"type": "MissingFunction", "message": f"define a function named `{job['entry']}` (see the starter code)", "trace": []},
                       "fatal": True})
        return
    for args in job["tests"]:
        try:
            value = function(*args)
            restore_builtins()
            frame(out_fd, {"ok": to_json(value)})
        except MemoryError:
            reserve = None  # noqa: F841 - releasing it is the point
            restore_builtins()
            frame(out_fd, {"error": {"type": "MemoryError", "message": "out of memory", "trace": []}})
            return
        except BaseException as error:  # noqa: BLE001
            restore_builtins()
            frame(out_fd, {"error": describe(error, filename)})


def restore_builtins():
    builtins.__dict__.clear()
    builtins.__dict__.update(PRISTINE_BUILTINS)


def describe(error, filename):
    kind = type(error).__name__
    message = str(error)
    if isinstance(error, OSError) and error.errno == errno.EFBIG:
        return {"type": "OutputLimitExceeded", "message": "the program printed more than the output limit", "trace": []}
    if isinstance(error, SystemExit):
        message = f"the code called exit({error.code!r}); return a value instead"
    if isinstance(error, RecursionError):
        message = "maximum recursion depth exceeded (recursion too deep: use an explicit stack)"
    if isinstance(error, TypeError) and "positional argument" in message:
        message += " (check the function's parameters against the statement)"
    # Python's own class of that name, not one the code made (whose name could be anything).
    builtin = PRISTINE_BUILTINS.get(kind) is type(error)
    return {"type": kind, "message": message[:2000], "trace": user_trace(error.__traceback__, filename), "builtin": builtin}


def run_sql(job, out_fd):
    import sqlite3
    denied = {sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH, sqlite3.SQLITE_PRAGMA}
    query = job["code"].strip().rstrip(";")
    for data in job["tests"]:
        db = sqlite3.connect(":memory:")
        try:
            db.executescript(job["schema"] + "\n" + data)
            db.set_authorizer(lambda action, *rest: sqlite3.SQLITE_DENY if action in denied
                              or (action == sqlite3.SQLITE_FUNCTION and rest[1] in ("load_extension",))
                              else sqlite3.SQLITE_OK)
            steps = [0]

            def progress():
                steps[0] += 1
                return 1 if steps[0] > job.get("sqlSteps", 20000) else 0
            db.set_progress_handler(progress, 1000)
            try:
                cursor = db.execute(query)
            except sqlite3.Warning:
                frame(out_fd, {"error": {"type": "SQLError", "message": "give one statement: a single SELECT (or WITH … SELECT)", "trace": []}})
                continue
            columns = [c[0] for c in cursor.description or []]
            rows = cursor.fetchmany(job.get("maxRows", 10000) + 1)
            if len(rows) > job.get("maxRows", 10000):
                frame(out_fd, {"error": {"type": "TooManyRows", "message": f"the query returned more than {job.get('maxRows', 10000)} rows", "trace": []}})
                continue
            frame(out_fd, {"ok": {"columns": columns, "rows": [[to_json(v) for v in row] for row in rows]}})
        except sqlite3.OperationalError as error:
            text = str(error)
            if text == "interrupted":
                frame(out_fd, {"timeout": True})
                return
            if "syntax error" in text or "incomplete input" in text:
                frame(out_fd, {"syntax": {"message": text, "line": 0, "column": 0}})
                return
            kind = "NotAuthorized" if "not authorized" in text else "SQLError"
            frame(out_fd, {"error": {"type": kind, "message": text, "trace": []}})
        except sqlite3.Error as error:
            frame(out_fd, {"error": {"type": "SQLError", "message": str(error), "trace": []}})
        finally:
            db.close()


def peak_resident_bytes(pid):
    """The process's high-water resident memory (VmHWM), which it cannot forge."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def current_address_space():
    """VmSize in bytes, from statm (one short read: parsing /proc/self/status took 0.4 ms)."""
    fd = os.open("/proc/self/statm", os.O_RDONLY)
    try:
        return int(os.read(fd, 128).split()[0]) * os.sysconf("SC_PAGE_SIZE")
    finally:
        os.close(fd)


class NumpyNotAllowed:
    """A meta-path finder that refuses numpy and its submodules, for problems that do not allow it."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "numpy" or name.startswith("numpy."):
            raise ImportError("numpy is not allowed in this problem", name=name)
        return None


def forbid_numpy():
    for name in [name for name in sys.modules if name == "numpy" or name.startswith("numpy.")]:
        del sys.modules[name]
    sys.meta_path.insert(0, NumpyNotAllowed)


def child(job, write_fd):
    os.close(RESULT_FD)
    if not job.get("numpy"):
        forbid_numpy()
    limits = job["limits"]
    # The limit counts what the submission allocates beyond the interpreter already running.
    baseline = current_address_space()
    resource.setrlimit(resource.RLIMIT_AS, (baseline + limits["memoryBytes"], baseline + limits["memoryBytes"]))
    resource.setrlimit(resource.RLIMIT_NPROC, (limits.get("processes", 16), limits.get("processes", 16)))
    resource.setrlimit(resource.RLIMIT_CPU, (limits["cpuSeconds"], limits["cpuSeconds"] + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits["outputBytes"], limits["outputBytes"]))
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    out = os.open("/tmp/output.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.close(out)
    sys.stdout = open(1, "w", buffering=1, closefd=False)
    sys.stderr = open(2, "w", buffering=1, closefd=False)
    if job["language"] == "sql":
        run_sql(job, write_fd)
    else:
        sys.setrecursionlimit(job.get("recursionLimit", 10000))
        run_python(job, write_fd)
    os._exit(0)


def main():
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    out_fd = RESULT_FD
    sys.path.append("/usr/lib/python3/dist-packages")
    # Imported before the job arrives, so a warm interpreter from the pool has them ready.
    import sqlite3  # noqa: F401
    if "numpy" in sys.argv[1:]:  # only interpreters for problems that use it pay for the import
        try:
            import numpy  # noqa: F401
        except ImportError:
            pass
    raw = sys.stdin.buffer.read()
    job = json.loads(raw)
    read_fd, write_fd = os.pipe()
    # Collections in the child would walk (and so copy, page by page) every object inherited
    # from here, the parsed job included; frozen objects are left out of them.
    gc.freeze()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        try:
            child(job, write_fd)
        finally:
            os._exit(0)
    os.close(write_fd)
    count = 0
    expected = len(job["tests"])
    while True:
        header = read_exact(read_fd, 4)
        if header is None:
            break
        (length,) = struct.unpack(">I", header)
        if length > MAX_FRAME:
            break
        body = read_exact(read_fd, length)
        if body is None:
            break
        try:
            message = json.loads(body)
        except ValueError:
            break
        if not isinstance(message, dict) or not ({"ok", "error", "syntax", "timeout"} & set(message)):
            break
        os.write(out_fd, frame_bytes(message))
        count += 1
        if "syntax" in message or count > expected:
            break
        if count == expected:
            # Every test answered: report the child's peak memory from the kernel now, rather than
            # wait ~4 ms for it to exit, then stop it. A child that already exited has no memory
            # lines left in /proc; its rusage has the figure then.
            peak = peak_resident_bytes(pid)
            if peak:
                os.write(out_fd, frame_bytes({"done": True, "maxrss": peak}))
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            else:
                _, _, usage = os.wait4(pid, 0)
                os.write(out_fd, frame_bytes({"done": True, "maxrss": usage.ru_maxrss * 1024}))
            return
    # The child's peak memory, from the kernel: the judge cannot see it once the sandbox is gone.
    _, status, usage = os.wait4(pid, 0)
    peak = usage.ru_maxrss * 1024
    if os.WIFSIGNALED(status):
        os.write(out_fd, frame_bytes({"crash": {"signal": os.WTERMSIG(status)}, "maxrss": peak}))
    else:
        os.write(out_fd, frame_bytes({"done": True, "exit": os.WEXITSTATUS(status), "maxrss": peak}))


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
