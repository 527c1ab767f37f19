// Runs the site's checks: Pyodide (served by the site itself) with snippets/mailru from
// download/mailru-check.pyz, the very file readers run on their computers. Works as a
// SharedWorker (one Python for every page of the site) and as a dedicated worker.
// A page sends {start} and {id, name, args}; it gets {stage, loaded, total}, {ready},
// {failed: {kind, detail}}, then per check {id, started} and {id, result} or {id, error}.
// The build (overrides/hooks/checks.py) writes BUILD: where Pyodide is, the trimmed compiled
// standard library, each file's name as served (Pyodide's big files compressed with xz, unpacked
// here) with its size before and after unpacking, and the lock file's contents.
const BUILD = /* BUILD */ null;

const ports = new Set();
let runJson = null;
let starting = null;
let fullStdlib = false; // after a module was missing from the trimmed standard library
const queue = [];
let running = false;

const broadcast = (message) => ports.forEach((port) => port.postMessage(message));

// A shared worker holds a lock named after itself for as long as it lives: a page that is granted
// the same lock knows at once that its Python is gone (closed or crashed by the browser). Pages hear
// that the worker is alive only once it holds the lock: a page asking first would be granted it and
// take a worker still starting (a busy machine) for one that vanished.
const holding =
  "onconnect" in self && self.navigator.locks
    ? new Promise((held) => {
        self.navigator.locks
          .request(`mailru-checks-alive-${self.name}`, () => {
            held();
            return new Promise(() => {});
          })
          .catch(() => {}); // no lock, no watching: the checks still run
      })
    : Promise.resolve();

class StartFailure extends Error {
  constructor(kind, detail) {
    super(kind);
    this.failed = { kind, detail };
  }
}

const JAVASCRIPT = /^(text|application)\/(javascript|ecmascript|x-javascript)\b/i;

// Why a module could not be imported: the server's answer to the same address says whether the
// file is missing, sent with a type the browser refuses as a module, or the connection failed.
async function whyNoModule(url, file) {
  try {
    const response = await fetch(url, { cache: "no-store" });
    const type = (response.headers.get("Content-Type") || "").split(";")[0].trim();
    if (!response.ok) return new StartFailure("download", { file, why: "http", status: response.status });
    if (!JAVASCRIPT.test(type)) return new StartFailure("host", { file, given: type || "?", expected: "text/javascript" });
  } catch {}
  return new StartFailure("download", { file, why: "network" });
}

// Every download is checked: refused, broken, short, stalled, answered with a web page or
// damaged, it is named at once, and whatever is still downloading is cancelled. (Pyodide itself
// would wait for ever when its wasm cannot be compiled.) The compressed bytes are counted as they
// arrive (the progress the pages show); the unpacked ones go on to Pyodide as they come, so the
// wasm is compiled while it downloads.
function watchDownloads(reject, stallLimit, base, names) {
  const realFetch = self.fetch.bind(self);
  const realInstantiate = WebAssembly.instantiateStreaming;
  const cancel = new AbortController();
  const loaded = Object.fromEntries(names.map((name) => [name, 0]));
  const total = names.reduce((sum, name) => sum + BUILD.files[name].size, 0);
  let lastProgress = Date.now();
  let busy = 0; // downloads under way
  let decoder = null;
  // xz-decompress unpacks one file at a time, each to its end: they take their turns in the order
  // they were asked for (Pyodide's loader first), and each is unpacked as fast as it arrives,
  // whether or not Pyodide reads it yet, so no file waits for one that waits for it.
  let turns = Promise.resolve();
  const fail = (detail, kind = "download") => {
    cancel.abort();
    reject(new StartFailure(kind, detail));
  };
  const stall = setInterval(() => busy && Date.now() - lastProgress > stallLimit && fail({ why: "stalled" }), 500);
  const progress = () => {
    lastProgress = Date.now();
    const sum = Object.values(loaded).reduce((a, b) => a + b, 0);
    // everything is here: what remains is compiling and starting Python (the start limit's part)
    broadcast(sum >= total ? { stage: "starting" } : { stage: "loading", loaded: sum, total });
  };

  // The file as this site published it (a Response of its unpacked bytes), or a failure named.
  async function download(name) {
    const previous = turns;
    let done;
    turns = new Promise((resolve) => (done = resolve));
    try {
      return await fetchUnpacked(name, previous);
    } finally {
      done();
    }
  }

  async function fetchUnpacked(name, previous) {
    const entry = BUILD.files[name];
    const file = entry.url.split("/").pop();
    let response;
    busy++;
    try {
      response = await realFetch(new URL(entry.url, base), { signal: cancel.signal });
    } catch (error) {
      busy--;
      fail({ file, why: "network" });
      throw error;
    }
    lastProgress = Date.now();
    if (!response.ok) {
      busy--;
      fail({ file, why: "http", status: response.status });
      throw new Error(file);
    }
    if (/^text\/html/i.test(response.headers.get("Content-Type") || "")) {
      busy--; // a captive portal, a proxy's block page, a catch-all rewrite
      fail({ file, why: "page" }, "damaged");
      throw new Error(file);
    }
    const [counted, body] = response.body.tee();
    const arrived = (async () => {
      const reader = counted.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        loaded[name] += value.length;
        progress();
      }
      if (loaded[name] < entry.size) fail({ file, why: "incomplete" });
      else if (loaded[name] > entry.size) fail({ file, why: "damaged" }, "damaged");
      return loaded[name] === entry.size;
    })()
      .catch(() => fail({ file, why: "network" }))
      .finally(() => busy--);
    let unpacked = body;
    await previous;
    if (entry.url.endsWith(".xz")) {
      decoder ??= import(new URL(BUILD.decoder, base).href).catch(async () => {
        throw await whyNoModule(new URL(BUILD.decoder, base), BUILD.decoder);
      });
      let XzReadableStream;
      try {
        ({ XzReadableStream } = await decoder);
      } catch (error) {
        fail(error.failed.detail, error.failed.kind);
        throw error;
      }
      unpacked = new XzReadableStream(body);
    } else if (entry.url.endsWith(".gz")) {
      unpacked = body.pipeThrough(new DecompressionStream("gzip"));
    }
    const reader = unpacked.getReader();
    let size = 0;
    let finished = false; // xz-decompress must not be cancelled once done (it would free its decoder twice)
    const damaged = async () => {
      if (await arrived) fail({ file, why: "damaged" }, "damaged"); // complete, yet not what was published
    };
    const stream = new ReadableStream({
      async pull(controller) {
        let chunk;
        try {
          chunk = await reader.read();
        } catch (error) {
          damaged();
          controller.error(error);
          return;
        }
        if (chunk.done) {
          finished = true;
          if (size !== entry.raw) damaged();
          controller.close();
        } else {
          size += chunk.value.length;
          controller.enqueue(chunk.value);
        }
      },
      cancel: (reason) => finished || reader.cancel(reason),
    }, { highWaterMark: Infinity });
    return new Response(stream, { headers: { "Content-Type": entry.type } });
  }

  // Pyodide asks for its files by their own names; they come from the compressed copies.
  self.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input, self.location.href);
    const name = url.pathname.split("/").pop();
    return BUILD.files[name] && names.includes(name) ? download(name) : realFetch(input, init);
  };
  // A wasm the browser will not compile (damaged bytes, or not the wasm this Pyodide expects)
  WebAssembly.instantiateStreaming = (source, imports) =>
    realInstantiate.call(WebAssembly, source, imports).catch((error) => {
      fail({ file: BUILD.files["pyodide.asm.wasm"].url, why: "damaged" }, "damaged");
      throw error;
    });
  return {
    download,
    restore() {
      cancel.abort(); // whatever is still downloading after a failure
      clearInterval(stall);
      self.fetch = realFetch;
      WebAssembly.instantiateStreaming = realInstantiate;
    },
  };
}

class MissingModule extends Error {}

async function start(limits) {
  let reject;
  const failed = new Promise((_, fail) => (reject = fail));
  failed.catch(() => {}); // a late report after a good start changes nothing
  const base = new URL(BUILD.pyodide, import.meta.url);
  const stdlib = fullStdlib ? BUILD.full : BUILD.stdlib;
  const names = ["pyodide.asm.mjs", "pyodide.asm.wasm", stdlib, "mailru-check.pyz"];
  const downloads = watchDownloads(reject, limits.stall || 30000, base, names);
  try {
    broadcast({ stage: "loading" });
    // asked for first: the decoder unpacks one file at a time, in the order they are asked for
    const module = downloads.download("pyodide.asm.mjs").then(async (response) => {
      const url = URL.createObjectURL(new Blob([await response.arrayBuffer()], { type: "text/javascript" }));
      try {
        return (await import(url)).default;
      } finally {
        URL.revokeObjectURL(url);
      }
    });
    const code = downloads.download("mailru-check.pyz").then((response) => response.arrayBuffer());
    module.catch(() => {}); // reported through the download check
    code.catch(() => {});
    const load = (async () => {
      const loader = new URL("pyodide.mjs", base);
      const { loadPyodide } = await import(loader.href).catch(async () => {
        throw await whyNoModule(loader, "pyodide.mjs");
      });
      const pyodide = await loadPyodide({
        indexURL: base.href,
        stdLibURL: new URL(stdlib, base).href,
        lockFileContents: BUILD.lock, // no separate request: the checks need no packages
        createPyodideModule: async (settings) => (await module)(settings),
      });
      const archive = await code;
      broadcast({ stage: "starting" });
      // Python imports the checks straight from the archive readers download (zipimport)
      pyodide.FS.writeFile("/home/pyodide/mailru-check.pyz", new Uint8Array(archive));
      pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/mailru-check.pyz')");
      try {
        return pyodide.pyimport("mailru.checks").run_json;
      } catch (error) {
        if (error && error.type === "ModuleNotFoundError") {
          // the checks' own package missing: the archive is not the one this site published
          if (/No module named '(mailru|mailru\.\w+)'/.test(error.message)) {
            throw new StartFailure("damaged", { file: "mailru-check.pyz", why: "damaged" });
          }
          if (!fullStdlib) throw new MissingModule();
        }
        throw error;
      }
    })();
    runJson = await Promise.race([load, failed]);
    broadcast({ ready: true });
  } finally {
    downloads.restore();
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
      holding.then(() => port.postMessage({ alive: true })); // the page may now watch this worker's lock
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
