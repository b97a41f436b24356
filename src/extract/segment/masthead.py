"""The masthead: the issue's title, number, date, publisher and contacts."""

from __future__ import annotations

import datetime as dt

import regex

from kic_extract.clean import fix_text
from kic_extract.clean.pagebreaks import Chunk
from kic_extract.report import Report

# a date as the newsletter prints it: `2022. 02. 23`, `2025.10.3`, `2025-10-03`, `2025년 10월 10일`
DATE = (r"(?P<y>\d{4})\s*(?:[.\-/]|년)\s*(?P<m>\d{1,2})\s*(?:[.\-/]|월)\s*(?P<d>\d{1,2})\s*(?:\.|일)?")
_NUMBER_DATE = regex.compile(rf"제\s*(?P<n>\d+)\s*호\s*\(\s*{DATE}\s*\)")
_FIELDS = {
    "publisher": regex.compile(r"^발행(?:처|인)\s*:\s*(?P<v>.+)$"),
    "director": regex.compile(r"^센터장\s*:\s*(?P<v>.+)$"),
    "phone": regex.compile(r"^(?:전화|TEL|Tel)\s*:\s*(?P<v>.+)$"),
    "email": regex.compile(r"^(?:메일|이메일|E-?mail|email)\s*:\s*(?P<v>\S+@\S+)$"),
    "rights": regex.compile(r"^(?P<v>.*저작권.*)$"),
}


def number_and_date(text: str) -> tuple[int, tuple[str, str, str]] | None:
    """The issue number and the date parts of a masthead line, in any of the printed shapes.

    >>> number_and_date("제 268 호 (2022. 02. 23)"), number_and_date("제302호 (2025년 10월 10일)")
    ((268, ('2022', '02', '23')), (302, ('2025', '10', '10')))
    >>> number_and_date("제 301 호 (2025.10.3)")
    (301, ('2025', '10', '3'))
    """
    m = _NUMBER_DATE.search(text)
    return (int(m["n"]), (m["y"], m["m"], m["d"])) if m else None


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
    for ln in lines:
        found = number_and_date(ln.text)
        if found and issue["number"] is None:
            issue["number"] = found[0]
            issue["date"] = parse_date(*found[1], report, ln.line_start)
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
