"""The masthead: the issue's title, number, date, publisher and contacts."""

from __future__ import annotations

import datetime as dt

import regex

from extract.clean import fix_text
from extract.clean.pagebreaks import Chunk
from extract.report import Report

_NUMBER_DATE = regex.compile(r"제\s*(?P<n>\d+)\s*호\s*\(\s*(?P<y>\d{4})\s*[.\-/]\s*(?P<m>\d{1,2})\s*[.\-/]\s*(?P<d>\d{1,2})\s*\.?\s*\)")
_FIELDS = {
    "publisher": regex.compile(r"^발행(?:처|인)\s*:\s*(?P<v>.+)$"),
    "director": regex.compile(r"^센터장\s*:\s*(?P<v>.+)$"),
    "phone": regex.compile(r"^(?:전화|TEL|Tel)\s*:\s*(?P<v>.+)$"),
    "email": regex.compile(r"^(?:메일|이메일|E-?mail|email)\s*:\s*(?P<v>\S+@\S+)$"),
    "rights": regex.compile(r"^(?P<v>.*저작권.*)$"),
}


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
        m = _NUMBER_DATE.search(ln.text)
        if m and issue["number"] is None:
            issue["number"] = int(m["n"])
            issue["date"] = parse_date(m["y"], m["m"], m["d"], report, ln.line_start)
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
