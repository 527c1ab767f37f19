"""No form on the site sends what a reader types anywhere, with or without JavaScript.

Every <form> gets method="dialog": submitting such a form outside a dialog does nothing, so
neither Enter in a field nor a button can turn the reader's words into a request (Material's
search form has no method, which would mean GET with the query in the URL). The checks' forms
also keep their buttons disabled until their script runs (checks.py).
"""

from __future__ import annotations

import re

FORM = re.compile(r"<form\b(?![^>]*\bmethod=)", re.I)


def on_post_page(output, page, config):
    return FORM.sub('<form method="dialog"', output)
