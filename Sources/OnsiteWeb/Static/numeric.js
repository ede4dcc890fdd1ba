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
