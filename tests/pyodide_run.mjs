// Runs mailru.checks.run_json in real Pyodide (the npm package, in Node) for every case in
// the JSON file given as argv[2]; prints [{name, args, result}] as JSON with Python's version.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
const pyodide = await loadPyodide();
pyodide.FS.mkdirTree("/home/pyodide/checks/mailru");
for (const name of readdirSync(join(root, "snippets", "mailru")).filter((n) => n.endsWith(".py"))) {
  pyodide.FS.writeFile(`/home/pyodide/checks/mailru/${name}`, readFileSync(join(root, "snippets", "mailru", name)));
}
pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/checks')");
const runJson = pyodide.pyimport("mailru.checks").run_json;
const results = cases.map(([name, args]) => JSON.parse(runJson(name, JSON.stringify(args))));
console.log(JSON.stringify({ version: pyodide.runPython("import sys; sys.version.split()[0]"), results }));
