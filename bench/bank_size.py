#!/usr/bin/env python3
"""The bank's growth measured (issue 12): start-up of `onsite serve` and the time of `onsite content
check`, with the content of a base revision (before the bigger bank) and with this checkout's, by
the same release binary in one run, interleaved so machine noise falls on both alike. A bare
Hummingbird hello-world start-up (bench/hello) is the floor every start-up is also compared to.

Usage: python3 bench/bank_size.py [--base REV] [--runs 15] [--bin-path DIR]
Target: start-up with the bigger bank < 300 ms on this machine.
"""
import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import ROOT, Server, build  # noqa: E402


def content_at(revision: str, into: Path) -> Path:
    """The revision's content folder, unpacked from git."""
    archive = subprocess.run(["git", "archive", revision, "content"], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into / "content"


def startup(onsite: str, content: Path, database: Path) -> float:
    server = Server([onsite, "serve", "--port", "0", "--content", str(content), "--database", str(database)])
    seconds = server.startup
    server.stop()
    time.sleep(0.3)  # the judge's warm pool of the last server is still going away
    return seconds


def check_time(onsite: str, content: Path) -> float:
    began = time.perf_counter()
    subprocess.run([onsite, "content", "check", "--content", str(content)], check=True, capture_output=True)
    return time.perf_counter() - began


def counts(onsite: str, content: Path) -> str:
    out = subprocess.run([onsite, "content", "check", "--content", str(content)], check=True, capture_output=True, text=True).stdout
    return out.strip().removeprefix("content OK: ").split(" (")[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="2a65ab9", help="the revision whose content is 'before' (default: before issue 12)")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--bin-path", type=Path, help="a folder with release builds of onsite and bench-hello")
    args = parser.parse_args()
    bin_path = args.bin_path or build()
    onsite, hello = str(bin_path / "onsite"), str(bin_path / "bench-hello")
    with tempfile.TemporaryDirectory(prefix="onsite-bank-") as work:
        work = Path(work)
        (work / "base").mkdir()
        before, after = content_at(args.base, work / "base"), ROOT / "content"
        times = {"before": [], "after": [], "hello": [], "check-before": [], "check-after": []}
        for run in range(args.runs):
            for name, content in (("before", before), ("after", after)):
                times[name].append(startup(onsite, content, work / f"{name}-{run}.sqlite"))
            hello_server = Server([hello, "0"])
            times["hello"].append(hello_server.startup)
            hello_server.stop()
            if run < 5:
                for name, content in (("check-before", before), ("check-after", after)):
                    times[name].append(check_time(onsite, content))
        median = {name: statistics.median(values) for name, values in times.items()}
        print(f"before ({args.base}): {counts(onsite, before)}")
        print(f"after  (this tree): {counts(onsite, after)}")
        print(f"start-up        before {median['before'] * 1000:6.1f} ms   after {median['after'] * 1000:6.1f} ms   "
              f"after/before {median['after'] / median['before']:4.2f}x   hello {median['hello'] * 1000:5.1f} ms   "
              f"after/hello {median['after'] / median['hello']:4.2f}x   target after < 300 ms: {'met' if median['after'] < 0.3 else 'MISSED'}")
        print(f"content check   before {median['check-before'] * 1000:6.1f} ms   after {median['check-after'] * 1000:6.1f} ms   "
              f"after/before {median['check-after'] / median['check-before']:4.2f}x")
        print(f"(medians of {args.runs} start-ups and 5 checks, interleaved, one release binary)")


if __name__ == "__main__":
    main()
