"""The source panel of an issue page: each raw line, its number, and what it became beside it."""

from __future__ import annotations

from kic_extract.review.lines import Role
from kic_extract.review.markup import Raw, el, join

#: fields that make a short description of a record, tried in order; others fall back to the first values
_SUMMARY_KEYS = ("region_ko", "indicator", "name", "zone_ko", "text", "metric", "year", "raw")
_ID_KEYS = frozenset({"issue_id", "section_id", "table_id", "page"})
MAX_CHIPS = 8


def summary(record: dict) -> str:
    """A few words naming a record of any dataset.

    >>> summary({"issue_id": "x", "region_ko": "광둥성", "metric": "gdp", "raw": "12조 위안", "line": 3})
    '광둥성 · gdp · 12조 위안'
    >>> summary({"issue_id": "x", "kind": "amount", "value": 5, "line": 2})
    'amount · 5'
    """
    parts = [str(record[k]) for k in _SUMMARY_KEYS if record.get(k) is not None]
    if not parts:
        parts = [str(v) for k, v in record.items()
                 if k not in _ID_KEYS and "line" not in k and isinstance(v, (str, int, float))
                 and not isinstance(v, bool)][:3]
    return " · ".join(parts)


def _source_text(text: str) -> Raw:
    """A raw line as text, tabs (table cell breaks) shown."""
    return join(Raw('<span class="tab">\t</span>') if part == "\t" else part for part in _split_tabs(text))


def _split_tabs(text: str) -> list[str]:
    out, buf = [], []
    for ch in text:
        if ch == "\t":
            out += ["".join(buf), "\t"]
            buf = []
        else:
            buf.append(ch)
    out.append("".join(buf))
    return [p for p in out if p]


def _became(role: Role, raw: str, warnings: list[dict], refs: list[tuple[str, int, str]],
            names: list[tuple[int, str]]) -> Raw:
    parts = [el("span", role.label, cls="role")]
    if role.anchor and role.label:
        parts = [el("a", el("span", role.label, cls="role"), href=f"#{role.anchor}")]
    if role.cont:
        parts.append(el("span", "↳ continued", cls="cont"))
    elif role.text is not None and role.text != raw:
        parts.append(el("span", role.text, cls="text"))
    if role.fixes:
        parts.append(el("span", "fixed: " + ", ".join(role.fixes), cls="fixes"))
    chips = [el("span", [el("span", w["code"], cls="code"), " ", w["message"]], cls="chip warning") for w in warnings]
    for name, k, text in refs[:MAX_CHIPS]:
        chips.append(el("a", f"{name}: {text}", href=f"#{name}-{k}", cls="chip"))
    if len(refs) > MAX_CHIPS:
        chips.append(el("span", f"+{len(refs) - MAX_CHIPS} more", cls="chip"))
    for k, zh in names[:MAX_CHIPS]:
        chips.append(el("a", zh, href=f"#name-{k}", cls="chip name", lang="zh-Hans"))
    if chips:
        parts.append(el("span", chips, cls="chips"))
    return join(parts)


def source_table(lines: list[str], roles: dict[int, Role], warnings: dict[int, list[dict]],
                 refs: dict[int, list[tuple[str, int, str]]], names: dict[int, list[tuple[int, str]]]) -> Raw:
    """One row per raw line: `id="L<n>"`, its kind as class `k-<kind>`, `w` when it has warnings."""
    rows = []
    for no, text in enumerate(lines, start=1):
        role = roles.get(no) or Role("blank", "")
        here = warnings.get(no, [])
        cls = f"k-{role.kind}" + (" w" if here else "")
        if role.kind == "blank" and not here:
            rows.append(Raw(f'<tr id="L{no}" class="{cls}"><td class="no">{no}</td><td class="src"></td>'
                            f'<td class="became"></td></tr>'))
            continue
        rows.append(el("tr", [
            el("td", el("a", str(no), href=f"#L{no}"), cls="no"),
            el("td", _source_text(text), cls="src"),
            el("td", _became(role, text, here, refs.get(no, []), names.get(no, [])), cls="became"),
        ], id=f"L{no}", cls=cls))
    cols = Raw('<colgroup><col class="no"><col class="text"><col class="became"></colgroup>')
    head = Raw("<thead><tr><th>line</th><th>source</th><th>became</th></tr></thead>")
    return el("table", [cols, head, el("tbody", rows)], cls="source", id="source-lines")
