"""The story bank in headless Chromium: write a story in the editor and watch it autosave, reload (kept),
the lint beside the form (a Result without a number, then fixed), the coverage page updating, `<script>`
typed into every field shown as text on the read view with no alert, and importing several files with
one broken among them."""
import json
import os
import tempfile
import urllib.request

import pytest

import chromium
from conftest import shot

chromium.require()
from selenium.common.exceptions import NoAlertPresentException, NoSuchElementException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

SCRIPT = "<script>alert(1)</script>"

STORY = {
    "situation": "Our ranking model shipped and click-through fell for new users in one market over a week.",
    "task": "I owned the model and had to find out why before the quarterly review.",
    "action": ("I split the metric by cohort and found that new users saw stale features. I wrote a backfill, "
               "I added a freshness check, and I ran a holdout to confirm the fix before I rolled it out."),
    "result": "Click-through came back and the team trusted the dashboards again.",
    "learning": "I now add a freshness guardrail to every feature a model reads.",
}


def wait_for(driver, element_id, timeout=10):
    wait = WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException))
    element = wait.until(EC.presence_of_element_located((By.ID, element_id)))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    return element


def wait_saved(driver, previous=""):
    """Until the status says "Saved HH:MM:SS", different from what it said before."""
    WebDriverWait(driver, 10).until(
        lambda d: d.find_element(By.ID, "save-status").text.startswith("Saved ") and d.find_element(By.ID, "save-status").text != previous)
    return driver.find_element(By.ID, "save-status").text


def wait_stored(driver, server, story_id, field, text):
    """Until the server holds the text and the status says the last save is done."""
    WebDriverWait(driver, 10).until(
        lambda d: server.get_json(f"/api/v1/stories/{story_id}")["story"][field] == text
        and d.find_element(By.ID, "save-status").text.startswith("Saved "))


def rules(driver):
    return [li.get_attribute("data-rule") for li in driver.find_elements(By.CSS_SELECTOR, "#findings li")]


def no_alert(driver):
    try:
        text = driver.switch_to.alert.text
    except NoAlertPresentException:
        return True
    pytest.fail(f"an alert fired: {text}")


def test_write_a_story_reload_lint_and_coverage(browser, server):
    browser.get(server.url + "/stories")
    assert "Write your first story" in wait_for(browser, "stories-empty").text
    shot(browser, "stories-empty")
    assert "current" in browser.find_element(By.CSS_SELECTOR, '[data-nav="stories"]').get_attribute("class")

    browser.get(server.url + "/stories/coverage")
    assert "ownership" in [li.get_attribute("data-theme") for li in wait_for(browser, "gaps").find_elements(By.TAG_NAME, "li")]

    browser.get(server.url + "/stories/new")
    wait_for(browser, "story-form")
    browser.find_element(By.ID, "story-title").send_keys("Ranking regression")
    browser.find_element(By.ID, "part-situation").click()  # the title's blur saves the new story under its slug
    wait_saved(browser)
    assert browser.current_url.endswith("/stories/ranking-regression"), browser.current_url
    assert browser.find_element(By.ID, "read-link").get_attribute("href").endswith("/stories/ranking-regression/view")
    browser.find_element(By.CSS_SELECTOR, 'input[data-theme="ownership"]').click()
    browser.find_element(By.CSS_SELECTOR, 'input[data-theme="metric-moved-wrong-way"]').click()
    for part, text in STORY.items():
        browser.find_element(By.ID, f"part-{part}").send_keys(text)
    wait_stored(browser, server, "ranking-regression", "learning", STORY["learning"])
    WebDriverWait(browser, 10).until(lambda d: "result-without-number" in rules(d))
    assert "missing-part" not in rules(browser)
    finding = browser.find_element(By.CSS_SELECTOR, '#findings li[data-rule="result-without-number"]')
    assert "Click-through came back" in finding.find_element(By.CLASS_NAME, "sentence").text
    shot(browser, "stories-editor-lint")

    # Reload: everything typed is there, from the server.
    browser.refresh()
    wait_for(browser, "story-form")
    for part, text in STORY.items():
        assert browser.find_element(By.ID, f"part-{part}").get_attribute("value") == text
    assert browser.find_element(By.ID, "story-title").get_attribute("value") == "Ranking regression"
    assert browser.find_element(By.CSS_SELECTOR, 'input[data-theme="ownership"]').is_selected()
    assert "result-without-number" in rules(browser)

    # Fix the Result: the finding goes away after the next autosave (on blur here).
    result = browser.find_element(By.ID, "part-result")
    result.send_keys(" It rose back to 4.1% within 3 days.")
    browser.find_element(By.ID, "part-learning").click()
    wait_stored(browser, server, "ranking-regression", "result", STORY["result"] + " It rose back to 4.1% within 3 days.")
    WebDriverWait(browser, 10).until(lambda d: "result-without-number" not in rules(d))
    shot(browser, "stories-editor-fixed")
    saved = server.get_json("/api/v1/stories/ranking-regression")["story"]
    assert saved["result"].endswith("It rose back to 4.1% within 3 days.")

    # Coverage: ownership has a ✓ in the story's column and has left the gaps.
    browser.get(server.url + "/stories/coverage")
    table = wait_for(browser, "coverage-table")
    row = table.find_element(By.CSS_SELECTOR, 'tr[data-theme="ownership"]')
    assert "✓" in row.text and "covered by Ranking regression" in row.get_attribute("innerHTML")
    gaps = [li.get_attribute("data-theme") for li in browser.find_elements(By.CSS_SELECTOR, "#gaps li")]
    assert "ownership" not in gaps and "conflict" in gaps
    assert "11 common themes have no story yet" in browser.find_element(By.ID, "verdict").text
    shot(browser, "stories-coverage")

    browser.get(server.url + "/stories")
    row = wait_for(browser, "story-list").find_element(By.CSS_SELECTOR, 'li[data-id="ranking-regression"]')
    assert "Ranking regression" in row.text and "Lint:" in row.text
    shot(browser, "stories-list")


def test_script_in_every_field_is_inert(browser, server):
    browser.get(server.url + "/stories/new")
    wait_for(browser, "story-form")
    browser.find_element(By.ID, "story-title").send_keys(SCRIPT)
    for part in STORY:
        browser.find_element(By.ID, f"part-{part}").send_keys(SCRIPT)
    browser.find_element(By.CSS_SELECTOR, 'input[data-theme="conflict"]').click()
    WebDriverWait(browser, 10).until(lambda d: d.current_url.endswith("/stories/script-alert-1-script"))
    story_id = browser.current_url.rsplit("/", 1)[1]
    wait_stored(browser, server, story_id, "learning", SCRIPT)
    assert server.get_json(f"/api/v1/stories/{story_id}")["story"]["action"] == SCRIPT

    for path in [f"/stories/{story_id}/view", f"/stories/{story_id}", "/stories", "/stories/coverage"]:
        browser.get(server.url + path)
        WebDriverWait(browser, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        no_alert(browser)
        assert SCRIPT in browser.find_element(By.TAG_NAME, "main").text or path == f"/stories/{story_id}", path
    browser.get(server.url + f"/stories/{story_id}/view")
    article = wait_for(browser, "story-read")
    assert article.text.count(SCRIPT) == 6, article.text  # the heading and the five parts, as text
    assert browser.execute_script("return document.querySelectorAll('main script:not([src])').length") == 0
    no_alert(browser)
    shot(browser, "stories-view-script-inert")


def test_import_several_files_with_one_broken(browser, server):
    folder = tempfile.mkdtemp(prefix="onsite-stories-")
    files = {
        "good-one.md": "# Good one\n\nThemes: ownership\n\n## Situation\nA.\n\n## Task\nB.\n\n## Action\nI did it.\n\n## Result\n3x faster.\n",
        "good-two.md": "# Good two\n\nThemes: conflict\n\n## Situation\nA.\n\n## Action\nI talked to them.\n",
        "broken.md": "# Broken\n\n## Situation\nx\n\n## Plot\ny\n",
    }
    for name, text in files.items():
        with open(os.path.join(folder, name), "w") as handle:
            handle.write(text)
    browser.get(server.url + "/stories/import")
    form = wait_for(browser, "import-files-form")
    assert form.is_displayed()
    browser.find_element(By.ID, "import-files").send_keys("\n".join(os.path.join(folder, name) for name in files))
    browser.find_element(By.ID, "import-files-submit").click()
    count = wait_for(browser, "import-files-count")
    assert "Imported 2 story(ies): good-one, good-two." == count.text
    problems = browser.find_element(By.ID, "import-files-problems").text
    assert "broken.md:6: unknown heading" in problems, problems
    shot(browser, "stories-import")
    assert [s["id"] for s in server.get_json("/api/v1/stories")["stories"]] == ["good-one", "good-two"]


SIX = [
    ("Launch-day outage", ["failure", "ownership"]),
    ("The vague churn project", ["ambiguity", "customer-focus"]),
    ("Convincing the data team", ["influence-without-authority", "conflict"]),
    ("Coaching a new grad", ["mentoring-and-feedback", "learning-fast"]),
    ("Shipping before the freeze", ["speed-vs-quality", "prioritization"]),
    ("Labels we could not trust", ["poor-data-quality", "technical-disagreement"]),
]


def test_six_stories_cover_every_common_theme(browser, server):
    for title, themes in SIX:
        body = json.dumps({"title": title, "themes": themes, "situation": "S.", "task": "T.", "action": "I did it.",
                           "result": "Cut it by 40%.", "learning": "L."}).encode()
        request = urllib.request.Request(server.url + "/api/v1/stories", data=body, method="POST",
                                         headers={"Content-Type": "application/json", "Origin": server.url})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 201
    browser.get(server.url + "/stories/coverage")
    verdict = wait_for(browser, "verdict").text
    assert verdict.startswith("6 stories cover all 12 common themes"), verdict
    assert not browser.find_elements(By.ID, "gaps")
    rows = browser.find_elements(By.CSS_SELECTOR, "#coverage-table tbody tr")
    assert len(rows) == 16
    assert all(row.find_element(By.CLASS_NAME, "count").text == "1" for row in rows[:12])
    shot(browser, "stories-coverage-six")
