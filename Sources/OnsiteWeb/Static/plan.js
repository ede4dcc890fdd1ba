// Plan page keys: n opens the new-plan form, r re-plans, j/k move between days, x ticks every task of today.
(function () {
  "use strict";
  var days = Array.prototype.slice.call(document.querySelectorAll(".plan-day"));
  var current = days.findIndex(function (d) { return d.classList.contains("today"); });
  function typing(e) {
    var t = e.target;
    return t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable);
  }
  function focusDay(i) {
    if (!days.length) return;
    current = Math.max(0, Math.min(days.length - 1, i));
    days[current].scrollIntoView({ block: "center" });
    days[current].setAttribute("tabindex", "-1");
    days[current].focus();
  }
  document.addEventListener("keydown", function (e) {
    if (typing(e) || e.metaKey || e.ctrlKey || e.altKey) return;
    if (e.key === "n") {
      var d = document.getElementById("new-plan");
      if (d) { d.open = true; var first = document.getElementById("template"); if (first) first.focus(); e.preventDefault(); }
    } else if (e.key === "r") {
      var form = document.getElementById("replan-form");
      if (form) { form.submit(); e.preventDefault(); }
    } else if (e.key === "j") { focusDay(current + 1); e.preventDefault(); }
    else if (e.key === "k") { focusDay(current - 1); e.preventDefault(); }
    else if (e.key === "x") {
      var today = document.querySelector(".plan-day.today form.day-form");
      if (today) {
        today.querySelectorAll("input[type=checkbox]").forEach(function (c) { c.checked = true; });
        today.submit();
        e.preventDefault();
      }
    }
  });
})();
