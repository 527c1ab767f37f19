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

ROOT = Path(__file__).resolve().parents[2]
# Each made of a pattern's own start repeated (what backtracks if a pattern is not linear), a
# character that NFKD expands 18-fold, Cyrillic and Czech phrases, plain words, and random words
# (no word repeats, so the pre-test searches the whole megabyte for each word it looks up).
MEASURE = r"""
import json, random, time
from mailru.diagnose import diagnose
RUNS = 5
random.seed(1)
units = ["parol", "dynamick", "\ufdfa", "login to server ", "přihlášení k serveru ", "пароль для приложения ",
         "connection to ", "certifikát ", "x "]
texts = {repr(u): u * (1_000_000 // len(u)) for u in units}
def words(letters):
    return " ".join("".join(random.choice(letters) for _ in range(random.randint(3, 9))) for _ in range(170_000))[:1_000_000]
texts["random words"] = words("abcdefghijklmnopqrstuvwxyz")
# every letter the patterns use is there, with capitals and diacritics to fold
texts["random words: Latin, Czech, Cyrillic"] = words("abcdefghijklmnopqrstuvwxyz0123456789.-_:/ABCDÉŘŠáčéěířšůžабвгдеёжзийклмнопрстуфхцчшщыьэюяАБВГДЁ")
texts["2.2 MB log, error at the end"] = "x " * 1_100_000 + "\n535 5.7.8 Error: authentication failed\n"
out = {}
for name, text in texts.items():
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        diagnose(text)
        times.append(time.perf_counter() - start)
    out[name] = [round(min(times) * 1000), round(sorted(times)[RUNS // 2] * 1000)]
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
    pyo = results.get("pyodide")
    print(f"{'1 MB paste, ms (least / median of 5 runs)':<42} {'host':>11} {'Pyodide':>11}")
    for name, (least, median) in results["host"].items():
        in_pyodide = f"{pyo[name][0]} / {pyo[name][1]}" if isinstance(pyo, dict) else "–"
        print(f"{name:<42} {f'{least} / {median}':>11} {in_pyodide:>11}")
    if isinstance(pyo, str):
        print("Pyodide did not run:", pyo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
