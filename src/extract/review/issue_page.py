"""One issue's review page: summary, warnings, source beside what it became, tables as printed
and as typed, every dataset's records, the names read from the issue."""

from __future__ import annotations

from dataclasses import dataclass

from kic_extract.review.chart import figure_charts
from kic_extract.review.datasets import cards, printed_table, records_table, typed_marks
from kic_extract.review.lines import line_refs, line_roles, name_refs, spelling_lines
from kic_extract.review.load import Source
from kic_extract.review.markup import Raw, cell, data_table, el, join, line_link, plain
from kic_extract.review.page import page
from kic_extract.review.source_view import source_table, summary

#: datasets drawn in their own way on the page (every other dataset gets a table of its records)
STRUCTURAL = ("issues", "sections", "tables")
#: datasets shown as cards, by the field that titles a card
CARD_TITLES = {"companies": "name"}


@dataclass(slots=True)
class IssueView:
    """What the page of one issue is made from."""

    entry: dict                      # the manifest's input entry
    records: dict[str, list[dict]]   # the issue's records by dataset (datasets with `issue_id`)
    warnings: list[dict]
    coverage: dict | None
    source: Source
    glossary: list[dict]             # the whole glossary: entries are shown where this issue uses them
    names: dict[int, list[int]] | None = None  # line → glossary entries read there (`name_refs`), if known
    spellings: dict[tuple[int, int], list[int]] | None = None  # (entry, spelling) → lines (`spelling_lines`)


def is_figures(rows: list[dict]) -> bool:
    """Records shaped as regional figures (a chart compares them)."""
    return bool(rows) and all(k in rows[0] for k in ("metric", "value", "unit", "region_ko"))


def _title(view: IssueView) -> str:
    issue = (view.records.get("issues") or [{}])[0]
    bits = [issue.get("title") or view.entry["issue_id"]]
    if issue.get("number"):
        bits.append(f"제{issue['number']}호")
    if issue.get("date"):
        bits.append(str(issue["date"]))
    return " · ".join(bits)


def _summary(view: IssueView) -> Raw:
    issue = (view.records.get("issues") or [{}])[0]
    masthead = [(k, v) for k, v in issue.items()
                if k not in ("issue_id", "toc", "categories", "line_start", "line_end")]
    cov = view.coverage or {}
    coverage = [("input", view.entry["path"]), ("format", view.entry.get("format")),
                ("encoding", view.entry.get("encoding")), ("non-blank lines", cov.get("lines_nonblank")),
                ("assigned to records", cov.get("lines_assigned")),
                ("page furniture", len(cov.get("furniture") or [])), ("dropped", len(cov.get("unassigned") or []))]
    anchors = {"issues": "#toc", "tables": "#tables"}
    counts = [(name, el("a", str(len(rows)), href=anchors.get(name, f"#ds-{name}")))
              for name, rows in view.records.items()]
    counts.append(("names", el("a", str(len(_used(view))), href="#names")))

    def dl(title, items):
        body = [x for k, v in items for x in (el("dt", k), el("dd", v if isinstance(v, Raw) else plain(v)))]
        return el("div", [el("h3", title), el("dl", body)])

    return el("div", [dl("masthead", masthead), dl("coverage", coverage), dl("records", counts)], cls="summary")


def _name_lines(view: IssueView) -> dict[int, list[int]]:
    if view.names is None:
        view.names = name_refs(view.glossary).get(view.entry["issue_id"], {})
    return view.names


def _used(view: IssueView) -> list[int]:
    """Glossary entries the issue uses: read on one of its lines, or listing it among their issues."""
    issue_id = view.entry["issue_id"]
    found = {k for ks in _name_lines(view).values() for k in ks}
    if not found:
        found = {k for k, e in enumerate(view.glossary)
                 if any(issue_id in (s.get("issue_ids") or []) for s in e.get("seen") or [])}
    return sorted(found)


def _warnings(view: IssueView) -> Raw:
    items = []
    for w in view.warnings:
        code = el("span", w["code"], cls="code")
        if w.get("line"):
            items.append(el("li", el("a", [el("span", f"L{w['line']}", cls="ln"), " ", code, " ", w["message"]],
                                     href=f"#L{w['line']}", cls="warn", data_line=w["line"])))
        else:
            items.append(el("li", [code, " ", w["message"], " ", el("span", "(no line)", cls="muted")]))
    body = el("ul", items, cls="warnings") if items else el("p", "No warnings.", cls="muted")
    return join([el("h2", f"Warnings ({len(view.warnings)})", id="warnings"), body])


def _toc(issue: dict) -> Raw:
    rows = []
    for k, e in enumerate(issue.get("toc") or []):
        sid = e.get("section_id")
        target = el("a", sid.rsplit("/", 1)[-1], href=f"#sec-{sid.rsplit('/', 1)[-1]}") if sid else "no article"
        rows.append([cell(k + 1), el("td", el("a", f"L{e['line_start']}", href=f"#L{e['line_start']}-{e['line_end']}",
                                                cls="ln")),
                     cell(e.get("category")), cell(e.get("tag")), cell(e.get("title")), cell(e.get("source")),
                     cell(e.get("source_zh"), lang="zh"), cell(e.get("page")), el("td", target)])
    return data_table(["#", "line", "category", "tag", "title", "source", "source_zh", "page", "article"], rows)


def _sections(sections: list[dict]) -> Raw:
    rows = []
    for s in sections:
        sid = s["section_id"].rsplit("/", 1)[-1]
        kinds: dict[str, int] = {}
        for b in s.get("blocks") or []:
            kinds[b["kind"]] = kinds.get(b["kind"], 0) + 1
        rows.append(el("tr", [cell(sid), el("td", line_link(s["title_line"])),
                              el("td", el("a", f"L{s['line_start']}–{s['line_end']}",
                                          href=f"#L{s['line_start']}-{s['line_end']}", cls="ln")),
                              cell(s.get("category")), cell(s.get("seq")), cell(s.get("tag")), cell(s.get("title")),
                              cell(s.get("source")), cell(s.get("source_zh"), lang="zh"), cell(s.get("page_start")),
                              cell(", ".join(f"{k} {n}" for k, n in kinds.items()))], id=f"sec-{sid}"))
    return data_table(["id", "heading", "lines", "category", "seq", "tag", "title", "source", "source_zh", "page",
                       "blocks"], rows)


def _tables(view: IssueView) -> Raw:
    out = []
    typed = {n: rows for n, rows in view.records.items() if n not in STRUCTURAL}
    for table in view.records.get("tables") or []:
        tid = table["table_id"].rsplit("/", 1)[-1]
        right = []
        for name, rows in typed.items():
            mine = [r for r in rows if r.get("table_id") == table["table_id"]]
            if mine:
                right += [el("h4", f"as typed: {name} ({len(mine)})"),
                          records_table(name, mine, anchors=False, marks=typed_marks(table, mine))]
        if not right:
            right = [el("p", "no typed records from this table", cls="muted")]
        head = el("h3", [f"{tid} · {table.get('kind')} · ", line_link(table["line_start"]),
                         f"–{table['line_end']} · {table['section_id'].rsplit('/', 1)[-1]}"])
        out.append(el("div", [head, el("div", [el("div", [el("h4", "as printed"), printed_table(table)]),
                                               el("div", right)], cls="pair")], id=f"table-{tid}"))
    return join([el("h2", f"Tables ({len(out)})", id="tables"), *out])


def _datasets(view: IssueView) -> Raw:
    out = []
    for name, rows in view.records.items():
        if name in STRUCTURAL:
            continue
        parts = [el("h2", f"{name} ({len(rows)})", id=f"ds-{name}")]
        if is_figures(rows):
            parts += figure_charts(name, rows)
        if name in CARD_TITLES:
            parts.append(cards(name, rows, CARD_TITLES[name]))
        else:
            parts.append(el("div", records_table(name, rows), cls="scroll"))
        out.append(join(parts))
    return join(out)


def _names(view: IssueView) -> Raw:
    issue_id = view.entry["issue_id"]
    if view.spellings is None:
        view.spellings = spelling_lines(view.glossary).get(issue_id, {})
    by_entry: dict[int, list[tuple[int, list[int]]]] = {}
    for (k, j), lines in sorted(view.spellings.items()):
        by_entry.setdefault(k, []).append((j, lines))
    rows = []
    for k in _used(view):
        e = view.glossary[k]
        spellings = []
        for j, lines in by_entry.get(k, []):
            s = e["seen"][j]
            links = [x for n in dict.fromkeys(lines) for x in (" ", line_link(n))]
            spellings.append(el("div", [f"{s['text']} ({s['form']})", *links]))
        rows.append(el("tr", [cell(e.get("zh"), lang="zh-Hans"), cell(e.get("zh_hant"), lang="zh-Hant"),
                              cell(e.get("pinyin")), cell(e.get("ko")), cell(e.get("ko_sino")), cell(e.get("kind")),
                              el("td", spellings)], id=f"name-{k}"))
    table = data_table(["zh", "zh_hant", "pinyin", "ko (standard)", "ko_sino (reading)", "kind",
                        "spellings here (form, lines)"], rows)
    return join([el("h2", f"Names ({len(rows)})", id="names"), table])


def render_issue(view: IssueView, index_href: str = "../index.html", glossary_href: str = "../glossary.html") -> str:
    """The HTML of one issue's page."""
    issue_id = view.entry["issue_id"]
    issue = (view.records.get("issues") or [{}])[0]
    problems = [p for p in (view.entry.get("error"), view.source.problem) if p]
    by_line: dict[int, list[dict]] = {}
    for w in view.warnings:
        if w.get("line"):
            by_line.setdefault(w["line"], []).append(w)
    roles = line_roles(view.source.lines, view.records, view.coverage)
    refs = {no: [(n, k, summary(view.records[n][k])) for n, k in hits]
            for no, hits in line_refs(view.records, STRUCTURAL).items()}
    names = {no: [(k, view.glossary[k]["zh"]) for k in ks] for no, ks in _name_lines(view).items()}
    controls = el("div", Raw('<label><input type="checkbox" id="only-warnings"> only lines with warnings</label>'
                             f' <span class="muted">· {len(by_line)} lines with warnings</span>'), cls="controls")
    body = [el("h1", _title(view)), el("p", issue_id, cls="muted"),
            *[el("p", p, cls="problem") for p in problems],
            _summary(view), _warnings(view),
            el("h2", "Source and what it became", id="source"), controls,
            source_table(view.source.lines, roles, by_line, refs, names),
            el("h2", f"Table of contents ({len(issue.get('toc') or [])})", id="toc"), _toc(issue),
            el("h2", f"Sections ({len(view.records.get('sections') or [])})", id="ds-sections"),
            _sections(view.records.get("sections") or []),
            _tables(view), _datasets(view), _names(view)]
    links = [("All issues", index_href), ("Glossary", glossary_href), ("Warnings", "#warnings"),
             ("Source", "#source"), ("Tables", "#tables")]
    links += [(n, f"#ds-{n}") for n in view.records if n not in STRUCTURAL] + [("Names", "#names")]
    nav = join(el("a", text, href=href) for text, href in links)
    return page(_title(view), nav, join(body), "issue")
