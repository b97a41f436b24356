"""Figures about regions stated in running prose → `figures.json`, in any article.

A paragraph is read sentence by sentence, clause by clause. A figure is an amount with a unit
(`6 조 8,725 억 위안`, `4.2%`, `142 건`); it belongs to the nearest region named before it in
its clause, or else in its sentence (the sentence's subject). A region followed by `과의`/`보다`
is compared with, not described. Ranks come from the clause (`2 위를 기록`), from a list
closed by `순` (`A 5.7%, B 5.2%, C 5.0% 순` → 1, 2, 3, or from `6 위 이하에서는` on), or from
order words (`그 뒤를 이어`, `다음으로`: one past the last rank). A gap figure (`격차 … 1,758 억
위안`) carries no rank. The year is the nearest year written before the figure in its paragraph, else the year the
section's title or first paragraph names.
Nothing is assigned where no region precedes a figure.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache

import regex

from extract.data import tsv_rows
from extract.gazetteer import PLACES, find_regions, regions
from extract.typed.amounts import AmountError
from extract.typed.cells import amount_patterns, decimal_text, match_to_amount
from extract.typed.gdp import ranks_in, split_clauses

_SENTENCES = regex.compile(r".+?(?:다\.|$)\s*", regex.S)
_YEAR = regex.compile(r"(?<![\d.])(?:(?P<y>(?:19|20)\d{2})\s*(?:년|\.\s*\d{1,2}\s*\.)|'(?P<yy>\d{2})\s*년)")
# a year a figure is compared with (`'24년 3분기 대비`), not the year it is about
_BASE_YEAR = regex.compile(r"[^,.]{0,12}?(?:대비|보다|比)")
_RANK = regex.compile(r"(?<![\d.])(?P<n>\d{1,2})\s*위(?![안원])")
_RANK_FROM = regex.compile(r"(?P<n>\d{1,2})\s*위\s*(?:이하|부터|이후)")
_LIST_CLOSE = regex.compile(r"^\s*(?:등의\s*)?순(?:으로|이|이다|이었|서|위)?")
LEVELS = PLACES | {"country", "foreign"}
_DIGIT_AHEAD = regex.compile(r"\d")
# what marks a region as the one a gap is measured against: `상하이에`, `장쑤성과`, `광둥성보다`
_PARTNER = regex.compile(r"(?:\([^)]*\))?(?:성|시)?(?:에|과|와|보다)(?!\S*는)")
# a region right after a Latin word is part of a name (`KIC 중국은`), not a place
_IN_NAME = regex.compile(r"[A-Za-z]+\s?$")
# a year named relative to the issue's date
_RELATIVE_YEAR = {"올해": 0, "금년": 0, "지난해": -1, "작년": -1, "전년": -1, "내년": 1}
_RELATIVE = regex.compile("|".join(_RELATIVE_YEAR))


@cache
def _cues(kind: str) -> tuple[str, ...]:
    return tuple(r["phrase"] for r in tsv_rows("figure_cues.tsv") if r["kind"] == kind)


@cache
def _cue(kind: str) -> regex.Pattern[str]:
    return regex.compile("|".join(regex.escape(p) for p in _cues(kind)))


@dataclass(slots=True)
class _Region:
    start: int
    end: int
    written: str
    zh: str | None
    subject: bool  # not merely compared with (`광둥성과의`)


@cache
def _bare_ambiguous() -> tuple[regex.Pattern[str], dict[str, str]]:
    """Region spellings that are also common words (선전 宣傳, 신장 伸張): in a list of figures
    they name the region when a figure follows them directly (`선전 421 건`)."""
    names = {r.ko: r.zh for r in regions() if not r.bare and r.level in LEVELS}
    pattern = regex.compile(rf"(?<!\p{{Hangul}})(?P<name>{'|'.join(map(regex.escape, names))})"
                            rf"(?=(?:은|는|이|가|의)?\s+\d|(?P<particle>[은는이가의과와도]|\s|,))")
    return pattern, names


def _regions(text: str) -> list[_Region]:
    out = [_Region(m.start, m.end, m.written.split("(")[0], m.zh, not _cue("compared").match(text[m.end:m.end + 4]))
           for m in find_regions(text, LEVELS) if not _IN_NAME.search(text, max(0, m.start - 12), m.start)]
    pattern, names = _bare_ambiguous()
    taken = {(r.start, r.end) for r in out}
    known = sorted((r.start, r.end) for r in out)
    for m in pattern.finditer(text):
        if (m.start(), m.end()) in taken:
            continue
        # `선전 421 건`, `선전은 90.8 점`: a figure follows; `상하이와 선전이`: listed with a region;
        # `선전은 드론 산업 생산액이 1,000 억 위안을`: the topic of a sentence that states a figure
        listed = any(0 <= m.start() - end <= 3 or 0 <= start - m.end() <= 3 for start, end in known)
        topic = m["particle"] in ("은", "는", "에") and _DIGIT_AHEAD.search(text, m.end(), m.end() + 40)
        if m["particle"] is None or listed or topic:
            out.append(_Region(m.start(), m.end(), m["name"], names[m["name"]], True))
    return sorted(out, key=lambda r: r.start)


def _year_before(years: list[tuple[int, int]], pos: int, default: int | None) -> int | None:
    year = default
    for at, y in years:
        if at <= pos:
            year = y
    return year


def years_in(text: str, issue_year: int | None) -> list[tuple[int, int]]:
    """(position, year) of every year a text names: `2025 년`, `'24년`, `2025.10.13`, and
    `올해`/`지난해` counted from the issue's year. A year a figure is compared with is not one.

    >>> years_in("2024 년 상반기에 이어 올해 상반기", 2025), years_in("'24년 3분기 대비 5.8% 증가", 2025)
    ([(0, 2024), (15, 2025)], [])
    """
    found = [(m.start(), int(m["y"]) if m["y"] else 2000 + int(m["yy"])) for m in _YEAR.finditer(text)
             if not _BASE_YEAR.match(text, m.end())]
    if issue_year:
        found += [(m.start(), issue_year + _RELATIVE_YEAR[m.group()]) for m in _RELATIVE.finditer(text)
                  if not (m.group() == "전년" and text[m.end():m.end() + 3].lstrip().startswith(("대비", "동기")))]
    return sorted(found)


def block_to_figures(text: str, context_year: int | None, last_rank: int | None = None,
                     issue_year: int | None = None) -> tuple[list[dict], int | None]:
    """Figures of one paragraph, and the last rank it stated (order words in the next one go on from it).

    >>> [(f["region_ko"], f["value"], f["unit"], f["rank"]) for f in block_to_figures(
    ...     "장쑤성은 6 조 6,967 억 위안으로 광둥성과의 격차를 1,758 억 위안까지 좁히며 2 위를 기록했다.", 2025)[0]]
    [('장쑤성', '6696700000000', '위안', 2), ('장쑤성', '175800000000', '위안', None)]
    >>> [(f["region_ko"], f["value"], f["rank"]) for f in block_to_figures(
    ...     "투자 건수는 베이징 612 건, 상하이 540 건, 선전 421 건 순으로 많았으며, 항저우가 318 건으로 그 뒤를 이었다.",
    ...     2025)[0]]
    [('베이징', '612', 1), ('상하이', '540', 2), ('선전', '421', 3), ('항저우', '318', 4)]
    >>> [(f["region_ko"], f["value"], f["rank"]) for f in block_to_figures(
    ...     "수출은 허난성이 9.1%로 가장 높았고, 다음으로 윈난성 7.5%, 푸젠성 6.2% 순이었다. "
    ...     "랴오닝성의 수출은 3.4% 감소했다.", 2025)[0]]
    [('허난성', '9.1', 1), ('윈난성', '7.5', 2), ('푸젠성', '6.2', 3), ('랴오닝성', '-3.4', None)]
    """
    years = years_in(text, issue_year)
    out: list[dict] = []
    carried: _Region | None = None  # the subject the last sentence's figures were all about
    for sm in _SENTENCES.finditer(text):
        sentence, s_off = sm.group(), sm.start()
        regions = _regions(sentence)
        if not regions and carried is not None:
            # `이 중 수출은 19 조 … 늘었고`: a sentence naming no region goes on about the last one
            regions = [_Region(0, 0, carried.written, carried.zh, True)]
        if not regions:
            continue
        previous: list[dict] = []
        pending: list[tuple[int, list[dict]]] = []
        for clause, c_off in split_clauses(sentence):
            figures = _clause_figures(sentence, clause, c_off, regions)
            if not figures:
                # `…위안으로 …좁히며 | 2 위를 기록했다`: a rank standing alone ranks the clause before
                stated = stated_ranks(clause) or ([1] if _cue("first").search(clause) else [])
                ranked = [f for f in previous if not f["gap"]]  # `…증가해 | 증가율이 가장 높았다` too
                if stated and ranked and len({id(f["region"]) for f in ranked}) == 1 \
                        and all(f["rank"] is None for f in ranked):
                    for f in ranked:
                        f["rank"] = stated[0]
                    last_rank = stated[0]
                continue
            last_rank = _rank_figures(clause, c_off, figures, last_rank)
            previous = figures
            pending.append((c_off, figures))
        about = {id(f["region"]): f["region"] for _, figures in pending for f in figures}
        carried = next(iter(about.values())) if len(about) == 1 else None
        for c_off, figures in pending:
            for fig in figures:
                amount, region = fig["amount"], fig["region"]
                out.append({"region_ko": region.written, "region_zh": region.zh, "value": decimal_text(amount.value),
                            "unit": amount.unit, "rank": fig["rank"], "bound": amount.bound, "approx": amount.approx,
                            "year": _year_before(years, s_off + c_off + fig["start"], context_year),
                            "raw": amount.raw})
    return out, last_rank


def _clause_figures(sentence: str, clause: str, c_off: int, regions: list[_Region]) -> list[dict]:
    """The clause's figures, each with the region it is about."""
    figures = []
    subjects = [r for r in regions if r.subject]  # in order of position, so a figure's are found by bisection
    ends = [r.end for r in subjects]
    for start, amount, end in _amounts(clause):
        pos = c_off + start
        k = bisect_right(ends, pos)  # subjects[:k] end before the figure
        nearest = subjects[k - 1] if k else None
        if nearest is None and _RANK.search(clause, 0, start):
            # `3 위는 6.1%를 기록한 후베이성이었다`: a rank, then the figure, then its region
            nearest = next((r for r in subjects[k:k + 1] if r.end <= c_off + len(clause)), None)
        if nearest is None:
            continue
        gap = bool(_cue("gap").search(clause[max(0, start - 12):start] + " " + clause[end:end + 6]))
        if gap and k:
            # a gap is the subject's, not its partner's: `저장성은 87 개로 장쑤성과 11 개 차이로`,
            # `류저우시는 … 이는 1위인 상하이에 10만 1,800대 차이가 난다`
            own = [r for r in subjects[:k] if not _PARTNER.match(sentence, r.end)]
            in_own_clause = [r for r in own if r.start >= c_off]
            nearest = (in_own_clause or own or [nearest])[0]
        if amount.unit in ("%", "%p") and _cue("decline").match(clause[end:end + 8].lstrip(" 을를이가로으")):
            amount = replace(amount, value=-amount.value)  # `10.4% 감소`: a fall is a negative rate
        figures.append({"amount": amount, "region": nearest, "start": start, "gap": gap, "rank": None})
    each = [r for r in regions if r.subject and c_off <= r.start] if _cue("each").search(clause) else []
    if len(each) > 1 and len(figures) == 1:
        # `후베이성과 안후이성에도 각각 50 개 이상`: one figure stated for every region listed
        figures = [{**figures[0], "region": r} for r in each if r.end <= c_off + figures[0]["start"]]
    elif len(each) > 1 and len(figures) == len(each):
        for f, r in zip(figures, each):
            f["region"] = r
    return figures


def _amounts(clause: str):
    """(start, amount, end) of every amount with a unit in a clause."""
    for m in amount_patterns()[1].finditer(clause):
        if not m["unit"]:
            continue
        try:
            yield m.start(), match_to_amount(m, None), m.end()
        except AmountError:
            continue


def _rank_figures(clause: str, c_off: int, figures: list[dict], last_rank: int | None) -> int | None:
    """Give the clause's figures their ranks; return the last rank stated."""
    listed = [f for f in figures if not f["gap"]]
    by_region: dict[int, list[dict]] = {}
    for f in listed:
        by_region.setdefault(id(f["region"]), []).append(f)
    regions_in_order = list(by_region)
    tail = clause[max(f["start"] for f in figures):]
    closes_list = any(_LIST_CLOSE.match(clause[m.end():]) for m in regex.finditer(r"[%\p{Hangul}]", tail[:12])) \
        or bool(regex.search(r"\s순(?:으로|이|이다|이었|서)?", tail))
    follows = last_rank is not None and bool(_cue("next").search(clause))
    if len(regions_in_order) >= 2 and (closes_list or follows):
        # `A 5.7%, B 5.2% 순`; `다음으로 B, C 순` and `B, C가 뒤를 이었다` go on from the last rank
        start = _RANK_FROM.search(clause)
        first = int(start["n"]) if start else (last_rank + 1 if follows else 1)
        for k, rid in enumerate(regions_in_order):
            for f in by_region[rid]:
                f["rank"] = first + k
        return first + len(regions_in_order) - 1
    stated = stated_ranks(clause)
    if len(stated) == len(regions_in_order) > 1:
        # `허난성(…)과 쓰촨성(…)이 각각 5 위와 6 위에`: ranks in the order of the regions
        for rank, rid in zip(stated, regions_in_order):
            for f in by_region[rid]:
                f["rank"] = rank
        return stated[-1]
    if stated and len(regions_in_order) == 1:
        for f in listed:
            f["rank"] = stated[0]
        return stated[0]
    if len(regions_in_order) == 1 and last_rank is not None and _cue("next").search(clause):
        for f in listed:
            f["rank"] = last_rank + 1
        return last_rank + 1
    if _cue("first").search(clause) and len(regions_in_order) == 1:
        for f in listed:
            f["rank"] = 1
        return 1
    return last_rank


def stated_ranks(clause: str) -> list[int]:
    """Ranks a clause states, in order: `3 위`, `2, 3 위`, `5 위와 6 위`, `3~5 위`.

    >>> stated_ranks("상하이와 선전이 2, 3 위를 차지"), stated_ranks("각각 5 위와 6 위에 올랐다")
    ([2, 3], [5, 6])
    """
    ranks, _ = ranks_in(clause)
    return ranks


_PERIOD = regex.compile(r"(?<![\d.])(?:(?P<month>1[0-2]|[1-9])\s*월|(?P<quarter>[1-4])\s*분기|(?P<half>상|하)반기)")


def period_year(text: str, issue_date) -> int | None:
    """The year of a period a text names without its year (`9 월`, `3 분기`, `상반기`): the latest
    such period that began on or before the issue's date, as a weekly reports recent periods.

    >>> import datetime as dt
    >>> period_year("9 월 중국 스타트업 투자", dt.date(2025, 10, 17)), period_year("11 월 동향", dt.date(2025, 10, 3))
    (2025, 2024)
    """
    m = _PERIOD.search(text)
    if not m or issue_date is None:
        return None
    first_month = (int(m["month"]) if m["month"] else 3 * int(m["quarter"]) - 2 if m["quarter"]
                   else 1 if m["half"] == "상" else 7)
    return issue_date.year if first_month <= issue_date.month else issue_date.year - 1


def section_year(section: dict, issue_year: int | None, issue_date=None) -> int | None:
    """The year a section's title or first paragraph names first: the year its figures refer to
    when a sentence names none. A period named there without its year (`9 월`) is the latest one."""
    texts = [section["title"]] + [b["text"] for b in section["blocks"][:2] if b["text"]]
    for text in texts:
        found = years_in(text, issue_year)
        if found:
            return found[0][1]
    return next((y for y in (period_year(t, issue_date) for t in texts) if y), None)


def build_figures(ctx):
    records, used = [], set()
    for section in ctx.sections:
        year = section_year(section, ctx.issue_year, ctx.issue_date)
        last_rank = None
        for block in section["blocks"]:
            if block["kind"] not in ("paragraph", "list_item") or not block["text"]:
                last_rank = None if block["kind"] == "heading" else last_rank
                continue
            figures, last_rank = block_to_figures(block["text"], year, last_rank, ctx.issue_year)
            for fig in figures:
                records.append({"issue_id": ctx.issue_id, "section_id": section["section_id"], **fig,
                                "line": block["line_start"]})
    return records, used
