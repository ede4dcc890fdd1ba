"""The ML depth round in headless Chromium: a deep dive written in the builder autosaves and shows the
questions it invites and its findings; text typed while the server is down is kept in the browser and
saved when the server is back; `<script>` and `<img onerror>` stay text; practice shows a probe with a
timer and a self-rating that schedules the deep dive; a 1 MB paste is refused by name with the saved
text kept."""
import json
import os
import urllib.request

import pytest

import chromium
from conftest import Server, shot

chromium.require()
from selenium.common.exceptions import NoAlertPresentException, NoSuchElementException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

THIN = """# Churn model <script>alert(1)</script>

## Context
Monthly churn was 6% on 2 million subscribers.
## Role
We built the model and we shipped it.
## Decisions
### XGBoost <img src=x onerror=alert(2)>
- A neural network: too slow to train.
## Result
It worked well.
## Why
Tabular data.
## Now
Uplift modelling.
"""


def wait_for(driver, element_id, timeout=10):
    wait = WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException))
    element = wait.until(EC.presence_of_element_located((By.ID, element_id)))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    return element


def saved_text(server, dive_id):
    """The text as the server has it, read from the editor page's textarea."""
    with urllib.request.urlopen(f"{server.url}/depth/{dive_id}", timeout=10) as response:
        page = response.read().decode()
    start = page.index('id="dive-text"')
    start = page.index(">", start) + 1
    return page[start:page.index("</textarea>", start)]


def rules(driver):
    return [li.get_attribute("data-rule") for li in driver.find_elements(By.CSS_SELECTOR, "#findings li")]


def replace_text(driver, text):
    area = driver.find_element(By.ID, "dive-text")
    driver.execute_script("arguments[0].value = ''", area)
    area.send_keys(text)


def no_alert(driver):
    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        return True
    pytest.fail(f"an alert fired: {text}")


def test_build_a_deep_dive_offline_edits_kept_practise_and_rate(browser, binary, data_dir):
    server = Server(binary, os.path.join(data_dir, "onsite.sqlite")).start()
    try:
        browser.get(server.url + "/depth")
        assert "No deep dive yet" in wait_for(browser, "no-dives").text
        browser.find_element(By.ID, "dive-title").send_keys("Churn model\n")
        wait_for(browser, "dive-form")
        assert browser.current_url.endswith("/depth/churn-model"), browser.current_url

        replace_text(browser, THIN)
        WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "save-status").text.startswith("Saved at"))
        WebDriverWait(browser, 10).until(lambda d: "few-alternatives" in rules(d))
        assert set(rules(browser)) >= {"few-alternatives", "result-without-number", "we-not-i"}
        questions = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#questions li")]
        assert "Why not a neural network?" in questions and "What was the baseline?" in questions
        assert "A neural network: too slow to train." in saved_text(server, "churn-model")
        shot(browser, "depth-builder")
        no_alert(browser)

        # The server dies; what is typed now stays in this browser and is sent when it is back.
        server.kill()
        area = browser.find_element(By.ID, "dive-text")
        area.send_keys("Typed while the server was down.")
        WebDriverWait(browser, 15).until(lambda d: d.find_element(By.ID, "save-status").text.startswith("Offline"))
        browser.refresh()  # the page is gone with the server; the typed text is in localStorage
        server = Server(binary, os.path.join(data_dir, "onsite.sqlite"), port=server.port).start()
        browser.get(server.url + "/depth/churn-model")
        wait_for(browser, "dive-form")
        WebDriverWait(browser, 15).until(lambda d: d.find_element(By.ID, "save-status").text.startswith("Saved at"))
        assert browser.find_element(By.ID, "dive-text").get_attribute("value").endswith("Typed while the server was down.")
        assert "Typed while the server was down." in saved_text(server, "churn-model")

        # Markup in the title and a decision is shown as text.
        assert "<script>" in browser.find_element(By.ID, "dive-heading").text
        no_alert(browser)

        # A 1 MB paste is refused by name; the saved text stays.
        before = saved_text(server, "churn-model")
        request = urllib.request.Request(
            server.url + "/api/v1/depth/churn-model", data=json.dumps({"text": "x" * 1_000_000}).encode(),
            headers={"Content-Type": "application/json", "Origin": server.url}, method="POST")
        try:
            urllib.request.urlopen(request, timeout=10)
            pytest.fail("a 1 MB deep dive was accepted")
        except urllib.error.HTTPError as error:
            body = json.loads(error.read())
            assert error.code == 400 and body["error"]["field"] == "text" and "limit is 60 kB" in body["error"]["message"], body
        assert saved_text(server, "churn-model") == before

        # Practice: a probe, a generated follow-up, the timer, and a self-rating that schedules it.
        browser.get(server.url + "/depth/churn-model/practice")
        assert wait_for(browser, "question").text
        assert browser.find_element(By.ID, "follow-up").text.startswith("Then:")
        browser.find_element(By.ID, "timer-toggle").click()
        browser.find_element(By.ID, "reveal").click()
        browser.find_element(By.CSS_SELECTOR, '#ratings button[data-key="3"]').click()
        assert "comes back in" in wait_for(browser, "rated").text
        shot(browser, "depth-practice")
        browser.get(server.url + "/depth")
        row = wait_for(browser, "dives").find_element(By.CSS_SELECTOR, 'tr[data-dive="churn-model"]')
        assert "next in" in row.text, row.text
    finally:
        server.stop()
