"""Offers in headless Chromium: two offers added through the form, compared side by side (chart and
Y1–Y4), the negotiation script with their numbers; and `onsite offer compare` on two YAML files."""
import json
import subprocess
import urllib.request


import chromium
from conftest import shot

chromium.require()
from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

ACME = """company: Acme
base: 200000
bonus: 0.15            # target, fraction of base
signOn: [50000]        # by year; missing years are 0
equity:
  grant: 400000        # or shares: N and price: P
  vesting: 25/25/25/25 # a preset name or yearly percentages
  cliffMonths: 12
  liquid: true
refresher: 0           # per year, from year 2
"""


def wait_for(driver, element_id):
    wait = WebDriverWait(driver, 10, ignored_exceptions=(StaleElementReferenceException,))
    element = wait.until(EC.presence_of_element_located((By.ID, element_id)))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
    return element


def add_offer(driver, url, company, vesting, base="200000", written=True):
    driver.get(url + "/offers/new")
    wait_for(driver, "offer-form")
    driver.find_element(By.NAME, "company").send_keys(company)
    driver.find_element(By.NAME, "base").send_keys(base)
    driver.find_element(By.NAME, "bonus").send_keys("0.15")
    driver.find_element(By.NAME, "signOn1").send_keys("50000")
    driver.find_element(By.NAME, "grant").send_keys("400000")
    Select(driver.find_element(By.NAME, "vesting")).select_by_value(vesting)
    if written:
        driver.find_element(By.ID, "written").click()
    form = driver.find_element(By.ID, "offer-form")
    driver.find_element(By.ID, "save-offer").click()
    # The next page's elements are looked up only once this one is gone: reading an element of a
    # page being replaced fails in Chromium ("Node ... does not belong to the document").
    WebDriverWait(driver, 10).until(EC.staleness_of(form))


def row_cells(driver, company):
    row = driver.find_element(By.CSS_SELECTOR, f'#compare-table tr[data-company="{company}"]')
    return [td.text for td in row.find_elements(By.TAG_NAME, "td")]


def test_two_offers_compared_year_by_year(browser, server):
    browser.get(server.url + "/offers")
    assert "Add an offer" in wait_for(browser, "offers-empty").text
    browser.find_element(By.CSS_SELECTOR, '[data-nav="offers"]')

    add_offer(browser, server.url, "Acme", "25/25/25/25")
    breakdown = wait_for(browser, "breakdown").text
    assert "380,000" in breakdown and "342,500" in breakdown
    assert "11 months (before the cliff)" in browser.find_element(By.ID, "leave-early").text
    shot(browser, "offers-detail")

    add_offer(browser, server.url, "Beta", "5/15/40/40")
    wait_for(browser, "breakdown")

    # A bad offer comes back with the error beside its field and what was typed kept.
    add_offer(browser, server.url, "Gamma", "25/25/25/25", base="-5")
    errors = wait_for(browser, "base-error")
    assert errors.text == "base is -5 — it must be zero or more"
    assert browser.find_element(By.NAME, "base").get_attribute("value") == "-5"
    assert browser.find_element(By.NAME, "company").get_attribute("value") == "Gamma"
    shot(browser, "offers-form-error")

    browser.get(server.url + "/offers/compare")
    chart = wait_for(browser, "offer-chart").find_element(By.CSS_SELECTOR, "svg.offer-chart")
    assert "Total compensation by year" in chart.get_attribute("aria-label")
    assert len(chart.find_elements(By.CSS_SELECTOR, "rect.s0")) >= 4 and len(chart.find_elements(By.CSS_SELECTOR, "rect.s1")) >= 4
    assert row_cells(browser, "Acme") == ["380,000", "330,000", "330,000", "330,000", "342,500"]
    assert row_cells(browser, "Beta") == ["300,000", "290,000", "390,000", "390,000", "342,500"]
    assert "Acme pays 80,000 more than Beta in year one" in browser.find_element(By.ID, "insight").text
    shot(browser, "offers-compare")

    browser.get(server.url + "/offers/negotiate")
    marks = wait_for(browser, "marks")
    marks.find_element(By.CSS_SELECTOR, 'input[aria-label="Beta is my preferred offer"]').click()
    browser.find_element(By.ID, "save-marks").click()
    WebDriverWait(browser, 10).until(EC.staleness_of(marks))
    wait_for(browser, "scripts")
    WebDriverWait(browser, 10).until(lambda d: "Scripts for Beta" in d.find_element(By.TAG_NAME, "main").text)
    text = browser.find_element(By.ID, "scripts").text
    assert "With a written offer of Y1 380,000 from Acme, ask Beta to close the Y1 gap of 80,000; sign-on moves more easily than base" in text
    shot(browser, "offers-negotiate")

    browser.get(server.url + "/offers")
    wait_for(browser, "offers-table")
    assert "preferred" in browser.find_element(By.ID, "offers-table").text
    shot(browser, "offers-list")

    # A private company's offer through the JSON API: its equity is drawn and listed apart.
    body = json.dumps({"company": "Startup", "base": 180000, "bonus": 0, "equity": {
        "shares": 20000, "price": 12.5, "vesting": "25/25/25/25", "liquid": False}, "refresher": 0}).encode()
    request = urllib.request.Request(server.url + "/api/v1/offers", data=body, method="POST",
                                     headers={"Content-Type": "application/json", "Origin": server.url})
    with urllib.request.urlopen(request, timeout=10) as response:
        saved = json.loads(response.read())
    assert [y["total"] for y in saved["years"]] == [180000] * 4
    assert [y["totalWithIlliquid"] for y in saved["years"]] == [242500] * 4
    browser.get(server.url + "/offers/compare")
    chart = wait_for(browser, "offer-chart")
    assert chart.find_elements(By.CSS_SELECTOR, "rect.illiquid")
    assert "incl. illiquid" in browser.find_element(By.ID, "compare-table").text
    shot(browser, "offers-compare-private")


def test_cli_compares_offer_files_as_stable_json(binary, tmp_path):
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.write_text(ACME)
    b.write_text(ACME.replace("company: Acme", "company: Beta").replace("vesting: 25/25/25/25", "vesting: 5/15/40/40"))
    out = subprocess.run([binary, "offer", "compare", str(a), str(b), "--json"], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    offers = json.loads(out.stdout)["offers"]
    assert [o["company"] for o in offers] == ["Acme", "Beta"]
    assert [y["total"] for y in offers[0]["years"]] == [380000, 330000, 330000, 330000]
    assert [y["total"] for y in offers[1]["years"]] == [300000, 290000, 390000, 390000]
    assert offers[0]["average"] == offers[1]["average"] == 342500
    assert list(offers[0]["years"][0])[:6] == ["year", "base", "bonus", "signOn", "equity", "refresher"]
    assert list(offers[0])[:3] == ["company", "liquid", "years"]

    table = subprocess.run([binary, "offer", "compare", str(a), str(b)], capture_output=True, text=True, timeout=30)
    assert table.returncode == 0 and "342,500" in table.stdout and "380,000" in table.stdout

    bad = tmp_path / "bad.yaml"
    bad.write_text(ACME.replace("vesting: 25/25/25/25", "vesting: [25, 25, 25, 15]").replace("base: 200000", "base: -200000"))
    failed = subprocess.run([binary, "offer", "compare", str(a), str(bad)], capture_output=True, text=True, timeout=30)
    assert failed.returncode == 1
    assert f"{bad}:2: base is -200000 — it must be zero or more" in failed.stderr
    assert f"{bad}:7: equity.vesting sums to 90, not 100 (25/25/25/15)" in failed.stderr

    warned = tmp_path / "warned.yaml"
    warned.write_text(ACME.replace("bonus: 0.15", "bonus: 15"))
    run = subprocess.run([binary, "offer", "compare", str(warned), "--json"], capture_output=True, text=True, timeout=30)
    assert run.returncode == 0
    assert f"warning: {warned}:3: bonus is 15 — a fraction of base is expected (0.15 for 15%)" in run.stderr
