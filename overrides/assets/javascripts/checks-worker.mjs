// Runs the site's checks: Pyodide (served by the site itself) with snippets/mailru from
// download/mailru-check.pyz, the very file readers run on their computers. Works as a
// SharedWorker (one Python for every page of the site) and as a dedicated worker.
// A page sends {start} and {id, name, args}; it gets {stage, loaded, total}, {ready},
// {failed: {kind, detail}}, then per check {id, started} and {id, result} or {id, error}.
// The build (overrides/hooks/checks.py) writes BUILD: where Pyodide is, the trimmed compiled
// standard library, the expected size of each big file and the lock file's contents.
const BUILD = /* BUILD */ null;

const ports = new Set();
let runJson = null;
let starting = null;
let fullStdlib = false; // after a module was missing from the trimmed standard library
const queue = [];
let running = false;

const broadcast = (message) => ports.forEach((port) => port.postMessage(message));

class StartFailure extends Error {
  constructor(kind, detail) {
    super(kind);
    this.failed = { kind, detail };
  }
}

// Every download is checked: a refused, broken, short or stalled file is named at once, and
// whatever is still downloading is cancelled. (Pyodide itself would wait for ever when its wasm
// cannot be compiled.) The bytes are counted on a copy, so Pyodide still compiles the wasm while
// it streams in.
function watchDownloads(reject, stallLimit) {
  const realFetch = self.fetch.bind(self);
  const cancel = new AbortController();
  const loaded = {};
  const total = Object.values(BUILD.sizes).reduce((a, b) => a + b, 0);
  let lastProgress = Date.now();
  let busy = 0; // downloads under way
  const fail = (why) => {
    cancel.abort();
    reject(new StartFailure("download", why));
  };
  const stall = setInterval(() => busy && Date.now() - lastProgress > stallLimit && fail({ why: "stalled" }), 500);
  const progress = () => {
    lastProgress = Date.now();
    broadcast({ stage: "loading", loaded: Object.values(loaded).reduce((a, b) => a + b, 0), total });
  };
  self.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input, self.location.href);
    const file = url.pathname.split("/").pop();
    let response;
    busy++;
    try {
      response = await realFetch(input, { ...init, signal: cancel.signal });
    } catch (error) {
      busy--;
      fail({ file, why: "network" });
      throw error;
    }
    lastProgress = Date.now();
    if (!response.ok) {
      busy--;
      fail({ file, why: "http", status: response.status });
      return response;
    }
    const expected = BUILD.sizes[file];
    if (expected === undefined || !response.body) {
      busy--;
      return response;
    }
    const reader = response.clone().body.getReader();
    loaded[file] = 0;
    (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded[file] += value.length;
        progress();
      }
      if (loaded[file] !== expected) fail({ file, why: "incomplete" });
    })()
      .catch(() => fail({ file, why: "network" }))
      .finally(() => busy--);
    return response;
  };
  return () => {
    clearInterval(stall);
    self.fetch = realFetch;
  };
}

class MissingModule extends Error {}

async function start(limits) {
  let reject;
  const failed = new Promise((_, fail) => (reject = fail));
  failed.catch(() => {}); // a late report after a good start changes nothing
  const restore = watchDownloads(reject, limits.stall || 30000);
  try {
    broadcast({ stage: "loading" });
    const base = new URL(BUILD.pyodide, import.meta.url);
    const code = fetch(new URL(BUILD.checker, import.meta.url)).then((response) => response.arrayBuffer());
    code.catch(() => {}); // reported through the download check
    const load = (async () => {
      const { loadPyodide } = await import(new URL("pyodide.mjs", base).href).catch(() => {
        throw new StartFailure("download", { file: "pyodide.mjs", why: "network" });
      });
      const pyodide = await loadPyodide({
        indexURL: base.href,
        stdLibURL: new URL(fullStdlib ? BUILD.full : BUILD.stdlib, base).href,
        lockFileContents: BUILD.lock, // no separate request: the checks need no packages
      });
      const archive = await code;
      broadcast({ stage: "starting" });
      // Python imports the checks straight from the archive readers download (zipimport)
      pyodide.FS.writeFile("/home/pyodide/mailru-check.pyz", new Uint8Array(archive));
      pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/mailru-check.pyz')");
      try {
        return pyodide.pyimport("mailru.checks").run_json;
      } catch (error) {
        if (error && error.type === "ModuleNotFoundError" && !fullStdlib) throw new MissingModule();
        throw error;
      }
    })();
    runJson = await Promise.race([load, failed]);
    broadcast({ ready: true });
  } finally {
    restore();
  }
}

let limits = {};

function ensureStarted() {
  if (!starting) {
    starting = start(limits).catch((error) => {
      starting = null; // the next request tries again from the beginning
      if (error instanceof MissingModule) {
        // a module outside the trimmed standard library: start again on the whole one
        fullStdlib = true;
        return ensureStarted();
      }
      queue.length = 0; // the pages waiting are told now
      const failed = error.failed || { kind: "start", detail: String(error && error.message ? error.message : error) };
      broadcast({ failed });
      if (!("onconnect" in self)) return; // a dedicated worker: the page decides
      self.close(); // a shared worker: pages start a new one (a failed import stays failed in this one)
    });
  }
  return starting;
}

// One check at a time, in the order they came, whichever page asked.
async function pump() {
  if (running) return;
  running = true;
  try {
    while (queue.length) {
      await ensureStarted();
      if (!runJson) return; // the start failed; the pages were told
      const { port, id, name, args } = queue.shift();
      port.postMessage({ id, started: true });
      try {
        port.postMessage({ id, result: runJson(name, JSON.stringify(args)) });
      } catch (error) {
        if (error && error.type === "ModuleNotFoundError" && !fullStdlib) {
          // a module outside the trimmed standard library: start again with the whole one
          fullStdlib = true;
          runJson = null;
          starting = null;
          queue.unshift({ port, id, name, args });
          continue;
        }
        const fatal = !(error && error.type); // not a Python exception: the interpreter itself broke
        port.postMessage({ id, error: String(error && error.message ? error.message : error), fatal });
        if (fatal) self.close();
      }
    }
  } finally {
    running = false;
  }
}

function attach(port) {
  ports.add(port);
  port.onmessage = ({ data }) => {
    if (data.bye) ports.delete(port);
    else if (data.start) {
      limits = { ...data.limits, ...limits }; // the first page's limits hold
      ensureStarted().then(() => runJson && port.postMessage({ ready: true }));
    }
    else {
      queue.push({ port, ...data });
      pump();
    }
  };
}

if ("onconnect" in self) {
  self.onconnect = ({ ports: [port] }) => {
    attach(port);
    port.start();
  };
} else {
  attach(self);
}
