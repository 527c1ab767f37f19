"""Benchmark line for the error decoder (not a test): 1 MB adversarial pastes answered by
mailru.diagnose on the host's Python and in Pyodide (the pinned npm package, under Node).

    .venv/bin/python tests/decoder_bench.py
Goal (issue 10): under 200 ms on the host and under 1 s in Pyodide for a 1 MB paste.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Each made of a pattern's own start repeated (what backtracks if a pattern is not linear), a
# character that NFKD expands 18-fold, Cyrillic and Czech phrases, and plain words.
MEASURE = r"""
import json, random, time
from mailru.diagnose import diagnose
random.seed(1)
units = ["parol", "dynamick", "\ufdfa", "login to server ", "přihlášení k serveru ", "пароль для приложения ",
         "connection to ", "certifikát ", "x "]
texts = {repr(u): u * (1_000_000 // len(u)) for u in units}
texts["random words"] = " ".join("".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(random.randint(3, 9)))
                                 for _ in range(170_000))[:1_000_000]
texts["2.2 MB log, error at the end"] = "x " * 1_100_000 + "\n535 5.7.8 Error: authentication failed\n"
out = {}
for name, text in texts.items():
    times = []
    for _ in range(3):
        start = time.perf_counter()
        diagnose(text)
        times.append(time.perf_counter() - start)
    out[name] = round(min(times) * 1000)
print(json.dumps(out))
"""

NODE = r"""
import { readFileSync, readdirSync } from "node:fs";
import { loadPyodide } from "pyodide";
const root = process.argv[1];
const pyodide = await loadPyodide();
pyodide.FS.mkdirTree("/home/pyodide/checks/mailru");
for (const name of readdirSync(`${root}/snippets/mailru`).filter((n) => n.endsWith(".py"))) {
  pyodide.FS.writeFile(`/home/pyodide/checks/mailru/${name}`, readFileSync(`${root}/snippets/mailru/${name}`));
}
pyodide.runPython("import sys; sys.path.insert(0, '/home/pyodide/checks')");
pyodide.runPython(readFileSync(0, "utf8"));
"""


def main() -> int:
    host = subprocess.run([sys.executable, "-c", MEASURE], capture_output=True, text=True, cwd=ROOT / "snippets", check=True)
    results = {"host": json.loads(host.stdout)}
    if shutil.which("node"):
        pyodide = subprocess.run(["node", "--input-type=module", "-e", NODE, str(ROOT)], input=MEASURE, capture_output=True,
                                 text=True, cwd=ROOT, timeout=600)
        results["pyodide"] = json.loads(pyodide.stdout.strip().splitlines()[-1]) if pyodide.returncode == 0 else pyodide.stderr[-500:]
    names = list(results["host"])
    print(f"{'1 MB paste (least of 3 runs)':<36} {'host ms':>8} {'Pyodide ms':>11}")
    for name in names:
        pyo = results.get("pyodide", {})
        print(f"{name:<36} {results['host'][name]:>8} {pyo.get(name, '–') if isinstance(pyo, dict) else '–':>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
