// Design: the workspace saves every keystroke to localStorage at once and to the server ~800 ms after typing
// stops, so nothing typed is lost on reload, a killed server or a dropped network: text the server has not
// confirmed stays in the browser and is sent when the server answers again. The timer is saved with the text
// and resumes from there. The diagram preview is drawn by the server. Without this file the form still submits.
(function () {
  "use strict";
  const page = document.body.dataset.page || "";
  if (!page.startsWith("design")) return;
  document.querySelectorAll('[data-nav="design"]').forEach((a) => a.classList.add("current"));
  const typing = (e) => e.target && (e.target.tagName === "TEXTAREA" || e.target.tagName === "INPUT" || e.target.tagName === "SELECT");

  if (page === "design") index();
  if (page === "design-result") result();
  const form = document.getElementById("design-form");
  if (form) workspace(form);

  function index() {
    const mode = document.getElementById("design-mode");
    const sync = () => document.querySelectorAll("input[data-mode]").forEach((input) => { input.value = mode.value; });
    if (mode) { mode.addEventListener("change", sync); sync(); }
    document.addEventListener("keydown", (e) => {
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === "r") { const random = document.getElementById("start-random"); if (random) random.click(); }
    });
  }

  function result() {
    document.addEventListener("keydown", (e) => {
      if (typing(e) || e.ctrlKey || e.metaKey || e.altKey) return;
      const button = document.querySelector('#rate-form button[data-key="' + e.key + '"]');
      if (button) button.click();
    });
  }

  function workspace(form) {
    const id = form.dataset.id;
    const key = "onsite-design-" + id;
    const limit = Number(form.dataset.limit) || 2700;
    let elapsed = Number(form.dataset.elapsed) || 0;
    let running = form.dataset.running !== "false";
    const status = document.getElementById("save-status");
    const timerText = document.getElementById("design-timer");
    const toggle = document.getElementById("timer-toggle");
    const elapsedField = document.getElementById("elapsed-field");
    const areas = Array.from(form.querySelectorAll("textarea[data-step]"));
    const diagram = document.getElementById("diagram");
    let saveTimer = null, inFlight = false, again = false, retryTimer = null, refused = false;

    const setStatus = (text, kind) => { status.textContent = text; status.className = "small save-status " + (kind || ""); };
    const state = () => {
      const steps = {};
      areas.forEach((area) => { steps[area.dataset.step] = area.value; });
      return { steps: steps, diagram: diagram ? diagram.value : "", elapsedSeconds: elapsed, running: running };
    };
    const sameText = (a, b) => JSON.stringify([a.steps, a.diagram]) === JSON.stringify([b.steps, b.diagram]);

    function keep() {
      try { localStorage.setItem(key, JSON.stringify(state())); } catch (_) { /* full or blocked: the server copy still goes */ }
    }

    // Unsent text from an earlier visit wins over the server's copy: it is newer.
    try {
      const kept = JSON.parse(localStorage.getItem(key) || "null");
      if (kept && !sameText(kept, state())) {
        areas.forEach((area) => { if (typeof kept.steps[area.dataset.step] === "string") area.value = kept.steps[area.dataset.step]; });
        if (diagram && typeof kept.diagram === "string") diagram.value = kept.diagram;
        if (typeof kept.elapsedSeconds === "number" && kept.elapsedSeconds > elapsed) elapsed = kept.elapsedSeconds;
        setStatus("Restored text this browser had not sent yet; saving…", "pending");
        schedule(0);
      }
    } catch (_) { /* unreadable: ignore */ }

    function schedule(delay) {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, delay);
    }

    async function save() {
      if (inFlight) { again = true; return; }
      inFlight = true;
      const sent = state();
      try {
        const response = await fetch("/api/v1/design/attempts/" + encodeURIComponent(id) + "/draft", {
          method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(sent),
        });
        if (response.ok) {
          refused = false;
          const now = new Date();
          setStatus("Saved " + now.toLocaleTimeString(), "ok");
          if (sameText(sent, state())) { try { localStorage.removeItem(key); } catch (_) {} }
        } else {
          let message = "The server refused the save (" + response.status + ").";
          try { message = (await response.json()).error.message; } catch (_) {}
          refused = true;
          setStatus(message + " Your text is kept in this browser.", "error");
          if (response.status >= 500) retry();
        }
      } catch (_) {
        setStatus("Offline: not saved to the server yet. Your text is kept in this browser and will be sent when it is back.", "error");
        retry();
      } finally {
        inFlight = false;
        if (again) { again = false; schedule(0); }
      }
    }

    function retry() {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(save, 3000);
    }
    window.addEventListener("online", () => schedule(0));

    function changed() {
      keep();
      setStatus("Unsaved changes…", "pending");
      schedule(800);
    }
    areas.forEach((area) => area.addEventListener("input", changed));

    // Timer: counts down from the item's limit, then shows the overtime; saved with the text.
    const pad = (n) => String(n).padStart(2, "0");
    function showTime() {
      const left = limit - elapsed;
      const abs = Math.abs(left);
      timerText.textContent = (left < 0 ? "+" : "") + pad(Math.floor(abs / 60)) + ":" + pad(abs % 60) + (running ? "" : " (paused)");
      timerText.classList.toggle("late", left < 0);
      toggle.firstChild.textContent = running ? "Pause " : "Resume ";
      elapsedField.value = String(elapsed);
    }
    setInterval(() => {
      if (!running) return;
      elapsed += 1;
      showTime();
      if (elapsed % 15 === 0) { keep(); schedule(0); }
    }, 1000);
    function toggleTimer() { running = !running; showTime(); keep(); schedule(0); }
    toggle.addEventListener("click", toggleTimer);
    showTime();

    // Diagram: the server parses and draws it; an error names the line.
    if (diagram) {
      const preview = document.getElementById("diagram-preview");
      const error = document.getElementById("diagram-error");
      let drawTimer = null;
      async function draw() {
        if (!diagram.value.trim()) { preview.replaceChildren(); error.textContent = ""; return; }
        try {
          const response = await fetch("/api/v1/design/diagram", {
            method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: diagram.value }),
          });
          const body = await response.json();
          if (response.ok) {
            // The SVG is the server's own drawing with every label escaped.
            const svg = new DOMParser().parseFromString(body.svg, "image/svg+xml").documentElement;
            preview.replaceChildren(document.importNode(svg, true));
            error.textContent = "";
          } else {
            error.textContent = body.error.message;
          }
        } catch (_) { error.textContent = "The preview needs the server; your diagram text is kept."; }
      }
      diagram.addEventListener("input", () => { changed(); clearTimeout(drawTimer); drawTimer = setTimeout(draw, 400); });
      draw();
    }

    // Submit through the API (no form size limit, and the message comes back by field); the page then shows the result.
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      clearTimeout(saveTimer);
      keep();
      const button = document.getElementById("design-submit");
      button.disabled = true;
      setStatus("Submitting…", "pending");
      try {
        const response = await fetch("/api/v1/design/attempts/" + encodeURIComponent(id) + "/submit", {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(state()),
        });
        if (response.ok) {
          try { localStorage.removeItem(key); } catch (_) {}
          location.href = (await response.json()).location;
          return;
        }
        let message = "The server refused the answer (" + response.status + ").";
        try { message = (await response.json()).error.message; } catch (_) {}
        setStatus(message, "error");
      } catch (_) {
        setStatus("Cannot reach the server: your answer is kept in this browser. Submit again when it is back.", "error");
      }
      button.disabled = false;
    });

    document.addEventListener("keydown", (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); form.requestSubmit(); }
      if (e.altKey && (e.key === "p" || e.key === "π")) { e.preventDefault(); toggleTimer(); }
    });
  }
})();
