"""The study plan in headless Chromium: the empty page, a bad field named beside it, a plan made
two days in the past (so two days were missed) re-planned on sight with what moved and why, a task
ticked and kept, a re-plan on request that keeps the tick, the checklist and readiness pages."""
import datetime
import urllib.request

import chromium
from conftest import shot

chromium.require()
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def wait_for(driver, element_id):
    wait = WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException))
    element = wait.until(EC.presence_of_element_located((By.ID, element_id)))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    return element


def fill(driver, values):
    form = driver.find_element(By.ID, "plan-form")
    for name, value in values.items():
        field = form.find_element(By.NAME, name)
        # A date input's typing format follows the browser's locale: set the value as the form sends it.
        driver.execute_script("arguments[0].value = arguments[1]", field, value)
    return form


def test_make_a_plan_tick_a_day_and_see_it_replan(browser, server):
    today = datetime.date.today()
    start = (today - datetime.timedelta(days=2)).isoformat()
    interview = (today + datetime.timedelta(days=28)).isoformat()

    browser.get(server.url + "/plan")
    wait_for(browser, "no-plan")
    assert browser.find_element(By.CSS_SELECTOR, 'nav a[data-nav="plan"]').text == "Plan"

    # Zero hours: the field says so, and nothing is made.
    form = fill(browser, {"start": start, "interview": interview, "weekday-hours": "0", "weekend-hours": "4"})
    form.find_element(By.ID, "make-plan").click()
    error = wait_for(browser, "weekday-hours-error")
    assert "more than 0" in error.text
    assert server.get_json("/api/v1/plan")["plan"] is None
    shot(browser, "plan-bad-hours")

    form = fill(browser, {"start": start, "interview": interview, "weekday-hours": "2", "weekend-hours": "4"})
    form.find_element(By.ID, "make-plan").click()
    wait_for(browser, "plan-title")

    # Two days before today were not done: the page re-planned from today and says what moved and why.
    changes = wait_for(browser, "changes")
    first = changes.find_element(By.CSS_SELECTOR, ".plan-change")
    missed = [(today - datetime.timedelta(days=n)).isoformat() for n in (2, 1)]
    reasons = first.find_element(By.CSS_SELECTOR, ".reasons").text
    assert f"not done on {missed[0]}, {missed[1]}" in reasons
    assert first.find_elements(By.CSS_SELECTOR, ".moves tbody tr"), "no move listed"
    kinds = browser.find_element(By.ID, "plan-kinds").text
    assert "buffer" in kinds and "mock" in kinds and "light" in kinds
    shot(browser, "plan-replanned")

    # Tick the first task of today and save; it stays ticked after a reload.
    day = browser.find_element(By.CSS_SELECTOR, ".plan-day.today")
    box = day.find_element(By.CSS_SELECTOR, "input[type=checkbox]")
    title = day.find_element(By.CSS_SELECTOR, ".tasks li label").text.strip()
    box.click()
    day.find_element(By.CSS_SELECTOR, "form.day-form button").click()
    WebDriverWait(browser, 10).until(EC.staleness_of(day))
    wait_for(browser, "plan-title")
    assert browser.find_element(By.CSS_SELECTOR, ".plan-day.today input[type=checkbox]").is_selected()
    plan = server.get_json("/api/v1/plan")["plan"]
    today_json = [d for d in plan["days"] if d["date"] == today.isoformat()][0]
    assert today_json["tasks"][0]["done"] is True
    assert today_json["tasks"][0]["title"] == title

    # Re-plan on request: a second change on top, and today's tick kept.
    browser.find_element(By.ID, "replan").click()
    WebDriverWait(browser, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".plan-change")) == 2)
    assert "on request" in browser.find_element(By.CSS_SELECTOR, ".plan-change .reasons").text
    plan = server.get_json("/api/v1/plan")["plan"]
    today_json = [d for d in plan["days"] if d["date"] == today.isoformat()][0]
    assert [t["title"] for t in today_json["tasks"] if t["done"]] == [title]
    shot(browser, "plan-after-tick")

    with urllib.request.urlopen(server.url + "/plan.ics", timeout=10) as response:
        body = response.read()
        assert response.headers["Content-Type"].startswith("text/calendar")
    assert body.count(b"BEGIN:VEVENT") == 30 and b"DTSTART;VALUE=DATE:" in body and b"\r\n" in body

    # Today shows the day's plan and readiness; the checklist says what would tick each line.
    browser.get(server.url + "/")
    wait_for(browser, "today-plan")
    assert title in browser.find_element(By.ID, "today-plan").text
    assert "no evidence yet" in browser.find_element(By.ID, "readiness").text
    browser.get(server.url + "/checklist")
    line = wait_for(browser, "line-logistics:setup")
    line.find_element(By.TAG_NAME, "button").click()
    line = wait_for(browser, "line-logistics:setup")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "line-logistics:setup").get_attribute("data-ticked") == "true")
    assert "Ticks when" in browser.find_element(By.ID, "section-dsa-patterns").text
    browser.get(server.url + "/progress")
    charts = wait_for(browser, "readiness-charts")
    assert len(charts.find_elements(By.CSS_SELECTOR, "svg.readiness-chart")) == 5
    shot(browser, "plan-progress-readiness")
