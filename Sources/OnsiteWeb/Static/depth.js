// Depth: the deep-dive editor saves by itself (~800 ms after typing stops, on blur, and on Ctrl+S) through
// /api/v1/depth/ID and shows the questions and findings the server answers with. Text not yet sent is kept
// in localStorage under the deep dive's id and sent when the server answers again (offline, restarted),
// so a reload or a dropped connection loses nothing. Without this file the Save button posts the form.
(function () {
  "use strict";
  const page = document.body.dataset.page || "";
  if (!page.startsWith("depth")) return;
  document.querySelectorAll('[data-nav="depth"]').forEach((a) => a.classList.add("current"));
  document.querySelectorAll('[data-tab="' + (page === "depth-probes" ? "depth-probes" : "depth") + '"]').forEach((a) => a.classList.add("current"));

  const form = document.getElementById("dive-form");
  if (!form) return;
  const area = document.getElementById("dive-text");
  const status = document.getElementById("save-status");
  const id = form.dataset.id;
  const key = "onsite.depth.unsent." + id;
  let timer = null, inFlight = false, again = false, retry = null;
  let lastSaved = area.value;

  const setStatus = (text, kind) => { status.textContent = text; status.className = "small save-status " + (kind || ""); };

  // Text typed before a reload or a crash that never reached the server comes back first.
  const pending = localStorage.getItem(key);
  if (pending !== null && pending !== area.value) {
    area.value = pending;
    setStatus("Restored text not yet saved; saving…", "pending");
    schedule(0);
  } else {
    localStorage.removeItem(key);
  }

  function list(id, items, render) {
    const ul = document.getElementById(id);
    ul.replaceChildren();
    items.forEach((item) => { const li = document.createElement("li"); render(li, item); ul.appendChild(li); });
  }

  function show(result) {
    list("questions", result.questions, (li, q) => { li.textContent = q; });
    document.getElementById("no-questions").hidden = result.questions.length > 0;
    list("findings", result.findings, (li, f) => {
      li.className = "finding"; li.dataset.rule = f.rule;
      const code = document.createElement("code"); code.textContent = f.rule;
      const message = document.createElement("span"); message.className = "message"; message.textContent = f.message;
      li.append(code, " ", message);
    });
    document.getElementById("no-findings").hidden = result.findings.length > 0;
    const error = document.getElementById("parse-error");
    error.hidden = !result.parseError;
    error.textContent = result.parseError ? "Line " + result.parseError.line + ": " + result.parseError.message : "";
  }

  async function save() {
    clearTimeout(timer); timer = null;
    if (inFlight) { again = true; return; }
    const text = area.value;
    if (text === lastSaved && localStorage.getItem(key) === null) return;
    inFlight = true;
    setStatus("Saving…", "pending");
    try {
      const response = await fetch("/api/v1/depth/" + encodeURIComponent(id), {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: text }),
      });
      const result = await response.json().catch(() => ({}));
      if (!response.ok) {
        // Refused (too long, say): the text stays in the page and in this browser; the message says why.
        setStatus("Not saved: " + ((result.error && result.error.message) || response.status), "error");
      } else {
        lastSaved = text;
        if (area.value === text) localStorage.removeItem(key);
        const d = new Date();
        setStatus("Saved at " + [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":"), "ok");
        show(result);
      }
    } catch (e) {
      setStatus("Offline: kept in this browser, will save when the server answers.", "error");
      clearTimeout(retry);
      retry = setTimeout(save, 3000);
    } finally {
      inFlight = false;
      if (again) { again = false; schedule(0); }
    }
  }

  function schedule(ms) { clearTimeout(timer); timer = setTimeout(save, ms); }

  area.addEventListener("input", () => {
    localStorage.setItem(key, area.value);
    setStatus("Editing…", "pending");
    schedule(800);
  });
  area.addEventListener("blur", () => schedule(0));
  window.addEventListener("online", () => schedule(0));
  form.addEventListener("submit", (e) => { e.preventDefault(); save(); });
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "s") { e.preventDefault(); save(); }
  });
})();
