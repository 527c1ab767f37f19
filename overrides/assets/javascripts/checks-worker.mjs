// Runs the site's checks: Pyodide (served by the site itself) with snippets/mailru unpacked
// into it from download/mailru-check.pyz, the very file readers run on their computers. The page posts {id, name, args}; the answer is the JSON that mailru.checks returns.
import { loadPyodide } from "../pyodide/pyodide.mjs";

let runJson = null;
const ready = (async () => {
  postMessage({ stage: "loading" });
  // the checks' own code downloads while Pyodide starts
  const code = fetch(new URL("../../download/mailru-check.pyz", import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`mailru-check.pyz: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  const pyodide = await loadPyodide({ indexURL: new URL("../pyodide/", import.meta.url).href });
  postMessage({ stage: "starting" });
  pyodide.unpackArchive(await code, "zip", { extractDir: "/home/pyodide/checks" });
  pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/checks')");
  runJson = pyodide.pyimport("mailru.checks").run_json;
})();
ready.then(
  () => postMessage({ ready: true }),
  (error) => postMessage({ failed: String(error && error.message ? error.message : error) }),
);

self.onmessage = async ({ data }) => {
  try {
    await ready;
    postMessage({ id: data.id, result: runJson(data.name, JSON.stringify(data.args)) });
  } catch (error) {
    postMessage({ id: data.id, error: String(error && error.message ? error.message : error) });
  }
};
