"""The masthead: the issue's title, number, date, publisher and contacts."""

from __future__ import annotations

import datetime as dt

from kic_extract.clean import fix_text
from kic_extract.clean.pagebreaks import Chunk
from kic_extract.compiled import compiled
from kic_extract.report import Report
from kic_extract.segment.patterns import DATE, RULE

# the issue's number: `제 268 호`, `통권 580호`, or `No. 316`, `Vol. 318` (but a volume beside a number of issues is the
# year's: `Vol. 12 · 통권 580호`)
_NUMBER = compiled(r"(?:(?<!\p{Hangul})(?:제|통권)\s*|^\s*)(?P<n>\d{1,5})\s*호(?!\p{Hangul})")  # (or opening the line: `944호 ｜ …`)
_NO_NUMBER = compiled(r"(?<![A-Za-z])(?i:No|Vol)\.?\s*(?P<n>\d{1,5})(?!\d)")
_DATE = compiled(rf"(?<!\d){DATE}(?!\d)")
_WEEKDAY = r"(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"  # (`2038. 05. 07 (Fri)`)
# the date on a line of its own, perhaps with its weekday and `발행` (`2028년 6월 16일(금) 발행`, `… (금요일) 발행`), or labelled (`발행일 2033 년 1 월
# 7 일(금)`)
_DATE_LINE = compiled(rf"(?:발행(?:일|일자)?\s*[:：]?\s*)?\(?\s*{DATE}\s*(?:\(\s*(?:[월화수목금토일](?:요일)?|{_WEEKDAY})\s*\)"
                      rf"|[월화수목금토일]요일)?\s*\)?\s*(?:발행)?")
_FIELDS = {
    "publisher": compiled(r"^(?:(?:발행(?:처|인)?|펴낸\s*(?:곳|이))(?:\s*:\s*|\s+)(?P<v>.+)|(?P<v>.+?)\s+발행)$"),
    "director": compiled(r"^센터장\s*:?\s*(?P<v>\S.*)$"),
    "phone": compiled(r"^(?:(?:전화|TEL|Tel|T|연락처|문의|☎|✆)\.?\s*:?\s*)?(?P<v>\+?\d[\d\s()-]{6,}\d)$"),
    "email": compiled(r"^(?:(?:메일|이메일|E-?mail|email|E|연락처|문의|✉)\.?\s*:?\s*)?(?P<v>[\w.+-]+@[\w-]+\.[\w.-]+)$"),
    "rights": compiled(r"^(?P<v>.*(?:저작권|출처(?:를|로)\s*밝[히혀]).*)$"),
}
# fields printed side by side: `펴낸 곳 : … | 센터장 : …`, `연락처 : info@… · +86-10-…`, `전화 : … / 메일 : …`
_FIELD_SEPARATOR = compiled(r"\s+[|│┃｜·/]\s+")
# the number again on a line with nothing but a title before it (`주간 중국 창업 제 954 호`; not `제500호 발간 특집: …`)
_NUMBER_AGAIN = compiled(r"\s*[^\d]*?\s*(?:제|통권|(?i:No|Vol)\.?)\s*\d{1,5}\s*호?\s*")
# a title before the issue's number on its line (`KIC CHINA WEEKLY · Vol. 954`, `주간 중국 창업 제 954 호`)
_TITLE_BEFORE = compiled(r"^\s*(?P<title>[^\d|│┃｜·/]*[^\d\s|│┃｜·/])\s*[|│┃｜·/]?\s*(?:제|통권|(?i:No|Vol)\.?)\s*\d")


def line_to_parts(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The masthead fields a line prints and the parts of it that are none (`www.kicchina.org` beside
    an email and a phone): the whole line when it is one field, else its parts side by side.

    >>> line_to_parts("info@kicchina.org | +86-10-6780-8840 | www.kicchina.org")
    ([('email', 'info@kicchina.org'), ('phone', '+86-10-6780-8840')], ['www.kicchina.org'])
    >>> line_to_parts("KIC 중국 주간 뉴스레터")
    ([], ['KIC 중국 주간 뉴스레터'])
    """
    fields = line_to_fields(text)
    if fields:
        return fields, []
    parts = _FIELD_SEPARATOR.split(text.strip())
    found = [(part, _field_of(part)) for part in parts] if len(parts) > 1 else [(text.strip(), None)]
    return [field for _, field in found if field], [part for part, field in found if not field]


def line_to_fields(text: str) -> list[tuple[str, str]]:
    """The masthead fields a line prints, one or several side by side; empty when a part is
    not a field.

    >>> line_to_fields("펴낸 곳 : 글로벌혁신센터(KIC 중국) | 센터장 : 김종문")
    [('publisher', '글로벌혁신센터(KIC 중국)'), ('director', '김종문')]
    >>> line_to_fields("연락처 : info@kicchina.org · +86-10-6780-8840")
    [('email', 'info@kicchina.org'), ('phone', '+86-10-6780-8840')]
    >>> line_to_fields("전화 : +86-10-6780-8840"), line_to_fields("KIC 중국 주간 뉴스레터")
    ([('phone', '+86-10-6780-8840')], [])
    >>> line_to_fields("전화 : +86-10-6780-8840 / 메일 : info@kicchina.org")
    [('phone', '+86-10-6780-8840'), ('email', 'info@kicchina.org')]
    >>> line_to_fields("글로벌혁신센터(KIC 중국) 발행 · 센터장 이서준"), line_to_fields("T. +86-10-6780-8840 / E. info@kicchina.org")
    ([('publisher', '글로벌혁신센터(KIC 중국)'), ('director', '이서준')], [('phone', '+86-10-6780-8840'), ('email', 'info@kicchina.org')])
    >>> line_to_fields("Tel. +86-10-6780-8840 | E-mail. info@kicchina.org")
    [('phone', '+86-10-6780-8840'), ('email', 'info@kicchina.org')]
    >>> line_to_fields("☎ +86-10-6780-8840 · ✉ info@kicchina.org")
    [('phone', '+86-10-6780-8840'), ('email', 'info@kicchina.org')]
    >>> line_to_fields("발행 글로벌혁신센터(KIC 중국) · 센터장 이승현 · info@kicchina.org")
    [('publisher', '글로벌혁신센터(KIC 중국)'), ('director', '이승현'), ('email', 'info@kicchina.org')]
    """
    for parts in (_FIELD_SEPARATOR.split(text.strip()), [text.strip()]):  # (side by side, else the line whole)
        found = [_field_of(part) for part in parts]
        if all(found):
            return found
    return []


def _field_of(part: str) -> tuple[str, str] | None:
    """(field, value) of one part of a masthead line, or None when it is no field."""
    return next(((name, m["v"]) for name, pattern in _FIELDS.items() if (m := pattern.match(part))), None)


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
    >>> number_and_date("VOL. 423  ·  2028년 2월 18일 금요일"), number_and_date("2028.02.25 (금)  │  통권 424호")
    ((423, ('2028', '2', '18')), (424, ('2028', '02', '25')))
    >>> number_and_date("제 3 호"), number_and_date("제품 3 호기"), number_and_date("Vol. 12 · 통권 580호")
    ((3, None), None, (580, None))
    >>> number_and_date("944호 ｜ 2038.02.05 ｜ 매주 금요일 발행"), number_and_date("이번 호는 3호")
    ((944, ('2038', '02', '05')), None)
    """
    m = _NUMBER.search(text) or _NO_NUMBER.search(text)
    if not m:
        return None
    d = _DATE.search(text, m.end()) or _DATE.search(text, 0, m.start())
    return int(m["n"]), ((d["y"], d["m"], d["d"]) if d else None)


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
    rules: set[int] = set()
    for ln in lines:
        if RULE.match(ln.text):  # a rule printed above or below the masthead (`━━━━━━`): no title, nothing to read
            rules.add(ln.line_start)
            continue
        found = number_and_date(ln.text)
        if found and (issue["number"] is None or found[0] == issue["number"] and _NUMBER_AGAIN.fullmatch(ln.text)):
            # (the number again on a line of its own, in another language: `KIC CHINA WEEKLY · Vol. 954` / `주간 중국 창업 제
            # 954 호`; the words before the number, no digit among them, are the title)
            if issue["title"] is None and (before := _TITLE_BEFORE.match(ln.text)):
                issue["title"] = fix_text(before["title"])
            issue["number"] = found[0]
            if found[1] and not dated:
                issue["date"], dated = parse_date(*found[1], report, ln.line_start), True
            used.add(ln.line_start)
            continue
        text = ln.text.strip()
        parts = _FIELD_SEPARATOR.split(text)
        alone = _DATE_LINE.fullmatch(parts[0])
        if alone and issue["number"] is not None and not dated:
            # the date on a line of its own under the number, perhaps with fields after it
            # (`2029년 12월 14일 발행 | 글로벌혁신센터(KIC 중국)`)
            issue["date"], dated = parse_date(alone["y"], alone["m"], alone["d"], report, ln.line_start), True
            used.add(ln.line_start)
            text = text[text.index(parts[1], len(parts[0])):] if len(parts) > 1 else ""
            if not text:
                continue
        fields, unread = line_to_parts(text)
        if alone and alone.group().endswith("발행") and unread and text.startswith(unread[0]):
            fields.insert(0, ("publisher", unread.pop(0)))  # (`… 발행 | 글로벌혁신센터(KIC 중국)`: by whom)
        fields = [(name, value) for name, value in fields if issue[name] is None]
        if fields or ln.line_start in used:
            for name, value in fields:
                issue[name] = fix_text(value.strip())
            used.add(ln.line_start)
            for part in unread:
                report.warn("masthead_unparsed", f"part of a masthead line not understood: {part[:60]!r}", ln.line_start)
        elif issue["title"] is None and issue["number"] is None:
            # (the first line no field reads, before the number: under a line naming the publisher too, `KIC 중국
            # 글로벌혁신센터 발행` / `━━━━` / `주 간 중 국 창 업`)
            issue["title"] = fix_text(ln.text)
            used.add(ln.line_start)
        else:
            report.warn("masthead_unparsed", f"masthead line not understood: {ln.text[:60]!r}", ln.line_start)
    for name, value in issue.items():
        if value is None:
            report.warn("masthead_missing", f"the masthead gives no {name}", lines[0].line_start if lines else None)
    return issue, used | rules
