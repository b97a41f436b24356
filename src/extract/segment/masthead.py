"""The masthead: the issue's title, number, date, publisher and contacts."""

from __future__ import annotations

import datetime as dt

import regex

from kic_extract.clean import fix_text
from kic_extract.clean.pagebreaks import Chunk
from kic_extract.report import Report
from kic_extract.segment.patterns import DATE

_NUMBER = regex.compile(r"(?<!\p{Hangul})제\s*(?P<n>\d{1,5})\s*호(?!\p{Hangul})|(?<![A-Za-z])(?:No|Vol)\.?\s*(?P<no>\d{1,5})(?!\d)")
_DATE = regex.compile(rf"(?<!\d){DATE}(?!\d)")
_FIELDS = {
    "publisher": regex.compile(r"^발행(?:처|인)\s*:\s*(?P<v>.+)$"),
    "director": regex.compile(r"^센터장\s*:\s*(?P<v>.+)$"),
    "phone": regex.compile(r"^(?:전화|TEL|Tel)\s*:\s*(?P<v>.+)$"),
    "email": regex.compile(r"^(?:메일|이메일|E-?mail|email)\s*:\s*(?P<v>\S+@\S+)$"),
    "rights": regex.compile(r"^(?P<v>.*저작권.*)$"),
}


def number_and_date(text: str) -> tuple[int, tuple[str, str, str] | None] | None:
    """The issue number of a masthead line and the date parts it prints beside it (None when it
    prints none), in any of the printed shapes: in brackets or after a separator, with a weekday
    or `발행` after it, before or after the number.

    >>> number_and_date("제 268 호 (2022. 02. 23)"), number_and_date("제302호 (2025년 10월 10일)")
    ((268, ('2022', '02', '23')), (302, ('2025', '10', '10')))
    >>> number_and_date("제 301 호 (2025.10.3)"), number_and_date("제310호 · 2025년 12월 5일(금)")
    ((301, ('2025', '10', '3')), (310, ('2025', '12', '5')))
    >>> number_and_date("통권 제 14 호 │ 2026 년 1 월 2 일 (금)"), number_and_date("2025/11/28 발행 | 제 9 호")
    ((14, ('2026', '1', '2')), (9, ('2025', '11', '28')))
    >>> number_and_date("No. 316 ｜ 2026-01-16"), number_and_date("2026년 1월 30일 발행 · Vol. 318")
    ((316, ('2026', '01', '16')), (318, ('2026', '1', '30')))
    >>> number_and_date("제 3 호"), number_and_date("제품 3 호기")
    ((3, None), None)
    """
    m = _NUMBER.search(text)
    if not m:
        return None
    d = _DATE.search(text, m.end()) or _DATE.search(text, 0, m.start())
    return int(m["n"] or m["no"]), ((d["y"], d["m"], d["d"]) if d else None)


def parse_date(y: str, m: str, d: str, report: Report, line: int) -> dt.date | None:
    """A calendar date from its parts, or None and a warning when it does not exist."""
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        report.warn("bad_date", f"{y}.{m}.{d} is not a calendar date", line)
        return None


def masthead_to_issue(chunks: list[Chunk], report: Report) -> tuple[dict, set[int]]:
    """Fields of the issue record, and the raw lines they were read from."""
    issue: dict = {"title": None, "number": None, "date": None, **dict.fromkeys(_FIELDS)}
    used: set[int] = set()
    lines = [ln for chunk in chunks for ln in chunk.lines]
    dated = False
    for ln in lines:
        found = number_and_date(ln.text)
        if found and issue["number"] is None:
            issue["number"] = found[0]
            if found[1]:
                issue["date"], dated = parse_date(*found[1], report, ln.line_start), True
            used.add(ln.line_start)
            continue
        alone = _DATE.fullmatch(ln.text.strip().rstrip("발행").strip("() "))
        if alone and issue["number"] is not None and not dated:
            # the date on a line of its own under the number
            issue["date"], dated = parse_date(alone["y"], alone["m"], alone["d"], report, ln.line_start), True
            used.add(ln.line_start)
            continue
        for name, pattern in _FIELDS.items():
            fm = pattern.match(ln.text)
            if fm and issue[name] is None:
                issue[name] = fix_text(fm["v"].strip())
                used.add(ln.line_start)
                break
        else:
            if issue["title"] is None and not used:
                issue["title"] = fix_text(ln.text)
                used.add(ln.line_start)
            else:
                report.warn("masthead_unparsed", f"masthead line not understood: {ln.text[:60]!r}", ln.line_start)
    for name, value in issue.items():
        if value is None:
            report.warn("masthead_missing", f"the masthead gives no {name}", lines[0].line_start if lines else None)
    return issue, used
