"""Numeric drills in the real UI: the question with a number box, Enter to submit, right/wrong, and the
worked solution with the person's numbers when wrong; the drill is scheduled by the answer."""
import json
import math
import os
import re
import shutil
import urllib.request
from pathlib import Path

import chromium
from conftest import ROOT, Server, shot

chromium.require()
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

DRILL = "conv-output-shape"
QUESTION = re.compile(r"A (\d+)×\d+ input .* of size (\d+)×\d+,\s*stride (\d+) and padding (\d+)", re.S)


def expected_side(question: str) -> int:
    """The conv output side computed here from the question's own numbers, independently of the app."""
    match = QUESTION.search(question)
    assert match, question
    size, kernel, stride, padding = map(int, match.groups())
    return math.floor((size + 2 * padding - kernel) / stride) + 1


def start_with_one_cnn_drill(binary, data_dir) -> Server:
    """The shipped bank with `conv-output-shape` the only numeric drill of the cnn topic, so it is the one that comes up."""
    content = Path(data_dir) / "content"
    shutil.copytree(ROOT / "content", content)
    for other in (content / "drills" / "cnn").glob("*.yaml"):
        if other.stem != DRILL:
            other.unlink()
    return Server(binary, os.path.join(data_dir, "onsite.sqlite"), extra_args=["--content", str(content)]).start()


def review_cards_until_the_drill(server):
    """Rates the topic's cards Easy through the API (as the page's own script would) until the drill is next."""
    for _ in range(30):
        with urllib.request.urlopen(server.url + "/drill?topic=cnn", timeout=10) as response:
            page = response.read().decode()
        if 'id="numeric"' in page:
            return
        card = re.search(r'name="card" value="([^"]+)"', page)
        assert card, "neither a card nor the numeric drill is due"
        request = urllib.request.Request(
            server.url + "/api/v1/reviews", data=json.dumps({"cardId": card.group(1), "rating": 4}).encode(),
            headers={"Content-Type": "application/json", "Origin": server.url}, method="POST")
        urllib.request.urlopen(request, timeout=10).close()
    raise AssertionError("the numeric drill never came up")


def wait_for(driver, element_id):
    wait = WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException))
    element = wait.until(EC.presence_of_element_located((By.ID, element_id)))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    return element


def answer(driver, text):
    box = wait_for(driver, "numeric-answer")
    assert driver.switch_to.active_element == box, "the number box has the focus"
    box.send_keys(text, Keys.ENTER)
    return wait_for(driver, "numeric-result")


def test_numeric_drill_right_then_wrong(browser, binary, data_dir):
    server = start_with_one_cnn_drill(binary, data_dir)
    try:
        review_cards_until_the_drill(server)
        browser.get(server.url + "/drill?topic=cnn")
        question = wait_for(browser, "question").text
        assert wait_for(browser, "numeric").get_attribute("data-drill") == DRILL
        shot(browser, "numeric-question")

        # Right: the verdict, no solution, and the drill is scheduled (its next due shows, here and in the list).
        answer(browser, str(expected_side(question)))
        assert browser.find_element(By.ID, "verdict").text.startswith("Right")
        assert not browser.find_elements(By.ID, "solution")
        assert re.match(r"Next due: in \d+", browser.find_element(By.ID, "next-due").text)
        shot(browser, "numeric-right")
        browser.get(server.url + "/drills")
        due = wait_for(browser, "drills-table").find_element(By.CSS_SELECTOR, f'tr[data-drill="{DRILL}"] .due').text
        assert due.startswith("in "), due

        # Enter on the result moves on; the drill comes back (still learning) with fresh numbers.
        browser.get(server.url + "/drill?topic=cnn")
        second = wait_for(browser, "question").text
        wrong = expected_side(second) + 1
        answer(browser, str(wrong))
        verdict = browser.find_element(By.ID, "verdict").text
        assert verdict.startswith("Not quite") and f"you typed {wrong}" in verdict
        solution = browser.find_element(By.ID, "solution")
        assert solution.is_displayed()
        size = QUESTION.search(second).group(1)
        assert f"({size} + 2×" in solution.text and f"= {expected_side(second)}." in solution.text
        shot(browser, "numeric-wrong-solution")
        browser.find_element(By.TAG_NAME, "body").send_keys(Keys.ENTER)
        WebDriverWait(browser, 10).until(lambda d: d.current_url.endswith("/drill?topic=cnn"))

        # Not a number: said so, nothing recorded, the same question again.
        reviews = server.get_json("/api/v1/stats")["totalReviews"]
        wait_for(browser, "numeric-answer").send_keys("thirty", Keys.ENTER)
        assert "is not a number" in wait_for(browser, "numeric-error").text
        assert server.get_json("/api/v1/stats")["totalReviews"] == reviews
    finally:
        server.stop()


def test_quick_fire_grades_a_numeric_drill(browser, binary, data_dir):
    server = start_with_one_cnn_drill(binary, data_dir)
    try:
        review_cards_until_the_drill(server)  # the cards are reviewed, so the new drill comes first
        reviews = server.get_json("/api/v1/stats")["totalReviews"]
        browser.get(server.url + "/quickfire?n=1&topic=cnn&seconds=60")
        box = wait_for(browser, "qf-number")
        WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "qf-question").text)
        question = browser.find_element(By.ID, "qf-question").text
        assert browser.switch_to.active_element == box
        assert not browser.find_element(By.ID, "qf-reveal").is_displayed()
        box.send_keys("many", Keys.ENTER)
        WebDriverWait(browser, 5).until(EC.visibility_of_element_located((By.ID, "qf-number-error")))
        box.send_keys(Keys.CONTROL, "a")
        box.send_keys(str(expected_side(question) + 2), Keys.ENTER)
        WebDriverWait(browser, 5).until(EC.visibility_of_element_located((By.ID, "qf-verdict")))
        assert browser.find_element(By.ID, "qf-verdict-text").text.startswith("Not quite")
        assert f"= {expected_side(question)}." in browser.find_element(By.ID, "qf-solution").text
        shot(browser, "quickfire-numeric-wrong")
        browser.switch_to.active_element.send_keys(Keys.ENTER)  # Next
        WebDriverWait(browser, 5).until(EC.visibility_of_element_located((By.ID, "qf-summary")))
        assert "0 of 1 right" in browser.find_element(By.ID, "qf-score").text
        assert server.get_json("/api/v1/stats")["totalReviews"] == reviews + 1
    finally:
        server.stop()
