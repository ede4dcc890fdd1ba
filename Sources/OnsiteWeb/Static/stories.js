// Stories: the editor saves by itself through the JSON API (~800 ms after typing stops, and when a field
// loses focus) and shows the lint the API answers with; the import page sends chosen .md files as JSON.
// Without this file the editor's Save button and the import page's paste box do the same by plain forms.
(function () {
  "use strict";
  const page = document.body.dataset.page || "";
  if (!page.startsWith("stories")) return;
  document.querySelectorAll('[data-nav="stories"]').forEach((a) => a.classList.add("current"));
  document.querySelectorAll('[data-tab="' + (page === "stories-edit" || page === "stories-view" || page === "stories-delete" ? "stories" : page) + '"]')
    .forEach((a) => a.classList.add("current"));

  const form = document.getElementById("story-form");
  if (form) editor(form);
  const files = document.getElementById("import-files-form");
  if (files) importer(files);

  function editor(form) {
    const status = document.getElementById("save-status");
    const summary = document.getElementById("lint-summary");
    const list = document.getElementById("findings");
    let id = form.dataset.id || "";
    let timer = null, inFlight = null, again = false, lastSent = null;

    const setStatus = (text, kind) => { status.textContent = text; status.className = "small save-status " + (kind || ""); };
    const pad = (n) => String(n).padStart(2, "0");
    const clock = () => { const d = new Date(); return pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds()); };

    function body() {
      const story = { title: form.elements.title.value, themes: [] };
      form.querySelectorAll("input[data-theme]").forEach((box) => { if (box.checked) story.themes.push(box.dataset.theme); });
      form.querySelectorAll("textarea[data-part]").forEach((area) => { story[area.dataset.part] = area.value; });
      return JSON.stringify(story);
    }

    function showFindings(result) {
      summary.textContent = result.summary;
      list.replaceChildren();
      result.findings.forEach((f) => {
        const li = document.createElement("li");
        li.className = "finding sev-" + f.severity;
        li.dataset.rule = f.rule;
        const severity = document.createElement("span"); severity.className = "severity"; severity.textContent = f.severity;
        const rule = document.createElement("code"); rule.textContent = f.rule;
        const part = document.createElement("span"); part.className = "part"; part.textContent = f.part;
        li.append(severity, " ", rule, " ", part, " ");
        if (f.sentence) { const q = document.createElement("q"); q.className = "sentence"; q.textContent = f.sentence; li.append(q, " "); }
        const message = document.createElement("span"); message.className = "message"; message.textContent = f.message;
        li.append(message);
        list.appendChild(li);
      });
    }

    // A new story becomes /stories/ID on its first save; later saves replace it there.
    function adopt(newID) {
      id = newID;
      form.dataset.id = id;
      form.action = "/stories/" + encodeURIComponent(id);
      document.body.dataset.page = "stories-edit";
      history.replaceState(null, "", "/stories/" + encodeURIComponent(id));
      // The links a saved story's editor has: read it, download it, delete it.
      const actions = status.parentElement;
      [["Read", "/view", "read-link", ""], ["Markdown", ".md", "download-link", ""], ["Delete", "/delete", "delete-link", " danger"]].forEach(([label, suffix, linkID, extra]) => {
        if (document.getElementById(linkID)) return;
        const a = document.createElement("a");
        a.className = "button" + extra;
        a.id = linkID;
        a.href = "/stories/" + encodeURIComponent(id) + suffix;
        if (suffix === ".md") a.setAttribute("download", "");
        a.textContent = label;
        actions.append(" ", a);
      });
    }

    // keepalive: a save started as the page goes away still reaches the server (a keepalive body is at most 64 KB).
    async function save(leaving) {
      clearTimeout(timer);
      timer = null;
      if (inFlight) { again = true; return inFlight; }
      const text = body();
      if (text === lastSent) return;
      setStatus("Saving…", "saving");
      inFlight = (async () => {
        try {
          const url = id ? "/api/v1/stories/" + encodeURIComponent(id) : "/api/v1/stories";
          const response = await fetch(url, {
            method: id ? "PUT" : "POST", credentials: "same-origin", keepalive: leaving === true && text.length < 60000,
            headers: { "Content-Type": "application/json", "Accept": "application/json" }, body: text,
          });
          const result = await response.json().catch(() => ({ error: { message: "the server answered " + response.status } }));
          if (!response.ok) {
            setStatus("Not saved: " + ((result.error && result.error.message) || response.status) + " Your text is still here.", "error");
            return;
          }
          lastSent = text;
          if (!id) adopt(result.story.id);
          showFindings(result);
          setStatus("Saved " + clock(), "saved");
        } catch (error) {
          setStatus("Not saved: " + error.message + " — is the server running? Your text is still here; it saves again when you type.", "error");
        } finally {
          inFlight = null;
          if (again) { again = false; save(); }
        }
      })();
      return inFlight;
    }

    // A new story's id is its title as a slug: while the title is being typed, wait for it to lose focus.
    const later = (e) => {
      if (!id && e.target === form.elements.title) return;
      clearTimeout(timer);
      timer = setTimeout(save, 800);
    };
    form.addEventListener("input", later);
    form.addEventListener("change", (e) => { if (e.target.type === "checkbox") save(); });
    form.addEventListener("focusout", (e) => { if (e.target.matches("input, textarea")) save(); });
    window.addEventListener("pagehide", () => { if (timer || body() !== lastSent) save(true); });
    lastSent = body();  // what the server already has (a new, untouched form is not saved)
    if (status.textContent.trim() === "Saved.") setStatus("Saved " + clock(), "saved");
  }

  function importer(form) {
    const input = document.getElementById("import-files");
    const result = document.getElementById("import-result");
    form.hidden = false;
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const line = (text, className) => { const p = document.createElement("p"); p.textContent = text; if (className) p.className = className; result.appendChild(p); return p; };
      result.replaceChildren();
      if (!input.files.length) { line("Choose one or more .md files first.", "error"); return; }
      const chosen = await Promise.all(Array.from(input.files).map(async (f) => ({ name: f.name, text: await f.text() })));
      try {
        const response = await fetch("/api/v1/stories/import", {
          method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json", "Accept": "application/json" },
          body: JSON.stringify({ files: chosen }),
        });
        const body = await response.json();
        if (!response.ok) { line("Nothing imported: " + body.error.message, "error"); return; }
        line("Imported " + body.imported.length + " story(ies)" + (body.imported.length ? ": " + body.imported.join(", ") : "") + ".").id = "import-files-count";
        if (body.problems.length) {
          line("Not imported (the others were):", "warning");
          const list = document.createElement("ul");
          list.className = "problems-list";
          list.id = "import-files-problems";
          body.problems.forEach((p) => { const li = document.createElement("li"); li.textContent = p; list.appendChild(li); });
          result.appendChild(list);
        }
        const back = document.createElement("a");
        back.href = "/stories";
        back.textContent = "Show the stories";
        result.appendChild(back);
      } catch (error) {
        line("Nothing imported: " + error.message, "error");
      }
    });
  }
})();
