"""`onsite stories`: lint JSON and exit codes, bad story files named with their line, import/export round trip."""
import json
import os
import subprocess

STORY = """# Rolling back a ranking model that hid new listings

Themes: ownership, model-failed-after-launch

## Situation
Our feed ranking model at a mid-size marketplace was retrained every week. Two days after a routine launch, complaints from sellers about missing listings doubled. I was the on-call ML engineer that week.

## Task
I had to find out whether the new model caused it, and fix it without stopping the weekly retraining.

## Action
We compared the new and old models on the same traffic. We traced it to a pipeline change that filled missing seller ratings with 0. We rolled the model back within an hour. We added a monitoring check on the share of new listings in the top 50 results.

## Result
Seller complaints went back to their usual level.

## Learning
I treat a silent default in a feature pipeline as a launch risk.
"""


def run(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=60, env=dict(os.environ))


def test_lint_json_keeps_key_order_and_exits_zero_with_findings(binary, tmp_path):
    path = tmp_path / "story.md"
    path.write_text(STORY)
    result = run(binary, "stories", "lint", str(path), "--json")
    assert result.returncode == 0, result.stderr
    findings = json.loads(result.stdout)["findings"]
    rules = [f["rule"] for f in findings]
    assert {"we-not-i", "result-without-number"} <= set(rules), rules
    assert all(list(f) == ["rule", "severity", "part", "sentence", "message"] for f in findings)
    assert '"we" 4 times' in findings[rules.index("we-not-i")]["message"]


def test_bad_story_files_are_named_with_their_line(binary, tmp_path):
    cases = {
        "empty.md": ("", ":1: no STAR headings"),
        "notes.md": ("Just notes.\n", ":1: no STAR headings"),
        "twice.md": ("# T\n## Task\nA.\n## Task\nB.\n", ":4: ## Task appears twice (first on line 2)"),
    }
    for name, (text, expected) in cases.items():
        (tmp_path / name).write_text(text)
        result = run(binary, "stories", "lint", str(tmp_path / name))
        assert result.returncode == 1 and expected in result.stderr, result.stderr
    big = tmp_path / "big.md"
    big.write_text("# Big\n## Situation\n" + "We did a thing. " * 65536)
    result = run(binary, "stories", "lint", str(big))
    assert result.returncode == 1 and "1.0 MB" in result.stderr and "at most 64 KB" in result.stderr


def test_import_keeps_good_files_names_the_broken_one_and_export_round_trips(binary, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "rollback.md").write_text(STORY)
    (folder / "broken.md").write_text("# Broken\n## Situation\nA.\n## Outcome\nB.\n")
    database = ["--database", str(tmp_path / "db.sqlite")]
    result = run(binary, "stories", "import", str(folder), *database)
    assert result.returncode == 1
    assert "broken.md:4: unknown heading" in result.stderr
    assert "imported 1 story" in result.stdout
    listed = json.loads(run(binary, "stories", "list", "--json", *database).stdout)
    assert [s["id"] for s in listed["stories"]] == ["rollback"]
    assert run(binary, "stories", "export", str(tmp_path / "out"), *database).returncode == 0
    assert (tmp_path / "out" / "rollback.md").read_text() == STORY
    coverage = json.loads(run(binary, "stories", "coverage", "--json", *database).stdout)
    assert coverage["complete"] is False and "ownership" not in coverage["gaps"]
