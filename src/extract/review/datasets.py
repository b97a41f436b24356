"""Records of any dataset as HTML: a generic table linked to the source lines, cards, and a table
as printed beside its typed records (values carried down from a row above are marked)."""

from __future__ import annotations

import re

from kic_extract.review.markup import Raw, cell, data_table, el, line_link, plain

#: fields every record of an issue page shares, left out of its tables
_HIDDEN = frozenset({"issue_id"})
_SPACE = re.compile(r"\s+")
#: identifiers a card shows in its heading's link instead
_CARD_HIDDEN = frozenset({"section_id", "table_id"})


def columns(rows: list[dict], hidden=_HIDDEN) -> list[str]:
    """Every field of the records, in the order first seen.

    >>> columns([{"issue_id": "x", "a": 1}, {"a": 2, "b": 3}])
    ['a', 'b']
    """
    seen: dict[str, None] = {}
    for r in rows:
        for key in r:
            if key not in hidden:
                seen.setdefault(key)
    return list(seen)


def _is_line_field(key: str) -> bool:
    return key == "line" or key.endswith("_line") or key in ("line_start", "line_end")


def _line_href(record: dict, key: str) -> str:
    value, end = record[key], record.get("line_end") if key == "line_start" else None
    return f"#L{value}-{end}" if isinstance(end, int) and end > value else f"#L{value}"


def field_cell(record: dict, key: str, marked: frozenset[str] = frozenset()) -> Raw:
    """A record's field as a table cell: line numbers link to the source, carried-down values are marked."""
    value = record.get(key)
    if _is_line_field(key) and isinstance(value, int):
        return el("td", el("a", f"L{value}", href=_line_href(record, key), cls="ln"), data_v=value)
    if (key == "lines" or key.endswith("_lines")) and isinstance(value, list):
        return el("td", [line_link(v) if isinstance(v, int) else plain(v) for v in value])
    if key in marked:
        return el("td", plain(value), cls="filled", title="not printed in this row: carried down from a row above")
    return cell(value)


def field_text(record: dict, key: str) -> Raw | str:
    """A record's field as inline markup: a line link, or its value as text (a dash for null)."""
    value = record.get(key)
    if _is_line_field(key) and isinstance(value, int):
        return el("a", f"L{value}", href=_line_href(record, key), cls="ln")
    return "—" if value is None else plain(value)


def constant_columns(rows: list[dict], cols: list[str]) -> list[str]:
    """Columns (other than line numbers) holding one value in every record, when there are several records.

    >>> constant_columns([{"a": 1, "b": 2, "line": 5}, {"a": 1, "b": 3, "line": 5}], ["a", "b", "line"])
    ['a']
    """
    if len(rows) < 2:
        return []
    return [c for c in cols if not _is_line_field(c) and all(r.get(c) == rows[0].get(c) for r in rows[1:])]


def records_table(name: str, rows: list[dict], *, anchors: bool = True, marks: list[frozenset] | None = None) -> Raw:
    """A sortable table of records, one row each (with the id `name-k` when `anchors`); a field with
    the same value in every record is stated once above the table instead of in a column."""
    cols = columns(rows)
    same = constant_columns(rows, cols)
    cols = [c for c in cols if c not in same]
    body = []
    for k, r in enumerate(rows):
        cells = [field_cell(r, c, marks[k] if marks else frozenset()) for c in cols]
        body.append(el("tr", cells, id=f"{name}-{k}" if anchors else None))
    shared = [x for c in same for x in (el("b", c), " = ", plain(rows[0].get(c)) or "null", "; ")]
    note = el("p", ["every record: ", *shared[:-1]], cls="muted shared") if same else ""
    return el("div", [note, data_table(cols, body)])


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def _printed(value, cells: list) -> bool:
    if isinstance(value, bool) or value is None:
        return True
    if isinstance(value, int):
        return any(c is not None and _squash(c).lstrip("*") == str(value) for c in cells)
    if not isinstance(value, str):
        return True
    squashed = _squash(value)
    return any(c is not None and squashed in _squash(c) for c in cells)


def carried_down(record: dict, row: list, earlier: list[list]) -> frozenset[str]:
    """Fields of a typed record whose value its own printed row does not show but a row above does:
    a merged cell filled down (`유형`), or a continuation row taking the numbered row's fields.

    >>> carried_down({"group": "혁신", "indicator": "R&D", "n": 2}, ["2", None, "R&D"], [["1", "혁신", "특허"]])
    frozenset({'group'})
    """
    marked = set()
    for key, value in record.items():
        if key in _HIDDEN or _is_line_field(key) or _printed(value, row):
            continue
        if any(_printed(value, above) for above in earlier):
            marked.add(key)
    return frozenset(marked)


def as_printed(table: dict) -> list[list]:
    """The table's rows with the cells the pipeline filled down (`filled`: [row, column]) blank again,
    as the newsletter prints them.

    >>> as_printed({"rows": [["혁신", "a"], ["혁신", "b"]], "filled": [[1, 0]]})
    [['혁신', 'a'], [None, 'b']]
    """
    rows = [list(r) for r in table.get("rows") or []]
    for pos in table.get("filled") or []:
        if len(pos) == 2 and 0 <= pos[0] < len(rows) and 0 <= pos[1] < len(rows[pos[0]]):
            rows[pos[0]][pos[1]] = None
    return rows


def typed_marks(table: dict, rows: list[dict]) -> list[frozenset]:
    """For each typed record of a table, the fields carried down from a row above its own."""
    printed = dict(zip(table.get("row_lines") or [], as_printed(table)))
    order = list(printed)
    marks = []
    for r in rows:
        no = r.get("line") if isinstance(r.get("line"), int) else r.get("line_start")
        if no not in printed:
            marks.append(frozenset())
            continue
        above = [printed[n] for n in order[: order.index(no)]]
        marks.append(carried_down(r, printed[no], above))
    return marks


def printed_table(table: dict) -> Raw:
    """A table as the newsletter prints it: title, header, rows (blank cells hatched, cells the
    pipeline filled down from the row above marked), notes."""
    filled = {tuple(p) for p in table.get("filled") or [] if len(p) == 2}
    parts = []
    if table.get("title"):
        parts.append(el("caption", table["title"]))
    if table.get("header"):
        parts.append(el("thead", el("tr", [el("th", "")] + [el("th", h) for h in table["header"]])))
    body = []
    for i, (no, row) in enumerate(zip(table.get("row_lines") or [], table.get("rows") or [])):
        cells = [el("td", line_link(no), cls="no")]
        for j, c in enumerate(row):
            if (i, j) in filled:
                cells.append(el("td", c, cls="filled", title="blank in print: filled down from the row above"))
            elif c is None:
                cells.append(el("td", "", cls="blankcell", title="blank in print"))
            else:
                cells.append(el("td", c))
        body.append(el("tr", cells))
    parts.append(el("tbody", body))
    notes = [el("p", f"unit: {table['unit']}", cls="muted")] if table.get("unit") else []
    notes += [el("p", n, cls="muted") for n in table.get("notes") or []]
    return el("div", [el("table", parts, cls="data printed"), *notes])


def cards(name: str, rows: list[dict], title_key: str = "name") -> Raw:
    """One card per record, titled by its `title_key` field, every other field listed."""
    out = []
    for k, r in enumerate(rows):
        items = []
        for key in columns([r], _HIDDEN | _CARD_HIDDEN | {title_key}):
            items += [el("dt", key), el("dd", field_text(r, key))]
        head = [r.get(title_key) or f"{name} {k + 1}"]
        if r.get("table_id"):
            tid = r["table_id"].rsplit("/", 1)[-1]
            head += [" ", el("a", tid, href=f"#table-{tid}", cls="muted")]
        out.append(el("div", [el("h4", head), el("dl", items)], cls="card", id=f"{name}-{k}"))
    return el("div", out, cls="cards")
