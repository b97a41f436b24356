"""Visual lines to the text form's lines. What the page shows decides: a change of type size,
weight or font, an indent or a marker (`▶`, `1.`, `①`) opens a new line; a gap wider than the
body's line spacing puts a blank line before it; otherwise a line whose first word would have
fitted at the end of the line above continues that line (the line above was wrapped; `pdf.wraps`
rejoins it).
"""

from __future__ import annotations

import re
from collections import Counter

from kic_extract.pdf.lines import VisualLine, body_size
from kic_extract.segment.patterns import RULE, TABLE_OPENING, UNIT_LINE, ends_sentence

_MARKER = re.compile(r"^(?:-\s+)?(?:[▶①-⑳]|[·•◦▪■□◆◇○●▷►]\s)")  # (a bullet, a space after a dot-like one)


def body_spacing(lines: list[VisualLine]) -> float:
    """Line pitch over type size inside a paragraph of body text (the size most text is set in):
    the smallest ratio that recurs (rounded to 0.05), at most 1.6 (documents of one-line paragraphs).

    >>> L = lambda top, size=10.0: VisualLine(1, top, top + size, 0, 100, size, "body text", 5)
    >>> body_spacing([L(0), L(15), L(30), L(51), L(66), L(87), L(700, 8), L(709.6, 8)])
    1.5
    """
    ratios = _pitches(lines)
    if ratios is None:
        return 1.4
    recurring = [r for r, n in ratios.items() if n >= 2 and r >= 0.9]
    return min(min(recurring, default=1.4), 1.6)


def _pitches(lines: list[VisualLine]) -> Counter | None:
    """How often each line pitch over type size (rounded to 0.05) recurs between lines of body text, one under the
    other on a page; None with no text."""
    body = body_size(lines)
    if body is None:
        return None
    ratios = Counter()
    for a, b in zip(lines, lines[1:]):
        if b.page == a.page and b.top > a.top and round(a.size, 1) == body == round(b.size, 1):
            ratios[round((b.top - a.top) / b.size * 20) / 20] += 1
    return ratios


#: a line farther below the one above than this many times the body's line spacing opens a paragraph
APART = 1.22
#: the least share of the pitches between body lines a paragraph's spacing takes, when it is near the line spacing
_PARAGRAPH_SHARE = 0.15


def paragraph_opening(lines: list[VisualLine], spacing: float) -> float:
    """The line pitch over type size from which a line opens a paragraph: `APART` times the body's line `spacing`,
    unless the body's paragraphs sit apart by less than that, at a pitch of their own that recurs (at least a share of
    `_PARAGRAPH_SHARE` of the pitches, 8% or more over the line spacing): then halfway between the two (a page setting
    0.75 em between paragraphs and 0.55 em between lines: 1.3 and 1.5 of the type size). Such a paragraph opens a line
    of its own, not a blank one: the page sets its paragraphs closer than the text form's blank line shows.

    >>> L = lambda top, size=10.0: VisualLine(1, top, top + size, 0, 100, size, "body text", 5)
    >>> paragraph_opening([L(0), L(13), L(26), L(41), L(54), L(69), L(82), L(97)], 1.3)
    1.4
    >>> paragraph_opening([L(0), L(15), L(30), L(46), L(61), L(76), L(91), L(112)], 1.5)
    1.83
    """
    ratios = _pitches(lines) or Counter()
    total = sum(ratios.values())
    wider = [r for r, n in ratios.items() if spacing * 1.08 <= r < spacing * APART and n >= max(3, _PARAGRAPH_SHARE * total)]
    return round((spacing + min(wider)) / 2, 2) if wider else round(spacing * APART, 2)


def same_style(a: VisualLine, b: VisualLine) -> bool:
    """Same type size and weight (the family is not compared: fonts fall back per script)."""
    return abs(a.size - b.size) <= 0.05 * a.size and a.bold == b.bold


def attached(gap: float, size: float, spacing: float) -> bool:
    """Whether a line and a table `gap` apart sit together (a caption above, a note below): no
    farther apart than two lines of a paragraph.

    >>> attached(4.0, 8.0, 1.55), attached(9.0, 8.0, 1.55)
    (True, False)
    """
    return gap <= (spacing - 1 + 0.25) * size


def _apart(prev: VisualLine, item: VisualLine, opening: float) -> bool:
    """Whether a line opens a paragraph of its own by the page alone: a pitch of `opening` times the type size or more
    (`paragraph_opening`), or a change of type size or weight."""
    return item.top - prev.top > opening * max(item.size, prev.size) or not same_style(prev, item)


def _no_room(prev: VisualLine, item: VisualLine, right_edge: float) -> bool:
    """Whether the line above had no room left for this line's first word, this line neither marked nor
    indented: it was wrapped (its stretch aside). A rule drawn in characters (`━━━━`) is no word: a line above it or
    under it was not wrapped into it. A bullet marks an item of its own, whatever room the line above left (a card's
    fields, `· 투자 이력 … (2034.03)` filling its line over `· 주요 사업 …`).

    >>> L = lambda top, text, x1=540.0: VisualLine(1, top, top + 10, 50, x1, 10.0, text, 40)
    >>> _no_room(L(0, "· 투자 이력 엔젤 … (2034.03)"), L(15, "· 주요 사업 가정·상업 서비스용"), 540.0)
    False
    >>> _no_room(L(0, "· 주요 사업 가정·상업 서비스용 … 새로운 작업"), L(15, "을 익히는 범용 동작 모델을"), 540.0)
    True
    """
    return not _MARKER.match(item.text) and item.x0 <= prev.x0 + item.size * 0.5 \
        and item.first_word_width > right_edge - prev.x1 - 0.5 and not RULE.match(item.text) and not RULE.match(prev.text)


#: a document whose wrapped lines end at the right edge this often sets its text justified
JUSTIFIED_SHARE = 0.8
_JUSTIFIED_MIN_LINES = 8


def justified(pages: list[list], right_edge: float, spacing: float, opening: float | None = None) -> float | None:
    """The type size of the body text when the document sets it justified, else None: of the body's
    lines (its most used size, not bold) with no room left for the next one's first word (eight at
    least), most end at the right edge, within a point. Then a body line that stops more than an em
    short of it ended its paragraph, whatever the next line's first word (`설립 … | 투자 약 9,000만
    달러 (시리즈 A)` over `스마트폰 화면을 …`: a card's line, then prose); headings stay ragged.

    >>> L = lambda top, x1, text="본문 줄": VisualLine(1, top, top + 10, 50, x1, 10.0, text, 40)
    >>> page = [L(15 * k, 540.0 - (k == 9) * 25) for k in range(12)]
    >>> justified([page], 540.0, 1.5), justified([[L(15 * k, 540.0 - 7 * (k % 2)) for k in range(12)]], 540.0, 1.5)
    (10.0, None)
    """
    body = body_size(ln for items in pages for ln in items if isinstance(ln, VisualLine) and not ln.bold)
    if body is None:
        return None
    gaps = [right_edge - a.x1 for items in pages for a, b in zip(items, items[1:])
            if isinstance(a, VisualLine) and isinstance(b, VisualLine) and _in_body(a, body)
            and not _apart(a, b, opening or spacing * APART) and _no_room(a, b, right_edge)]
    even = len(gaps) >= _JUSTIFIED_MIN_LINES and sum(g <= 1.0 for g in gaps) >= JUSTIFIED_SHARE * len(gaps)
    return body if even else None


def _in_body(line: VisualLine, body: float) -> bool:
    return not line.bold and abs(line.size - body) <= 0.05 * body


# a numbered heading closed by its source glossed in Chinese (`[04] 동북 3성, … 재편 / 랴오닝일보(辽宁日报)`): its line ends
# there, however little room the line above the next leaves (CJK radicals too, as some producers map `日` to `⽇`)
_HEADED_BY_SOURCE = re.compile(r"^\s*(?:\[\d{1,2}\]|\d{1,2}[.)]|0\d)\s+\S.*\s[/|│─—]\s*[^\s()]+\([\u4e00-\u9fff\u2e80-\u2fdf]+\)\s*$")


def _over_tables(items: list, table_type) -> set[int]:
    """The ids of the lines standing right over a table, with no sentence end (its caption: `국가 인공지능 혁신응용 선도구
    현황 (입주기업: 개, …)`), or over its unit line right over it (`… 상위 10 곳` / `단위: 억 위안, %`). Under a line that
    ended its sentence, such a line is the table's, not the rest of the sentence wrapped, whatever room the line above
    left (a page setting no space between paragraphs)."""
    found: set[int] = set()
    for k, item in enumerate(items[1:], start=1):
        if not isinstance(item, table_type):
            continue
        for back in (1, 2):
            line = items[k - back] if k >= back else None
            if not isinstance(line, VisualLine) or ends_sentence(line.text) or "\t" in line.text:
                break
            found.add(id(line))
            if not UNIT_LINE.match(line.text.strip()):
                break
    return found


def lines_to_paragraphs(items: list, right_edge: float, spacing: float, table_type,
                        justified: float | None = None, opening: float | None = None) -> list[tuple[list, int]]:
    """One page's lines and tables, top to bottom, as paragraphs: (parts of wrapped text, page);
    `[]` is a blank line. A table (an instance of `table_type`) stands in its own place, to be
    written out row by row once its cells are joined; a blank line separates it from the text
    around it unless that text sits close (`attached`). In `justified` body text (its type size) a line
    with spaces to stretch that ends more than an em short of the right edge was not wrapped (a line of
    glosses with no space, `(广西壮族自治区)·…`, cannot be stretched)."""
    out: list = []
    prev = None

    def blank(page: int) -> None:
        if out and out[-1][0]:
            out.append(([], page))

    captions = _over_tables(items, table_type)
    for item in items:
        if isinstance(item, table_type):
            if not (isinstance(prev, VisualLine) and attached(item.top - prev.bottom, prev.size, spacing)):
                blank(item.page)
            out.append((item, item.page))
            prev = item
            continue
        if prev is None or isinstance(prev, table_type):
            if prev is None or not attached(item.top - prev.bbox[3], item.size, spacing):
                blank(item.page)
            out.append(([item.text], item.page))
            prev = item
            continue
        if _apart(prev, item, spacing * APART):
            blank(item.page)
            out.append(([item.text], item.page))
        elif opening and _apart(prev, item, opening):
            out.append(([item.text], item.page))  # (a paragraph set a little apart: its own line, no blank one)
        elif _no_room(prev, item, right_edge) and not _HEADED_BY_SOURCE.match(prev.text) \
                and not (prev.text.rstrip().endswith("다.") and (TABLE_OPENING.match(item.text) or id(item) in captions)) \
                and not (justified and _in_body(prev, justified) and right_edge - prev.x1 > prev.size and " " in prev.text.strip()):
            # room for the next glyph at the end of the line above (its stretch aside): it broke at a space
            spaced = prev.natural and right_edge - prev.x0 - prev.natural >= item.first_glyph
            out[-1][0].append((" " if spaced else "") + item.text)
        else:
            out.append(([item.text], item.page))
        prev = item
    if out and out[-1][0]:
        out.append(([], out[-1][1]))
    return out
