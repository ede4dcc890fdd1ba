"""The command line as a person uses it, including every kind of bad input the foundation issue names."""
import json
import os
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

from conftest import ROOT, Server


def run(binary, *args, input=None, env=None, user=None):
    command = [binary, *args]
    if user:
        command = ["runuser", "-u", user, "--", *command]
    return subprocess.run(command, input=input, capture_output=True, text=True, timeout=60,
                          env={**os.environ, **(env or {})})


def test_content_check_passes_on_the_shipped_bank(binary):
    result = run(binary, "content", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "content OK" in result.stdout


def test_content_stats_and_export_json(binary, tmp_path):
    stats = json.loads(run(binary, "content", "stats", "--json").stdout)
    assert stats["cards"]["total"] >= 150
    assert set(stats["cards"]["byDifficulty"]) == {"easy", "medium", "hard"}
    assert set(stats["behavioralQuestions"]) == {"total", "byTheme", "byLevel"}
    assert set(stats["screenQuestions"]) == {"total", "byCategory"}
    assert stats["screenQuestions"]["total"] >= 25
    out = tmp_path / "bank.json"
    assert run(binary, "content", "export", "--json", "--output", str(out)).returncode == 0
    bank = json.loads(out.read_text())
    assert len(bank["cards"]) == stats["cards"]["total"]
    assert {"id", "question", "answer", "followUps", "phrasings", "topics"} <= set(bank["cards"][0])


def test_malformed_content_file_is_named_with_its_line(binary, tmp_path):
    content = tmp_path / "content"
    (content / "cards" / "svm").mkdir(parents=True)
    (content / "topics.yaml").write_text((ROOT / "content" / "topics.yaml").read_text())
    (content / "cards" / "svm" / "broken.md").write_text("---\nid: broken\ntopics: [svm\n---\n## Question\nQ?\n")
    result = run(binary, "content", "check", "--content", str(content))
    assert result.returncode == 1
    assert "cards/svm/broken.md:" in result.stdout and "not valid YAML" in result.stdout
    served = run(binary, "serve", "--content", str(content), "--database", str(tmp_path / "db.sqlite"), "--port", "0")
    assert served.returncode == 1 and "cards/svm/broken.md:" in served.stderr


def test_terminal_drill_saves_each_answer_and_quits_cleanly(binary, tmp_path):
    db = str(tmp_path / "db.sqlite")
    result = run(binary, "drill", "--database", db, "--topic", "svm", "--limit", "5", input=" 3\n4q")
    assert result.returncode == 0, result.stderr
    assert "Reviewed 2 card(s)" in result.stdout and "saved: Good" in result.stdout
    stats = json.loads(run(binary, "stats", "--json", "--database", db).stdout)
    assert stats["totalReviews"] == 2
    assert stats["byTopic"]["svm"]["seen"] == 2


def test_limit_must_be_positive(binary, tmp_path):
    result = run(binary, "drill", "--limit", "-3", "--database", str(tmp_path / "db.sqlite"))
    assert result.returncode == 2
    assert "--limit must be a whole number of cards, 1 or more, not -3" in result.stderr


def test_unknown_topic_is_one_clear_line(binary, tmp_path):
    result = run(binary, "drill", "--topic", "astrology", "--database", str(tmp_path / "db.sqlite"))
    assert result.returncode == 1
    assert result.stderr.strip() == "onsite: no topic 'astrology'; the Topics page (or `onsite content stats`) lists them"


def test_corrupt_database_is_refused_and_left_as_it_was(binary, tmp_path):
    db = tmp_path / "db.sqlite"
    db.write_bytes(b"this is not sqlite " * 100)
    before = db.read_bytes()
    result = run(binary, "stats", "--database", str(db))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "cannot be used (the file is not an SQLite database)" in result.stderr
    assert db.read_bytes() == before


def test_read_only_database_is_refused_for_a_normal_user(binary):
    # Root may write any file, so as root the check runs as `nobody`, on copies of the binary and
    # the bank in a folder that user can reach wherever the checkout is.
    folder = Path(tempfile.mkdtemp())
    os.chmod(folder, 0o755)
    shutil.copy(binary, folder / "onsite")
    shutil.copytree(ROOT / "content", folder / "content")
    user = "nobody" if os.geteuid() == 0 else None
    db = folder / "db.sqlite"
    local = str(folder / "onsite")
    assert run(local, "stats", "--database", str(db), "--content", str(folder / "content")).returncode == 0
    os.chmod(db, 0o444)
    result = run(local, "stats", "--database", str(db), "--content", str(folder / "content"), user=user)
    shutil.rmtree(folder, ignore_errors=True)
    assert result.returncode == 1
    assert "is read-only" in result.stderr


def test_port_in_use_is_one_clear_line(binary, tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run(binary, "serve", "--port", str(port), "--database", str(tmp_path / "db.sqlite"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"onsite: port {port} on 127.0.0.1 is already in use: stop the other server or pass --port with a free port"


def test_rating_an_unknown_card_through_the_api(server):
    import urllib.error
    import urllib.request
    request = urllib.request.Request(server.url + "/api/v1/reviews", data=b'{"cardId":"ghost","rating":3}',
                                     headers={"Content-Type": "application/json", "Origin": server.url}, method="POST")
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("expected 404")
    except urllib.error.HTTPError as error:
        assert error.code == 404
        assert json.loads(error.read())["error"]["message"] == "no card with id 'ghost' in the content bundle"
    assert server.get_json("/api/v1/stats")["totalReviews"] == 0


REFERENCE = ROOT / "content" / "problems" / "dsa" / "augmentation-orderings" / "solution.py"


def saved_state(binary, db, slug="augmentation-orderings"):
    """What the web app sees in this database: the problem's saved submissions and its status."""
    server = Server(binary, db).start()
    try:
        submissions = server.get_json(f"/api/v1/problems/{slug}/submissions")["submissions"]
        status = next(p["status"] for p in server.get_json("/api/v1/problems")["problems"] if p["id"] == slug)
        return submissions, status
    finally:
        server.stop()


def test_judge_records_the_submission_and_schedules_the_problem(binary, tmp_path):
    db = str(tmp_path / "db.sqlite")
    sandbox = [] if shutil.which("bwrap") else ["--unsandboxed"]
    result = run(binary, "judge", "augmentation-orderings", str(REFERENCE), "--database", db, *sandbox)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Accepted" in result.stdout and "scheduled: Good" in result.stdout, result.stdout
    submissions, status = saved_state(binary, db)
    assert len(submissions) == 1, submissions
    assert submissions[0]["kind"] == "submit" and submissions[0]["verdict"] == "accepted"
    assert submissions[0]["code"] == REFERENCE.read_text()
    assert status == "solved"


def test_judge_with_no_record_saves_nothing(binary, tmp_path):
    db = str(tmp_path / "db.sqlite")
    sandbox = [] if shutil.which("bwrap") else ["--unsandboxed"]
    result = run(binary, "judge", "augmentation-orderings", str(REFERENCE), "--database", db, "--no-record", *sandbox)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Accepted" in result.stdout and "scheduled" not in result.stdout, result.stdout
    submissions, status = saved_state(binary, db)
    assert submissions == [] and status == "new"
    assert json.loads(run(binary, "stats", "--json", "--database", db).stdout)["totalReviews"] == 0


def test_migrate_on_a_fresh_sqlite_file_is_up_to_date(binary, tmp_path):
    """SQLite migrates as it opens, so `migrate` finds nothing left to do, the first time and the next."""
    db = tmp_path / "fresh.sqlite"
    for _ in range(2):
        result = run(binary, "migrate", "--database", str(db))
        assert result.returncode == 0, result.stdout + result.stderr
        assert "up to date" in result.stdout, result.stdout
    assert db.exists()


def test_self_test_sees_every_protection_and_serve_prints_it(binary, server):
    """bubblewrap is installed by .ci/run; the probe runs inside the real sandbox."""
    result = run(binary, "self-test", "--database", server.database)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 9 and all(line.startswith("  [on ]") for line in lines), result.stdout
    # The server runs the same probe once it listens, and prints what it saw.
    printed = []
    reader = threading.Thread(target=lambda: printed.extend(server.process.stdout.readline() for _ in range(10)), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert len(printed) == 10, printed
    assert printed[0].startswith("Judge self-test:"), printed
    assert all(line.startswith("  [on ]") for line in printed[1:]), printed
