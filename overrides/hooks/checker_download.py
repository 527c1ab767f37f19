"""Put the account checker into the built site as one file: download/mailru-check.pyz.

The zipapp holds snippets/mailru as it is (standard library only) and runs with any
Python 3.11+: `python3 mailru-check.pyz jana.novakova@mail.ru`. When mkdocs.yml sets
site_url, the checker's links to the error catalogue point there.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

PACKAGE = Path(__file__).resolve().parents[2] / "snippets" / "mailru"
DOWNLOAD = "download/mailru-check.pyz"


def checker_archive(site_url: str | None) -> bytes:
    buffer = io.BytesIO()
    buffer.write(b"#!/usr/bin/env python3\n")
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(PACKAGE.glob("*.py")):
            info = zipfile.ZipInfo(f"mailru/{path.name}", date_time=(2026, 1, 1, 0, 0, 0))
            archive.writestr(info, path.read_bytes(), compress_type=zipfile.ZIP_DEFLATED)
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
