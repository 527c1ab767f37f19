// The browser checks: this file only draws forms and answers. Every decision is made by the
// Python in snippets/mailru, run by Pyodide in checks-worker.mjs. One Python serves the whole
// site where the browser has SharedWorker (the next page answers at once); elsewhere each page
// has its own worker. Nothing of Pyodide is fetched before the reader shows intent (focus,
// pointer over or down on a check). Nothing typed leaves the browser: the forms have no action,
// use method="dialog" and their buttons work only once this script has taken them over.
// Every answer is drawn as text. A download that fails, a start that stalls and a check that
// takes too long each end in a message in the page's language, and the next try starts afresh;
// a host that sends a file with the wrong type is named as the host's mistake. A shared Python
// that vanishes (closed or crashed by the browser) is replaced at once, and when one page gives
// up on a stuck Python, every page moves to the new one together.
(() => {
  "use strict";
  const forms = [...document.querySelectorAll("form.mr-check")];
  if (!forms.length) return;

  // Time limits in ms (tests may lower them through window.MR_CHECK_LIMITS before this script runs):
  // answer: a check once it runs; queue: a check waiting behind others; stall: no download progress;
  // start: Python's own start once everything is downloaded.
  const LIMITS = { answer: 20000, queue: 40000, stall: 30000, start: 60000, ...(window.MR_CHECK_LIMITS || {}) };
  const GENERATION = "mailru-checks-generation"; // a new value makes every page use a new shared worker

  let python = null; // {post(message), retire(), close(), watch(), generation}: this page's connection to Python
  let lastForm = null;
  let ready = null; // a promise: Python is ready to answer
  let nextId = 0;
  const pending = new Map(); // id -> {resolve, reject, timer}
  const stageListeners = new Set();

  const words = (form) => JSON.parse(form.dataset.words);
  const format = (text, values) => text.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");

  class CheckError extends Error {
    constructor(kind, detail = "") {
      super(`${kind}: ${detail}`);
      this.kind = kind; // "download", "damaged", "host", "start", "timeout" or "check"
      this.detail = detail; // {file, why, status} for a download; {file, given, expected} for a host; text otherwise
    }
  }

  const JAVASCRIPT = /^(text|application)\/(javascript|ecmascript|x-javascript)\b/i;

  // Why the worker's script did not run: the server's answer to the same address says whether it is
  // missing or sent with a type the browser refuses for a module (null: neither).
  async function whyBroken(url) {
    const file = "checks-worker.mjs";
    try {
      const response = await fetch(url, { cache: "no-store" });
      const type = (response.headers.get("Content-Type") || "").split(";")[0].trim();
      if (!response.ok) return new CheckError("download", { file, why: "http", status: response.status });
      if (!JAVASCRIPT.test(type)) return new CheckError("host", { file, given: type || "?", expected: "text/javascript" });
    } catch {}
    return null;
  }

  function generation() {
    try {
      return Number(localStorage.getItem(GENERATION)) || 0;
    } catch {
      return 0; // storage blocked: one generation is enough
    }
  }

  function connect(form) {
    const root = new URL(form.dataset.root, location.href);
    const url = new URL("assets/javascripts/checks-worker.mjs", root);
    let connection;
    const onMessage = ({ data }) => python === connection && receive(data);
    const onBroken = () =>
      whyBroken(url).then((error) => python === connection && fail(error || new CheckError("download", { file: "checks-worker.mjs", why: "network" })));
    if (typeof SharedWorker === "function") {
      try {
        const name = `mailru-checks-${form.dataset.build}-${generation()}`;
        const shared = new SharedWorker(url, { type: "module", name, extendedLifetime: true });
        shared.port.onmessage = onMessage;
        shared.onerror = onBroken;
        shared.port.start();
        const watching = new AbortController();
        let watched = false;
        connection = {
          url,
          generation: generation(),
          post: (message) => shared.port.postMessage(message),
          // The worker holds a lock named after itself while it lives: being granted it means it is gone.
          watch() {
            if (watched || !navigator.locks) return;
            watched = true;
            navigator.locks
              .request(`mailru-checks-alive-${name}`, { signal: watching.signal }, () => python === connection && moveOn(true))
              .catch(() => {}); // stopped watching: this page moved on
          },
          close() {
            watching.abort();
            shared.port.postMessage({ bye: true });
            shared.port.close();
          },
          retire() {
            // a stuck or broken Python cannot be stopped from here: every page moves on to a new one
            try {
              localStorage.setItem(GENERATION, String(generation() + 1));
            } catch {}
            connection.close();
          },
        };
        return connection;
      } catch {} // module shared workers unsupported: a dedicated worker below
    }
    const dedicated = new Worker(url, { type: "module" });
    dedicated.onmessage = onMessage;
    dedicated.onerror = onBroken;
    const stop = () => dedicated.terminate();
    connection = { url, post: (message) => dedicated.postMessage(message), retire: stop, close: stop, watch() {} };
    return connection;
  }

  let startWaiters = null; // {resolve, reject} of the pending start
  let watchdog = null;
  let lastProgress = 0;
  let downloaded = false;
  let heard = false; // the worker has said something since this page connected

  function start(form) {
    lastForm = form;
    if (ready) return ready;
    ready = new Promise((resolve, reject) => (startWaiters = { resolve, reject }));
    ready.catch(() => {}); // a failure is reported where the start was awaited
    lastProgress = performance.now();
    downloaded = false;
    watchdog = setInterval(() => {
      const quiet = performance.now() - lastProgress;
      // the worker itself gives up on a stalled download (and cancels it); this is the backstop
      if (!downloaded && quiet > LIMITS.stall + 2000) fail(new CheckError("download", { why: "stalled" }));
      else if (downloaded && quiet > LIMITS.start) fail(new CheckError("start", "timeout"));
    }, 500);
    try {
      const connection = (python = connect(form));
      heard = false;
      python.post({ start: true, limits: LIMITS });
      // A module worker whose script the browser refused (a host sending .mjs with a type that is not
      // JavaScript) says nothing, and a shared one fires no error either: after a silent moment the
      // server's answer for the script tells whether that is the cause.
      setTimeout(async () => {
        if (heard || python !== connection) return;
        const error = await whyBroken(connection.url);
        if (error && !heard && python === connection) fail(error);
      }, 3000);
    } catch (error) {
      fail(new CheckError("start", String(error && error.message ? error.message : error)));
    }
    return ready;
  }

  // Python is gone for this page (failed, stuck or broken): everything waiting is told why, and
  // the next check connects afresh.
  function fail(error) {
    clearInterval(watchdog);
    if (startWaiters) startWaiters.reject(error);
    startWaiters = null;
    for (const { reject, timer } of pending.values()) {
      clearTimeout(timer);
      reject(error);
    }
    pending.clear();
    if (python) {
      try {
        python.retire();
      } catch {}
    }
    python = null;
    ready = null;
  }

  // This page's Python is gone (vanished), or every page moved to a new one: the checks waiting are
  // asked again of the next Python, once; the stuck or vanished one is left behind.
  function moveOn(retire) {
    const waiting = [...pending.entries()];
    const waiters = startWaiters;
    pending.clear();
    startWaiters = null;
    clearInterval(watchdog);
    try {
      if (retire) python.retire();
      else python.close();
    } catch {}
    python = null;
    ready = null;
    if (!waiting.length && !waiters) return;
    const again = start(lastForm);
    if (waiters) again.then(waiters.resolve, waiters.reject);
    for (const [id, request] of waiting) {
      clearTimeout(request.timer);
      if (request.moved) request.reject(new CheckError("timeout"));
      else {
        request.moved = true;
        again.then(() => send(id, request), request.reject);
      }
    }
  }

  // Another page gave up on a stuck Python: this one follows it to the new generation.
  addEventListener("storage", (event) => {
    if (event.key === GENERATION && python && python.generation !== undefined && python.generation !== generation()) moveOn(false);
  });

  function receive(data) {
    heard = true;
    if (data.alive) {
      python.watch();
    } else if (data.stage) {
      lastProgress = performance.now();
      downloaded = data.stage === "starting";
      stageListeners.forEach((listener) => listener(data));
    } else if (data.ready) {
      clearInterval(watchdog);
      if (startWaiters) startWaiters.resolve();
      startWaiters = null;
    } else if (data.failed) {
      fail(new CheckError(data.failed.kind, data.failed.detail));
    } else if (pending.has(data.id)) {
      const request = pending.get(data.id);
      clearTimeout(request.timer);
      if (data.started) {
        request.timer = setTimeout(() => fail(new CheckError("timeout")), LIMITS.answer);
        return;
      }
      pending.delete(data.id);
      if (data.error) {
        request.reject(new CheckError("check", data.error));
        if (data.fatal) fail(new CheckError("start", data.error));
      } else {
        request.resolve(JSON.parse(data.result));
      }
    }
  }

  function send(id, request) {
    // until it starts, a check may wait behind others (other pages share the same Python)
    request.timer = setTimeout(() => fail(new CheckError("timeout")), LIMITS.queue);
    pending.set(id, request);
    python.post({ id, name: request.name, args: request.args });
  }

  function call(name, args) {
    return new Promise((resolve, reject) => send(nextId++, { resolve, reject, name, args }));
  }

  // The reader's words for a failure.
  function explain(w, error) {
    if (!(error instanceof CheckError)) return format(w["check.failed.start"], { given: String(error && error.message ? error.message : error) });
    if (error.kind === "download") {
      const { file, why, status } = error.detail;
      const reason = why === "http" ? `HTTP ${status}` : w[`check.why.${why}`] || why;
      return format(w["check.failed.download"], { given: file ? `${file}: ${reason}` : reason });
    }
    if (error.kind === "host") return format(w["check.failed.host"], error.detail);
    if (error.kind === "damaged") return format(w["check.failed.damaged"], { file: error.detail.file, given: w[`check.why.${error.detail.why}`] });
    if (error.kind === "timeout") return w["check.failed.timeout"];
    return format(w["check.failed.start"], { given: error.detail });
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
      // the questions that tell the entries apart (Python decides them), each answer with its entries
      if (report.questions && report.questions.length) {
        out.append(el("p", report.questions_label));
        for (const question of report.questions) {
          const answers = el("ul", undefined, "mr-check__answers");
          for (const answer of question.answers) {
            const item = el("li", `${answer.answer}: `);
            answer.entries.forEach((entry, i) => {
              if (i) item.append(document.createTextNode(", "));
              const to = link(`${form.dataset.errors}#${entry.id}`, entry.title);
              to.dataset.entry = entry.id;
              item.append(to);
            });
            answers.append(item);
          }
          out.append(el("p", question.question, "mr-check__question"), answers);
        }
      }
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
    const progress = status.querySelector("progress");
    const out = form.querySelector(".mr-check__result");
    const buttons = [...form.querySelectorAll("button")];
    form.querySelector(".mr-check__nojs").hidden = true;
    if (location.protocol === "file:") {
      out.replaceChildren(el("p", w["check.file"], "mr-wrong"));
      continue; // the buttons stay disabled
    }
    const intent = () => start(form).catch(() => {});
    for (const type of ["focusin", "pointerdown", "pointerenter"]) form.addEventListener(type, intent, { once: true });

    let waiting = false;
    stageListeners.add(({ stage, loaded, total }) => {
      if (!waiting) return;
      if (stage === "loading" && total) {
        statusText.textContent = `${w["check.loading"]} ${Math.floor((100 * loaded) / total)}\u00a0%`;
        progress.max = total;
        progress.value = loaded;
      } else {
        statusText.textContent = w[stage === "loading" ? "check.loading" : "check.starting"];
        progress.removeAttribute("value");
      }
    });

    form.addEventListener("submit", async (event) => {
      event.preventDefault(); // nothing is ever sent anywhere
      performance.mark("mr-check-submit"); // read by tests/benchmark/benchmark.py
      const [name, args] = argsOf(form, event.submitter);
      waiting = true;
      status.hidden = false;
      statusText.textContent = w[ready ? "check.starting" : "check.loading"];
      progress.removeAttribute("value");
      try {
        await start(form);
        const report = await call(name, args);
        out.replaceChildren();
        SHOW[form.dataset.check](form, out, report);
        performance.mark("mr-check-result");
      } catch (error) {
        out.replaceChildren(el("p", explain(w, error), "mr-wrong"));
      } finally {
        waiting = false;
        status.hidden = true;
      }
    });
    buttons.forEach((button) => (button.disabled = false)); // only now can a button do anything
  }
})();
