"""Match table-of-contents entries to body sections, fill pages and categories, and warn where
the two disagree."""

from __future__ import annotations

from rapidfuzz.distance import Indel

from kic_extract.compiled import compiled
from kic_extract.report import Report
from kic_extract.segment.toc import names_source
from kic_extract.settings import Settings

_NOT_WORD = compiled(r"[^\p{L}\p{N}]+")
# a name in round brackets closing a contents entry (`… 순위: 동서 격차 여전 (국가통계국)`), perhaps opening with a number
# (`… 경제 동향 (21 세기경제보도)`; not a count or a date, `(3 곳)`, `(2036 년 상반기)`)
_BRACKETED_LAST = compiled(r"\s+\((?P<name>[^()\d\p{Han}]+|\d+\s*\p{Hangul}{4,}[^()\d\p{Han}]*)\)$")


def skeleton(text: str | None) -> str:
    """Letters and digits only, for comparing titles printed with different spacing and marks.

    >>> skeleton("14차 5개년 계획: 중관춘 건설계획") == skeleton("14 차 5 개년 계획 : 중관춘 건설계획")
    True
    """
    return _NOT_WORD.sub("", text or "").lower()


def similarity(a: str | None, b: str | None, cutoff: float = 0.0) -> float:
    """Similarity of two titles' skeletons, 0 to 1: twice their longest common subsequence over
    their total length (rapidfuzz's Indel similarity); 0 below `cutoff`.

    >>> round(similarity("14차 5개년 계획: 중관춘 건설계획", "14차 5개년 계획: 중관촌 건설계획"), 2)
    0.93
    """
    return Indel.normalized_similarity(skeleton(a), skeleton(b), score_cutoff=cutoff)


def _align(toc: list[dict], sections: list[dict], threshold: float) -> dict[int, int]:
    """Order-preserving alignment of sections to TOC entries maximizing total similarity."""
    n, m = len(sections), len(toc)
    toc_keys = [skeleton(t["title"]) for t in toc]  # each title's skeleton once, not once per pair
    score = [[Indel.normalized_similarity(own, key, score_cutoff=threshold) for key in toc_keys]
             for own in (skeleton(s["title"]) for s in sections)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = score[i][j] + best[i + 1][j + 1] if score[i][j] >= threshold else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = {}, 0, 0
    while i < n and j < m:
        if score[i][j] >= threshold and best[i][j] == score[i][j] + best[i + 1][j + 1]:
            pairs[i] = j
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def reconcile(toc: list[dict], sections: list[dict], settings: Settings, report: Report) -> None:
    """Link sections and TOC entries in place; fill pages and missing categories from the TOC."""
    pairs = _align(toc, sections, settings.toc_match_threshold)
    for i, section in enumerate(sections):
        j = pairs.get(i)
        section["toc_index"] = j
        section["page_start"] = toc[j]["page"] if j is not None else None
        section["page_end"] = None
        if j is None:
            if toc:
                report.warn("section_not_in_toc", f"section {section['seq']}. {section['title'][:40]!r} has no TOC entry",
                            section["title_line"])
            continue
        entry = toc[j]
        entry["section_id"] = section["section_id"]
        where = f"TOC line {entry['line_start']}"
        if not entry["source"] and (last := _BRACKETED_LAST.search(entry["title"])) and names_source(last["name"]) \
                and skeleton(entry["title"][:last.start()]) == skeleton(section["title"]):
            # a name the contents add in brackets to the article's heading is its source, as a dash gives one
            entry["title"], entry["source"] = entry["title"][:last.start()], last["name"].strip()
        if skeleton(entry["title"]) != skeleton(section["title"]):
            report.warn("toc_title_differs", f"title {section['title']!r} is {entry['title']!r} in the TOC ({where})",
                        section["title_line"])
        for field in ("tag", "source", "source_zh"):
            if entry[field] and section[field] and skeleton(entry[field]) != skeleton(section[field]):
                report.warn(f"toc_{field}_differs", f"{field} {section[field]!r} is {entry[field]!r} in the TOC ({where})",
                            section["title_line"])
        if section["category"] is None and entry["category"] is not None:
            section["category"] = entry["category"]
            section["category_inferred"] = True
        elif entry["category"] and section["category"] != entry["category"]:
            report.warn("toc_category_differs",
                        f"section under {section['category']!r} is listed under {entry['category']!r} ({where})",
                        section["title_line"])
    # a group of articles with no heading of its own takes the category its matched articles share
    groups: dict[int, set] = {}
    for section in sections:
        if section["category_inferred"]:
            groups.setdefault(section["group"], set()).add(section["category"])
    for section in sections:
        cats = groups.get(section["group"], set())
        if section["category"] is None and len(cats) == 1:
            section["category"], section["category_inferred"] = next(iter(cats)), True
    inferred_groups = set()
    for section in sections:
        if section["category_inferred"] and section["group"] not in inferred_groups:
            inferred_groups.add(section["group"])
            report.warn("category_inferred", f"no {section['category']!r} heading in the body; category taken from the TOC",
                        section["title_line"])
    for entry in toc:
        if entry["section_id"] is None:
            report.warn("toc_entry_not_in_body", f"TOC entry {entry['title'][:40]!r} (p{entry['page']}) has no article in the body",
                        entry["line_start"])
