#!/usr/bin/env python3
"""Benchmarks for the foundation issue, each measured in one run against a bare Hummingbird
hello-world route (bench/hello) on this same machine, and printed as a ratio to it:

  - start-up: process start to listening, `onsite serve` with the whole bank and the seeded
    database vs hello-world;
  - drill page: p50/p99 latency and requests/s of `/drill` under `wrk -t2 -c64`, with the same
    100,000 review-log rows (and a schedule for every card) seeded, vs hello-world's `/`.

Both are measured on each database backend: SQLite (a file) and PostgreSQL (a throw-away server
started with scripts/throwaway-postgres.sh, or --postgres-url). Hello-world is measured once and
every backend's ratios are against that same run.

Usage: python3 bench/run.py [--seconds 10] [--rows 100000] [--backend sqlite|postgres|both]
                            [--postgres-url URL] [--bin-path DIR]
Needs wrk (apt-get install wrk), and for PostgreSQL psql plus either PostgreSQL 15's server
binaries or --postgres-url. Builds both products in release mode unless --bin-path names a folder
that holds `onsite` and `bench-hello`. Targets, per backend: start-up < 300 ms; p99 < 10 ms;
throughput >= half of hello-world's.
"""
import argparse
import contextlib
import json
import random
import re
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
THROWAWAY_POSTGRES = ROOT / "scripts" / "throwaway-postgres.sh"
POSTGRES_SERVER = Path("/usr/lib/postgresql/15/bin/initdb")  # what throwaway-postgres.sh runs
LOG_COLUMNS = "id, item_kind, item_id, rating, reviewed_at, duration, was_new, state_before"
SCHEDULE_COLUMNS = "item_kind, item_id, state, step, stability, difficulty, due, last_review"


def build() -> Path:
    for product in ("onsite", "bench-hello"):
        subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    out = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                         capture_output=True, text=True)
    return Path(out.stdout.strip())


# MARK: Servers

class Server:
    """A server started from `command`: its URL, the seconds until it said it was listening, and
    every line it printed (read on a thread, so a chatty server never blocks on a full pipe)."""

    def __init__(self, command):
        began = time.perf_counter()
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines, self.url, self.startup = [], None, None
        ready = threading.Event()

        def read():
            for line in self.process.stdout:
                match = not self.url and re.search(r"running at (http://127\.0\.0\.1:\d+)", line)
                if match:
                    self.url, self.startup = match.group(1), time.perf_counter() - began
                    ready.set()
                self.lines.append(line)
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        ready.wait(timeout=60)
        if not self.url:
            self.stop()
            sys.exit(f"server did not start: {' '.join(command)}\n{self.output()}")

    def output(self, last=20):
        return "".join(self.lines[-last:]).rstrip() or "(no output)"

    def crashed(self):
        return self.process.poll() is not None

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def startup_time(command, runs=15):
    times = []
    for _ in range(runs):
        server = Server(command)
        times.append(server.startup)
        server.stop()
        time.sleep(0.5)  # each start on a quiet machine: the last one's sandboxes are still being torn down
    return statistics.median(times)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def throwaway_postgres():
    """Starts a PostgreSQL server with scripts/throwaway-postgres.sh, yields its URL, and stops it
    (and removes its folder) at the end."""
    out = subprocess.run([str(THROWAWAY_POSTGRES), "start", str(free_port())], capture_output=True, text=True)
    values = dict(re.findall(r"^(PG_DIR|PG_URL)=(.*)$", out.stdout, re.M))
    if out.returncode != 0 or "PG_URL" not in values:
        raise RuntimeError(f"scripts/throwaway-postgres.sh start failed: {(out.stderr or out.stdout).strip()}")
    try:
        yield values["PG_URL"]
    finally:
        subprocess.run([str(THROWAWAY_POSTGRES), "stop", values["PG_DIR"]], check=False)


# MARK: Seeding

def review_rows(rows: int, card_ids):
    """`rows` card reviews over the past year, and a review state for every card: the same data
    (one seed) for every backend."""
    now = time.time()
    rng = random.Random(7)
    logs = [(uuid.UUID(int=rng.getrandbits(128), version=4), "card", rng.choice(card_ids), rng.choice([1, 2, 3, 3, 3, 4]),
             now - rng.uniform(0, 365 * 86400), rng.uniform(3, 40), False, 2) for _ in range(rows)]
    schedules = [("card", card, 2, None, rng.uniform(1, 60), 5.0, now + rng.uniform(-5, 30) * 86400, now - 86400)
                 for card in card_ids]
    return logs, schedules


def migrate(onsite, database):
    subprocess.run([onsite, "migrate", "--database", database], check=True, stdout=subprocess.DEVNULL)


def seed_sqlite(onsite, path: Path, logs, schedules) -> int:
    migrate(onsite, str(path))
    db = sqlite3.connect(path)
    with db:  # one transaction, which bumps the generation as every write must
        db.executemany(f"INSERT INTO review_logs ({LOG_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [(sqlite3.Binary(row[0].bytes), *row[1:6], int(row[6]), row[7]) for row in logs])
        db.executemany(f"INSERT OR REPLACE INTO item_schedules ({SCHEDULE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       schedules)
        db.execute("UPDATE store_generation SET n = n + 1 WHERE id = 1")
    count = db.execute("SELECT count(*) FROM review_logs").fetchone()[0]
    db.close()
    return count


def psql(url, script=None, *args):
    out = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", *args, url], input=script,
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"psql failed: {out.stderr.strip()}")
    return out.stdout


def copy_text(value):
    """A value in COPY's text format (item ids are plain slugs: nothing to escape)."""
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    return repr(value) if isinstance(value, float) else str(value)


def seed_postgres(onsite, url, logs, schedules) -> int:
    """Migrates, empties Onsite's review tables, and loads the rows with COPY through psql."""
    migrate(onsite, url)

    def copy(table, columns, rows):
        lines = "".join("\t".join(map(copy_text, row)) + "\n" for row in rows)
        return f"COPY {table} ({columns}) FROM STDIN;\n{lines}\\.\n"

    psql(url, "BEGIN;\nTRUNCATE review_logs, item_schedules;\n"
         + copy("review_logs", LOG_COLUMNS, logs) + copy("item_schedules", SCHEDULE_COLUMNS, schedules)
         + "UPDATE store_generation SET n = n + 1 WHERE id = 1;\nCOMMIT;\nANALYZE;\n")
    return int(psql(url, None, "-tA", "-c", "SELECT count(*) FROM review_logs").strip())


# MARK: Measuring

def wrk(url, seconds):
    out = subprocess.run(["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", url],
                         capture_output=True, text=True, check=True).stdout
    def latency(label):
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 1e-3, "ms": 1.0, "s": 1e3}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {
        "p50": latency("50"), "p99": latency("99"),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "errors": (int(errors.group(1)) if errors else 0), "socket": socket_errors.group(1) if socket_errors else "none",
    }


def measure_backend(onsite, database, seconds):
    """Start-up with the seeded database, then /drill under wrk; notes anything the server did wrong."""
    command = [onsite, "serve", "--port", "0", "--database", database]
    result = {"start": startup_time(command), "problems": []}
    server = Server(command)
    check = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", server.url + "/drill"],
                           capture_output=True, text=True)
    if check.stdout != "200":
        result["problems"].append(f"GET /drill before the run answered {check.stdout or 'nothing'} (curl exit {check.returncode})")
    time.sleep(2)  # the judge's warm interpreters and self-test start in the background: let them finish
    result.update(wrk(server.url + "/drill", seconds))
    if server.crashed():
        result["problems"].append(f"the server exited during the run (status {server.process.returncode})")
    server.stop()
    if result["problems"] or result["errors"]:
        result["problems"].append("server output, last lines:\n    " + server.output().replace("\n", "\n    "))
    return result


def report(name, drill, base, hello_start):
    start, ratio = drill["start"], drill["rps"] / base["rps"]
    met = lambda ok: "met" if ok else "MISSED"
    print(f"\n[{name}] {drill['rows']} review-log rows")
    print(f"start-up   onsite {start * 1000:7.1f} ms   hello {hello_start * 1000:6.1f} ms   ratio {start / hello_start:5.2f}x   "
          f"{name} target < 300 ms: {met(start < 0.3)}")
    print(f"p50        /drill {drill['p50']:7.2f} ms   hello {base['p50']:6.2f} ms   ratio {drill['p50'] / base['p50']:5.2f}x")
    print(f"p99        /drill {drill['p99']:7.2f} ms   hello {base['p99']:6.2f} ms   ratio {drill['p99'] / base['p99']:5.2f}x   "
          f"{name} target < 10 ms: {met(drill['p99'] < 10)}")
    print(f"throughput /drill {drill['rps']:7.0f} /s   hello {base['rps']:6.0f} /s   ratio {ratio:5.2f}    "
          f"{name} target >= 0.50: {met(ratio >= 0.5)}")
    print(f"errors     /drill non-2xx {drill['errors']}, socket {drill['socket']}; hello non-2xx {base['errors']}, socket {base['socket']}")
    for problem in drill["problems"]:
        print(f"PROBLEM    {problem}")


def choose_backends(args):
    """The backends to run, and why PostgreSQL was left out when it was not asked for by name."""
    if args.backend == "sqlite":
        return ["sqlite"], None
    missing = ("psql is not installed" if not shutil.which("psql") else
               None if args.postgres_url or POSTGRES_SERVER.exists() else
               f"no --postgres-url and no PostgreSQL server binaries ({POSTGRES_SERVER.parent})")
    if missing and args.backend == "postgres":
        sys.exit(f"cannot benchmark PostgreSQL: {missing}")
    if missing:
        return ["sqlite"], missing
    return (["sqlite", "postgres"] if args.backend == "both" else ["postgres"]), None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration for each run")
    parser.add_argument("--rows", type=int, default=100_000, help="review-log rows seeded on each backend")
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both",
                        help="both (the default) falls back to sqlite, saying why, when no PostgreSQL server can be had")
    parser.add_argument("--postgres-url", help="an existing PostgreSQL database to use instead of a throw-away "
                        "server (it is migrated, and its review log and schedules are emptied)")
    parser.add_argument("--bin-path", type=Path, help="a folder holding release builds of onsite and bench-hello "
                        "(default: build them with swift build -c release)")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    backends, reason = choose_backends(args)
    bin_path = args.bin_path or build()
    onsite, hello = str(bin_path / "onsite"), str(bin_path / "bench-hello")
    for binary in (onsite, hello):
        if not Path(binary).exists():
            sys.exit(f"{binary} is missing: build it with swift build -c release, or leave out --bin-path")

    export = subprocess.run([onsite, "content", "export", "--json"], capture_output=True, text=True, check=True).stdout
    card_ids = [card["id"] for card in json.loads(export)["cards"]]
    logs, schedules = review_rows(args.rows, card_ids)
    hello_start = startup_time([hello, "0"])
    server = Server([hello, "0"])
    base = wrk(server.url + "/", args.seconds)
    server.stop()

    results = {}
    with tempfile.TemporaryDirectory(prefix="onsite-bench-") as work, contextlib.ExitStack() as cleanup:
        for backend in backends:
            if backend == "sqlite":
                database = str(Path(work) / "seeded.sqlite")
                rows = seed_sqlite(onsite, Path(database), logs, schedules)
            else:
                try:
                    database = args.postgres_url or cleanup.enter_context(throwaway_postgres())
                except RuntimeError as error:
                    if args.backend == "postgres":
                        sys.exit(f"cannot benchmark PostgreSQL: {error}")
                    reason = str(error)
                    continue
                rows = seed_postgres(onsite, database, logs, schedules)
            results[backend] = {"rows": rows, **measure_backend(onsite, database, args.seconds)}

    print(f"machine: {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; "
          f"{len(card_ids)} cards; wrk -t2 -c64 -d{args.seconds}s; one hello-world run, the base of every ratio")
    if reason:
        print(f"PostgreSQL left out: {reason}")
    for backend, drill in results.items():
        report(backend, drill, base, hello_start)


if __name__ == "__main__":
    main()
