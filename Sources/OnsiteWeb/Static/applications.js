// Applications: move cards on the board by drag and drop or by keyboard, sort the table, import a
// chosen file. Every action also works without this file (each card has a Move form).
(function () {
  "use strict";
  const page = document.body.dataset.page || "";
  if (!page.startsWith("applications")) return;
  document.querySelectorAll('[data-nav="applications"]').forEach((a) => a.classList.add("current"));
  const tab = page === "applications" ? (new URLSearchParams(location.search).get("view") === "table" ? "applications-table" : "applications-board")
    : page === "applications-funnel" ? "applications-funnel" : "";
  document.querySelectorAll('[data-tab="' + tab + '"]').forEach((a) => a.classList.add("current"));

  const status = document.getElementById("board-status");
  const announce = (text) => { if (status) { status.textContent = ""; setTimeout(() => { status.textContent = text; }, 30); } };

  // Board
  const board = document.getElementById("board");
  if (board) {
    const columns = Array.from(board.querySelectorAll(".column"));
    const order = columns.map((c) => c.dataset.stage);
    const titleOf = (stage) => (columns.find((c) => c.dataset.stage === stage) || {}).dataset.title || stage;
    const recount = () => columns.forEach((c) => { c.querySelector(".count").textContent = c.querySelectorAll(".app-card").length; });

    async function move(card, stage) {
      const company = card.dataset.company;
      if (!stage || stage === card.dataset.stage) return;
      try {
        const response = await fetch("/api/v1/applications/" + encodeURIComponent(card.dataset.id) + "/move", {
          method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json", "Accept": "application/json" },
          body: JSON.stringify({ stage: stage }),
        });
        const body = await response.json();
        if (!response.ok) { announce(company + " was not moved: " + ((body.error && body.error.message) || response.status)); return; }
        board.querySelector('ul.cards[data-stage="' + stage + '"]').appendChild(card);
        card.dataset.stage = body.stage;
        const last = body.history[body.history.length - 1];
        const since = card.querySelector(".since");
        if (since) since.textContent = "since " + last.date;
        const select = card.querySelector('select[name="stage"]');
        if (select) select.value = body.stage;
        recount();
        card.focus();
        announce(company + " moved to " + titleOf(body.stage) + ".");
      } catch (error) {
        announce("Could not move " + company + ": " + error.message);
      }
    }

    board.addEventListener("keydown", (e) => {
      const card = e.target.closest && e.target.closest(".app-card");
      if (!card || e.target !== card || e.metaKey || e.ctrlKey || e.altKey) return;
      const index = order.indexOf(card.dataset.stage);
      let step = 0;
      if (e.key === "[" || (e.shiftKey && e.key === "ArrowLeft")) step = -1;
      if (e.key === "]" || (e.shiftKey && e.key === "ArrowRight")) step = 1;
      if (!step) return;
      e.preventDefault();
      const target = order[index + step];
      if (!target) { announce(card.dataset.company + " is already at " + titleOf(card.dataset.stage) + "."); return; }
      move(card, target);
    });

    let dragged = null;
    board.addEventListener("dragstart", (e) => {
      const card = e.target.closest && e.target.closest(".app-card");
      if (!card) return;
      dragged = card;
      card.classList.add("dragging");
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("text/plain", card.dataset.id);
    });
    board.addEventListener("dragend", () => {
      if (dragged) dragged.classList.remove("dragging");
      columns.forEach((c) => c.classList.remove("drop-target"));
      dragged = null;
    });
    columns.forEach((column) => {
      column.addEventListener("dragover", (e) => { if (dragged) { e.preventDefault(); column.classList.add("drop-target"); } });
      column.addEventListener("dragleave", (e) => { if (!column.contains(e.relatedTarget)) column.classList.remove("drop-target"); });
      column.addEventListener("drop", (e) => {
        e.preventDefault();
        column.classList.remove("drop-target");
        if (dragged) move(dragged, column.dataset.stage);
      });
    });
  }

  // Table: sort by a column (stages in loop order, the rest as text).
  const table = document.getElementById("apps-table");
  if (table) {
    const stageOrder = ["applied", "recruiter-screen", "coding", "ml-breadth", "ml-depth", "system-design", "behavioral", "team-match",
      "offer", "ghosted", "rejected", "withdrawn"];
    table.querySelectorAll("th[data-sort]").forEach((th, column) => {
      th.tabIndex = 0;
      const sort = () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("th").forEach((h) => h.removeAttribute("aria-sort"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const key = (row) => {
          const cell = row.children[column];
          return th.dataset.sort === "stage" ? stageOrder.indexOf(cell.dataset.value) : cell.textContent.trim().toLowerCase();
        };
        const body = table.tBodies[0];
        Array.from(body.rows).sort((a, b) => {
          const x = key(a), y = key(b);
          return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
        }).forEach((row) => body.appendChild(row));
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); } });
    });
  }

  // Import: a chosen file goes to the JSON API whole (the plain form carries pasted text only).
  const form = document.getElementById("import-form");
  const file = document.getElementById("import-file");
  if (form && file) {
    form.addEventListener("submit", async (e) => {
      if (!file.files.length) return;
      e.preventDefault();
      const chosen = file.files[0];
      const result = document.getElementById("import-result");
      const text = await chosen.text();
      const format = /\.json$/i.test(chosen.name) ? "json" : "csv";
      const response = await fetch("/api/v1/applications/import", {
        method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ format: format, text: text }),
      });
      const body = await response.json();
      result.replaceChildren();
      const line = (text) => { const p = document.createElement("p"); p.textContent = text; result.appendChild(p); return p; };
      if (!response.ok) { line(body.error.message).className = "error"; return; }
      line("Imported " + body.imported + " application(s)." + (body.alreadyPresent.length ? " " + body.alreadyPresent.length + " were already saved." : ""));
      if (body.problems.length) {
        const list = document.createElement("ul");
        body.problems.forEach((p) => { const li = document.createElement("li"); li.textContent = "line " + p.line + ": " + p.message; list.appendChild(li); });
        result.appendChild(list);
      }
      const reload = document.createElement("a");
      reload.href = "/applications";
      reload.textContent = "Show the board";
      result.appendChild(reload);
      result.scrollIntoView({ block: "nearest" });
    });
  }
})();
