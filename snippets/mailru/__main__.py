"""Entry point of `python -m mailru` and of the downloadable mailru-check.pyz: the command line."""

import sys

from .cli import main

sys.exit(main())
