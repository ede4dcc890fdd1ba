"""`onsite design list|show|score` and the design counts of `content stats`, with the bad inputs issue 8 names:
an answer file with no step headings, and a case id that does not exist."""
import json

from conftest import ROOT
from test_cli import run

CASE = "video-recommendations"
ANSWERS = ROOT / "Tests" / "OnsiteContentTests" / "DesignAnswers" / CASE


def test_list_show_and_stats(binary):
    items = json.loads(run(binary, "design", "list", "--json").stdout)
    assert {"id", "title", "kind"} == set(items[0])
    kinds = {item["kind"] for item in items}
    assert kinds == {"case", "drill"}
    assert CASE in [item["id"] for item in items if item["kind"] == "case"]
    shown = run(binary, "design", "show", CASE)
    assert shown.returncode == 0 and "## Clarify" in shown.stdout and "## Trade-offs" in shown.stdout
    stats = json.loads(run(binary, "content", "stats", "--json").stdout)
    assert stats["designCases"]["total"] == sum(1 for item in items if item["kind"] == "case")
    assert stats["designDrills"]["total"] == sum(1 for item in items if item["kind"] == "drill")


def test_score_json_shape_and_ordering(binary):
    totals = {}
    for label in ("strong", "weak"):
        result = run(binary, "design", "score", CASE, str(ANSWERS / f"{label}.md"), "--json")
        assert result.returncode == 0, result.stderr
        score = json.loads(result.stdout)
        assert 0 <= score["total"] <= 1
        assert [step["step"] for step in score["steps"]] == ["clarify", "metrics", "data", "model", "system", "tradeoffs"]
        assert {"step", "score", "matched", "missed", "redFlags"} <= set(score["steps"][0])
        totals[label] = score["total"]
    assert totals["strong"] > totals["weak"]
    strong = json.loads(run(binary, "design", "score", CASE, str(ANSWERS / "strong.md"), "--json").stdout)
    match = strong["steps"][0]["matched"][0]
    assert {"point", "phrase", "sentence"} <= set(match)


def test_answer_without_step_headings_is_a_clear_error(binary, tmp_path):
    answer = tmp_path / "answer.md"
    answer.write_text("# My design\n\nI would use a two tower model.\n## Notes\nmore\n")
    result = run(binary, "design", "score", CASE, str(answer), "--json")
    assert result.returncode == 1
    assert "no step heading" in result.stderr and "## Clarify" in result.stderr and str(answer) in result.stderr
    assert result.stdout == ""
    missing = run(binary, "design", "score", "no-such-case", str(answer))
    assert missing.returncode == 1 and "no design case or drill `no-such-case`" in missing.stderr
