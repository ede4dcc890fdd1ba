"""`onsite mock` in the terminal: a breadth round rated card by card, paused and left, resumed and
finished with its report as JSON; a coding round answered with a file path and judged; bad input
named."""
import glob
import json
import os
import shutil
import subprocess

from conftest import ROOT


def mock(binary, database, *args, input=""):
    return subprocess.run([binary, "mock", *args, "--database", database], input=input, capture_output=True, text=True, timeout=120)


def test_a_breadth_round_in_the_terminal_pauses_leaves_resumes_and_reports(binary, tmp_path):
    database = str(tmp_path / "onsite.sqlite")
    # Card 1: reveal, Again. Card 2: p pauses, Enter resumes, reveal, Good. Then q leaves (paused).
    first = mock(binary, database, "start", "--round", "breadth", input="\n1\np\n\n\n3\nq\n")
    assert first.returncode == 0, first.stderr
    assert "[1/8]" in first.stdout and "[3/8]" in first.stdout and "Paused. Carry on with `onsite mock resume`" in first.stdout
    status = json.loads(mock(binary, database, "status", "--json").stdout)
    stage = status["stages"][0]
    assert stage["status"] == "active" and not stage["running"]
    assert [a["rating"] for a in stage["answers"]] == [1, 3]
    assert stage["next"] == stage["items"][2]
    # Resume: the six cards left, Good each; the report as JSON on stdout, prompts on stderr.
    rest = mock(binary, database, "resume", "--json", input="\n3\n" * 6)
    assert rest.returncode == 0, rest.stderr
    report = json.loads(rest.stdout)
    assert report["stages"][0]["kind"] == "breadth"
    assert [i["outcome"] for i in report["stages"][0]["items"]] == ["Rated Again"] + ["Rated Good"] * 7
    assert report["overall"] == round(7 * 2 / 3 / 8, 3)
    assert "[8/8]" in rest.stderr
    assert mock(binary, database, "status").stdout.strip() == "No mock is under way."
    listed = json.loads(mock(binary, database, "list", "--json").stdout)["mocks"]
    assert len(listed) == 1 and listed[0]["finishedAt"]
    text = mock(binary, database, "report").stdout
    assert text.startswith("Mock report: overall 58%") and "✗" in text


def test_a_coding_round_takes_a_file_path_and_is_judged(binary, tmp_path):
    database = str(tmp_path / "onsite.sqlite")
    sandbox = [] if shutil.which("bwrap") else ["--unsandboxed"]
    # Start, read the problem it chose, leave; then answer it from a file.
    start = mock(binary, database, "start", "--round", "coding", *sandbox, input="q\n")
    assert start.returncode == 0, start.stderr
    problem = json.loads(mock(binary, database, "status", "--json").stdout)["stages"][0]["items"][0].split(":", 1)[1]
    solution = glob.glob(os.path.join(ROOT, "content", "problems", "*", problem, "solution.*"))[0]
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("this is not code\n")
    done = mock(binary, database, "resume", "--json", *sandbox, input=f"{tmp_path / 'missing.py'}\n{wrong}\n{solution}\n")
    assert done.returncode == 0, done.stderr
    assert "Cannot read" in done.stderr and "Accepted" in done.stderr
    report = json.loads(done.stdout)
    assert report["stages"][0]["items"][0]["outcome"] == "Accepted after 1 failed submit"


def test_bad_input_is_named(binary, tmp_path):
    database = str(tmp_path / "onsite.sqlite")
    both = mock(binary, database, "start", "--loop", "--round", "breadth")
    assert both.returncode == 2 and "give --loop or --round R" in both.stderr
    unknown = mock(binary, database, "start", "--round", "dance")
    assert unknown.returncode == 2 and "--round must be coding, breadth, design or behavioral, not `dance`" in unknown.stderr
    none = mock(binary, database, "resume")
    assert none.returncode == 1 and "no mock is under way" in none.stderr
    assert mock(binary, database, "report", "nope").returncode == 1
