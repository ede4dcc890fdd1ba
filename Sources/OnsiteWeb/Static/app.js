// Keyboard-first drilling. Pages work without this file; it adds shortcuts and the quick-fire timer.
(function () {
  "use strict";
  const page = document.body.dataset.page;
  const navOf = { today: "today", drill: "drill", quickfire: "drill", topics: "drill", progress: "progress", errors: "progress" };
  document.querySelectorAll('[data-nav="' + navOf[page] + '"]').forEach((a) => a.classList.add("current"));
  document.querySelectorAll('[data-tab="' + page + '"]').forEach((a) => a.classList.add("current"));

  const typing = (e) => /INPUT|TEXTAREA|SELECT/.test(e.target.tagName);
  let lastG = 0;
  document.addEventListener("keydown", (e) => {
    if (typing(e) || e.metaKey || e.ctrlKey || e.altKey) return;
    if (e.key === "g") { lastG = Date.now(); return; }
    if (Date.now() - lastG < 1000) {
      const to = { t: "/", d: "/drill", q: "/quickfire", p: "/progress", e: "/errors", s: "/topics" }[e.key];
      if (to) { location.href = to; return; }
    }
    if (e.key === "/" && document.getElementById("search")) { e.preventDefault(); document.getElementById("search").focus(); }
    if (e.key === "?") alert("Space: show answer\n1–4: Again, Hard, Good, Easy\np: pause quick-fire\n/: search\ng then t/d/q/s/p/e: Today, Drill, Quick-fire, Search, Progress, Errors");
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
      if (left === 0 && !revealed) showAnswer();
    };
    const showCard = () => {
      const card = cards[index];
      $("qf-progress").textContent = (index + 1) + " / " + cards.length;
      $("qf-question").textContent = card.question;
      $("qf-answer").innerHTML = card.answerHTML;
      $("qf-answer").hidden = true; $("qf-grades").hidden = true; $("qf-reveal").hidden = false;
      revealed = false; left = seconds; $("qf-timer").textContent = left + "s"; $("qf-timer").classList.remove("late");
      card.started = Date.now();
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
        const a = document.createElement("a"); a.href = "/cards/" + r.id; a.textContent = r.question;
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
      if (e.key === " " && !revealed) { e.preventDefault(); showAnswer(); }
      else if (revealed && (e.key === "1" || e.key === "2")) { e.preventDefault(); grade(e.key === "1" ? 1 : 3); }
    });
    showCard();
    timer = setInterval(tick, 1000);
  }
})();
