"""The glossary page: every Chinese name, its standard Korean form and Sino-Korean reading, and
each spelling the issues use, linked to the lines it was read from. Sortable by any column."""

from __future__ import annotations

from kic_extract.review.markup import Raw, cell, data_table, el, join
from kic_extract.review.page import page

MAX_REFS = 12


def _spelling(seen: dict, page_of: dict[str, str]) -> Raw:
    """A spelling, its form and count, and the lines it was read from, grouped by issue."""
    refs = seen.get("refs") or []
    by_issue: dict[str, list[int]] = {}
    for r in refs[:MAX_REFS]:
        lines = by_issue.setdefault(r.get("issue_id"), [])
        if r.get("line") not in lines:  # a line naming the place twice is linked once
            lines.append(r.get("line"))
    groups = []
    for iid, lines in by_issue.items():
        href = page_of.get(iid)
        links = [el("a", f"L{n}", href=f"{href}#L{n}", cls="ln") if href else f"L{n}" for n in lines]
        groups.append(el("span", [f" {iid}: ", *sum(([x, " "] for x in links), [])], cls="refs"))
    more = [el("span", f" +{len(refs) - MAX_REFS} more", cls="muted")] if len(refs) > MAX_REFS else []
    return el("div", [el("b", seen.get("text")), f" {seen.get('form')} ×{seen.get('count')}", *groups, *more])


def render_glossary(entries: list[dict], page_of: dict[str, str]) -> str:
    """The glossary page; `page_of` maps an issue id to its page's path relative to this page."""
    rows = []
    for k, e in enumerate(entries):
        rows.append(el("tr", [
            cell(e.get("zh"), lang="zh-Hans"), cell(e.get("zh_hant"), lang="zh-Hant"),
            cell(", ".join(e.get("zh_written") or []) or None, lang="zh"),
            cell(e.get("pinyin")), cell(e.get("ko")), cell(e.get("ko_sino")), cell(e.get("kind")),
            el("td", [_spelling(s, page_of) for s in e.get("seen") or []]),
        ], id=f"name-{k}"))
    table = data_table(["zh", "zh_hant", "written", "pinyin", "ko (standard)", "ko_sino (reading)", "kind",
                        "spellings (form, count, lines)"], rows, id="glossary")
    nav = join([el("a", "All issues", href="index.html"), el("a", "Glossary", href="glossary.html")])
    body = [el("h1", f"Glossary ({len(entries)} names)"),
            el("p", "Standard form under the rules for Chinese of 외래어 표기법; reading in Sino-Korean. "
                    "Click a column to sort.", cls="muted"), table]
    return page("Glossary", nav, join(body), "glossary")
