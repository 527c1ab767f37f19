"""Put the account checker into the built site as one file: download/mailru-check.pyz.

The zipapp holds snippets/mailru as it is (standard library only) and the three Snowball
stemmers its error decoder uses (Czech, English, Russian: pure Python, from the pinned
snowballstemmer package, with its licence) and the compiled catalogues of its words
(mailru/locale/<lang>/LC_MESSAGES/mailru.mo, made by translations.py), and runs with any Python 3.11+:
`python3 mailru-check.pyz jana.novakova@mail.ru`. When mkdocs.yml sets site_url, the
checker's links to the error catalogue point there.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import io
import zipfile
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

PACKAGE = Path(__file__).resolve().parents[2] / "snippets" / "mailru"
DOWNLOAD = "download/mailru-check.pyz"
# The stemmer modules the decoder imports, and what they import; the package's own __init__ (which
# imports all 36 of its stemmers) is replaced by a line saying what is there.
STEMMERS = ("basestemmer", "among", "czech_stemmer", "english_stemmer", "russian_stemmer")


def stemmer_files() -> dict[str, bytes]:
    """Archive name -> content: the stemmers from the installed snowballstemmer, and its licence."""
    folder = Path(importlib.util.find_spec("snowballstemmer").submodule_search_locations[0])
    distribution = importlib.metadata.distribution("snowballstemmer")
    [licence] = [f for f in distribution.files if f.name == "COPYING"]
    init = (f'"""Snowball stemmers (Czech, English, Russian) from snowballstemmer {distribution.version}, '
            'BSD-3-Clause (COPYING beside this file): what mailru.diagnose uses."""\n')
    files = {"snowballstemmer/__init__.py": init.encode(), "snowballstemmer/COPYING": distribution.locate_file(licence).read_bytes()}
    for name in STEMMERS:
        files[f"snowballstemmer/{name}.py"] = (folder / f"{name}.py").read_bytes()
    return files


def catalogue_files() -> dict[str, bytes]:
    """Archive name -> content: each language's words, compiled from the .po files now."""
    spec = importlib.util.spec_from_file_location("mailru_translations", Path(__file__).with_name("translations.py"))
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    return {f"mailru/locale/{lang}/LC_MESSAGES/mailru.mo": data for lang, data in translations.compile_all().items()}


def checker_archive(site_url: str | None) -> bytes:
    buffer = io.BytesIO()
    buffer.write(b"#!/usr/bin/env python3\n")
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        files = {f"mailru/{path.name}": path.read_bytes() for path in sorted(PACKAGE.glob("*.py"))} | stemmer_files() | catalogue_files()
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            archive.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED)
        if site_url:
            archive.writestr(zipfile.ZipInfo("mailru/site_url.txt", date_time=(2026, 1, 1, 0, 0, 0)), site_url)
        # Ctrl-C while the package is still being imported ends quietly too (exit code 130)
        main = ("import sys\ntry:\n    from mailru.cli import main\nexcept KeyboardInterrupt:\n    sys.exit(130)\n"
                "sys.exit(main())\n")
        archive.writestr(zipfile.ZipInfo("__main__.py", date_time=(2026, 1, 1, 0, 0, 0)), main)
    return buffer.getvalue()


@event_priority(-100)  # after mkdocs-static-i18n has sorted the files of this language
def on_files(files, config):
    files.append(File.generated(config, DOWNLOAD, content=checker_archive(config.site_url)))
    return files
