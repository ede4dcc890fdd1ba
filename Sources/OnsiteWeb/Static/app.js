// Keyboard-first drilling. Pages work without this file; it adds shortcuts and the quick-fire timer.
(function () {
  "use strict";
  const page = document.body.dataset.page;
  const navOf = { today: "today", drill: "drill", quickfire: "drill", topics: "drill", drills: "drill", "numeric-result": "drill", progress: "progress", errors: "progress",
    problems: "problems", problem: "problems", practice: "stories", screen: "stories", pitch: "stories",
    mock: "mock", "mock-stage": "mock", "mock-report": "mock" };
  document.querySelectorAll('[data-nav="' + navOf[page] + '"]').forEach((a) => a.classList.add("current"));
  document.querySelectorAll('[data-tab="' + page + '"]').forEach((a) => a.classList.add("current"));

  const typing = (e) => /INPUT|TEXTAREA|SELECT/.test(e.target.tagName);
  let lastG = 0;
  document.addEventListener("keydown", (e) => {
    if (typing(e) || e.metaKey || e.ctrlKey || e.altKey) return;
    if (e.key === "g") { lastG = Date.now(); return; }
    if (Date.now() - lastG < 1000) {
      const to = { t: "/", d: "/drill", q: "/quickfire", p: "/progress", e: "/errors", s: "/topics", c: "/problems", m: "/mock" }[e.key];
      if (to) { location.href = to; return; }
    }
    if (e.key === "/" && document.getElementById("search")) { e.preventDefault(); document.getElementById("search").focus(); }
    if (e.key === "?") alert("Space: show answer\n1–4: Again, Hard, Good, Easy (practice: Weak, Shaky, Solid, Strong)\nt: start/pause the 2-minute timer\np: pause quick-fire\n/: search\n" +
      "Ctrl/Cmd+Enter: run code · with Shift: submit · Tab/Shift+Tab: indent · Esc: leave the editor\n" +
      "Mock: p pauses or resumes the stage's clock · n finishes the stage\n" +
      "g then t/d/c/q/s/p/e/m: Today, Drill, Problems, Quick-fire, Search, Progress, Errors, Mock");
  });

  // Drill: space reveals, 1–4 rate.
  const reveal = document.getElementById("reveal");
  if (reveal) {
    const shownAt = Date.now();
    document.getElementById("ratings").addEventListener("submit", () => {
      document.querySelector('#ratings input[name="seconds"]').value = ((Date.now() - shownAt) / 1000).toFixed(1);
    });
    const answer = document.getElementById("answer");
    const show = () => { answer.hidden = false; reveal.hidden = true; reveal.setAttribute("aria-expanded", "true"); };
    reveal.addEventListener("click", show);
    document.addEventListener("keydown", (e) => {
      if (typing(e) || e.metaKey || e.ctrlKey || e.altKey) return;
      if ((e.key === " " || e.key === "Enter") && answer.hidden) { e.preventDefault(); show(); return; }
      if (!answer.hidden && /^[1-4]$/.test(e.key)) {
        const button = document.querySelector('#ratings button[data-key="' + e.key + '"]');
        if (button) { e.preventDefault(); button.click(); }
      }
    });
  }

  // Quick-fire: a countdown per card that can pause; grades are saved as reviews as they happen.
  const qf = document.getElementById("quickfire");
  if (qf) {
    const cards = JSON.parse(document.getElementById("qf-cards").textContent);
    const seconds = Number(qf.dataset.seconds);
    const $ = (id) => document.getElementById(id);
    let index = 0, left = seconds, paused = false, revealed = false, timer = null;
    const results = [];
    const tick = () => {
      if (paused) return;
      left -= 1;
      $("qf-timer").textContent = left >= 0 ? left + "s" : "+" + (-left) + "s";
      $("qf-timer").classList.toggle("late", left < 0);
      if (left === 0 && !revealed && cards[index].kind !== "numeric") showAnswer();
    };
    const showCard = () => {
      const card = cards[index];
      $("qf-progress").textContent = (index + 1) + " / " + cards.length;
      $("qf-question").textContent = card.question;
      $("qf-answer").innerHTML = card.answerHTML;
      $("qf-answer").hidden = true; $("qf-grades").hidden = true; $("qf-reveal").hidden = false;
      revealed = false; left = seconds; $("qf-timer").textContent = left + "s"; $("qf-timer").classList.remove("late");
      card.started = Date.now();
      // A numeric drill is typed and graded by the server (numeric.js); it reports back through `done`.
      if (card.kind === "numeric") {
        $("qf-reveal").hidden = true;
        qf.dispatchEvent(new CustomEvent("onsite:numeric", { detail: { card: card, done: (ok, error) => {
          results.push({ question: card.question, id: card.id, kind: "numeric", ok: ok, error: error, seconds: Math.round((Date.now() - card.started) / 1000) });
          index += 1;
          if (index < cards.length) showCard(); else finish();
        } } }));
      }
    };
    const showAnswer = () => { revealed = true; $("qf-answer").hidden = false; $("qf-grades").hidden = false; $("qf-reveal").hidden = true; };
    const grade = async (rating) => {
      const card = cards[index];
      const duration = (Date.now() - card.started) / 1000;
      results.push({ question: card.question, id: card.id, ok: rating === 3, seconds: Math.round(duration) });
      try {
        const response = await fetch("/api/v1/reviews", { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ cardId: card.id, rating: rating, durationSeconds: duration }) });
        if (!response.ok) results[results.length - 1].error = true;
      } catch (_) { results[results.length - 1].error = true; }
      index += 1;
      if (index < cards.length) showCard(); else finish();
    };
    const finish = () => {
      clearInterval(timer);
      qf.hidden = true; $("qf-summary").hidden = false;
      const right = results.filter((r) => r.ok).length;
      const total = results.reduce((s, r) => s + r.seconds, 0);
      $("qf-score").textContent = right + " of " + results.length + " right in " + total + "s (" + Math.round(total / results.length) + "s a card).";
      results.forEach((r) => {
        const li = document.createElement("li");
        const a = document.createElement("a"); a.href = r.kind === "numeric" ? "/drills" : "/cards/" + r.id; a.textContent = r.question;
        li.append(r.ok ? "✓ " : "✗ ", a, " · " + r.seconds + "s" + (r.error ? " (not saved)" : ""));
        $("qf-list").append(li);
      });
    };
    const pause = () => { paused = !paused; $("qf-pause").firstChild.textContent = paused ? "Resume " : "Pause "; };
    $("qf-reveal").addEventListener("click", showAnswer);
    $("qf-pause").addEventListener("click", pause);
    $("qf-grades").addEventListener("click", (e) => { const b = e.target.closest("[data-grade]"); if (b) grade(Number(b.dataset.grade)); });
    document.addEventListener("keydown", (e) => {
      if (typing(e) || e.metaKey || e.ctrlKey || e.altKey || qf.hidden) return;
      if (e.key === "p") { pause(); return; }
      if (paused) return;
      if (cards[index] && cards[index].kind === "numeric") return;
      if (e.key === " " && !revealed) { e.preventDefault(); showAnswer(); }
      else if (revealed && (e.key === "1" || e.key === "2")) { e.preventDefault(); grade(e.key === "1" ? 1 : 3); }
    });
    // Started once every deferred script (numeric.js among them) is listening.
    document.addEventListener("DOMContentLoaded", () => { showCard(); timer = setInterval(tick, 1000); });
  }

  // Problem list: a filter applies as soon as it is chosen.
  const filters = document.getElementById("problem-filters");
  if (filters) filters.addEventListener("change", () => filters.submit());

  // Problem page: an editor with indentation, a draft kept in this browser, Run and Submit.
  const problem = document.getElementById("problem");
  if (problem) {
    const id = problem.dataset.problem;
    const $ = (name) => document.getElementById(name);
    const editor = $("code"), custom = $("custom-input"), panel = $("verdict");
    // A mock's coding stage reuses this editor: its own draft, and Submit goes through the mock.
    const draftKey = problem.dataset.draftKey || "onsite.draft." + id;
    const store = { get: (k) => { try { return localStorage.getItem(k); } catch (_) { return null; } },
                    set: (k, v) => { try { localStorage.setItem(k, v); return true; } catch (_) { return false; } } };
    const saved = store.get(draftKey);
    if (saved !== null && saved !== editor.value) { editor.value = saved; $("draft-state").textContent = "· draft restored from this browser"; }
    let saveTimer = null;
    const saveDraft = () => { clearTimeout(saveTimer); if (store.set(draftKey, editor.value)) $("draft-state").textContent = "· draft saved"; };
    editor.addEventListener("input", () => { clearTimeout(saveTimer); saveTimer = setTimeout(saveDraft, 300); });
    window.addEventListener("pagehide", saveDraft);

    const insert = (text) => { if (!document.execCommand("insertText", false, text)) editor.setRangeText(text, editor.selectionStart, editor.selectionEnd, "end"); };
    const indent = (outdent) => {
      const value = editor.value, start = editor.selectionStart, end = editor.selectionEnd;
      if (!outdent && !value.slice(start, end).includes("\n")) { insert("    "); return; }
      const lineStart = value.lastIndexOf("\n", start - 1) + 1;
      const block = value.slice(lineStart, end);
      const changed = block.split("\n").map((line) => outdent ? line.replace(/^ {1,4}/, "") : "    " + line).join("\n");
      editor.setSelectionRange(lineStart, end);
      insert(changed);
      editor.setSelectionRange(lineStart, lineStart + changed.length);
    };
    editor.addEventListener("keydown", (e) => {
      if (e.key === "Tab" && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); indent(e.shiftKey); }
      else if (e.key === "Escape") { editor.blur(); }
      else if (e.key === "Enter" && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey) {
        const before = editor.value.slice(0, editor.selectionStart);
        const line = before.slice(before.lastIndexOf("\n") + 1);
        const lead = line.match(/^\s*/)[0] + (/:\s*$/.test(line) ? "    " : "");
        e.preventDefault(); insert("\n" + lead);
      }
    });

    const element = (tag, className, text) => { const el = document.createElement(tag); if (className) el.className = className; if (text !== undefined) el.textContent = text; return el; };
    const block = (label, text) => { const pre = element("pre", "io"); pre.append(element("span", "label", label), "\n" + text); return pre; };
    const show = (data) => {
      const report = data.report;
      panel.replaceChildren();
      panel.className = "verdict v-" + data.verdict;
      panel.append(element("h3", "verdict-name v-" + data.verdict, data.verdictTitle), element("p", "", report.summary));
      if (report.input !== undefined && report.input !== null) panel.append(block("input", report.input));
      if (report.expected !== undefined && report.expected !== null) panel.append(block("expected", report.expected));
      if (report.got !== undefined && report.got !== null) panel.append(block("your output", report.got));
      if (report.trace && report.trace.length) panel.append(block("traceback (your code)", report.trace.join("\n")));
      const passed = report.outcomes.filter((o) => o.passed).length;
      panel.append(element("p", "small muted", passed + " test(s) passed · " + report.seconds.toFixed(2) + " s" +
        (report.peakMemoryBytes > 0 ? " · peak " + Math.round(report.peakMemoryBytes / 1048576) + " MB" : "") +
        (data.kind === "run" ? " · Run checks visible tests only" : "") +
        (report.sandboxed ? "" : " · UNSANDBOXED")));
      if (data.review) {
        panel.append(element("p", "scheduled", "Scheduled for review as " + data.review.rating + ": next on " + new Date(data.review.due).toLocaleDateString() + "."));
        problem.dataset.openAttempt = "";
        $("problem-status").textContent = "Solved";
        $("problem-status").className = "status status-solved";
      }
      if (data.kind === "submit" && data.verdict === "accepted" && $("next-problem")) {
        const next = element("a", "button small", "Next problem →");
        next.href = $("next-problem").href;
        panel.append(next);
      }
      const li = element("li");
      const details = element("details");
      const summary = element("summary", "small", report.summary);
      const pre = element("pre", "code"); pre.append(element("code", "", data.code));
      details.append(summary, pre);
      li.append(element("span", "verdict-name v-" + data.verdict, data.verdictTitle), " ",
        element("span", "small muted", (data.kind === "submit" ? "Submit" : "Run") + " · just now"), details);
      $("history").prepend(li);
      if ($("history-empty")) $("history-empty").remove();
      panel.scrollIntoView({ block: "nearest" });
    };
    const fail = (message) => { panel.replaceChildren(element("h3", "verdict-name", "Not judged"), element("p", "", message)); panel.className = "verdict v-error"; };
    let busy = false;
    const judge = async (kind) => {
      if (busy || $("run").disabled) return;
      busy = true; $("run").disabled = true; $("submit").disabled = true;
      saveDraft();
      const code = editor.value;
      panel.hidden = false; panel.className = "verdict pending";
      const started = Date.now();
      const label = kind === "submit" ? "Judging on every test" : "Running the visible tests";
      panel.replaceChildren(element("p", "", label + "…"));
      const ticker = setInterval(() => { panel.firstChild.textContent = label + "… " + ((Date.now() - started) / 1000).toFixed(0) + " s"; }, 1000);
      const body = { code: code };
      if (kind === "run" && $("custom-box").open && custom.value.trim()) body.customInput = custom.value;
      try {
        const url = kind === "submit" && problem.dataset.submitUrl ? problem.dataset.submitUrl : "/api/v1/problems/" + encodeURIComponent(id) + "/" + kind;
        const response = await fetch(url, {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
        const data = await response.json();
        if (response.ok) { data.code = code; show(data); }
        else fail(data.error ? data.error.message : "The server answered " + response.status + ".");
      } catch (err) {
        fail("The server did not answer (" + err.message + "). Your code is kept in this browser; try again.");
      } finally {
        clearInterval(ticker);
        busy = false; $("run").disabled = false; $("submit").disabled = false;
      }
    };
    $("run").addEventListener("click", () => judge("run"));
    $("submit").addEventListener("click", () => judge("submit"));
    $("reset").addEventListener("click", () => {
      if (editor.value !== editor.dataset.starter && !confirm("Replace your code with the starter code? (It stays in the submissions list only if you ran it.)")) return;
      editor.value = editor.dataset.starter; saveDraft(); editor.focus();
    });
    document.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); judge(e.shiftKey ? "submit" : "run"); }
    });
    if ($("editorial")) $("editorial").addEventListener("toggle", () => {
      if (!$("editorial").open || problem.dataset.openAttempt !== "1") return;
      problem.dataset.openAttempt = "";
      fetch("/api/v1/problems/" + encodeURIComponent(id) + "/give-up", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" })
        .then((r) => r.json()).then((d) => { if (d.recorded) $("problem-status").textContent = "Gave up: due again soon"; })
        .catch(() => {});
    });
  }
})();
