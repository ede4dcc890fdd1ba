"""Behavioral practice and the recruiter screen in headless Chromium: the 2-minute timer runs, the
answer's notes reveal on space, a Weak rating (key 1) is saved and the next question shows; the
screen questions and the pitch drill, whose check names a pitch without a number."""
import time

import chromium
from conftest import shot

chromium.require()
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

PITCH = ("I am a machine learning engineer at a mid-size retailer, where I lead the search ranking work. "
         "Before that I was a data scientist on the pricing team, building demand forecasts. "
         "At the retailer I rebuilt the ranking model and the feature pipeline behind it, and led the team that shipped it. "
         "I want to join your team because your product serves users I care about and the research matches what I do.")


def loaded(driver, element_id):
    wait = WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,))
    element = wait.until(EC.presence_of_element_located((By.ID, element_id)))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    return element


STORY = """# Rolling back a ranking model

Themes: conflict, ownership

## Situation
A launch hid new listings from search.

## Task
I had to decide whether to roll back against the product lead's wish.

## Action
I showed the data and rolled the model back within an hour.

## Result
New listings went from 2% to 9% of the top 50.

## Learning
Agree on the guardrail metric before launch.
"""


def test_practice_a_question_against_the_timer_and_rate_it_weak(browser, server, data_dir):
    import os
    import subprocess
    folder = os.path.join(data_dir, "stories")
    os.makedirs(folder)
    with open(os.path.join(folder, "rollback.md"), "w") as f:
        f.write(STORY)
    subprocess.run([server.binary, "stories", "import", folder, "--database", server.database], check=True, capture_output=True, timeout=60)

    browser.get(server.url + "/stories/practice?theme=conflict")
    card = loaded(browser, "card")
    first = card.get_attribute("data-question")
    assert "conflict" in card.get_attribute("data-themes").split(), first
    notes = browser.find_element(By.CSS_SELECTOR, '.story-notes[data-story="rollback"]')
    assert not notes.get_attribute("open")
    browser.find_element(By.CSS_SELECTOR, 'input[name="story"][value="rollback"]').click()
    WebDriverWait(browser, 5).until(lambda d: notes.get_attribute("open"))
    assert "2% to 9%" in notes.text
    shot(browser, "practice-story-picked")
    assert "Nothing is recorded or sent" in browser.page_source
    clock = browser.find_element(By.ID, "timer-clock")
    assert clock.text == "0:00"
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("t")
    WebDriverWait(browser, 5).until(lambda d: clock.text not in ("0:00",))
    assert "running" in browser.find_element(By.ID, "timer").get_attribute("class")
    shot(browser, "practice-timer-running")
    body.send_keys("t")  # pause
    paused = clock.text
    time.sleep(1.2)
    assert clock.text == paused, "t pauses the timer"
    # Past 1:45 the timer turns amber and past 2:00 red, counting up: moved forward in the page.
    browser.execute_script("document.getElementById('timer-reset').click()")
    assert clock.text == "0:00"

    assert not browser.find_element(By.ID, "answer").is_displayed()
    body.send_keys(" ")
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.ID, "answer").is_displayed())
    assert browser.find_elements(By.CSS_SELECTOR, "#listening-for li")
    assert browser.find_elements(By.CSS_SELECTOR, "#red-flags li")
    labels = [b.text for b in browser.find_elements(By.CSS_SELECTOR, "#ratings button")]
    assert [label.split("\n")[1] for label in labels] == ["Weak", "Shaky", "Solid", "Strong"], labels
    shot(browser, "practice-revealed")

    browser.find_element(By.TAG_NAME, "body").send_keys("1")
    WebDriverWait(browser, 10).until(EC.staleness_of(card))
    rated = loaded(browser, "rated")
    assert "comes back in" in rated.text
    nxt = browser.find_element(By.ID, "card")
    assert nxt.get_attribute("data-question") != first and "conflict" in nxt.get_attribute("data-themes").split()
    shot(browser, "practice-next-question")

    state = server.get_json("/api/v1/stories/practice/state?theme=conflict")
    recorded = {item["id"]: item for item in state["scheduled"]}
    assert recorded[first]["lastRating"] == 1 and recorded[first]["reviews"] == 1, state
    assert server.get_json("/api/v1/stats")["reviewedToday"] >= 1


def test_the_timer_turns_amber_then_red_and_counts_up(browser, server):
    browser.get(server.url + "/stories/practice")
    loaded(browser, "timer")
    # The page's clock moved on by 1:50, then 2:05: a real wait would take two minutes.
    browser.execute_script("""
        const realNow = Date.now; let shift = 0; window.__shift = (s) => { shift = s * 1000; };
        Date.now = () => realNow() + shift;""")
    browser.find_element(By.ID, "timer-toggle").click()
    browser.execute_script("window.__shift(110)")
    timer = browser.find_element(By.ID, "timer")
    WebDriverWait(browser, 5).until(lambda d: "amber" in timer.get_attribute("class"))
    assert browser.find_element(By.ID, "timer-clock").text.startswith("1:5")
    shot(browser, "practice-timer-amber")
    browser.execute_script("window.__shift(125)")
    WebDriverWait(browser, 5).until(lambda d: "over" in timer.get_attribute("class"))
    assert "amber" not in timer.get_attribute("class")
    assert browser.find_element(By.ID, "timer-clock").text.startswith("2:0")
    shot(browser, "practice-timer-over")


def test_the_recruiter_screen_and_the_pitch_drill(browser, server):
    browser.get(server.url + "/screen")
    loaded(browser, "compensation")
    example = browser.find_element(By.CSS_SELECTOR, "#screen-motivation details.example")
    assert not example.get_attribute("open")
    example.find_element(By.TAG_NAME, "summary").click()
    assert example.get_attribute("open")
    assert browser.find_element(By.ID, "ask-recruiter-screen")
    shot(browser, "practice-screen")

    browser.get(server.url + "/screen/pitch")
    form = loaded(browser, "pitch-form")
    browser.execute_script("localStorage.clear()")
    browser.find_element(By.ID, "company").send_keys("Acme")
    browser.find_element(By.ID, "pitch").send_keys(PITCH)
    assert "words" in browser.find_element(By.ID, "word-count").text
    browser.find_element(By.ID, "check-pitch").click()
    WebDriverWait(browser, 10).until(EC.staleness_of(form))
    findings = loaded(browser, "findings")
    rules = [li.get_attribute("data-rule") for li in findings.find_elements(By.CSS_SELECTOR, "li.finding")]
    assert "pitch-no-impact" in rules, rules
    assert "number" in findings.text.lower()
    assert browser.find_element(By.ID, "pitch").get_attribute("value").startswith("I am a machine learning engineer")
    shot(browser, "practice-pitch-findings")


def test_the_cli_prints_the_next_question_as_json(binary, data_dir):
    import json
    import os
    import subprocess
    database = os.path.join(data_dir, "cli.sqlite")
    out = subprocess.run([binary, "stories", "practice", "--json", "--theme", "conflict", "--database", database],
                         capture_output=True, text=True, check=True, timeout=60).stdout
    result = json.loads(out)
    assert result["isNew"] and "conflict" in result["question"]["themes"] and result["new"] >= 5, result
