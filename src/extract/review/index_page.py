"""The site's index: one row per input of the manifest, with its counts, warnings and coverage."""

from __future__ import annotations

from collections import Counter

from kic_extract.review.issue_page import STRUCTURAL, is_figures
from kic_extract.review.markup import Raw, cell, data_table, el, join
from kic_extract.review.page import page


def names_per_issue(glossary: list[dict]) -> Counter:
    """How many glossary entries each issue uses.

    >>> sorted(names_per_issue([{"seen": [{"issue_ids": ["a", "b"]}, {"issue_ids": ["a"]}]}]).items())
    [('a', 1), ('b', 1)]
    """
    counts: Counter = Counter()
    for entry in glossary:
        counts.update({i for s in entry.get("seen") or [] for i in s.get("issue_ids") or []})
    return counts


def _coverage(cov: dict | None) -> Raw:
    if not cov:
        return el("td", "—", data_v="")
    nonblank, assigned = cov.get("lines_nonblank") or 0, cov.get("lines_assigned") or 0
    share = assigned / nonblank if nonblank else 1.0
    text = f"{assigned}/{nonblank} ({share:.0%})"
    extra = [f"{len(cov.get('furniture') or [])} furniture"] if cov.get("furniture") else []
    if cov.get("unassigned"):
        extra.append(f"{len(cov['unassigned'])} dropped")
    return el("td", [text, el("div", ", ".join(extra), cls="muted") if extra else ""], data_v=f"{share:.6f}")


def render_index(manifest: dict, by_issue: dict[str, dict[str, list[dict]]], glossary: list[dict],
                 page_of: dict[str, str]) -> str:
    """The index page; `page_of` maps an issue id to its page's path relative to the index."""
    warnings: dict[str, Counter] = {}
    for w in manifest.get("warnings") or []:
        warnings.setdefault(w["issue_id"], Counter())[w["code"]] += 1
    names = names_per_issue(glossary)
    rows = []
    for entry in manifest.get("inputs") or []:
        iid = entry["issue_id"]
        records = by_issue.get(iid, {})
        issue = (records.get("issues") or [{}])[0]
        figures = sum(len(rows) for rows in records.values() if is_figures(rows))
        typed = [f"{n} {len(r)}" for n, r in records.items() if n not in STRUCTURAL and not is_figures(r)]
        kinds = warnings.get(iid, Counter())
        chips = [el("a", [el("span", code, cls="code"), f" {n}"], href=f"{page_of[iid]}#warnings", cls="chip")
                 for code, n in sorted(kinds.items())]
        link = el("a", iid, href=page_of[iid]) if iid in page_of else iid
        rows.append(el("tr", [
            el("td", [link, el("div", entry["error"], cls="problem") if entry.get("error") else ""]),
            cell(issue.get("number")), cell(issue.get("date")), cell(issue.get("title")),
            cell(len(records.get("sections") or [])), cell(len(records.get("tables") or [])),
            cell(figures), cell(names.get(iid, 0)), cell(", ".join(typed) or None),
            el("td", chips, data_v=sum(kinds.values())), _coverage((manifest.get("coverage") or {}).get(iid)),
        ]))
    failed = sum(1 for e in manifest.get("inputs") or [] if e.get("error"))
    total = len(manifest.get("inputs") or [])
    head = [el("h1", "Extraction review"),
            el("p", f"{total} inputs, {failed} failed, {len(manifest.get('warnings') or [])} warnings. "
                    "Each issue's page shows its source lines beside what they became; click a column to sort.",
               cls="muted")]
    table = data_table(["issue", "number", "date", "title", "sections", "tables", "figures", "names", "other records",
                        "warnings", "coverage"], rows, id="issues")
    nav = join([el("a", "All issues", href="index.html"), el("a", "Glossary", href="glossary.html")])
    return page("Extraction review", nav, join([*head, el("div", table, cls="scroll")]), "index")
