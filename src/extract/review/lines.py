"""What each raw line of an issue became, worked out from the records alone.

Every record names its lines (`line`, `line_start`/`line_end`, `row_lines`, `title_line`, a
section's `blocks`, the manifest's coverage). `line_roles` gives each line one role, the most
specific record that claims it; `record_lines` finds the lines of a record of any dataset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: issue-record keys that are not masthead fields
_NOT_MASTHEAD = frozenset({"issue_id", "toc", "categories", "line_start", "line_end"})
_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\D+")


@dataclass(slots=True)
class Role:
    """What one raw line became: a kind (also its CSS class), a label, and the record's text
    on the record's first line (`cont` marks the lines a record continues over)."""

    kind: str
    label: str
    text: str | None = None
    anchor: str | None = None
    cont: bool = False
    fixes: list[str] = field(default_factory=list)


def _squash(text: str) -> str:
    return _SPACE.sub("", text).casefold()


def record_lines(record: dict) -> list[int]:
    """Every raw line a record names, in order, without repeats.

    >>> record_lines({"line_start": 3, "line_end": 5, "award_line": 9, "row_lines": [4, 7]})
    [3, 4, 5, 7, 9]
    >>> record_lines({"line": 12, "page": 2})
    [12]
    """
    found: set[int] = set()
    start, end = record.get("line_start"), record.get("line_end")
    if isinstance(start, int) and isinstance(end, int) and end >= start:
        found.update(range(start, end + 1))
    for key, value in record.items():
        if key in ("line_start", "line_end"):
            continue
        if (key == "line" or key.endswith("_line")) and isinstance(value, int):
            found.add(value)
        elif (key == "lines" or key.endswith("_lines")) and isinstance(value, list):
            found.update(v for v in value if isinstance(v, int))
    return sorted(found)


def masthead_fields(issue: dict, text: str) -> list[str]:
    """The masthead fields of the issue record whose value the raw line prints (spacing aside).

    >>> masthead_fields({"number": 268, "date": "2022-02-23", "director": "김종문"}, "제 268 호 (2022. 02. 23)")
    ['number', 'date']
    >>> masthead_fields({"title": "주간 창업", "rights": "‘주간 창업’의 저작권"}, "‘주간 창업’ 의 저작권")
    ['rights']
    """
    squashed, digits = _squash(text), _DIGITS.sub("", text)
    found = []
    for key, value in issue.items():
        if key in _NOT_MASTHEAD or value is None or isinstance(value, (list, dict, bool)):
            continue
        if isinstance(value, int):
            hit = re.search(rf"(?<!\d){value}(?!\d)", text) is not None
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
            hit = _DIGITS.sub("", str(value)) in digits
        else:
            hit = _squash(str(value)) in squashed
        if hit:
            found.append(key)
    # a value printed inside a longer one on the same line (the title quoted in the rights line) is not that field
    values = {key: _squash(str(issue[key])) for key in found}
    return [k for k in found if not any(k != o and values[k] in values[o] and values[k] != values[o] for o in found)]


def _cells(row: list) -> str:
    return " | ".join("∅" if c is None else str(c) for c in row)


def _table_roles(table: dict, lines: list[str], roles: dict[int, Role]) -> None:
    tid = table["table_id"].rsplit("/", 1)[-1]
    anchor = f"table-{tid}"
    rows = dict(zip(table.get("row_lines") or [], table.get("rows") or []))
    for k, (no, row) in enumerate(rows.items(), start=1):
        roles[no] = Role("table_row", f"{tid} row {k}", _cells(row), anchor)
    first_row = min(rows) if rows else table["line_end"] + 1
    last_row = max(rows) if rows else table["line_start"] - 1
    before = [no for no in range(table["line_start"], first_row) if no <= len(lines) and lines[no - 1]]
    parts = ([("table_title", "title", table.get("title"))] if table.get("title") else []) + \
        ([("table_header", "header", _cells(table["header"]))] if table.get("header") else [])
    for no, (kind, what, text) in zip(before, parts):
        roles[no] = Role(kind, f"{tid} {what}", text, anchor)
    notes = list(table.get("notes") or [])
    for no in range(last_row + 1, table["line_end"] + 1):
        if no <= len(lines) and lines[no - 1]:
            roles[no] = Role("table_note", f"{tid} note", notes.pop(0) if notes else None, anchor)


def line_roles(lines: list[str], records: dict[str, list[dict]], coverage: dict | None) -> dict[int, Role]:
    """The role of every line of an issue (1-based), from its issues, sections and tables records
    and its manifest coverage. Lines no record claims are `unclaimed`; blank lines `blank`."""
    roles: dict[int, Role] = {}
    issue = (records.get("issues") or [{}])[0]
    toc = issue.get("toc") or []
    sections = records.get("sections") or []
    categories = {_squash(e["category"]) for e in toc if e.get("category")}
    starts = [e["line_start"] for e in toc] + [s["title_line"] for s in sections]
    starts += [c["line"] for c in issue.get("categories") or []]
    head_end = min(starts) if starts else issue.get("line_end", 0) + 1
    toc_end = max((e["line_end"] for e in toc), default=0)
    for no in range(issue.get("line_start", 1), max(head_end, toc_end + 1)):
        text = lines[no - 1] if no <= len(lines) else ""
        if not text:
            continue
        if _squash(text) in categories:
            roles[no] = Role("toc_category", "TOC category", text)
        elif no < head_end:
            fields = masthead_fields(issue, text)
            label = "masthead: " + ", ".join(fields) if fields else "masthead (no field)"
            roles[no] = Role("masthead", label, "; ".join(f"{f} = {issue[f]}" for f in fields) or None)
    for k, entry in enumerate(toc):
        target = entry.get("section_id")
        text = " · ".join(str(entry[f]) for f in ("tag", "title", "source") if entry.get(f))
        for no in range(entry["line_start"], entry["line_end"] + 1):
            roles[no] = Role("toc", f"TOC entry {k + 1}" + ("" if target else " (no article)"), text,
                             f"sec-{target.rsplit('/', 1)[-1]}" if target else None, cont=no > entry["line_start"])
    for heading in issue.get("categories") or []:
        roles[heading["line"]] = Role("category", "category heading", heading["category"])
    for section in sections:
        sid = section["section_id"].rsplit("/", 1)[-1]
        for block in section.get("blocks") or []:
            if block["kind"] == "table":
                continue
            label = block["kind"] + (f" {block['level']}" if block.get("level") else "")
            text = ((block.get("marker") or "") + " " + block["text"]).strip() if block.get("text") else None
            for no in range(block["line_start"], block["line_end"] + 1):
                first = no == block["line_start"]
                roles[no] = Role(block["kind"], f"{sid} {label}", text if first else None, f"sec-{sid}",
                                 cont=not first, fixes=list(block.get("fixes") or []) if first else [])
        title = f"{section['seq']}. {section['title']}" + (f" — {section['source']}" if section.get("source") else "")
        roles[section["title_line"]] = Role("section_heading", f"{sid} heading", title, f"sec-{sid}",
                                            fixes=list(section.get("fixes") or []))
    for table in records.get("tables") or []:
        _table_roles(table, lines, roles)
    coverage = coverage or {}
    for no in coverage.get("furniture") or []:
        roles[no] = Role("furniture", "page furniture (dropped)")
    for no in coverage.get("repeated") or []:
        roles[no] = Role("furniture", "table header printed again on a new page (dropped)")
    for no in coverage.get("unassigned") or []:
        roles[no] = Role("dropped", "dropped: belongs to no record")
    for no, text in enumerate(lines, start=1):
        if no not in roles:
            roles[no] = Role("blank", "") if not text else Role("unclaimed", "read by a typed dataset")
    return roles


def line_refs(records: dict[str, list[dict]], skip: tuple[str, ...] = ("issues", "sections", "tables")) -> dict[int, list[tuple[str, int]]]:
    """For each line, the (dataset, index) of every record of the other datasets that names it.

    >>> line_refs({"gdp": [{"line": 4}, {"line": 4}], "issues": [{"line_start": 1, "line_end": 9}]})
    {4: [('gdp', 0), ('gdp', 1)]}
    """
    out: dict[int, list[tuple[str, int]]] = {}
    for name, rows in records.items():
        if name in skip:
            continue
        for k, row in enumerate(rows):
            for no in record_lines(row):
                out.setdefault(no, []).append((name, k))
    return out


def name_refs(entries: list[dict]) -> dict[str, dict[int, list[int]]]:
    """For each issue and line, the index of every glossary entry with a spelling read there
    (one pass over the glossary for all issues).

    >>> name_refs([{"seen": [{"refs": [{"issue_id": "a", "line": 3}, {"issue_id": "b", "line": 3}]}]}])
    {'a': {3: [0]}, 'b': {3: [0]}}
    """
    out: dict[str, dict[int, list[int]]] = {}
    for k, entry in enumerate(entries):
        for seen in entry.get("seen") or []:
            for ref in seen.get("refs") or []:
                if isinstance(ref.get("line"), int) and ref.get("issue_id") is not None:
                    hits = out.setdefault(ref["issue_id"], {}).setdefault(ref["line"], [])
                    if not hits or hits[-1] != k:
                        hits.append(k)
    return out


def spelling_lines(entries: list[dict]) -> dict[str, dict[tuple[int, int], list[int]]]:
    """For each issue, the lines each spelling (entry k, spelling j) was read from there.

    >>> spelling_lines([{"seen": [{"refs": [{"issue_id": "a", "line": 3}, {"issue_id": "a", "line": 9}]}]}])
    {'a': {(0, 0): [3, 9]}}
    """
    out: dict[str, dict[tuple[int, int], list[int]]] = {}
    for k, entry in enumerate(entries):
        for j, seen in enumerate(entry.get("seen") or []):
            for ref in seen.get("refs") or []:
                if isinstance(ref.get("line"), int) and ref.get("issue_id") is not None:
                    out.setdefault(ref["issue_id"], {}).setdefault((k, j), []).append(ref["line"])
    return out
