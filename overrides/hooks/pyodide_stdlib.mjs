// Compiles the standard library modules the checks need into one zip of .pyc files, inside
// Pyodide itself (under Node), so the bytecode is exactly what the pinned Pyodide's Python reads.
// To keep the download small they are compiled as `python -OO` would (no docstrings, no asserts)
// and without line tables (a traceback from the standard library then has no line numbers). The zip
// is stored, not deflated: the build compresses it whole, as one xz stream (overrides/hooks/checks.py).
// Called by overrides/hooks/checks.py:  node pyodide_stdlib.mjs PYODIDE_DIR MODULE_LIST OUT_ZIP
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideDir, listFile, outZip] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(`${pyodideDir}/pyodide.mjs`).href);
const pyodide = await loadPyodide({ indexURL: `${pyodideDir}/` });
const paths = readFileSync(listFile, "utf8").split("\n").map((line) => line.replace(/#.*/, "").trim()).filter(Boolean);
pyodide.globals.set("paths", pyodide.toPy(paths));
pyodide.runPython(`
import importlib._bootstrap_external as bootstrap
import importlib.util
import sys
import zipfile

def strip(code):  # the line table of every code object, nested ones too
    consts = tuple(strip(c) if isinstance(c, type(code)) else c for c in code.co_consts)
    return code.replace(co_linetable=b"", co_consts=consts)

stdlib = f"/lib/python{sys.version_info.major}{sys.version_info.minor}.zip"
with zipfile.ZipFile(stdlib) as source, zipfile.ZipFile("/tmp/stdlib.zip", "w", zipfile.ZIP_STORED) as out:
    for path in sorted(set(paths)):
        text = source.read(path)
        code = strip(compile(text, f"{stdlib}/{path}", "exec", dont_inherit=True, optimize=2))
        # unchecked hash-based .pyc: no source beside it to compare with, nothing to re-validate
        data = bootstrap._code_to_hash_pyc(code, importlib.util.source_hash(text), checked=False)
        out.writestr(zipfile.ZipInfo(path[:-3] + ".pyc", date_time=(2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_STORED)
`);
writeFileSync(outZip, pyodide.FS.readFile("/tmp/stdlib.zip"));
