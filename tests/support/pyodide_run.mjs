// Runs mailru.checks.run_json in real Pyodide (the npm package, in Node) for every case in the JSON
// file given as argv[2], importing the checks from the checker archive given as argv[3]
// (download/mailru-check.pyz, as the browser does); prints {version, results, modules} as JSON:
// Python's version, each case's answer, and every standard-library file Python imported from the zip
// (the import trace behind the trimmed standard library the site serves). With `--stdlib ZIP`,
// Python runs on that standard library.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadPyodide } from "pyodide";

const [casesFile, archive, ...options] = process.argv.slice(2);
const stdlib = options[0] === "--stdlib" ? resolve(options[1]) : undefined;
const cases = JSON.parse(readFileSync(casesFile, "utf8"));
const pyodide = await loadPyodide(stdlib ? { stdLibURL: stdlib } : {});
pyodide.FS.writeFile("/home/pyodide/mailru-check.pyz", readFileSync(archive));
pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/mailru-check.pyz')");
const runJson = pyodide.pyimport("mailru.checks").run_json;
const results = cases.map(([name, args]) => JSON.parse(runJson(name, JSON.stringify(args))));
// Every module loaded from the standard library zip, and the codecs a pasted text may be read
// with (the checks take text, not bytes, but a codec looked up by name must not be missing).
const modules = pyodide.runPython(`
import codecs, sys
for name in ("utf-8-sig", "utf-16", "utf-32", "latin-1", "ascii", "cp1250", "cp1251", "cp1252", "cp852",
             "cp866", "koi8-r", "koi8-u", "iso8859-2", "iso8859-5", "mac-cyrillic", "idna"):
    codecs.lookup(name)
zip_root = f"/lib/python{sys.version_info.major}{sys.version_info.minor}.zip/"
sorted({m.__file__[len(zip_root):] for m in list(sys.modules.values())
        if (getattr(m, "__file__", None) or "").startswith(zip_root)
        and getattr(m.__spec__, "origin", None) != "frozen"})  # frozen ones are inside the wasm already
`).toJs();
console.log(JSON.stringify({ version: pyodide.runPython("import sys; sys.version.split()[0]"), results, modules }));
