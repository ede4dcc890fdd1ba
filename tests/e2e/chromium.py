"""Headless Chromium for the browser suites: Debian's chromium and chromedriver, kept off the network
(every name but 127.0.0.1 resolves to nothing), driven by Selenium without Selenium Manager."""
import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def require():
    """Skips the calling module, with the reason, where the browser is not installed."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
        pytest.skip(f"skipped browser suite: Debian's chromium and chromium-driver are not installed ({CHROMIUM}, {DRIVER})",
                    allow_module_level=True)
    os.environ.setdefault("SE_OFFLINE", "true")


def start(keep_logs=False):
    """A new headless browser; with `keep_logs`, its console and network events can be read."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,900", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]:
        options.add_argument(flag)
    if keep_logs:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(DRIVER), options=options)
