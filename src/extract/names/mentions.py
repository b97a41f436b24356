"""Find Chinese names in an issue's lines, with the Korean or Latin text given for them.

Forms met in the newsletter: `한글(汉字)`, `한글(汉字, gloss)`, `한글[汉字, role]` (people), `(한글, 汉字)`
inside a gloss, a table cell `한글 汉字`, `Latin 汉字` (company cards, a venue), and Chinese
standing alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass


from extract.clean import fix_text
from extract.ingest import Line
from extract.scripts import HAN, HANGUL, HAN_CHAR
from extract.typed.bilingual import split_ko_zh

# plain character ranges, so the stdlib engine (faster on these simple patterns) can run them
_HAN = rf"[{HAN}][{HAN}·]*"
_PAIR = re.compile(rf"(?P<ko>[{HANGUL}A-Za-z][{HANGUL}A-Za-z0-9\-]*)\s?(?P<open>[(\[])\s*(?P<zh>{_HAN})\s*(?P<close>[)\],])")
_GLOSS_PAIR = re.compile(rf"\((?P<ko>[{HANGUL}]+),\s*(?P<zh>{_HAN})\)")
_LATIN_ZH = re.compile(rf"(?P<ko>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)*)\s+(?P<zh>{_HAN})")
_LONE_HAN = re.compile(rf"[{HAN}]{{2,}}")
_PERSON_ROLE = re.compile(r"원장|교수|총경리|창립자|지도교사|대표|회장|센터장|부장")


@dataclass(frozen=True, slots=True)
class Mention:
    zh: str  # as written (simplified or traditional)
    text: str | None  # the Korean or Latin given for it, None for Chinese standing alone
    person: bool
    line: int


class _Spans:
    """Disjoint spans of a line already read as names, kept sorted, so each test is a binary
    search (a line of thousands of names is read in n log n, not n²)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start)
        return (k == 0 or self.ends[k - 1] <= start) and (k == len(self.starts) or end <= self.starts[k])

    def take(self, start: int, end: int) -> None:
        k = bisect_right(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)


def _line_mentions(text: str, no: int) -> list[Mention]:
    found: list[Mention] = []
    taken = _Spans()
    for m in _PAIR.finditer(text):
        rest = text[m.end():m.end() + 60]
        person = m["open"] == "[" or (m["close"] == "," and bool(_PERSON_ROLE.search(rest.split(")")[0])))
        found.append(Mention(m["zh"], m["ko"], person, no))
        taken.take(*m.span("zh"))
    for m in _GLOSS_PAIR.finditer(text):
        if taken.free(*m.span("zh")):
            found.append(Mention(m["zh"], m["ko"], False, no))
            taken.take(*m.span("zh"))
    for m in _LATIN_ZH.finditer(text):
        if taken.free(*m.span("zh")):
            found.append(Mention(m["zh"], m["ko"], False, no))
            taken.take(*m.span("zh"))
    for m in _LONE_HAN.finditer(text):
        if taken.free(*m.span()):
            found.append(Mention(m.group(), None, False, no))
    return found


def lines_to_mentions(lines: list[Line]) -> list[Mention]:
    """Every Chinese name in the issue, in line order.

    >>> [(m.zh, m.text) for m in lines_to_mentions([Line(1, "닝보(宁波), 시안(西安) 고신구")])]
    [('宁波', '닝보'), ('西安', '시안')]
    >>> [(m.zh, m.text, m.person) for m in lines_to_mentions([Line(2, "호우진[侯军, AMAP(고덕지도, 高德地图) 창립자]")])]
    [('侯军', '호우진', True), ('高德地图', '고덕지도', False)]
    """
    out: list[Mention] = []
    for line in lines:
        if not line.text or not HAN_CHAR.search(line.text):
            continue
        text = fix_text(line.text)
        if "\t" in text:
            for cell in text.split("\t"):
                ko, zh = split_ko_zh(cell.strip())
                if zh and not _PAIR.search(cell):
                    out.append(Mention(zh, ko, False, line.no))
                elif zh:
                    out.extend(_line_mentions(cell, line.no))
        else:
            out.extend(_line_mentions(text, line.no))
    return out
