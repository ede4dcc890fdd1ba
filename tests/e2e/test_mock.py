"""Mock interviews in headless Chromium: a two-stage mock (ML breadth, then behavioral) run through
to its report by keyboard, difficulty and tags hidden, the clock counting down and pausing; a
server killed with SIGKILL mid-stage and restarted on the same port, the mock resuming where it was
with its clock (a running stage counts the time the server was down, a paused one does not); and a
coding round judged in the problem page's editor, its submissions recorded."""
import os
import time

import chromium
from conftest import Server, shot

chromium.require()
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def loaded(driver, element_id):
    wait = WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,))
    element = wait.until(EC.presence_of_element_located((By.ID, element_id)))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    return element


def until(driver, condition, seconds=10):
    """Waits through the page being replaced (every action here is a form post and a reload)."""
    return WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(condition)


def press(driver, key):
    driver.find_element(By.TAG_NAME, "body").send_keys(key)


def position(driver):
    return loaded(driver, "item-position").text


def rate_on_screen(driver, key):
    """Space reveals the answer, a digit rates it; the next item (or the all-answered note) loads."""
    before = driver.find_element(By.ID, "card").get_attribute("data-item")
    press(driver, " ")
    WebDriverWait(driver, 5).until(lambda d: d.find_element(By.ID, "answer").is_displayed())
    press(driver, key)
    until(driver, lambda d: d.find_elements(By.ID, "all-answered") or d.find_element(By.ID, "card").get_attribute("data-item") != before)
    return before


def start_two_stages(driver, url):
    driver.get(url + "/mock")
    loaded(driver, "start-form")
    for kind in ("coding", "design"):
        box = driver.find_element(By.ID, "stage-" + kind)
        if box.is_enabled() and box.is_selected():
            box.click()
    for kind in ("breadth", "behavioral"):
        assert driver.find_element(By.ID, "stage-" + kind).is_selected()
    driver.find_element(By.ID, "start-mock").click()
    return loaded(driver, "stage-title")


def test_a_two_stage_mock_runs_through_to_its_report(browser, server):
    browser.get(server.url + "/mock")
    assert loaded(browser, "no-mocks"), "the empty state says what to do"
    assert browser.find_element(By.CSS_SELECTOR, '[data-nav="mock"]').text == "Mock"
    title = start_two_stages(browser, server.url)
    assert title.text == "Stage 1 of 2: ML breadth"
    mock_id = title.get_attribute("data-mock")
    # Difficulty and tags are hidden: the card shows its question only.
    assert not browser.find_elements(By.CSS_SELECTOR, "#card .pill, #card .meta")
    clock = browser.find_element(By.ID, "timer-clock")
    first = clock.text
    assert first.startswith("30:00") or first.startswith("29:"), first
    WebDriverWait(browser, 5).until(lambda d: clock.text != first)
    shot(browser, "mock-breadth-running")

    # p pauses (saved on the server: the page comes back paused, the clock still), p resumes.
    press(browser, "p")
    until(browser, lambda d: d.find_element(By.ID, "paused-note"))
    paused = browser.find_element(By.ID, "timer-clock").text
    time.sleep(1.2)
    assert browser.find_element(By.ID, "timer-clock").text == paused
    shot(browser, "mock-paused")
    press(browser, "p")
    until(browser, lambda d: d.find_element(By.ID, "mock-timer").get_attribute("data-running") == "1")

    assert position(browser) == "Card 1 of 8"
    forgotten = rate_on_screen(browser, "1")
    assert position(browser) == "Card 2 of 8"
    for _ in range(7):
        rate_on_screen(browser, "3")
    assert loaded(browser, "all-answered")
    browser.find_element(By.ID, "next-stage").click()
    until(browser, lambda d: d.find_element(By.ID, "stage-title").text == "Stage 2 of 2: Behavioral")
    assert position(browser) == "Question 1 of 3"
    for key in ("4", "3", "2"):
        rate_on_screen(browser, key)
    shot(browser, "mock-behavioral-done")
    browser.find_element(By.ID, "next-stage").click()

    until(browser, lambda d: d.find_element(By.ID, "report-title"))
    assert browser.current_url.endswith(f"/mock/{mock_id}/report")
    stages = browser.find_elements(By.CSS_SELECTOR, "#report-stages .stage-row")
    assert [row.get_attribute("data-status") for row in stages] == ["finished", "finished"]
    assert len(browser.find_elements(By.CSS_SELECTOR, "#report-stages .item-row")) == 11
    # Breadth: 1 Again + 7 Good = 58%; behavioral: Strong, Solid, Shaky = 67%; overall the mean.
    assert [row.find_element(By.CSS_SELECTOR, ".stage-score").text for row in stages] == ["58%", "67%"]
    assert browser.find_element(By.ID, "overall").text == "63%"
    assert "Rated Again" in browser.page_source and "Rated Shaky" in browser.page_source
    shot(browser, "mock-report")

    # The report feeds the errors log and the schedule.
    browser.find_element(By.ID, "errors-link").click()
    mistakes = loaded(browser, "mock-mistakes")
    assert len(mistakes.find_elements(By.TAG_NAME, "li")) == 2
    assert "Rated Again" in mistakes.text and "Rated Shaky" in mistakes.text
    assert browser.find_element(By.CSS_SELECTOR, f'#lapses a[href="/cards/{forgotten}"]')
    state = server.get_json(f"/api/v1/mocks/{mock_id}/report")
    assert state["overall"] == 0.625 and [s["kind"] for s in state["stages"]] == ["breadth", "behavioral"]
    browser.get(server.url + "/mock")
    assert loaded(browser, "past-list").find_element(By.CSS_SELECTOR, f'a[href="/mock/{mock_id}/report"]')


def elapsed(driver):
    return float(driver.find_element(By.ID, "mock-timer").get_attribute("data-elapsed"))


def test_a_killed_server_resumes_the_mock_with_its_clock(browser, binary, data_dir):
    database = os.path.join(data_dir, "onsite.sqlite")
    server = Server(binary, database).start()
    try:
        browser.get(server.url + "/mock")
        loaded(browser, "round-form")
        browser.find_element(By.CSS_SELECTOR, '#round option[value="breadth"]').click()
        browser.find_element(By.ID, "start-round").click()
        title = loaded(browser, "stage-title")
        assert title.text == "Stage 1 of 1: ML breadth"
        mock_id = title.get_attribute("data-mock")
        rate_on_screen(browser, "2")
        assert position(browser) == "Card 2 of 8"
        on_screen = browser.find_element(By.ID, "card").get_attribute("data-item")
        before = server.get_json(f"/api/v1/mocks/{mock_id}")["stages"][0]
        assert before["running"] and len(before["answers"]) == 1

        # Killed while the stage runs: the time it was down counts.
        server.kill()
        killed_at = time.time()
        time.sleep(2)
        server = Server(binary, database, port=server.port).start()
        browser.refresh()
        loaded(browser, "stage-title")
        assert position(browser) == "Card 2 of 8", "the answer given before the kill is kept"
        assert browser.find_element(By.ID, "card").get_attribute("data-item") == on_screen
        assert browser.find_element(By.ID, "mock-timer").get_attribute("data-running") == "1"
        assert elapsed(browser) >= before["elapsedSeconds"] + 2, "the 2 s the server was down count"
        assert elapsed(browser) <= before["elapsedSeconds"] + (time.time() - killed_at) + 5
        shot(browser, "mock-resumed-running")

        # Paused, then killed: not a second more is counted.
        press(browser, "p")
        until(browser, lambda d: d.find_element(By.ID, "paused-note"))
        paused_at = elapsed(browser)
        server.kill()
        time.sleep(2)
        server = Server(binary, database, port=server.port).start()
        browser.refresh()
        loaded(browser, "paused-note")
        assert abs(elapsed(browser) - paused_at) < 0.11
        state = server.get_json(f"/api/v1/mocks/{mock_id}")["stages"][0]
        assert not state["running"] and abs(state["elapsedSeconds"] - paused_at) < 0.11
        shot(browser, "mock-resumed-paused")

        # The page from before the restarts still works: resume, rate, finish.
        press(browser, "p")
        until(browser, lambda d: d.find_element(By.ID, "mock-timer").get_attribute("data-running") == "1")
        rate_on_screen(browser, "3")
        assert position(browser) == "Card 3 of 8"
        browser.find_element(By.ID, "end-mock").click()
        loaded(browser, "report-title")
        report = server.get_json(f"/api/v1/mocks/{mock_id}/report")
        outcomes = [item["outcome"] for item in report["stages"][0]["items"]]
        assert outcomes[:2] == ["Rated Hard", "Rated Good"] and outcomes[2:] == ["Not answered"] * 6
        assert report["usedSeconds"] >= before["elapsedSeconds"] + 2
    finally:
        server.stop()


def test_a_coding_round_is_judged_in_the_problem_editor_and_recorded(browser, binary, data_dir):
    import glob
    import shutil
    sandbox = [] if shutil.which("bwrap") else ["--unsandboxed"]
    server = Server(binary, os.path.join(data_dir, "onsite.sqlite"), sandbox).start()
    try:
        browser.get(server.url + "/mock")
        loaded(browser, "round-form")
        browser.find_element(By.CSS_SELECTOR, '#round option[value="coding"]').click()
        browser.find_element(By.ID, "start-round").click()
        problem = loaded(browser, "problem")
        assert browser.find_element(By.ID, "stage-title").text == "Stage 1 of 1: Coding"
        assert not browser.find_elements(By.CSS_SELECTOR, "#problem .pill"), "difficulty and patterns are hidden"
        problem_id = problem.get_attribute("data-problem")
        root = os.path.join(os.path.dirname(__file__), "..", "..", "content", "problems")
        solution = open(glob.glob(os.path.join(root, "*", problem_id, "solution.*"))[0]).read()
        editor = browser.find_element(By.ID, "code")
        verdict = browser.find_element(By.ID, "verdict")

        browser.find_element(By.ID, "submit").click()  # the starter code: judged, and not accepted
        until(browser, lambda d: "pending" not in verdict.get_attribute("class") and verdict.text.strip() != "", 60)
        assert "Accepted" not in verdict.find_element(By.TAG_NAME, "h3").text, verdict.text
        browser.execute_script("arguments[0].value = arguments[1];", editor, solution)
        editor.send_keys(Keys.CONTROL, Keys.SHIFT, Keys.ENTER)  # the problem page's shortcut submits
        until(browser, lambda d: verdict.find_element(By.TAG_NAME, "h3").text == "Accepted", 60)
        shot(browser, "mock-coding-accepted")
        submissions = server.get_json(f"/api/v1/problems/{problem_id}/submissions")["submissions"]
        assert [s["kind"] for s in submissions] == ["submit", "submit"]
        browser.find_element(By.ID, "next-stage").click()
        until(browser, lambda d: d.find_element(By.ID, "report-title"))
        assert "Accepted after 1 failed submit" in browser.page_source
        assert browser.find_element(By.ID, "overall").text == "75%"
    finally:
        server.stop()
