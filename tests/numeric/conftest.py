"""tests/numeric: the numeric drills checked against independent computations (issue 12)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_terminal_summary(terminalreporter):
    from test_drills import SUMMARY

    if "line" in SUMMARY:
        terminalreporter.write_line(SUMMARY["line"])
