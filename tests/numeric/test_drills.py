"""The independent check of the numeric drills (issue 12).

The engine draws 200 seeded instances of every generator:

    onsite drills sample --all --seeds 1-200 --json --content content

one JSON object per line, {"id", "question", "parameters", "answer", "tolerance", "solution"}, every
seed of a drill in order (docs/numeric-drills-json.md).
For every instance, the answer is recomputed from `parameters` alone by the drill's own function
in reference.py (written from the definitions, with numpy where natural; it never reads the
generator's formula) and must agree within 1e-6 relative, or exactly for an integer answer. A drill
without a reference function is a failure. The inputs must stay in range (no inf or NaN, no
division by zero, probabilities in [0, 1]), the same seed must give the same instance, and
different seeds must give different numbers.

The binary is $ONSITE_BIN, else .build/debug/onsite. The summary line, printed at the end of the
run, reads "62 drills × 200 instances, 0 mismatches".
"""
import json
import math
import os
import re
import subprocess
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from reference import EXACT_IDS, PROBABILITY, REFERENCE, InputError, agree

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
SEEDS = range(1, 201)
SUMMARY = {}
LEFTOVER_PLACEHOLDER = re.compile(r"(?<!\{)\{[a-z][a-z0-9_]*(?::\d+)?\}(?!\})")


def binary():
    path = os.environ.get("ONSITE_BIN") or str(ROOT / ".build" / "debug" / "onsite")
    if not Path(path).exists():
        pytest.fail(f"{path} is missing: run `swift build` first, or set ONSITE_BIN")
    return path


def sample_all():
    command = [binary(), "drills", "sample", "--all", "--seeds", f"{SEEDS.start}-{SEEDS.stop - 1}", "--json",
               "--content", str(CONTENT)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{' '.join(command)} exited {done.returncode}: {done.stderr[-2000:]}"
    return done.stdout


def parse(stdout):
    records = []
    for number, line in enumerate(stdout.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                pytest.fail(f"line {number} is not JSON ({error}): {line[:200]}")
    return records


@pytest.fixture(scope="module")
def output():
    return sample_all()


@pytest.fixture(scope="module")
def instances(output):
    return parse(output)


@pytest.fixture(scope="module")
def by_id(instances):
    groups = defaultdict(list)
    for record in instances:
        groups[record["id"]].append(record)
    return groups


def yaml_generators():
    return {path.stem: yaml.safe_load(path.read_text()) for path in sorted((CONTENT / "drills").glob("*/*.yaml"))}


def all_finite(value):
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(all_finite(v) for v in value)
    return False


def test_shape(instances, by_id):
    assert instances, "no instance printed"
    for record in instances:
        assert {"id", "question", "parameters", "answer", "tolerance", "solution"} <= set(record), record
        assert isinstance(record["parameters"], dict) and record["parameters"]
        assert record["question"].strip() and record["solution"].strip()
        tolerance = record["tolerance"]
        assert tolerance and set(tolerance) <= {"relative", "absolute", "exact"}, tolerance
    for drill_id, records in by_id.items():
        assert len(records) == len(SEEDS), f"{drill_id}: {len(records)} instances, not {len(SEEDS)}"


def test_every_generator_is_sampled(by_id):
    files = set(yaml_generators())
    assert files - set(by_id) == set(), "generators missing from the sample output"
    assert set(by_id) - files == set(), "sampled ids without a file"


def test_every_drill_has_a_reference(by_id):
    missing = sorted(set(by_id) - set(REFERENCE))
    assert not missing, f"no independent function in reference.py for {missing}"


def test_answers_match_independent_computation(by_id):
    """The heart of the check: every answer recomputed from the parameters alone."""
    generators = yaml_generators()
    problems = []
    mismatches = 0
    for drill_id, records in sorted(by_id.items()):
        fn = REFERENCE.get(drill_id)
        for index, record in enumerate(records):
            where = f"{drill_id} seed {record.get('seed', SEEDS.start + index)}"
            params, answer = record["parameters"], record["answer"]
            if fn is None:
                mismatches += 1
                problems.append(f"{where}: no reference function")
                continue
            if not all_finite(answer) or not all(all_finite(v) for v in params.values()):
                mismatches += 1
                problems.append(f"{where}: not finite: answer {answer!r}, parameters {params}")
                continue
            try:
                expected = fn(params)
            except InputError as error:
                mismatches += 1
                problems.append(f"{where}: input out of range ({error}): {params}")
                continue
            if not agree(drill_id, params, answer, expected):
                mismatches += 1
                problems.append(f"{where}: engine {answer!r}, independent {expected!r}, parameters {params}")
                continue
            if drill_id in PROBABILITY and not 0 <= answer <= 1:
                mismatches += 1
                problems.append(f"{where}: probability {answer!r} outside [0, 1]")
            tolerance = record["tolerance"]
            exact = bool(tolerance.get("exact") or record.get("exact"))
            if drill_id in EXACT_IDS and not exact:
                problems.append(f"{where}: an integer answer graded with {tolerance}")
            if exact and not float(answer).is_integer():
                problems.append(f"{where}: exact tolerance on a non-integer answer {answer!r}")
            declared = (generators.get(drill_id) or {}).get("tolerance") or {}
            for kind in ("relative", "absolute"):
                if kind in declared and tolerance.get(kind) != declared[kind]:
                    problems.append(f"{where}: tolerance {tolerance}, the file says {declared}")
            for text in (record["question"], record["solution"]):
                if LEFTOVER_PLACEHOLDER.search(text):
                    problems.append(f"{where}: unrendered placeholder in {text!r}")
    counts = Counter(len(v) for v in by_id.values())
    per = counts.most_common(1)[0][0] if counts else 0
    SUMMARY["line"] = f"{len(by_id)} drills × {per} instances, {mismatches} mismatches"
    assert not problems, f"{len(problems)} problems, first ones:\n" + "\n".join(problems[:40])


def test_same_seed_same_instance(output):
    again = sample_all()
    assert again == output, "a second run with the same seeds printed something different"


def test_single_sample_matches_the_batch(by_id):
    """`drills sample ID --seed N --json` prints the same instance as the --all run at seed N."""
    for drill_id in sorted(by_id)[:: max(1, len(by_id) // 6)]:
        for seed in (1, 137):
            command = [binary(), "drills", "sample", drill_id, "--seed", str(seed), "--json", "--content", str(CONTENT)]
            done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
            single = json.loads(done.stdout.strip().splitlines()[-1])
            records = by_id[drill_id]
            batch = next((r for r in records if r.get("seed") == seed), None) if "seed" in records[0] else records[seed - 1]
            assert batch is not None
            strip = lambda r: {k: v for k, v in r.items() if k != "seed"}
            assert strip(single) == strip(batch), f"{drill_id} seed {seed}"


def test_different_seeds_different_numbers(by_id):
    for drill_id, records in by_id.items():
        keys = [json.dumps(r["parameters"], sort_keys=True) for r in records]
        distinct = len(set(keys))
        assert distinct >= 10, f"{drill_id}: only {distinct} distinct parameter sets in {len(keys)} seeds"
        top = Counter(keys).most_common(1)[0][1]
        assert top <= len(keys) // 4, f"{drill_id}: one parameter set comes back {top} times in {len(keys)}"
        questions = {r["question"] for r in records}
        assert len(questions) >= 10, f"{drill_id}: only {len(questions)} distinct questions"
        same_neighbours = sum(a == b for a, b in zip(keys, keys[1:]))
        assert same_neighbours <= len(keys) // 4, f"{drill_id}: consecutive seeds repeat {same_neighbours} times"
