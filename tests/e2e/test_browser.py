"""The real UI in headless Chromium: drill a card by keyboard, kill the server, find the review still there."""
import os
import shutil
import time


import chromium
from conftest import Server, shot

chromium.require()
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def wait_for_next_card(driver, previous_id):
    """After a rating the page reloads; elements of the old page go stale while it does."""
    WebDriverWait(driver, 5, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(
        lambda d: d.find_element(By.ID, "card").get_attribute("data-card") != previous_id)


def find_after_navigation(driver, element_id):
    """A click that submits a form returns before the next page exists: wait for the element, then for the
    page's scripts, so key presses that follow reach their handlers."""
    wait = WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,))
    element = wait.until(EC.presence_of_element_located((By.ID, element_id)))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    return element


def press(driver, key):
    driver.find_element(By.TAG_NAME, "body").send_keys(key)


def test_drill_by_keyboard_survives_a_killed_server(browser, binary, data_dir):
    server = Server(binary, os.path.join(data_dir, "onsite.sqlite")).start()
    try:
        browser.get(server.url + "/")
        assert browser.find_element(By.ID, "new-count").text == "20"
        shot(browser, "home-empty")
        browser.find_element(By.ID, "start-drill").click()
        card_id = find_after_navigation(browser, "card").get_attribute("data-card")
        answer = browser.find_element(By.ID, "answer")
        assert not answer.is_displayed()
        press(browser, " ")
        WebDriverWait(browser, 5).until(EC.visibility_of(answer))
        shot(browser, "drill-revealed")
        press(browser, "3")
        wait_for_next_card(browser, card_id)
        assert server.get_json("/api/v1/stats")["totalReviews"] == 1
    finally:
        server.kill()

    restarted = Server(binary, os.path.join(data_dir, "onsite.sqlite")).start()
    try:
        assert restarted.get_json("/api/v1/stats")["totalReviews"] == 1
        browser.get(restarted.url + f"/cards/{card_id}")
        history = browser.find_element(By.TAG_NAME, "main").text
        assert "Good" in history and "Not reviewed yet" not in history
        browser.get(restarted.url + "/")
        assert browser.find_element(By.ID, "new-count").text == "19"
        assert browser.find_element(By.ID, "streak").text == "1"
        shot(browser, "home-after-review")
    finally:
        restarted.stop()


def test_again_lands_in_the_errors_log(browser, server):
    browser.get(server.url + "/drill")
    question = browser.find_element(By.ID, "question").text
    card_id = browser.find_element(By.ID, "card").get_attribute("data-card")
    browser.find_element(By.ID, "reveal").click()
    browser.find_element(By.CSS_SELECTOR, '#ratings button[data-key="1"]').click()
    wait_for_next_card(browser, card_id)
    browser.get(server.url + "/errors")
    assert question in browser.find_element(By.ID, "lapses").text
    shot(browser, "errors")


def test_quick_fire_round_with_pause_and_summary(browser, server):
    browser.get(server.url + "/quickfire")
    shot(browser, "quickfire-setup")
    count = browser.find_element(By.ID, "qf-n")
    count.clear()
    count.send_keys("2")
    browser.find_element(By.ID, "qf-start").click()
    timer = find_after_navigation(browser, "qf-timer")
    press(browser, "p")
    paused_at = timer.text
    time.sleep(1.5)
    assert timer.text == paused_at, "the timer kept running while paused"
    press(browser, "p")
    press(browser, " ")
    WebDriverWait(browser, 5).until(EC.visibility_of_element_located((By.ID, "qf-answer")))
    shot(browser, "quickfire-revealed")
    press(browser, "2")
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "qf-progress").text.startswith("2 /"))
    press(browser, " ")
    press(browser, "1")
    WebDriverWait(browser, 5).until(EC.visibility_of_element_located((By.ID, "qf-summary")))
    assert "1 of 2 right" in browser.find_element(By.ID, "qf-score").text
    shot(browser, "quickfire-summary")
    assert server.get_json("/api/v1/stats")["totalReviews"] == 2


def test_search_topics_and_phone_width_dark_mode(browser, server):
    browser.get(server.url + "/topics")
    box = browser.find_element(By.ID, "search")
    box.send_keys("dropout\n")
    WebDriverWait(browser, 5).until(EC.url_contains("q=dropout"))
    assert "card(s) for" in browser.find_element(By.TAG_NAME, "h1").text
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
    browser.set_window_size(390, 844)
    browser.get(server.url + "/drill")
    press(browser, " ")
    width = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= 400, f"the drill page scrolls sideways at phone width ({width}px)"
    background = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(21, 23, 26)", background
    shot(browser, "drill-phone-dark")


def test_problem_page_editor_draft_run_and_submit(browser, binary, data_dir):
    """Type a solution with Tab indentation, survive a reload, Run with Ctrl+Enter, Submit with Ctrl+Shift+Enter."""
    sandbox = [] if shutil.which("bwrap") else ["--unsandboxed"]
    server = Server(binary, os.path.join(data_dir, "onsite.sqlite"), sandbox).start()
    try:
        browser.get(server.url + "/problems?round=dsa&difficulty=easy")
        shot(browser, "problems-list")
        browser.find_element(By.LINK_TEXT, "Two attributions that add up to a target").click()
        editor = find_after_navigation(browser, "code")
        slug = browser.find_element(By.ID, "problem").get_attribute("data-problem")
        entry = server.get_json("/api/v1/problems")["problems"]
        assert any(p["id"] == slug for p in entry)
        editor.clear()
        # A wrong first attempt: Enter after a colon indents, Shift+Tab outdents, Tab inserts four spaces.
        editor.send_keys("def wrong():", Keys.ENTER, "return None", Keys.ENTER)
        editor.send_keys(Keys.SHIFT, Keys.TAB)
        editor.send_keys("x", Keys.TAB, "= 1")
        typed = "def wrong():\n    return None\nx    = 1"
        assert browser.execute_script("return document.getElementById('code').value") == typed
        time.sleep(0.5)  # the draft is saved 300 ms after the last key
        browser.refresh()
        editor = find_after_navigation(browser, "code")
        assert browser.execute_script("return document.getElementById('code').value") == typed, "the draft did not survive a reload"
        editor.send_keys(Keys.CONTROL, Keys.ENTER)
        verdict = browser.find_element(By.ID, "verdict")
        WebDriverWait(browser, 15).until(lambda d: "Runtime Error" in verdict.text or "Wrong Answer" in verdict.text)
        shot(browser, "problem-run-failed")
        # The reference solution, set directly (typing would re-indent it), then submitted.
        solution = server.get_json(f"/api/v1/problems/{slug}/submissions")  # history so far: the failed Run
        assert [s["kind"] for s in solution["submissions"]] == ["run"]
        reference = open(os.path.join(os.path.dirname(__file__), "..", "..", "content", "problems", "dsa", slug, "solution.py")).read()
        browser.execute_script("const e = document.getElementById('code'); e.value = arguments[0]; e.dispatchEvent(new Event('input'));", reference)
        editor.send_keys(Keys.CONTROL, Keys.SHIFT, Keys.ENTER)
        WebDriverWait(browser, 15).until(lambda d: "Scheduled for review" in verdict.text)
        assert "Accepted" in verdict.text and "as Good" in verdict.text
        assert len(browser.find_elements(By.CSS_SELECTOR, "#history li")) == 2
        shot(browser, "problem-accepted")
        browser.get(server.url + "/problems?status=solved")
        assert "Two attributions that add up to a target" in browser.find_element(By.ID, "problem-list").text
    finally:
        server.stop()
