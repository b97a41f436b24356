"""Small HTML builders: every text goes through `esc`, attributes are quoted and escaped.

>>> el("td", "<script>", cls="x")
'<td class="x">&lt;script&gt;</td>'
>>> el("a", "go", href="#L5", data_line=5)
'<a href="#L5" data-line="5">go</a>'
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable


def esc(value) -> str:
    """Text for HTML content or a quoted attribute; `None` is empty.

    >>> esc('</td> & "x"')
    '&lt;/td&gt; &amp; &quot;x&quot;'
    """
    return "" if value is None else html.escape(str(value), quote=True)


def attrs(**values) -> str:
    """Attributes in the order given; `cls` is `class`, `data_x` is `data-x`; `None`/`False` are left out."""
    out = []
    for key, value in values.items():
        if value is None or value is False:
            continue
        name = "class" if key == "cls" else key.replace("_", "-")
        out.append(f" {name}" if value is True else f' {name}="{esc(value)}"')
    return "".join(out)


_DECIMAL = re.compile(r"-?\d+(\.\d+)?")


class Raw(str):
    """Markup already built (and escaped) by this module: `el` does not escape it again."""


def _content(body) -> str:
    if body is None:
        return ""
    if isinstance(body, Raw):
        return body
    if isinstance(body, (list, tuple)):
        return "".join(_content(b) for b in body)
    return esc(body)


def el(name: str, body=None, **attributes) -> Raw:
    """One element; `body` is text (escaped), `Raw` markup, or a list of both."""
    return Raw(f"<{name}{attrs(**attributes)}>{_content(body)}</{name}>")


def join(parts: Iterable) -> Raw:
    return Raw("".join(_content(p) for p in parts))


def line_link(no: int | None, issue_page: str = "") -> Raw:
    """A link to a source line of the issue page (`#L12`), or a dash where there is no line."""
    if no is None:
        return Raw('<span class="none">—</span>')
    return el("a", f"L{no}", href=f"{issue_page}#L{no}", cls="ln")


def plain(value) -> str:
    """A field value as text a person reads: null is empty, lists and objects as compact JSON.

    >>> plain(None), plain(True), plain(12440000000000), plain(2025), plain(["a", None])
    ('', 'true', '12,440,000,000,000', '2025', '["a", null]')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def cell(value, **attributes) -> Raw:
    """A `<td>` for a field value; numbers carry `data-v` so that sorting is numeric, null shows a dash."""
    if value is None:
        return el("td", Raw('<span class="none">—</span>'), data_v="", **attributes)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return el("td", plain(value), cls="num", data_v=repr(value))
    if isinstance(value, str) and _DECIMAL.fullmatch(value):
        return el("td", value, cls="num", data_v=value)  # an exact amount kept as a decimal string
    return el("td", plain(value), **attributes)


def data_table(headers: list[str], rows: list[list], *, cls: str = "data sortable", **attributes) -> Raw:
    """A table whose rows are lists of `Raw` cells (built with `cell`/`el("td", …)`)."""
    head = el("thead", el("tr", [el("th", h) for h in headers]))
    body = el("tbody", [el("tr", r) if not isinstance(r, Raw) else r for r in rows])
    return el("table", [head, body], cls=cls, **attributes)
