// The browser checks: this file only draws forms and answers. Every decision is made by the
// Python in snippets/mailru, run by Pyodide in a worker that starts when the reader first
// focuses or uses a check (not one byte of Pyodide before). Everything shown is set as text.
(() => {
  "use strict";
  const forms = [...document.querySelectorAll("form.mr-check")];
  if (!forms.length) return;

  let worker = null;
  let ready = null;
  let nextId = 0;
  const pending = new Map();
  const stageListeners = new Set();

  const words = (form) => JSON.parse(form.dataset.words);
  const format = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");

  function start(form) {
    if (ready) return ready;
    const url = new URL("assets/javascripts/checks-worker.mjs", new URL(form.dataset.root, location.href));
    worker = new Worker(url, { type: "module" });
    ready = new Promise((resolve, reject) => {
      worker.onmessage = ({ data }) => {
        if (data.stage) stageListeners.forEach((listener) => listener(data.stage));
        else if (data.ready) resolve();
        else if (data.failed) reject(new Error(data.failed));
        else if (pending.has(data.id)) {
          const { resolve: done, reject: fail } = pending.get(data.id);
          pending.delete(data.id);
          if (data.error) fail(new Error(data.error));
          else done(JSON.parse(data.result));
        }
      };
      worker.onerror = (event) => {
        const error = new Error(event.message || "worker");
        pending.forEach(({ reject: fail }) => fail(error));
        pending.clear();
        reject(error);
      };
    });
    // a failed start may be retried by the next check
    ready.catch(() => {
      worker.terminate();
      worker = null;
      ready = null;
    });
    return ready;
  }

  function call(name, args) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, name, args });
    });
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function link(href, text) {
    const a = el("a", text);
    a.href = href;
    return a;
  }

  function showSettings(form, out, report) {
    const list = el("ul", undefined, "mr-check__findings");
    for (const field of report.fields) {
      const item = el("li", undefined, field.ok ? "mr-ok" : "mr-wrong");
      item.append(el("span", field.ok ? "✓ " : "✗ ", "mr-mark"), el("strong", `${field.label}: `), document.createTextNode(field.text));
      list.append(item);
    }
    out.append(el("p", report.summary, report.ok ? "mr-ok" : "mr-wrong"), list);
  }

  function showDecode(form, out, report) {
    const w = words(form);
    out.append(el("p", report.message));
    if (report.cut) out.append(el("p", report.cut));
    if (!report.recognised) {
      const more = el("p");
      more.append(link(form.dataset.errors, w["check.catalogue"]));
      out.append(more);
      return;
    }
    const list = el("ol", undefined, "mr-check__entries");
    for (const entry of report.entries) {
      const item = el("li");
      item.dataset.entry = entry.id;
      item.append(link(`${form.dataset.errors}#${entry.id}`, entry.title), document.createTextNode(` – ${entry.cause}`));
      // the pasted text's own words behind the answer, as text (never markup)
      if (entry.words && entry.words.length) {
        const why = el("span", `${report.words_label} `, "mr-check__why");
        entry.words.forEach((text, i) => {
          if (i) why.append(document.createTextNode(", "));
          why.append(el("q", text));
        });
        item.append(el("br"), why);
      }
      if (entry.note) item.append(el("br"), el("span", entry.note, "mr-check__note"));
      list.append(item);
    }
    out.append(list);
  }

  function showProfile(form, out, report) {
    if (!report.ok) {
      out.append(el("p", report.message, "mr-wrong"));
      return;
    }
    const url = URL.createObjectURL(new Blob([report.content], { type: report.mime }));
    const a = link(url, report.filename);
    a.download = report.filename;
    const p = el("p", undefined, "mr-ok");
    const [before, after] = words(form)["check.profile.ready"].split("{expected}");
    p.append(document.createTextNode(before), a, document.createTextNode(after ?? ""));
    out.append(p);
    a.click();
  }

  const SHOW = { settings: showSettings, decode: showDecode, profile: showProfile };

  function argsOf(form, button) {
    const value = (name) => form.elements[name].value;
    const lang = form.dataset.lang;
    switch (form.dataset.check) {
      case "settings":
        return ["settings", { lang, protocol: value("protocol"), host: value("host"), port: value("port"), security: value("security"), username: value("username") }];
      case "decode":
        return ["decode", { lang, text: value("text") }];
      default:
        return ["profile", { lang, address: value("address"), fmt: button && button.value === "autoconfig" ? "autoconfig" : "mobileconfig" }];
    }
  }

  for (const form of forms) {
    const w = words(form);
    const status = form.querySelector(".mr-check__status");
    const statusText = status.querySelector("span");
    const out = form.querySelector(".mr-check__result");
    form.querySelector(".mr-check__nojs").hidden = true;
    if (location.protocol === "file:") {
      out.replaceChildren(el("p", w["check.file"], "mr-wrong"));
      form.querySelectorAll("button").forEach((b) => (b.disabled = true));
      continue;
    }
    const intent = () => start(form).catch(() => {});
    form.addEventListener("focusin", intent, { once: true });
    form.addEventListener("pointerdown", intent, { once: true });

    let waiting = false;
    stageListeners.add((stage) => {
      if (waiting) statusText.textContent = w[stage === "loading" ? "check.loading" : "check.starting"];
    });

    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      performance.mark("mr-check-submit"); // read by tests/benchmark.py
      const [name, args] = argsOf(form, event.submitter);
      waiting = true;
      status.hidden = false;
      statusText.textContent = w["check.loading"];
      try {
        await start(form);
        const report = await call(name, args);
        out.replaceChildren();
        SHOW[form.dataset.check](form, out, report);
        performance.mark("mr-check-result");
      } catch (error) {
        out.replaceChildren(el("p", format(w["check.failed"], { given: error.message }), "mr-wrong"));
      } finally {
        waiting = false;
        status.hidden = true;
      }
    });
  }
})();
