"""Numeric drills from the command line: `drills list|sample` print the documented JSON, and
`onsite drill` asks for a number and shows the worked solution when it is wrong."""
import json
import math
import re

from test_cli import run


def test_drills_list_and_sample_json(binary):
    drills = json.loads(run(binary, "drills", "list", "--json").stdout)
    ids = [d["id"] for d in drills]
    assert {"f1-from-confusion-matrix", "bayes-base-rate", "conv-output-shape"} <= set(ids)
    assert all(set(d) == {"id", "title", "topics", "difficulty"} for d in drills)

    f1 = json.loads(run(binary, "drills", "sample", "f1-from-confusion-matrix", "--seed", "11", "--json").stdout)
    assert set(f1) == {"id", "question", "parameters", "answer", "tolerance", "solution"}
    p = f1["parameters"]
    assert math.isclose(f1["answer"], 2 * p["tp"] / (2 * p["tp"] + p["fp"] + p["fn"]), rel_tol=1e-12)
    assert f1["tolerance"] == {"relative": 0.01}
    assert f"{p['tp']} true positives" in f1["question"]
    again = run(binary, "drills", "sample", "f1-from-confusion-matrix", "--seed", "11", "--json").stdout
    assert json.loads(again) == f1

    conv = json.loads(run(binary, "drills", "sample", "conv-output-shape", "--seed", "3", "--json").stdout)
    assert conv["exact"] is True and conv["tolerance"] == {"absolute": 0}
    c = conv["parameters"]
    assert conv["answer"] == (c["size"] + 2 * c["padding"] - c["kernel"]) // c["stride"] + 1

    lines = run(binary, "drills", "sample", "--all", "--seeds", "1-3", "--json").stdout.splitlines()
    assert len(lines) == 3 * len(drills)
    assert [json.loads(line)["id"] for line in lines[:3]] == [ids[0]] * 3

    missing = run(binary, "drills", "sample", "no-such-drill", "--seed", "1", "--json")
    assert missing.returncode == 1 and "no numeric drill `no-such-drill`" in missing.stderr
    usage = run(binary, "drills", "sample", "--all", "--seeds", "5-1")
    assert usage.returncode == 2 and "--seeds A-B" in usage.stderr


def test_terminal_drill_grades_a_typed_number(binary, tmp_path):
    db = str(tmp_path / "db.sqlite")
    # Easy on every cnn card (space reveals, 4 rates), then a wrong number for the drill, then quit.
    result = run(binary, "drill", "--database", db, "--topic", "cnn", input=" 4" * 12 + "\n-1\nq\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "numeric" in out and "What is the height" in out
    match = re.search(r"A (\d+)×\d+ input", out)
    assert match and "Not quite: the answer is" in out
    assert f"floor(({match.group(1)} + 2×" in out  # the worked solution with the person's numbers
    assert "saved: Again" in out
