// The offer form: shows the grant or the shares × price fields, and the custom vesting box, for
// what is chosen. The form works without this file (every field is sent; the server reads what fits).
(function () {
  "use strict";
  const nav = document.querySelector('[data-nav="offers"]');
  if (nav && (document.body.dataset.page || "").indexOf("offers") === 0) nav.classList.add("current");
  const form = document.getElementById("offer-form");
  if (!form) return;
  const vesting = document.getElementById("vesting");
  const custom = document.getElementById("custom-vesting-label");
  function update() {
    const kind = (form.querySelector('input[name="equityKind"]:checked') || {}).value || "grant";
    form.querySelectorAll("[data-equity]").forEach((el) => { el.hidden = el.dataset.equity !== kind; });
    if (custom && vesting) custom.hidden = vesting.value !== "custom" || kind === "none";
  }
  form.addEventListener("change", update);
  update();
})();
