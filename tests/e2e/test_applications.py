"""Applications in the real UI and the CLI: add by form, move a card by keyboard, the funnel chart,
and an export -> import -> export round trip that is byte-identical."""
import datetime
import json
import os
import subprocess
import urllib.request

import pytest

import chromium
from conftest import Server, shot

chromium.require()
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def run(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=60)


def wait_page(driver, element_id):
    wait = WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException))
    element = wait.until(EC.presence_of_element_located((By.ID, element_id)))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    return element


def add_by_form(driver, url, company, role, next_step=None):
    driver.get(url + "/applications")
    form = wait_page(driver, "add-form")
    if not form.is_displayed():
        driver.find_element(By.CSS_SELECTOR, "#add-application summary").click()
    form.find_element(By.NAME, "company").send_keys(company)
    form.find_element(By.NAME, "role").send_keys(role)
    if next_step:
        form.find_element(By.NAME, "nextStep").send_keys(next_step)
        # A date input's typing format follows the browser's locale; set the value as the form sends it.
        driver.execute_script("arguments[0].value = arguments[1]", form.find_element(By.NAME, "nextStepDate"),
                              datetime.date.today().isoformat())
    form.find_element(By.ID, "add-submit").click()
    # The old page has a board too once one application exists: wait for it to go first.
    WebDriverWait(driver, 10).until(EC.staleness_of(form))
    wait_page(driver, "board")


def stage_in_api(server, company):
    return [a for a in server.get_json("/api/v1/applications")["applications"] if a["company"] == company][0]["stage"]


def column_of(driver, company):
    card = driver.find_element(By.CSS_SELECTOR, f'.app-card[data-company="{company}"]')
    return card.find_element(By.XPATH, "./ancestor::section[1]").get_attribute("data-stage")


def test_board_by_keyboard_and_the_funnel_chart(browser, binary, data_dir):
    server = Server(binary, os.path.join(data_dir, "onsite.sqlite")).start()
    try:
        browser.get(server.url + "/applications")
        assert "Add your first application" in wait_page(browser, "apps-empty").text
        shot(browser, "applications-empty")
        add_by_form(browser, server.url, "Acme <Labs>", "ML Engineer", next_step="Email the recruiter")
        add_by_form(browser, server.url, "Beta", "Research Engineer")
        assert [a["company"] for a in server.get_json("/api/v1/applications")["applications"]] == ["Acme <Labs>", "Beta"]

        # Tab from the top of the page to Beta's card, as a keyboard user would.
        body = browser.find_element(By.TAG_NAME, "body")
        body.click()
        for _ in range(80):
            active = browser.switch_to.active_element
            if active.get_attribute("data-company") == "Beta":
                break
            active.send_keys(Keys.TAB)
        else:
            pytest.fail("Tab never reached Beta's card")
        active.send_keys("]")
        WebDriverWait(browser, 5).until(lambda d: column_of(d, "Beta") == "recruiter-screen")
        WebDriverWait(browser, 5).until(lambda d: "Beta moved to Recruiter screen" in d.find_element(By.ID, "board-status").text)
        assert stage_in_api(server, "Beta") == "recruiter-screen"
        # Focus stays on the moved card: Shift+Right moves it again.
        browser.switch_to.active_element.send_keys(Keys.SHIFT, Keys.ARROW_RIGHT)
        WebDriverWait(browser, 5).until(lambda d: column_of(d, "Beta") == "coding")
        assert stage_in_api(server, "Beta") == "coding"
        browser.switch_to.active_element.send_keys("[")
        WebDriverWait(browser, 5).until(lambda d: column_of(d, "Beta") == "recruiter-screen")
        browser.switch_to.active_element.send_keys("]")
        WebDriverWait(browser, 5).until(lambda d: stage_in_api(server, "Beta") == "coding")
        # HTML5 drag and drop: Selenium's mouse actions do not fire drag events in Chromium, so dispatch them.
        browser.execute_script("""
            const card = document.querySelector('.app-card[data-company="Acme <Labs>"]');
            const target = document.querySelector('section.column[data-stage="rejected"]');
            const data = new DataTransfer();
            card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
            target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
            target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
            card.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));
        """)
        WebDriverWait(browser, 5).until(lambda d: column_of(d, "Acme <Labs>") == "rejected")
        assert stage_in_api(server, "Acme <Labs>") == "rejected"
        browser.execute_script("document.querySelector('.app-card[data-company=\"Beta\"]').focus()")
        shot(browser, "applications-board")

        browser.refresh()
        wait_page(browser, "board")
        assert column_of(browser, "Beta") == "coding"
        assert column_of(browser, "Acme <Labs>") == "rejected"
        history = [h["stage"] for h in server.get_json("/api/v1/applications")["applications"][1]["history"]]
        assert history == ["applied", "recruiter-screen", "coding", "recruiter-screen", "coding"]

        browser.get(server.url + "/applications?view=table")
        wait_page(browser, "apps-table")
        shot(browser, "applications-table")

        browser.get(server.url + "/")
        assert "Email the recruiter" in wait_page(browser, "next-steps").text

        browser.get(server.url + "/applications/funnel?probability=0.9")
        svg = wait_page(browser, "funnel-svg")
        assert svg.get_attribute("role") == "img"
        assert "Pass rate per stage" in browser.find_element(By.ID, "funnel-title").get_attribute("textContent")
        assert "34 application(s)" in browser.find_element(By.ID, "odds-answer").text
        shot(browser, "applications-funnel")
    finally:
        server.stop()


TRICKY_CSV = (
    "id,company,role,level,tier,link,contacts,notes,source,salaryMin,salaryMax,nextStep,nextStepDate,stage,date\r\n"
    ',"Acme, Inc.",ML Engineer,L5,big-tech,https://acme.example/j?a=1,"Ann ""the recruiter""","line one, with a comma\nline two",'
    "referral,180000,240000,Send thanks,2026-12-20,applied,2026-11-01\r\n"
)


def test_cli_export_import_export_is_byte_identical_and_odds_json(binary, tmp_path):
    first_db, second_db = str(tmp_path / "a.sqlite"), str(tmp_path / "b.sqlite")
    source = tmp_path / "seed.csv"
    source.write_text(TRICKY_CSV, newline="")
    assert run(binary, "apps", "import", str(source), "--database", first_db).returncode == 0
    added = run(binary, "apps", "add", "--company", "Beta", "--role", "RE", "--database", first_db)
    assert added.returncode == 0 and len(added.stdout.strip()) == 36
    moved = run(binary, "apps", "move", "Acme, Inc.", "coding", "--date", "2026-11-20", "--database", first_db)
    assert moved.returncode == 0, moved.stderr
    future = run(binary, "apps", "move", "Beta", "offer", "--date", "2999-01-01", "--database", first_db)
    assert future.returncode == 1 and "date 2999-01-01 is in the future" in future.stderr

    for fmt in ["csv", "json"]:
        # Bytes, not text: text mode would turn the CSV's CRLF into LF.
        exported = subprocess.run([binary, "apps", "export", "--format", fmt, "--database", first_db], capture_output=True, timeout=60)
        assert exported.returncode == 0
        path = tmp_path / f"apps.{fmt}"
        path.write_bytes(exported.stdout)
        target = str(tmp_path / f"fresh-{fmt}.sqlite")
        imported = run(binary, "apps", "import", str(path), "--database", target)
        assert imported.returncode == 0 and "imported 2 application(s)" in imported.stdout, imported.stderr
        again = subprocess.run([binary, "apps", "export", "--format", fmt, "--database", target], capture_output=True, timeout=60)
        assert again.stdout == exported.stdout, f"{fmt} export changed after a round trip"
        assert b"\"line one, with a comma\nline two\"" in exported.stdout or fmt == "json"

    listed = json.loads(run(binary, "apps", "list", "--json", "--database", first_db).stdout)
    acme = [a for a in listed["applications"] if a["company"] == "Acme, Inc."][0]
    assert acme["notes"] == "line one, with a comma\nline two" and acme["stage"] == "coding"
    assert [h["stage"] for h in acme["history"]] == ["applied", "coding"]

    odds = run(binary, "apps", "odds", "--probability", "0.9", "--json", "--database", second_db)
    assert odds.stdout.strip() == '{"perApplication": 0.0672, "applications": 34}'
    given = run(binary, "apps", "odds", "--probability", "0.5", "--rates", "0.4,0.5,0.6,0.7,0.8", "--json", "--database", second_db)
    assert json.loads(given.stdout) == {"perApplication": 0.0672, "applications": 10}
    bad = run(binary, "apps", "odds", "--probability", "1", "--json", "--database", second_db)
    assert bad.returncode == 1 and "--probability" in bad.stderr


def test_cli_import_reports_bad_lines_and_keeps_good_ones(binary, tmp_path):
    db = str(tmp_path / "db.sqlite")
    path = tmp_path / "in.csv"
    path.write_text("company,role,stage,date\nA,R,applied,2026-11-01\nB,R\nC,R,applied,2027-13-01\nD,R,coding,2026-11-02\n")
    result = run(binary, "apps", "import", str(path), "--database", db)
    assert result.returncode == 1
    assert "imported 2 application(s)" in result.stdout
    assert 'line 3: column "stage" missing' in result.stderr
    assert 'line 4: date "2027-13-01" is not a date (YYYY-MM-DD)' in result.stderr
    missing = tmp_path / "missing.csv"
    missing.write_text("company,role,date\nA,R,2026-11-01\n")
    refused = run(binary, "apps", "import", str(missing), "--database", db)
    assert refused.returncode == 1 and 'no column "stage"' in refused.stderr
    assert len(json.loads(run(binary, "apps", "list", "--json", "--database", db).stdout)["applications"]) == 2


def test_import_a_chosen_file_in_the_browser(browser, binary, data_dir, tmp_path):
    server = Server(binary, os.path.join(data_dir, "onsite.sqlite")).start()
    try:
        path = tmp_path / "apps.csv"
        path.write_text(TRICKY_CSV + ",Bad,R,,,,,,,,,,,applied,2026-13-01\r\n", newline="")
        browser.get(server.url + "/applications")
        wait_page(browser, "import-form")
        browser.find_element(By.CSS_SELECTOR, "#import summary").click()
        browser.find_element(By.ID, "import-file").send_keys(str(path))
        browser.find_element(By.CSS_SELECTOR, "#import-form button[type=submit]").click()
        result = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "import-result").text or None)
        assert "Imported 1 application(s)." in result
        # The good row's notes span lines 2 and 3, so the bad row starts on line 4.
        assert 'line 4: date "2026-13-01" is not a date (YYYY-MM-DD)' in result
        companies = [a["company"] for a in server.get_json("/api/v1/applications")["applications"]]
        assert companies == ["Acme, Inc."]
        shot(browser, "applications-import")
    finally:
        server.stop()


def test_reminders_feed_is_rfc5545(binary, data_dir):
    server = Server(binary, os.path.join(data_dir, "onsite.sqlite")).start()
    try:
        body = json.dumps({"company": "Acme, Inc; Labs", "role": "MLE", "nextStep": "Write to Ann, ask about the ML depth round " * 2,
                           "nextStepDate": "2026-12-24"}).encode()
        request = urllib.request.Request(server.url + "/api/v1/applications", data=body, method="POST",
                                         headers={"Content-Type": "application/json", "Origin": server.url})
        assert urllib.request.urlopen(request, timeout=10).status == 201
        with urllib.request.urlopen(server.url + "/applications/reminders.ics", timeout=10) as response:
            assert response.headers["Content-Type"].startswith("text/calendar")
            data = response.read()
        lines = data.split(b"\r\n")
        assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b""), "CRLF line endings only"
        assert all(len(line) <= 75 for line in lines), "lines folded at 75 octets"
        assert sum(line.startswith(b"UID:") for line in lines) == 1 and sum(line.startswith(b"DTSTAMP:") for line in lines) == 1
        assert b"DTSTART;VALUE=DATE:20261224" in lines
        unfolded = data.replace(b"\r\n ", b"").decode()
        assert "SUMMARY:Acme\\, Inc\\; Labs: Write to Ann\\, ask about" in unfolded
        try:
            from icalendar import Calendar
        except ImportError:
            pytest.skip("the raw RFC 5545 checks passed; icalendar is not installed for a parser's view (.ci/run installs it)")
        events = list(Calendar.from_ical(data).walk("VEVENT"))
        assert len(events) == 1 and str(events[0]["DTSTART"].dt) == "2026-12-24"
        assert str(events[0]["SUMMARY"]).startswith("Acme, Inc; Labs: Write to Ann, ask")
    finally:
        server.stop()
