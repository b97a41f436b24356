"""A whole HTML page from the package's template, stylesheet and script (data files in `assets/`).

The stylesheet and script are inlined, so every page opens on its own from disk; a Content
Security Policy allows exactly them (by hash) and nothing else: no other script, no network.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files
from string import Template

from kic_extract.review.markup import Raw, esc


@cache
def asset(name: str) -> str:
    """A data file of the package's `assets/` folder."""
    return files("kic_extract.review").joinpath("assets", name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    """The CSP source expression allowing exactly this inline text.

    >>> csp_hash("")
    'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='
    """
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def page(title: str, nav: Raw, body: Raw, body_class: str = "") -> str:
    """The page's HTML; `title` is text (escaped here), `nav` and `body` are built markup."""
    css, js = asset("review.css"), asset("review.js")
    return Template(asset("page.html")).substitute(
        title=esc(title), nav=nav, body=body, body_class=esc(body_class),
        css=css, js=js, style_hash=csp_hash(css), script_hash=csp_hash(js),
    )
