"""Another site cannot change anything: a page on a second loopback origin attacks every POST route.

The attacker page is served by Python's http.server on another port of 127.0.0.1, so it is a
different origin (same site: only the port differs, which is the hardest case for a cookie-based
defence). From headless Chromium it tries, against every state-changing route, a no-cors fetch
(the body readable by the server, the response opaque to the page), a JSON fetch (which needs a
CORS preflight) and an auto-submitting form into a hidden iframe. Each must be refused before it
reaches a handler: the review count, the submission count and the interview-mode cookie stay as
they were. Positive controls in the same server show the counts do move when Onsite's own pages
(or a same-origin client) ask.
"""
import html
import http.server
import json
import os
import re
import shutil
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

import chromium
from conftest import ARTIFACTS, Server, shot

chromium.require()
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

PROBLEM = "augmentation-orderings"
REFERENCE = os.path.join(os.path.dirname(__file__), "..", "..", "content", "problems", "dsa", PROBLEM, "solution.py")


@pytest.fixture
def browser():
    """Headless Chromium that keeps its console (CSP violations, 404s) and its network events."""
    driver = chromium.start(keep_logs=True)
    yield driver
    driver.quit()


@pytest.fixture
def judged_server(binary, data_dir):
    """A server whose judge really runs (sandboxed when bubblewrap is here), so a Run or Submit that
    got through would save a submission."""
    sandbox = [] if shutil.which("bwrap") else ["--unsandboxed"]
    server = Server(binary, os.path.join(data_dir, "onsite.sqlite"), sandbox).start()
    yield server
    server.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def review_count(server) -> int:
    return server.get_json("/api/v1/stats")["totalReviews"]


def submission_count(server) -> int:
    return len(server.get_json(f"/api/v1/problems/{PROBLEM}/submissions")["submissions"])


def offer_count(server) -> int:
    return len(server.get_json("/api/v1/offers")["offers"])


def form_token(server) -> str:
    """The token Onsite's own forms carry: the attacker is given it too, so that what refuses the
    forms below is the origin check, not only the token."""
    with urllib.request.urlopen(server.url + "/drill", timeout=10) as response:
        page = response.read().decode()
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match, "the drill page has no csrf field"
    return html.unescape(match.group(1))


def post(url, body: bytes, headers: dict, method="POST"):
    """Status and body of a POST (or another method), refused or not."""
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def routes(card_id: str, token: str):
    """Every POST route with the body a real client would send: (name, path, kind, fields)."""
    solution = open(REFERENCE).read()
    return [
        ("drill-review", "/drill/review", "form", {"card": card_id, "rating": "3", "topic": "", "csrf": token}),
        ("drill-numeric", "/drill/numeric", "form", {"drill": "conv-output-shape", "seed": "1", "answer": "7", "topic": "", "csrf": token}),
        ("interview-mode", "/problems/interview-mode", "form", {"on": "1", "back": "/problems", "csrf": token}),
        ("api-reviews", "/api/v1/reviews", "json", {"cardId": card_id, "rating": 3}),
        ("api-numeric-answer", "/api/v1/numeric/answers", "json", {"drillId": "conv-output-shape", "seed": "1", "answer": "7"}),
        ("api-run", f"/api/v1/problems/{PROBLEM}/run", "json", {"code": solution}),
        ("api-submit", f"/api/v1/problems/{PROBLEM}/submit", "json", {"code": solution}),
        ("api-give-up", f"/api/v1/problems/{PROBLEM}/give-up", "json", {}),
        *application_routes(token),
        *offer_routes(token),
        *practice_routes(token),
        *story_routes(token),
        *depth_routes(token),
        *mock_routes(token),
        *design_routes(token),
        *plan_routes(token),
    ]


MOCK = "00000000-0000-4000-8000-00000000000a"


def mock_routes(token: str):
    """Mock interviews' POST routes; the id need not exist, as the guard answers before any handler."""
    return [
        ("mock-start", "/mock/start", "form", {"stage": "breadth", "csrf": token}),
        ("mock-pause", f"/mock/{MOCK}/pause", "form", {"csrf": token}),
        ("mock-resume", f"/mock/{MOCK}/resume", "form", {"csrf": token}),
        ("mock-rate", f"/mock/{MOCK}/rate", "form", {"item": "x", "rating": "1", "csrf": token}),
        ("mock-design", f"/mock/{MOCK}/design", "form", {"case": "x", "step": "metrics", "answer": "x", "csrf": token}),
        ("mock-next", f"/mock/{MOCK}/next", "form", {"csrf": token}),
        ("mock-finish", f"/mock/{MOCK}/finish", "form", {"csrf": token}),
        ("api-mock-start", "/api/v1/mocks", "json", {"stages": ["breadth"]}),
        ("api-mock-pause", f"/api/v1/mocks/{MOCK}/pause", "json", {}),
        ("api-mock-resume", f"/api/v1/mocks/{MOCK}/resume", "json", {}),
        ("api-mock-answer", f"/api/v1/mocks/{MOCK}/answers", "json", {"item": "card:x", "rating": 1}),
        ("api-mock-submit", f"/api/v1/mocks/{MOCK}/problems/{PROBLEM}/submit", "json", {"code": "x"}),
        ("api-mock-next", f"/api/v1/mocks/{MOCK}/next-stage", "json", {}),
        ("api-mock-finish", f"/api/v1/mocks/{MOCK}/finish", "json", {}),
    ]


DESIGN_ATTEMPT = "00000000-0000-4000-8000-000000000009"


def design_routes(token: str):
    """The design workspace's POST routes (the attempt need not exist: the guard answers before any handler)."""
    answer = {"steps": {"clarify": "Evil"}, "diagram": "a -> b", "elapsedSeconds": 1, "running": True}
    return [
        ("design-start", "/design/start", "form", {"item": "video-recommendations", "mode": "interview", "csrf": token}),
        ("design-submit", f"/design/attempts/{DESIGN_ATTEMPT}/submit", "form", {"step-clarify": "Evil", "csrf": token}),
        ("design-rate", f"/design/attempts/{DESIGN_ATTEMPT}/rate", "form", {"level": "very-strong", "csrf": token}),
        ("api-design-draft", f"/api/v1/design/attempts/{DESIGN_ATTEMPT}/draft", "json", answer),
        ("api-design-submit", f"/api/v1/design/attempts/{DESIGN_ATTEMPT}/submit", "json", answer),
        ("api-design-diagram", "/api/v1/design/diagram", "json", {"text": "a -> b"}),
    ]


def plan_routes(token: str):
    """The plan's and the checklist's POST routes: making a plan would replace the person's plan."""
    return [
        ("plan-make", "/plan", "form", {"template": "7-day", "interview": "2099-01-01", "weekday-hours": "1", "weekend-hours": "1", "csrf": token}),
        ("plan-tick", "/plan/days/2099-01-01", "form", {"task-0": "1", "csrf": token}),
        ("plan-replan", "/plan/replan", "form", {"csrf": token}),
        ("checklist-tick", "/checklist/logistics:setup", "form", {"ticked": "1", "csrf": token}),
    ]


QUESTION = "conflict-code-review-standoff"


def practice_routes(token: str):
    """Behavioral practice and the pitch check: a rating would be a review (counted by totalReviews)."""
    return [
        ("practice-review", "/stories/practice/review", "form", {"question": QUESTION, "rating": "1", "theme": "", "csrf": token}),
        ("pitch-check", "/screen/pitch", "form", {"pitch": "I am an engineer.", "company": "Evil", "csrf": token}),
        ("api-practice-review", "/api/v1/stories/practice/reviews", "json", {"questionId": QUESTION, "rating": 1}),
        ("api-pitch", "/api/v1/screen/pitch", "json", {"text": "I am an engineer.", "company": "Evil"}),
    ]


APPLICATION = "00000000-0000-4000-8000-000000000001"


def application_routes(token: str):
    """The applications' POST routes; the id need not exist, as the guard answers before any handler."""
    csv = "company,role,stage,date\nEvil,x,offer,2026-01-01\n"
    return [
        ("apps-add", "/applications", "form", {"company": "Evil", "role": "x", "csrf": token}),
        ("apps-edit", f"/applications/{APPLICATION}", "form", {"company": "Evil", "role": "x", "csrf": token}),
        ("apps-move", f"/applications/{APPLICATION}/move", "form", {"stage": "offer", "csrf": token}),
        ("apps-delete", f"/applications/{APPLICATION}/delete", "form", {"csrf": token}),
        ("apps-import", "/applications/import", "form", {"text": csv, "csrf": token}),
        ("api-apps-add", "/api/v1/applications", "json", {"company": "Evil", "role": "x"}),
        ("api-apps-edit", f"/api/v1/applications/{APPLICATION}", "json", {"company": "Evil", "role": "x"}),
        ("api-apps-move", f"/api/v1/applications/{APPLICATION}/move", "json", {"stage": "offer"}),
        ("api-apps-import", "/api/v1/applications/import", "json", {"format": "csv", "text": csv}),
    ]


ATTACKER_SCRIPT = r"""
const target = CONFIG.target;
window.results = {};
window.pending = 0;
function done(key, value) { window.results[key] = value; window.pending -= 1; }

function urlencoded(fields) { return new URLSearchParams(fields).toString(); }

async function noCors(route, contentType, body, key) {
  window.pending += 1;
  try {
    const response = await fetch(target + route.path, {method: "POST", mode: "no-cors", credentials: "include",
                                                       headers: {"Content-Type": contentType}, body});
    done(key, {outcome: "resolved", type: response.type, status: response.status});
  } catch (error) {
    done(key, {outcome: "rejected", error: String(error)});
  }
}

async function jsonFetch(route, key) {
  window.pending += 1;
  try {
    const response = await fetch(target + route.path, {method: "POST", mode: "cors", credentials: "include",
                                                       headers: {"Content-Type": "application/json"},
                                                       body: JSON.stringify(route.fields)});
    done(key, {outcome: "resolved", type: response.type, status: response.status, body: await response.text()});
  } catch (error) {
    done(key, {outcome: "rejected", error: String(error)});
  }
}

// A form posted into a hidden iframe: the classic CSRF. A JSON route gets a text/plain form whose
// body is JSON (`{"cardId":…,"pad":"="}`), a form route a urlencoded form.
function autoForm(route, fields, key) {
  window.pending += 1;
  const frame = document.createElement("iframe");
  frame.name = "frame-" + key;
  frame.style.display = "none";
  let settled = false;
  const finish = (how) => { if (!settled) { settled = true; done(key, {outcome: how}); } };
  frame.addEventListener("load", () => { if (frame.dataset.submitted) finish("frame loaded"); });
  document.body.appendChild(frame);
  const form = document.createElement("form");
  form.method = "POST";
  form.action = target + route.path;
  form.target = frame.name;
  if (route.kind === "json") {
    form.enctype = "text/plain";
    const body = JSON.stringify(Object.assign({}, route.fields, {pad: ""}));
    const input = document.createElement("input");
    input.name = body.slice(0, -2);          // everything up to the pad's closing `"}`
    input.value = '"}';
    form.appendChild(input);
  } else {
    for (const [name, value] of Object.entries(fields)) {
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      input.value = value;
      form.appendChild(input);
    }
  }
  document.body.appendChild(form);
  frame.dataset.submitted = "1";
  form.submit();
  setTimeout(() => finish("timed out"), 8000);
}

(async () => {
  for (const route of CONFIG.routes) {
    const text = route.kind === "json" ? JSON.stringify(route.fields) : urlencoded(route.fields);
    await noCors(route, "text/plain", text, route.name + "/no-cors text/plain");
    if (route.kind === "form") {
      await noCors(route, "application/x-www-form-urlencoded", text, route.name + "/no-cors urlencoded");
    }
    await jsonFetch(route, route.name + "/json fetch");
    autoForm(route, route.fields, route.name + "/form");
    if (route.kind === "form") {
      const forged = Object.assign({}, route.fields, {csrf: "forged"});
      autoForm(route, forged, route.name + "/form forged token");
    }
  }
  window.started = true;
})();
"""


class AttackerSite:
    """http.server on another free loopback port, serving one page aimed at `target`."""

    def __init__(self, target: str, config: dict):
        page = ("<!doctype html><html><head><meta charset='utf-8'><title>A page on another origin</title></head>"
                "<body><h1>Nothing to see here</h1><script>const CONFIG = " + json.dumps(config) + ";\n"
                + ATTACKER_SCRIPT + "</script></body></html>").encode()
        self.requests = []

        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                site.requests.append(self.path)
                status, body = (200, page) if self.path == "/" else (404, b"")
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def network_log(driver, server_url):
    """From Chromium's network log, every request the browser made to the Onsite server: method,
    path, resource type (Fetch, Document for a form, Preflight for the OPTIONS before a CORS fetch),
    the status it got if any, and why it failed if it did (a CORS error names the preflight's)."""
    requests = {}
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.requestWillBeSent":
            request = params["request"]
            if request["url"].startswith(server_url):
                requests[params["requestId"] + request["method"]] = {
                    "id": params["requestId"], "method": request["method"], "path": request["url"][len(server_url):],
                    "type": params.get("type"), "status": None, "failure": None}
        elif message["method"] == "Network.responseReceived":
            for request in requests.values():
                if request["id"] == params["requestId"] and request["status"] is None \
                        and params["response"]["url"].startswith(server_url):
                    request["status"] = params["response"]["status"]
                    request["type"] = request["type"] or params.get("type")
                    break
        elif message["method"] == "Network.loadingFailed":
            for request in requests.values():
                if request["id"] == params["requestId"] and request["failure"] is None:
                    request["failure"] = params.get("corsErrorStatus", {}).get("corsError") or params.get("errorText")
                    break
    return list(requests.values())


def interview_mode_is_on(driver, server) -> bool:
    driver.get(server.url + "/problems")
    return driver.find_element(By.ID, "interview-toggle").get_attribute("aria-pressed") == "true"


def test_a_page_on_another_origin_changes_nothing(browser, judged_server):
    server = judged_server
    card_id = server.get_json("/api/v1/drill/next")["card"]["id"]
    token = form_token(server)
    all_routes = routes(card_id, token)
    config = {"target": server.url,
              "routes": [{"name": name, "path": path, "kind": kind, "fields": fields} for name, path, kind, fields in all_routes]}

    # Counts before; the browser has visited Onsite first, so it holds whatever cookies Onsite sets.
    assert not interview_mode_is_on(browser, server)
    reviews, submissions = review_count(server), submission_count(server)
    browser.get_log("performance")  # drop what the visit logged

    with AttackerSite(server.url, config) as attacker:
        assert attacker.url != server.url
        browser.get(attacker.url + "/")
        expected = sum(3 + (2 if kind == "form" else 0) for _, _, kind, _ in all_routes)
        WebDriverWait(browser, 60).until(lambda d: d.execute_script(
            "return window.started === true && window.pending === 0 && Object.keys(window.results).length") == expected)
        results = browser.execute_script("return window.results")
        shot(browser, "cross-origin-attacker")
        assert "/" in attacker.requests, attacker.requests  # the page really came from the second origin

    network = network_log(browser, server.url)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "cross-origin-results.json").write_text(json.dumps({"results": results, "network": network}, indent=2, sort_keys=True))

    def seen(method, path, kind):
        return [r for r in network if r["method"] == method and r["path"] == path and r["type"] == kind]

    for name, path, kind, _ in all_routes:
        # A no-cors fetch resolves with an opaque response whatever the server said: only the
        # network log and the database can tell. The server refused it: 403 from the origin check
        # (which runs before the 415 for a text/plain body on a JSON route).
        variants = ["no-cors text/plain"] + (["no-cors urlencoded"] if kind == "form" else [])
        for variant in variants:
            outcome = results[f"{name}/{variant}"]
            assert outcome == {"outcome": "resolved", "type": "opaque", "status": 0}, (name, variant, outcome)
        fetched = [r["status"] for r in seen("POST", path, "Fetch") if r["status"] is not None]
        assert fetched == [403] * len(variants), (name, fetched, network)
        # The JSON fetch needs a preflight that Onsite does not grant: the POST is never sent and
        # the page sees a network error.
        outcome = results[f"{name}/json fetch"]
        assert outcome["outcome"] == "rejected" and "Failed to fetch" in outcome["error"], (name, outcome)
        preflights = [r["status"] for r in network if r["method"] == "OPTIONS" and r["path"] == path]
        assert len(preflights) == 1 and not 200 <= (preflights[0] or 0) < 300, (name, preflights, network)
        unsent = [r["failure"] for r in seen("POST", path, "Fetch") if r["status"] is None]
        assert len(unsent) == 1 and unsent[0].startswith("Preflight"), (name, unsent, network)
        # Forms are navigations the page cannot read; the frame loaded (the refusal page, itself
        # refused framing), and the network log has the server's answer: 403.
        forms = [f"{name}/form"] + ([f"{name}/form forged token"] if kind == "form" else [])
        for form in forms:
            assert results[form]["outcome"] == "frame loaded", (form, results[form])
        navigated = [r["status"] for r in seen("POST", path, "Document")]
        assert navigated == [403] * len(forms), (name, navigated, network)

    # The database and the cookie jar are as they were.
    assert review_count(server) == reviews
    assert server.get_json("/api/v1/applications")["applications"] == []
    assert offer_count(server) == 0
    assert story_count(server) == 0
    assert server.get_json("/api/v1/mocks")["mocks"] == []
    assert submission_count(server) == submissions
    assert not interview_mode_is_on(browser, server)

    # Positive controls on the same server: Onsite's own page and a same-origin client do change them.
    browser.get(server.url + "/drill")
    previous = browser.find_element(By.ID, "card").get_attribute("data-card")
    browser.find_element(By.TAG_NAME, "body").send_keys(" ")
    browser.find_element(By.TAG_NAME, "body").send_keys("3")
    WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(
        lambda d: d.find_element(By.ID, "card").get_attribute("data-card") != previous)
    assert review_count(server) == reviews + 1
    status, body = post(server.url + f"/api/v1/problems/{PROBLEM}/submit", json.dumps({"code": open(REFERENCE).read()}).encode(),
                        {"Content-Type": "application/json", "Origin": server.url})
    assert status == 200, body
    assert submission_count(server) == submissions + 1
    browser.get(server.url + "/problems")
    browser.find_element(By.ID, "interview-toggle").click()
    WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException)).until(
        lambda d: d.find_element(By.ID, "interview-toggle").get_attribute("aria-pressed") == "true")


def test_direct_requests_from_another_origin_are_refused_before_any_handler(server):
    """What a non-browser client sees: the status table of the closing note, route by route."""
    card_id = server.get_json("/api/v1/drill/next")["card"]["id"]
    token = form_token(server)
    reviews, submissions = review_count(server), submission_count(server)
    table = []
    for name, path, kind, fields in routes(card_id, token):
        body = json.dumps(fields).encode() if kind == "json" else urllib.parse.urlencode(fields).encode()
        content_type = "application/json" if kind == "json" else "application/x-www-form-urlencoded"
        cases = {
            "Origin http://evil.example": {"Origin": "http://evil.example"},
            "no Origin, no Sec-Fetch-Site": {},
            "Sec-Fetch-Site cross-site": {"Sec-Fetch-Site": "cross-site"},
            "Sec-Fetch-Site same-site": {"Sec-Fetch-Site": "same-site"},
            "Origin null": {"Origin": "null"},
            "Origin of another loopback port": {"Origin": "http://127.0.0.1:1"},
        }
        for case, headers in cases.items():
            status, text = post(server.url + path, body, {"Content-Type": content_type, **headers})
            table.append((name, case, status))
            assert status == 403, (name, case, status, text)
        # Same origin but the wrong shape: a JSON route with a no-cors content type, a form without its token.
        if kind == "json":
            status, text = post(server.url + path, body, {"Content-Type": "text/plain", "Origin": server.url})
            table.append((name, "own Origin, Content-Type text/plain", status))
            assert status == 415, (name, status, text)
        else:
            forged = urllib.parse.urlencode({**fields, "csrf": "forged"}).encode()
            status, text = post(server.url + path, forged, {"Content-Type": content_type, "Origin": server.url})
            table.append((name, "own Origin, forged csrf", status))
            assert status == 403 and "reload the page" in text, (name, status)
        # A name this server does not answer to (DNS rebinding): 421 even with a matching Origin.
        status, text = post(server.url + path, body, {"Content-Type": content_type, "Host": "evil.example",
                                                      "Origin": "http://evil.example"})
        table.append((name, "Host evil.example", status))
        assert status == 421, (name, status, text)
    # A page read through a rebound name is refused too; through the listen address it is served.
    request = urllib.request.Request(server.url + "/api/v1/stats", headers={"Host": "evil.example"})
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("expected 421")
    except urllib.error.HTTPError as error:
        table.append(("GET /api/v1/stats", "Host evil.example", error.code))
        assert error.code == 421
    assert review_count(server) == reviews
    assert submission_count(server) == submissions
    assert server.get_json("/api/v1/applications")["applications"] == []
    assert offer_count(server) == 0
    assert story_count(server) == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "cross-origin-direct.txt").write_text("".join(f"{n:16} {c:38} {s}\n" for n, c, s in table))


OFFER = "00000000-0000-4000-8000-000000000002"


def offer_routes(token: str):
    """The offers' POST routes; the id need not exist, as the guard answers before any handler."""
    form = {"company": "Evil", "base": "1", "equityKind": "none", "csrf": token}
    return [
        ("offers-create", "/offers", "form", form),
        ("offers-edit", f"/offers/{OFFER}", "form", form),
        ("offers-delete", f"/offers/{OFFER}/delete", "form", {"csrf": token}),
        ("offers-marks", "/offers/marks", "form", {"preferred": "", "csrf": token}),
        ("api-offers", "/api/v1/offers", "json", {"company": "Evil", "base": 1}),
        ("api-offers-prefer", f"/api/v1/offers/{OFFER}/prefer", "json", {}),
    ]


STORY_MD = "# Evil\n\n## Situation\nx\n"


def story_routes(token: str):
    """The stories' POST routes (the id need not exist: the guard answers before any handler)."""
    story = {"title": "Evil", "action": "I did it"}
    return [
        ("stories-create", "/stories", "form", {"title": "Evil", "csrf": token}),
        ("stories-edit", "/stories/evil", "form", {"title": "Evil", "csrf": token}),
        ("stories-delete", "/stories/evil/delete", "form", {"csrf": token}),
        ("stories-import", "/stories/import", "form", {"text": STORY_MD, "csrf": token}),
        ("api-stories-add", "/api/v1/stories", "json", story),
        ("api-stories-save", "/api/v1/stories/evil", "json", story),
        ("api-stories-import", "/api/v1/stories/import", "json", {"files": [{"name": "evil.md", "text": STORY_MD}]}),
    ]


def depth_routes(token: str):
    """The deep dives' POST routes (the id need not exist: the guard answers before any handler)."""
    return [
        ("depth-create", "/depth", "form", {"title": "Evil", "csrf": token}),
        ("depth-save", "/depth/evil", "form", {"text": "# Evil", "csrf": token}),
        ("depth-rate", "/depth/evil/practice", "form", {"rating": "3", "csrf": token}),
        ("depth-delete", "/depth/evil/delete", "form", {"csrf": token}),
        ("api-depth-save", "/api/v1/depth/evil", "json", {"text": "# Evil"}),
    ]


def story_count(server) -> int:
    return len(server.get_json("/api/v1/stories")["stories"])


def test_put_and_delete_from_another_origin_are_refused(server):
    """The offers API also changes state with PUT and DELETE: the guard covers every method but
    GET, HEAD and OPTIONS, and the saved offer is untouched."""
    own = {"Content-Type": "application/json", "Origin": server.url}
    status, text = post(server.url + "/api/v1/offers", json.dumps({"company": "Kept", "base": 100}).encode(), own)
    assert status == 201, text
    offer_id = json.loads(text)["id"]
    body = json.dumps({"company": "Evil", "base": 1}).encode()
    for method in ("PUT", "DELETE"):
        status, text = post(server.url + f"/api/v1/offers/{offer_id}", body,
                            {"Content-Type": "application/json", "Origin": "http://evil.example"}, method=method)
        assert status == 403, (method, status, text)
    assert [offer["company"] for offer in server.get_json("/api/v1/offers")["offers"]] == ["Kept"]
    status, _ = post(server.url + f"/api/v1/offers/{offer_id}", None, own, method="DELETE")
    assert status in (200, 204)
    # The stories' autosave is a PUT, and a story can be deleted through the API too.
    status, text = post(server.url + "/api/v1/stories/kept", json.dumps({"title": "Kept"}).encode(), own, method="PUT")
    assert status == 200, text
    for method in ("PUT", "DELETE"):
        status, text = post(server.url + "/api/v1/stories/kept", json.dumps({"title": "Evil"}).encode(),
                            {"Content-Type": "application/json", "Origin": "http://evil.example"}, method=method)
        assert status == 403, (method, status, text)
    status, text = post(server.url + "/api/v1/stories/kept", json.dumps({"title": "x"}).encode(), {"Origin": server.url}, method="PUT")
    assert status == 415, (status, text)
    assert [story["title"] for story in server.get_json("/api/v1/stories")["stories"]] == ["Kept"]


PAGES = ["/", "/drill", "/drills", "/problems", f"/problems/{PROBLEM}", "/topics", "/progress", "/quickfire?n=2",
         "/applications", "/applications?view=table", "/applications/funnel",
         "/offers", "/offers/new", "/offers/compare", "/offers/negotiate",
         "/stories/practice", "/stories/practice?theme=conflict", "/screen", "/screen/pitch",
         "/stories", "/stories/new", "/stories/coverage", "/stories/import",
         "/depth", "/depth/probes", "/design",
         "/plan", "/checklist", "/mock", "/errors"]


def test_pages_load_without_console_errors_under_the_policy(browser, server):
    """Every page under the Content-Security-Policy: no violation, no missing file, no script error."""
    seen = {}
    for page in PAGES:
        browser.get(server.url + page)
        WebDriverWait(browser, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        time.sleep(0.3)  # a deferred script's errors are logged just after load
        seen[page] = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
    problems = {page: [entry["message"] for entry in entries] for page, entries in seen.items() if entries}
    assert not problems, json.dumps(problems, indent=2)
    # The console is really being read: a missing page is logged.
    browser.get(server.url + "/no-such-page")
    assert any("404" in entry["message"] for entry in browser.get_log("browser"))
    # The headers that make the policy hold are on the pages themselves.
    with urllib.request.urlopen(server.url + "/drill", timeout=10) as response:
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"]
    with urllib.request.urlopen(server.url + "/favicon.ico", timeout=10) as response:
        assert response.status == 200
