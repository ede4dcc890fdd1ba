"""Shared fixtures for the end-to-end suites: the built `onsite` binary and a running server."""
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / ".ci" / "artifacts"


def onsite_binary() -> str:
    explicit = os.environ.get("ONSITE_BIN")
    if explicit:
        return explicit
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return str(Path(out.stdout.strip()) / "onsite")


@pytest.fixture(scope="session")
def binary() -> str:
    path = onsite_binary()
    if not Path(path).exists():
        pytest.fail(f"{path} is missing: run `swift build` first")
    return path


class Server:
    """`onsite serve` on a free port (or `port`, to restart where a browser's pages point) and its own
    database; stops cleanly or with SIGKILL."""

    def __init__(self, binary: str, database: str, extra_args=(), port: int = 0):
        self.binary, self.database, self.extra_args, self.requested_port = binary, database, list(extra_args), port
        self.process = None
        self.url = None

    def start(self) -> "Server":
        self.process = subprocess.Popen(
            [self.binary, "serve", "--port", str(self.requested_port), "--database", self.database, *self.extra_args],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + 20
        line = ""
        while time.time() < deadline:
            line = self.process.stdout.readline()
            match = re.search(r"running at (http://[\d.]+:\d+)", line)
            if match:
                self.url = match.group(1)
                return self
            if self.process.poll() is not None:
                break
        raise RuntimeError(f"server did not start: {line}")

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def get_json(self, path: str):
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return json.loads(response.read())

    def kill(self):
        """SIGKILL: no shutdown code runs, as when a laptop loses power mid-session."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def shot(driver, name):
    """A screenshot into .ci/artifacts/, to look at after the run."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / f"{name}.png"))


@pytest.fixture
def browser():
    """Headless Chromium (chromium.py), quit after the test; a module may define its own."""
    import chromium
    driver = chromium.start()
    yield driver
    driver.quit()


@pytest.fixture
def data_dir():
    path = tempfile.mkdtemp(prefix="onsite-e2e-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def server(binary, data_dir):
    server = Server(binary, os.path.join(data_dir, "onsite.sqlite")).start()
    yield server
    server.stop()
