"""The design workspace in headless Chromium: start a case in interview mode (no rubric on the page), an empty
Submit refused with the text kept, type into two steps and see them autosave, kill the server with SIGKILL,
type a third step while it is down (kept in the browser), start it again on the same port, the unsent text
arrives, reload and every step is there; a diagram line that does not parse names its line and the preview
draws once fixed; a 1 MB answer is refused naming the field and the limit while the saved text stays; then
Submit shows per-step coverage, the matched words and the model answer beside the person's own, with
`<script>` and `<img onerror>` shown as text; the self-rating schedules it."""
import os
import socket

import pytest

import chromium
from conftest import Server, shot

chromium.require()
from selenium.common.exceptions import NoAlertPresentException, NoSuchElementException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CASE = "video-recommendations"
CLARIFY = "We serve up next on the watch page for 200M daily active users with a p99 latency budget of 200 ms. <script>alert(1)</script>"
METRICS = "Offline we track recall at k and NDCG on a held out day, and online we run an A/B test on watch time per user. <img src=x onerror=alert(2)>"
DATA = "Labels come from watch events and seconds watched, with a temporal split to avoid leakage from the future."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def browser():
    """Headless Chromium that keeps its console, so a Content-Security-Policy violation on these pages shows."""
    driver = chromium.start(keep_logs=True)
    yield driver
    driver.quit()


def csp_violations(driver):
    return [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"] or "Uncaught" in e["message"]]


@pytest.fixture
def fixed_server(binary, data_dir):
    """A server on a fixed port, so a restart keeps the page's origin (and its localStorage)."""
    port = free_port()
    server = Server(binary, os.path.join(data_dir, "onsite.sqlite"), ["--port", str(port)]).start()
    yield server
    server.stop()


def wait(driver, condition, timeout=10):
    return WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(condition)


def status(driver):
    return driver.find_element(By.ID, "save-status").text


def no_alert(driver):
    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        return True
    pytest.fail(f"an alert fired: {text}")


def test_workspace_survives_a_killed_server_and_submit_scores(browser, fixed_server):
    server = fixed_server
    browser.get(server.url + "/design")
    wait(browser, EC.presence_of_element_located((By.ID, "design-cases")))
    assert "current" in browser.find_element(By.CSS_SELECTOR, '[data-nav="design"]').get_attribute("class")
    shot(browser, "design-index")
    browser.find_element(By.CSS_SELECTOR, f'#design-cases tr[data-item="{CASE}"] button').click()
    wait(browser, EC.presence_of_element_located((By.ID, "design-form")))
    attempt_url = browser.current_url
    assert "/design/attempts/" in attempt_url
    assert csp_violations(browser) == []
    # Interview mode: no rubric or model answer on the page before Submit.
    assert browser.find_elements(By.CSS_SELECTOR, ".rubric, .model-answer") == []
    wait(browser, lambda d: ":" in d.find_element(By.ID, "design-timer").text and d.find_element(By.ID, "design-timer").text != "--:--")

    # An empty submission is refused with a message; the page stays.
    browser.find_element(By.ID, "design-submit").click()
    wait(browser, lambda d: "empty" in status(d))
    assert browser.current_url == attempt_url

    browser.find_element(By.ID, "answer-clarify").send_keys(CLARIFY)
    browser.find_element(By.ID, "answer-metrics").send_keys(METRICS)
    wait(browser, lambda d: status(d).startswith("Saved "))
    wait(browser, lambda d: d.execute_script(f"return localStorage.getItem('onsite-design-{attempt_url.rsplit('/', 1)[1]}')") is None)

    server.kill()
    browser.find_element(By.ID, "answer-data").send_keys(DATA)
    wait(browser, lambda d: "Offline" in status(d))
    shot(browser, "design-offline")
    server.start()
    wait(browser, lambda d: status(d).startswith("Saved "), timeout=20)

    browser.refresh()
    wait(browser, EC.presence_of_element_located((By.ID, "design-form")))
    browser.execute_script("localStorage.clear()")  # what follows must come from the server, not the browser
    browser.refresh()
    wait(browser, EC.presence_of_element_located((By.ID, "design-form")))
    assert browser.find_element(By.ID, "answer-clarify").get_attribute("value") == CLARIFY
    assert browser.find_element(By.ID, "answer-metrics").get_attribute("value") == METRICS
    assert browser.find_element(By.ID, "answer-data").get_attribute("value") == DATA
    no_alert(browser)

    # A diagram line that does not parse names its line; fixed, the server draws it.
    diagram = browser.find_element(By.ID, "diagram")
    diagram.send_keys("client -> api -> ranker" + Keys.ENTER + "feature store")
    wait(browser, lambda d: "line 2" in d.find_element(By.ID, "diagram-error").text)
    diagram.send_keys(" -> ranker")
    wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "#diagram-preview svg text"))
    assert browser.find_element(By.ID, "diagram-error").text == ""
    labels = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "#diagram-preview svg text")]
    assert "feature store" in labels
    shot(browser, "design-workspace")

    # A 1 MB answer is refused by name and limit; what the server had stays.
    browser.execute_script("const a = document.getElementById('answer-model'); a.value = 'x'.repeat(1048576); a.dispatchEvent(new Event('input'))")
    wait(browser, lambda d: "Model" in status(d) and "64 KB" in status(d), timeout=15)
    browser.execute_script("const a = document.getElementById('answer-model'); a.value = 'A popularity baseline first, then a two tower model for candidates.'; a.dispatchEvent(new Event('input'))")
    wait(browser, lambda d: status(d).startswith("Saved "))

    browser.find_element(By.ID, "answer-system").send_keys(Keys.CONTROL, Keys.ENTER)
    wait(browser, EC.presence_of_element_located((By.ID, "design-total")))
    assert browser.current_url == attempt_url
    assert "%" in browser.find_element(By.ID, "design-total").text
    clarify = browser.find_element(By.ID, "result-clarify")
    assert int(clarify.find_element(By.CSS_SELECTOR, ".step-score").get_attribute("data-score")) > 0
    assert clarify.find_elements(By.CSS_SELECTOR, ".found mark")
    assert clarify.find_element(By.CSS_SELECTOR, ".model-answer").text.strip()
    assert "<script>alert(1)</script>" in clarify.find_element(By.CSS_SELECTOR, ".own-answer").text
    assert "<img src=x onerror=alert(2)>" in browser.find_element(By.CSS_SELECTOR, "#result-metrics .own-answer").text
    assert browser.find_elements(By.CSS_SELECTOR, ".own-answer img, .own-answer script") == []
    no_alert(browser)
    assert csp_violations(browser) == []
    shot(browser, "design-result")

    browser.find_element(By.TAG_NAME, "body").send_keys("3")
    wait(browser, EC.presence_of_element_located((By.ID, "rated-text")))
    assert "strong" in browser.find_element(By.ID, "rated-text").text
    browser.get(server.url + "/design")
    assert "rated strong" in wait(browser, EC.presence_of_element_located((By.ID, "design-history"))).text
