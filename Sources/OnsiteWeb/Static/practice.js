// Behavioral practice and the pitch drill: a 2-minute timer (t starts and pauses; amber from 1:45,
// red past 2:00, counting up), the story picker, speak mode, and the pitch kept in this browser.
// Nothing here sends anything: rating is the page's own form.
(function () {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const typing = (e) => /INPUT|TEXTAREA|SELECT/.test(e.target.tagName);

  const timer = $("timer");
  if (timer) {
    const limit = Number(timer.dataset.limit) || 120, warn = Number(timer.dataset.warn) || 105;
    const clock = $("timer-clock"), toggle = $("timer-toggle");
    let elapsed = 0, startedAt = null, tick = null;
    const seconds = () => elapsed + (startedAt ? (Date.now() - startedAt) / 1000 : 0);
    const show = () => {
      const s = Math.floor(seconds());
      clock.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
      timer.classList.toggle("amber", s >= warn && s <= limit);
      timer.classList.toggle("over", s > limit);
      timer.dataset.seconds = String(s);
    };
    const label = (text) => { toggle.textContent = text + " "; const k = document.createElement("kbd"); k.textContent = "t"; toggle.append(k); };
    const start = () => { startedAt = Date.now(); tick = setInterval(show, 250); label("Pause"); timer.classList.add("running"); };
    const pause = () => { elapsed = seconds(); startedAt = null; clearInterval(tick); show(); label("Start"); timer.classList.remove("running"); };
    toggle.addEventListener("click", () => (startedAt ? pause() : start()));
    $("timer-reset").addEventListener("click", () => { if (startedAt) pause(); elapsed = 0; show(); });
    let lastG = 0;
    document.addEventListener("keydown", (e) => {
      if (typing(e) || e.metaKey || e.ctrlKey || e.altKey) return;
      if (e.key === "g") { lastG = Date.now(); return; }
      if (e.key === "t" && Date.now() - lastG > 1000) { e.preventDefault(); startedAt ? pause() : start(); }
    });
    // The rating form sends how long the answer took by the timer, when it ran.
    const ratings = $("ratings");
    if (ratings) ratings.addEventListener("submit", () => {
      if (seconds() > 0) ratings.querySelector('input[name="seconds"]').value = seconds().toFixed(1);
    });
  }

  const picker = $("story-picker");
  if (picker) {
    picker.addEventListener("change", (e) => {
      if (e.target.name !== "story") return;
      picker.querySelectorAll(".story-notes").forEach((d) => { d.open = d.dataset.story === e.target.value; });
    });
  }

  const speak = $("speak-mode");
  if (speak) speak.addEventListener("change", () => document.body.classList.toggle("speaking", speak.checked));

  const pitch = $("pitch");
  if (pitch) {
    const company = $("company"), count = $("word-count");
    const words = () => pitch.value.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const update = () => { const n = words(); count.textContent = n + " words, about " + Math.round(n / 150 * 60) + " s spoken"; };
    // Kept in this browser only, so a reload does not lose a draft.
    if (!pitch.value && localStorage.getItem("onsite.pitch")) pitch.value = localStorage.getItem("onsite.pitch");
    if (!company.value && localStorage.getItem("onsite.pitch.company")) company.value = localStorage.getItem("onsite.pitch.company");
    pitch.addEventListener("input", () => { localStorage.setItem("onsite.pitch", pitch.value); update(); });
    company.addEventListener("input", () => localStorage.setItem("onsite.pitch.company", company.value));
    update();
  }
})();
