// Numeric drills: the answer box submits on Enter (a plain form); this adds the time taken and
// lets Enter move on from the result. The pages work without it.
(function () {
  "use strict";
  const form = document.getElementById("numeric-form");
  if (form) {
    const shownAt = Date.now();
    const box = document.getElementById("numeric-answer");
    if (box) box.focus();
    form.addEventListener("submit", () => {
      form.querySelector('input[name="seconds"]').value = ((Date.now() - shownAt) / 1000).toFixed(1);
    });
  }
  const next = document.getElementById("continue");
  if (next && document.getElementById("numeric-result")) {
    next.focus();
    document.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.metaKey && !e.ctrlKey && !e.altKey) { e.preventDefault(); location.href = next.href; }
    });
  }
})();

// Quick-fire: app.js hands a numeric item over with `onsite:numeric`; the typed number is graded and
// saved by the server (right in under 20 s is Easy), and a wrong one shows the worked solution.
(function () {
  "use strict";
  const qf = document.getElementById("quickfire");
  if (!qf) return;
  const $ = (id) => document.getElementById(id);
  qf.addEventListener("onsite:numeric", (event) => {
    const { card, done } = event.detail;
    const form = $("qf-numeric"), box = $("qf-number"), error = $("qf-number-error");
    $("qf-verdict").hidden = true;
    form.hidden = false; error.hidden = true; box.value = "";
    $("qf-unit").textContent = card.unit || "";
    box.focus();
    form.onsubmit = async (e) => {
      e.preventDefault();
      let response, body;
      try {
        response = await fetch("/api/v1/numeric/answers", { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ drillId: card.id, seed: card.seed, answer: box.value, durationSeconds: (Date.now() - card.started) / 1000, quickFire: true }) });
        body = await response.json();
      } catch (_) { form.hidden = true; done(false, true); return; }
      if (response.status === 400 && body.error && body.error.field === "answer") {
        error.textContent = body.error.message; error.hidden = false; box.focus(); return;
      }
      form.hidden = true;
      if (!response.ok) { done(false, true); return; }
      $("qf-verdict").hidden = false;
      $("qf-verdict-text").textContent = (body.right ? "Right: " : "Not quite: the answer is ") + body.answerText;
      $("qf-solution").textContent = body.right ? "" : body.solution;
      $("qf-solution").hidden = body.right;
      $("qf-next").onclick = () => { $("qf-verdict").hidden = true; done(body.right, false); };
      $("qf-next").focus();
    };
  });
})();
