// Mock interviews: the stage's clock counting down from what the server saved (the server holds
// the state; this only draws it), p pauses or resumes (a form post, saved at once), n finishes the
// stage. Space and 1–4 to reveal and rate come from app.js, as in the drill.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const typing = (e) => /INPUT|TEXTAREA|SELECT/.test(e.target.tagName);

  const timer = $("mock-timer");
  if (timer) {
    const limit = Number(timer.dataset.limit), elapsed = Number(timer.dataset.elapsed), running = timer.dataset.running === "1";
    const loadedAt = Date.now(), clock = $("timer-clock");
    const draw = () => {
      const left = limit - elapsed - (running ? (Date.now() - loadedAt) / 1000 : 0);
      const whole = Math.floor(Math.abs(left));
      clock.textContent = (left < 0 ? "-" : "") + Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
      timer.dataset.remaining = String(Math.round(left));
      timer.classList.toggle("amber", left > 0 && left <= 300);
      timer.classList.toggle("over", left < 0);
      if (left < 0) $("time-up").hidden = false;
    };
    draw();
    if (running) setInterval(draw, 250);
  }

  let lastG = 0;
  document.addEventListener("keydown", (e) => {
    if (typing(e) || e.metaKey || e.ctrlKey || e.altKey) return;
    if (e.key === "g") { lastG = Date.now(); return; }
    if (Date.now() - lastG < 1000) return;
    if (e.key === "p" && $("timer-toggle")) { e.preventDefault(); $("timer-toggle").click(); }
    if (e.key === "n" && $("next-stage") && confirm("Finish this stage?")) { e.preventDefault(); $("next-stage").click(); }
  });
})();
