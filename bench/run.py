#!/usr/bin/env python3
"""Benchmarks for the foundation issue, each measured in one run against a bare Hummingbird
hello-world route (bench/hello) on this same machine, and printed as a ratio to it:

  - start-up: process start to listening, `onsite serve` with the whole bank vs hello-world;
  - drill page: p50/p99 latency and requests/s under `wrk -t2 -c64`, with 100,000 review-log
    rows seeded, vs hello-world's `/`.

Usage: python3 bench/run.py [--seconds 10] [--rows 100000]   (needs wrk: apt-get install wrk)
Builds both in release mode first. Targets: start-up < 300 ms; p99 < 10 ms; throughput >= half
of hello-world's.
"""
import argparse
import json
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build() -> Path:
    for product in ("onsite", "bench-hello"):
        subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    out = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                         capture_output=True, text=True)
    return Path(out.stdout.strip())


def start(command):
    """Starts a server and returns (process, url, seconds until it said it was listening)."""
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    match = None
    while not match:
        line = process.stdout.readline()
        if not line:
            break
        match = re.search(r"running at (http://127\.0\.0\.1:\d+)", line)
    elapsed = time.perf_counter() - began
    if not match:
        process.kill()
        sys.exit(f"server did not start: {line!r}")
    return process, match.group(1), elapsed


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def startup_time(command, runs=15):
    times = []
    for _ in range(runs):
        process, _, elapsed = start(command())
        times.append(elapsed)
        stop(process)
        time.sleep(0.5)  # each start on a quiet machine: the last one's sandboxes are still being torn down
    return statistics.median(times)


def seed(database: Path, rows: int, card_ids):
    """Fills the review log with `rows` reviews over the past year, and a state for every card."""
    db = sqlite3.connect(database)
    now = time.time()
    rng = random.Random(7)
    batch = []
    for _ in range(rows):
        at = now - rng.uniform(0, 365 * 86400)
        batch.append((str(uuid.uuid4()).upper(), rng.choice(card_ids), rng.choice([1, 2, 3, 3, 3, 4]), at,
                      rng.uniform(3, 40), 0, 2))
    db.executemany("INSERT INTO review_logs VALUES (?, ?, ?, ?, ?, ?, ?)", batch)
    db.executemany("INSERT OR REPLACE INTO item_states VALUES (?, 2, NULL, ?, 5.0, ?, ?)",
                   [(card, rng.uniform(1, 60), now + rng.uniform(-5, 30) * 86400, now - 86400) for card in card_ids])
    db.commit()
    db.close()


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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    bin_path = build()
    onsite, hello = str(bin_path / "onsite"), str(bin_path / "bench-hello")
    work = Path(tempfile.mkdtemp(prefix="onsite-bench-"))
    try:
        counter = iter(range(10_000))
        onsite_start = startup_time(lambda: [onsite, "serve", "--port", "0", "--database", str(work / f"s{next(counter)}.sqlite")])
        hello_start = startup_time(lambda: [hello, "0"])

        database = work / "seeded.sqlite"
        process, _, _ = start([onsite, "serve", "--port", "0", "--database", str(database)])
        stop(process)  # the schema now exists
        export = subprocess.run([onsite, "content", "export", "--json"], capture_output=True, text=True, check=True).stdout
        card_ids = [card["id"] for card in json.loads(export)["cards"]]
        seed(database, args.rows, card_ids)
        rows = sqlite3.connect(database).execute("select count(*) from review_logs").fetchone()[0]

        process, url, _ = start([onsite, "serve", "--port", "0", "--database", str(database)])
        subprocess.run(["curl", "-sf", "-o", "/dev/null", url + "/drill"], check=True)
        time.sleep(2)  # the judge's warm interpreters and self-test start in the background: let them finish
        drill = wrk(url + "/drill", args.seconds)
        stop(process)
        process, url, _ = start([hello, "0"])
        base = wrk(url + "/", args.seconds)
        stop(process)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"machine: {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; "
          f"{len(card_ids)} cards; {rows} review-log rows; wrk -t2 -c64 -d{args.seconds}s")
    print(f"start-up   onsite {onsite_start * 1000:7.1f} ms   hello {hello_start * 1000:6.1f} ms   "
          f"ratio {onsite_start / hello_start:5.2f}x   target < 300 ms: {'met' if onsite_start < 0.3 else 'MISSED'}")
    print(f"p50        /drill {drill['p50']:7.2f} ms   hello {base['p50']:6.2f} ms   ratio {drill['p50'] / base['p50']:5.2f}x")
    print(f"p99        /drill {drill['p99']:7.2f} ms   hello {base['p99']:6.2f} ms   ratio {drill['p99'] / base['p99']:5.2f}x   "
          f"target < 10 ms: {'met' if drill['p99'] < 10 else 'MISSED'}")
    print(f"throughput /drill {drill['rps']:7.0f} /s   hello {base['rps']:6.0f} /s   ratio {drill['rps'] / base['rps']:5.2f}    "
          f"target >= 0.50: {'met' if drill['rps'] / base['rps'] >= 0.5 else 'MISSED'}")
    print(f"errors     /drill non-2xx {drill['errors']}, socket {drill['socket']}; hello non-2xx {base['errors']}, socket {base['socket']}")


if __name__ == "__main__":
    main()
