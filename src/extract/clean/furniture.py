"""Find the page furniture that text extracted from a PDF carries between pages.

Extraction tools print each page's running header, footer and page number as lines of their own
(`주간 중국 창업 제 301 호`, `- 7 -`, `7 / 34`, `p. 7`). They are recognised by kind, not by
wording: a line of a page-number shape, or a short line that recurs (digits aside) between pages.
The stages are pure and kept inspectable:

    lines_to_candidates → candidates_to_regions → regions_to_pages

A *region* is a run of blank and furniture lines: one page break. The page of every raw line is
then known, so records from text input get real pages and the page-break joiner treats a region
like the blank line a page break leaves.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kic_extract.compiled import compiled
from kic_extract.ingest import Line
from kic_extract.segment.cues import card_labels
from kic_extract.segment.patterns import BARS, BYLINE_LABEL, RULE

# a whole line that is only a page number, in the shapes extraction tools and layouts print
# (between dashes of any kind: `- 7 -`, `– 7 –`, `— 7 —`, box-drawing `─ 7 ─`)
PAGE_NUMBER = compiled(
    r"^(?:[-‐‒–—―─━]\s*(?P<a>\d{1,4})\s*[-‐‒–—―─━]|(?P<b>\d{1,4})\s*/\s*\d{1,4}"
    r"|[-‐‒–—―─━]\s*(?P<c>\d{1,4})\s*/\s*\d{1,4}\s*[-‐‒–—―─━]"
    r"|[pP](?:age|\.)?\s*(?P<d>\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?|(?P<e>\d{1,4})\s*(?:쪽|페이지)|페이지\s*(?P<f>\d{1,4})|(?P<bare>\d{1,4}))$"
)
# a page number closing a longer furniture line (`주간 중국 창업 | - 7 -`, `… · www.kicchina.org · 7`)
TRAILING_NUMBER = compiled(r"(?:(?:[|·\s]\s*)(?:[-‐‒–—―─━]\s*(?P<a>\d{1,4})\s*[-‐‒–—―─━]|(?P<b>\d{1,4})\s*/\s*\d{1,4}"
                                r"|[pP]\.\s*(?P<d>\d{1,4}))|[|·]\s*(?P<e>\d{1,4}))\s*$")
# a page number opening a longer furniture line, marked as one (`P.02 ─ KIC CHINA WEEKLY 890 ─ 정책 브리핑`, `7쪽 | …`)
LEADING_NUMBER = compiled(r"^(?:[pP](?:age|\.)\s*(?P<d>\d{1,4})|(?P<e>\d{1,4})\s*(?:쪽|페이지)|[-‐‒–—―─━]\s*(?P<a>\d{1,4})\s*[-‐‒–—―─━])"
                          r"\s*[|│·─—–-]\s*\S")
_DIGITS = compiled(r"\d+")
_DIGIT = compiled(r"\d")
_SPACE = compiled(r"\s+")
# lines that open structure never count as furniture, however often their shape recurs
# (and a card's field under a mark, `▷ 설립: 2022 년 8 월`, `■ 설립: …`, however often its shape recurs, and a
# category's line numbering the article under it, `정책 · 지역 │ 01`: a page is never numbered with a leading zero)
# (and a byline under a heading, `출처: KIC 중국`, however many articles it signs)
_STRUCTURAL = compiled(r"^(?:-?\s*▶|\d{1,2}[.)]\s|[①-⑳]|【|\*|[▷▹▸►◇◆○●◦·•ㆍ■□▪▫-]\s*[^\s:：]{1,12}\s*[:：])"
                       rf"|^[^\d{BARS}]{{1,24}}[{BARS}]\s*0\d\s*$|^\s*{BYLINE_LABEL}"
                       # (or a word numbering the article under it, `ISSUE 01`, `STORY 03`)
                       r"|^\s*(?!(?i:pp?|page|페이지|쪽)\s)[A-Za-z\p{Hangul}]{2,12}\s+0\d\s*$")
# (a page numbered in brackets holds a digit only: the label a kicker numbers its article under holds letters,
# `[산업 & 스타트업 01]`)
_KICKER = compiled(r"\s*[\[〔〈<]\s*(?=[^\]〕〉>]*\p{L})[^\d\[\]〔〕〈〉<>]{1,24}?(?:\s+\d{1,2})?\s*[\]〕〉>]\s*$")
# a card's field with no mark (`설립 : 2022 년 5 월`): a label of data/card_labels.tsv, then a colon
_FIELD_LABEL = compiled(r"^\s*(?P<label>[\p{Hangul} ]{1,12}?)\s*[:：]")


def is_kicker(text: str) -> bool:
    """Whether a line is a label in brackets, perhaps numbering an article, as a category's kicker prints it (never a
    page numbered in brackets, which holds no letter): furniture only when on most pages.

    >>> is_kicker("[정책·경제 브리핑]"), is_kicker("[산업 & 스타트업 02]"), is_kicker("[ 3 / 8 ]"), is_kicker("〈 3 〉")
    (True, True, False, False)
    """
    return bool(_KICKER.match(text))


def structural(text: str) -> bool:
    """Whether a line opens structure, never furniture however often its shape recurs.

    >>> structural("설립 : 2022 년 5 월"), structural("▷ 분야: 로봇"), structural("주간 중국 창업 : 7")
    (True, True, False)
    >>> structural("출처: KIC 중국"), structural("KIC 중국 · 출처를 밝히면 자유롭게 인용할 수 있습니다")
    (True, False)
    >>> structural("ISSUE 01"), structural("PAGE 02"), structural("주간 중국 창업 7")
    (True, False, False)
    """
    if _STRUCTURAL.match(text):
        return True
    m = _FIELD_LABEL.match(text)
    return bool(m) and "".join(m["label"].split()) in card_labels()


MAX_FURNITURE_CHARS = 80
MIN_REPEATS = 3
_LEADER = compiled(r"[·.…‥_]{3,}")


def short_enough(text: str) -> bool:
    """Whether a line is short enough to be page furniture, a run of leader dots or of spaces counted as one mark
    (`KIC CHINA WEEKLY · Vol. 684 · 2033.02.18 ······ 2`, `주간 중국 창업 제963호          1`, set to the page's width).

    >>> short_enough("KIC CHINA WEEKLY · Vol. 684 · 2033.02.18 " + "·" * 40 + " 2"), short_enough("가" * 81)
    (True, False)
    >>> short_enough("주간 중국 창업 제963호" + " " * 80 + "1")
    True
    """
    return len(_SPACE.sub(" ", _LEADER.sub("…", text))) <= MAX_FURNITURE_CHARS

#: running headers that name the page's article share at least this many leading characters
RUNNING_PREFIX = 10


@dataclass(frozen=True, slots=True)
class Furniture:
    """One furniture line: its raw number, what it is, and the page number it prints (if any)."""

    line: int
    kind: str  # "page_number", "running" (a recurring header or footer)
    number: int | None


@dataclass(frozen=True, slots=True)
class Region:
    """A page break: the raw lines from `start` to `end` are blank or furniture."""

    start: int
    end: int
    furniture: tuple[Furniture, ...]


@dataclass(frozen=True, slots=True)
class Pages:
    """Where the text's pages are. `page_of_line[n - 1]` is the page of raw line n, or the whole
    list is None when the text shows no page furniture at all."""

    furniture: tuple[Furniture, ...]
    regions: tuple[Region, ...]
    page_of_line: tuple[int, ...] | None
    numbers_close_pages: bool = True  # printed page numbers are footers (else they open their page)

    def region_between(self, end: int, start: int) -> Region | None:
        """The page-break region lying between raw lines `end` and `start`, if the gap is one."""
        for region in self.regions:
            if region.start > end and region.end < start:
                return region
        return None

    @property
    def lines(self) -> frozenset[int]:
        return frozenset(f.line for f in self.furniture)


NO_PAGES = Pages((), (), None)


def page_number_of(text: str) -> tuple[int | None, bool]:
    """The page number a line prints and whether the whole line is that number.

    >>> page_number_of("- 7 -"), page_number_of("7 / 34"), page_number_of("p. 12"), page_number_of("9")
    ((7, True), (7, True), (12, True), (9, True))
    >>> page_number_of("— 7 —"), page_number_of("– 12 –"), page_number_of("Page 3 of 10"), page_number_of("─ 4 ─")
    ((7, True), (12, True), (3, True), (4, True))
    >>> page_number_of("주간 중국 창업 제 301 호 | - 7 -"), page_number_of("2021 년 GDP"), page_number_of("KIC 중국 · 7")
    ((7, False), (None, False), (7, False))
    """
    stripped = text.strip()
    if not stripped or not (stripped[-1] in "-‐‒–—―─━쪽지" or _DIGIT.match(stripped[-1])):
        return None, False  # every shape ends in a digit, a dash, `쪽` or `페이지`: most lines are let go at once
    m = PAGE_NUMBER.match(stripped)
    if m:
        return int(next(g for g in m.groups() if g)), True
    m = TRAILING_NUMBER.search(text)
    return (int(next(g for g in m.groups() if g)), False) if m else (None, False)


def mask_digits(text: str) -> str:
    """A line's shape: digits as `#`, white space collapsed (the header of every page alike).

    >>> mask_digits("주간 중국 창업  제 301 호 - 7 -")
    '주간 중국 창업 제 # 호 - # -'
    """
    return _SPACE.sub(" ", _DIGITS.sub("#", text.strip()))


def _isolated(lines: list[Line], i: int, marked: set[int]) -> bool:
    """A line standing alone: its neighbours are blank, furniture, or the document's edge."""
    return all(not (0 <= j < len(lines)) or lines[j].blank or lines[j].no in marked for j in (i - 1, i + 1))


def _rules_off(lines: list[Line], k: int, masks: dict[int, str], shapes: Counter) -> bool:
    """Whether line `k` is a rule printed right above or below a line of its own that recurs nowhere
    (`━━━` / `02 스타트업 레이더` / `━━━`, a category's banner): that line's decoration, however often
    rules recur."""
    return bool(RULE.match(lines[k].text)) and any(
        0 <= j < len(lines) and not lines[j].blank and not RULE.match(lines[j].text)
        and shapes[masks.get(j, "")] < MIN_REPEATS for j in (k - 1, k + 1))


_BOX_TOP, _BOX_SIDE, _BOX_BOTTOM = "┌┏╔╭", "│┃║", "└┗╚╰"


def _box_edge(lines: list[Line], k: int) -> bool:
    """Whether line `k` is the top or bottom edge of a box drawn around the lines between (`┌───┐` over `│ 기업명 : …`,
    `└───┘` under it): the box's, however often boxes recur, no page's furniture.

    >>> from kic_extract.ingest import text_to_lines
    >>> lines = text_to_lines(chr(10).join(["┌──┐", "│ 기업명 : 가", "└──┘", "", "──────"]))
    >>> [_box_edge(lines, k) for k in (0, 2, 4)]
    [True, True, False]
    """
    text = lines[k].text.lstrip()
    inner = k + 1 if text[:1] in _BOX_TOP else k - 1 if text[:1] in _BOX_BOTTOM else None
    return inner is not None and 0 <= inner < len(lines) and lines[inner].text.lstrip()[:1] in _BOX_SIDE


def lines_to_candidates(lines: list[Line]) -> list[Furniture]:
    """Furniture lines: page numbers of a page-number shape, and short lines whose shape recurs.

    A bare number (`7`) counts only standing alone between pages and in increasing order with
    the other bare numbers, so a table cell or a list number never does. The document's first
    non-blank line is its masthead, never furniture.
    """
    first = next((k for k, ln in enumerate(lines) if not ln.blank), None)
    masks = {k: mask_digits(ln.text) for k, ln in enumerate(lines)
             if not ln.blank and "\t" not in ln.text and short_enough(ln.text)}
    shapes = Counter(masks.values())
    numbered = dict(_numbered_shapes(lines, masks, shapes, {first}))
    running = _at_breaks(lines, {k for k, mask in masks.items()
                                 if k != first and shapes[mask] >= MIN_REPEATS and not structural(lines[k].text)
                                 and not _rules_off(lines, k, masks, shapes) and not _box_edge(lines, k)},
                         masks, numbered)
    marked_lines = {lines[k].no for k in running}
    out: dict[int, Furniture] = {}
    bare: list[tuple[int, int]] = []
    trailing: list[tuple[int, int]] = []  # lines ending in a page number after other text
    for k, ln in enumerate(lines):
        if ln.blank or "\t" in ln.text:
            continue
        number, whole = page_number_of(ln.text)
        if whole and number is not None:
            if ln.text.strip().isdigit():
                bare.append((k, number))
            else:
                out[k] = Furniture(ln.no, "page_number", number)
        elif k in running and k in numbered:  # a footer of any wording printing the page number
            out[k] = Furniture(ln.no, "page_number", numbered[k])
        elif k in running:
            out[k] = Furniture(ln.no, "running", number)
        elif number is not None:
            trailing.append((k, number))
        elif lead := LEADING_NUMBER.match(ln.text.strip()):
            trailing.append((k, int(next(g for g in lead.groups() if g))))  # (a head opening with the page's number)
    for k, number in _numbered_shapes(lines, masks, shapes, set(out)):
        out[k] = Furniture(lines[k].no, "page_number", number)
    if first is not None and first not in out and _first_page_head(lines, first, masks, shapes):
        out[first] = Furniture(lines[first].no, "page_number", 1)
    marked_lines |= {lines[k].no for k in out}
    for k, number in _numbered_heads(lines, trailing):
        out[k] = Furniture(lines[k].no, "page_number", number)
        marked_lines.add(lines[k].no)
    # bare numbers: alone between pages and rising
    last = 0
    for k, number in bare:
        if _isolated(lines, k, marked_lines | {lines[j].no for j, _ in bare}) and number > last and len(bare) >= 2:
            out[k] = Furniture(lines[k].no, "page_number", number)
            last = number
    _lone_bare_number(lines, bare, out)
    _drop_odd_numbers(out, masks, lines)
    for k in _running_beside_numbers(lines, [k for k, f in out.items() if f.kind == "page_number"], set(out)):
        out[k] = Furniture(lines[k].no, "running", page_number_of(lines[k].text)[0])
    # a label in brackets recurring on fewer than half the numbered pages is a category's kicker over its articles
    # (`[정책·경제 브리핑]` under the running header), not a page's header, which a printer repeats on most pages
    # (or numbering its article, `[산업 & 스타트업 02]`, however like a page number it rises)
    if (title := _title_under_alternate_head(first, out, masks)) is not None:
        # (heads alternating by page, the date over odd pages and the title over even ones: the first line, a date, is page
        # 1's head, and the title under it the masthead's)
        out[first] = Furniture(lines[first].no, "running", None)
        del out[title]
    kickers = [k for k in out if is_kicker(lines[k].text)]
    pages = len({f.number for k, f in out.items() if f.number is not None and k not in kickers})
    for k in kickers:
        if 2 * shapes[masks[k]] < pages:
            del out[k]
    return [out[k] for k in sorted(out)]


def _title_under_alternate_head(first: int | None, out: dict[int, Furniture], masks: dict[int, str]) -> int | None:
    """Where two running heads alternate page by page and the document's first line is of the shape the pages after the
    second open with by turns, the one running line of page 1 (before its page number) of the other shape: the
    masthead's title, not a head, its first line being the head; None otherwise.

    >>> heads = {2: Furniture(3, "running", None), 5: Furniture(6, "page_number", 1), 7: Furniture(8, "running", None),
    ...          9: Furniture(10, "page_number", 2), 11: Furniture(12, "running", None), 13: Furniture(14, "page_number", 3),
    ...          15: Furniture(16, "running", None), 17: Furniture(18, "page_number", 4)}
    >>> masks = {0: "D", 2: "T", 7: "T", 11: "D", 15: "T"}
    >>> _title_under_alternate_head(0, heads, masks), _title_under_alternate_head(0, heads, {**masks, 11: "T"})
    (2, None)
    """
    if first is None or first in out or first not in masks:
        return None
    numbers = sorted(k for k, f in out.items() if f.kind == "page_number")
    running = {k: masks.get(k) for k, f in out.items() if f.kind == "running"}
    if len(numbers) < 3:
        return None
    spans = [[running[k] for k in sorted(running) if a < k < b] for a, b in zip([-1] + numbers, numbers + [1 << 30])]
    on_first = [k for k in sorted(running) if k < numbers[0]]
    head, title = masks[first], running.get(on_first[0]) if len(on_first) == 1 else None
    if title is None or title == head:
        return None
    turns = [span for span in spans[1:] if span]
    if len(turns) < 2 or not all(span == [title if i % 2 == 0 else head] for i, span in enumerate(turns)):
        return None
    return on_first[0]


_ISSUE_NUMBER = compiled(r"제\s*(\d{1,4})\s*호")
_MASTHEAD_REACH = 12  # the lines after the first a masthead gives the issue's number in


def _first_page_head(lines: list[Line], first: int, masks: dict[int, str], shapes: Counter) -> bool:
    """Whether the document's first line is page 1's running head (`주간 중국 창업 제963호 ……… 1`): of the pages' numbered
    shape, printing 1, with the masthead under it giving the issue's number again (`제 963 호 (2038. 07. 09)`).

    >>> from kic_extract.ingest import text_to_lines
    >>> text = ["머리 제9호       1", "주간 중국 창업", "제 9 호 (2038. 7. 9)", "본문", "머리 제9호       2", "본문", "머리 제9호       3"]
    >>> lines = text_to_lines(chr(10).join(text))
    >>> masks = {k: mask_digits(ln.text) for k, ln in enumerate(lines)}
    >>> _first_page_head(lines, 0, masks, Counter(masks.values()))
    True
    """
    issue = _ISSUE_NUMBER.search(lines[first].text)
    if not issue or (first, 1) not in _numbered_shapes(lines, masks, shapes, set()):
        return False
    after = [ln.text for ln in lines[first + 1:] if not ln.blank][:_MASTHEAD_REACH]
    return any((m := _ISSUE_NUMBER.search(text)) and m[1] == issue[1] for text in after)


def _lone_bare_number(lines: list[Line], bare: list[tuple[int, int]], out: dict[int, Furniture]) -> None:
    """Take the one bare number the pages print (`1` under the first page's footer, the other pages printing theirs in a
    head, `주간 중국 창업 | 2`) when it stands beside a page's furniture, no text between but blank lines, and is the
    number before the next page's or after the last one's.

    >>> from kic_extract.ingest import text_to_lines
    >>> lines = text_to_lines(chr(10).join(["제목", "본문", "", "KIC 중국", "1", "", "머리 | 2", "본문", "끝 7"]))
    >>> out = {3: Furniture(4, "running", None), 6: Furniture(7, "page_number", 2)}
    >>> _lone_bare_number(lines, [(4, 1), (8, 7)], out); sorted((f.line, f.number) for f in out.values())
    [(4, None), (5, 1), (7, 2)]
    """
    numbers = sorted((k, f.number) for k, f in out.items() if f.kind == "page_number" and f.number is not None)
    for k, number in bare:
        if k in out or not _isolated(lines, k, {f.line for f in out.values()}):
            continue
        after = next((n for j, n in numbers if j > k), None)
        before = next((n for j, n in reversed(numbers) if j < k), None)
        near = [j for step in (-1, 1) for j in [_next_text(lines, k, step)] if j is not None]
        if (after == number + 1 or after is None and before == number - 1) and any(j in out for j in near):
            out[k] = Furniture(lines[k].no, "page_number", number)


def _next_text(lines: list[Line], k: int, step: int) -> int | None:
    """The nearest line past `k` in the direction `step` that is not blank, or None."""
    j = k + step
    while 0 <= j < len(lines) and lines[j].blank:
        j += step
    return j if 0 <= j < len(lines) else None


def _drop_odd_numbers(out: dict[int, Furniture], masks: dict[int, str], lines: list[Line]) -> None:
    """Let go of page numbers printed in a shape too rare to be the pages' where the pages print theirs in
    one shape (`p9` or `········ 4` closing a wrapped entry of the contents, among `- 1 -` … `- 11 -` or
    heads ending `| 2 / 10`): lines of text, not furniture. One standing alone between pages whose number is just
    before or after theirs stays (`- 1 -` under the first page, the others printing `주간 중국 창업 | 2` …)."""
    numbers = [k for k, f in out.items() if f.kind == "page_number"]
    shapes = Counter(masks.get(k) for k in numbers)
    if shapes and shapes.most_common(1)[0][1] >= MIN_REPEATS:
        main = [k for k in numbers if shapes[masks.get(k)] >= MIN_REPEATS]
        marked = {f.line for f in out.values()}
        for k in numbers:
            if shapes[masks.get(k)] < MIN_REPEATS and not _continues(out, main, k, masks) \
                    and not (_isolated(lines, k, marked) and _next_in_line(out, main, k)):
                del out[k]


def _next_in_line(out: dict[int, Furniture], main: list[int], k: int) -> bool:
    """Whether the page number at line `k` is the one right before the first of the pages' own numbers (`main`, in
    order), or right after the last of them, where it stands."""
    before, after = [j for j in main if j < k], [j for j in main if j > k]
    return bool(after) and not before and out[after[0]].number == out[k].number + 1 \
        or bool(before) and not after and out[before[-1]].number == out[k].number - 1


def _continues(out: dict[int, Furniture], main: list[int], k: int, masks: dict[int, str]) -> bool:
    """Whether the page number at line `k`, of a rare shape, is the pages' own in short: printed as the
    common shape ends (`1 / 10` alone under the cover, the other pages' heads ending `| 2 / 10`), or a head beginning
    as theirs do and naming another part (`P.02 ─ KIC CHINA WEEKLY 890 ─ 정책 브리핑` among `… ─ 지역경제 리포트`), and
    rising with their numbers where it stands."""
    mask = masks.get(k)
    if not mask or not any(masks[m].endswith(" " + mask) or len(mask) >= RUNNING_PREFIX
                           and masks[m][:RUNNING_PREFIX] == mask[:RUNNING_PREFIX] for m in main):
        return False
    ordered = [out[j].number for j in sorted(main + [k])]
    return all(a < b for a, b in zip(ordered, ordered[1:]))


def _at_breaks(lines: list[Line], recurring: set[int], masks: dict[int, str], numbered: dict[int, int]) -> set[int]:
    """The recurring lines whose shape stands, at least half of the times it occurs, where a page
    break can be: on one side at least, past other recurring or page-number lines, a blank line or
    the text's edge. A field repeated inside every card of a list (`- 설립연도: 2016 년` between
    the card's name and its next field) recurs but never stands there. `numbered` holds the lines
    of a recurring shape printing a rising number (`_numbered_shapes`): page breaks themselves.

    >>> from kic_extract.ingest import text_to_lines
    >>> text = ["A", "", "머리글", "본문 1", "", "머리글", "본문 2", "", "머리글", "◎ 가", "- 설립: 1 년", "- 본사",
    ...         "◎ 나", "- 설립: 2 년", "- 본사", "◎ 다", "- 설립: 3 년", "끝"]
    >>> lines = text_to_lines(chr(10).join(text))
    >>> masks = {k: mask_digits(ln.text) for k, ln in enumerate(lines) if not ln.blank}
    >>> sorted(lines[k].text for k in _at_breaks(lines, {2, 5, 8, 10, 13, 16}, masks, {}))
    ['머리글', '머리글', '머리글']
    """
    def side_open(k: int, step: int) -> bool:
        j, past_number = k + step, False
        while 0 <= j < len(lines) and not lines[j].blank and (j in recurring or page_number_of(lines[j].text)[1]):
            # (a recurring line that prints a page number is a page break itself: `… | 1 / 8` right
            # above `주간 중국 창업 제379호 ─ 2027. 04. 16`, with no blank line around them)
            past_number = past_number or (j in recurring and (j in numbered or page_number_of(lines[j].text)[0] is not None))
            j += step
        return past_number or not (0 <= j < len(lines)) or lines[j].blank

    at_break = Counter(masks[k] for k in recurring if side_open(k, -1) or side_open(k, 1))
    total = Counter(masks[k] for k in recurring)
    return {k for k in recurring if 2 * at_break[masks[k]] >= total[masks[k]]}


def _numbered_shapes(lines: list[Line], masks: dict[int, str], shapes: Counter, taken: set[int]) -> list[tuple[int, int]]:
    """Lines of one recurring shape that print a number rising from each to the next, the
    rest alike: page numbers inside a footer or header of any wording (`─ KIC 중국 7쪽 ─`), found
    wherever they stand, with or without blank lines around them.

    >>> from kic_extract.ingest import text_to_lines
    >>> lines = text_to_lines(chr(10).join(["A", "─ KIC 1쪽 ─", "b", "─ KIC 2쪽 ─", "c", "─ KIC 3쪽 ─", "[01] 가", "[02] 나"]))
    >>> masks = {k: mask_digits(ln.text) for k, ln in enumerate(lines)}
    >>> _numbered_shapes(lines, masks, Counter(masks.values()), set())
    [(1, 1), (3, 2), (5, 3)]
    """
    by_shape: dict[str, list[int]] = {}
    for k, mask in masks.items():
        if k not in taken and shapes[mask] >= MIN_REPEATS and _may_be_furniture(lines[k].text):
            by_shape.setdefault(mask, []).append(k)
    found = []
    for members in by_shape.values():
        numbers = [[int(d) for d in _DIGITS.findall(lines[k].text)] for k in members]
        varying = [i for i in range(len(numbers[0])) if len({n[i] for n in numbers}) > 1]
        if len(varying) != 1:
            continue
        pages = [n[varying[0]] for n in numbers]
        if all(a < b for a, b in zip(pages, pages[1:])):
            found += list(zip(members, pages))
    return sorted(found)


def _running_beside_numbers(lines: list[Line], numbers: list[int], taken: set[int]) -> list[int]:
    """Running headers that change from page to page (`주간 중국 창업 제 303 호 | <article>`):
    lines next to a page number (blank lines aside) that begin alike on several pages, or the same line
    right above it on two pages or more."""
    beside: dict[int, str] = {}
    above: dict[int, str] = {}  # the lines right above a page number
    # (the prefix a head already found shares counts too: `주간 중국 창업 No. 594 · 센터 소식` once, beside the
    # `… · 스타트업 포커스` found on five pages)
    found = Counter(mask_digits(lines[j].text)[:RUNNING_PREFIX] for j in taken if _may_be_furniture(lines[j].text))
    for k in numbers:
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and (lines[j].blank or j in taken) and abs(j - k) <= 3:
                j += step
            if 0 <= j < len(lines) and j not in taken and _may_be_furniture(lines[j].text):
                beside[j] = mask_digits(lines[j].text)[:RUNNING_PREFIX]
                if step == -1:
                    above[j] = lines[j].text.strip()
    shared, same = Counter(beside.values()) + found, Counter(above.values())
    # (and a footer some pages print, the same line right above the page number: `ⓒ KIC 중국 · www.kicchina.org` /
    # `- 4 -` on two pages of eleven)
    return sorted(j for j, prefix in beside.items()
                  if len(prefix) == RUNNING_PREFIX and shared[prefix] >= max(2, len(numbers) // 2)
                  or j in above and same[above[j]] >= 2)


def _numbered_heads(lines: list[Line], trailing: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Running heads or footers that print the page number after a part that changes from page
    to page (`주간 중국 창업 제 307 호 | <article> | p. 2`), or before it (`P.02 ─ KIC CHINA WEEKLY 890 ─ <category>`):
    of the lines ending or opening with a page number (`trailing`, line index and number), those that begin alike, the
    numbers rising from one to the next."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for k, number in trailing:
        prefix = mask_digits(lines[k].text)[:RUNNING_PREFIX]
        if _may_be_furniture(lines[k].text) and len(prefix) == RUNNING_PREFIX:
            groups.setdefault(prefix, []).append((k, number))
    found = []
    for members in groups.values():
        numbers = [n for _, n in members]
        if len(members) >= 2 and all(a < b for a, b in zip(numbers, numbers[1:])):
            found += members
    return found


def _may_be_furniture(text: str) -> bool:
    return bool(text) and "\t" not in text and short_enough(text) and not structural(text)


def candidates_to_regions(lines: list[Line], furniture: list[Furniture]) -> list[Region]:
    """Group furniture with the blank lines around it into page-break regions."""
    marks = {f.line: f for f in furniture}
    regions: list[Region] = []
    k = 0
    while k < len(lines):
        if lines[k].no not in marks:
            k += 1
            continue
        start = k
        while start > 0 and lines[start - 1].blank:
            start -= 1
        end = k
        while end + 1 < len(lines) and (lines[end + 1].blank or lines[end + 1].no in marks):
            end += 1
        found = tuple(marks[ln.no] for ln in lines[start : end + 1] if ln.no in marks)
        regions.append(Region(lines[start].no, lines[end].no, found))
        k = end + 1
    return regions


def _numbers_are_footers(regions: list[Region], last_line: int, first_line: int = 1) -> bool:
    """Whether printed page numbers close the page above them (footers) or open the page below.

    A number after the last text, or a number printed before a region's running header, is a
    footer; a number after the header opens the next page. Undecided, the first printed number
    decides which reading makes the masthead page page 1.
    """
    votes = 0
    for region in regions:
        kinds = [f.kind for f in region.furniture]
        if "page_number" not in kinds:
            continue
        if region.end >= last_line:
            return True
        if "running" in kinds:
            votes += 1 if kinds.index("page_number") < kinds.index("running") else -1
    if votes:
        return votes > 0
    # (a break printing two numbers, one page's under it and the next one's over it, reads both ways, `- 1 -` over
    # `주간 중국 창업 | 2`: the first break printing one number decides, the `j`th opening page j + 2 as a header)
    # (a head over the first page, `주간 중국 창업 제963호 …… 1` above the masthead, is no break)
    breaks = [r for r in regions if r.start > first_line]
    first = next(((j, numbers[0]) for j, r in enumerate(breaks)
                  if len(numbers := [f.number for f in r.furniture if f.kind == "page_number"]) == 1), None)
    return first is None or first[1] != first[0] + 2


def regions_to_pages(lines: list[Line], furniture: list[Furniture], regions: list[Region]) -> Pages:
    """The page of every raw line, from the breaks and the numbers they print."""
    if not regions:
        return NO_PAGES
    last_text = max((ln.no for ln in lines if not ln.blank and ln.no not in {f.line for f in furniture}), default=0)
    footers = _numbers_are_footers(regions, last_text, lines[0].no)
    breaks = [r for r in regions if lines[0].no < r.start and r.end < last_text]
    # segment j lies between break j-1 and break j; printed numbers pin segments to pages
    pinned: dict[int, int] = {}
    for j, region in enumerate(breaks):
        numbers = [f.number for f in region.furniture if f.kind == "page_number" and f.number]
        if len(numbers) > 1 and numbers[0] < numbers[-1]:
            # (one page's number under it, the next one's over it: `1 / 10` closing the cover, `… | 2 / 10` opening page 2)
            pinned.setdefault(j, numbers[0])
            pinned.setdefault(j + 1, numbers[-1])
        elif numbers:
            segment = j if footers else j + 1
            pinned.setdefault(segment, numbers[0])
    tail = [r for r in regions if r.end >= last_text]
    if footers and tail:
        numbers = [f.number for r in tail for f in r.furniture if f.kind == "page_number" and f.number]
        if numbers:
            pinned.setdefault(len(breaks), numbers[0])
    page_of_segment = []
    for j in range(len(breaks) + 1):
        if j in pinned:
            page_of_segment.append(pinned[j])
        elif page_of_segment:
            page_of_segment.append(page_of_segment[-1] + 1)
        else:
            later = min(pinned.items(), default=None)
            page_of_segment.append(later[1] - later[0] if later and later[1] - later[0] >= 1 else 1)
    pages = []
    segment = 0
    for ln in lines:
        while segment < len(breaks) and ln.no > breaks[segment].end:
            segment += 1
        pages.append(page_of_segment[segment])
    return Pages(tuple(furniture), tuple(regions), tuple(pages), footers)


def lines_to_pages(lines: list[Line]) -> Pages:
    """Furniture, page breaks and the page of every line of an issue's text."""
    furniture = lines_to_candidates(lines)
    if not furniture:
        return NO_PAGES
    return regions_to_pages(lines, furniture, candidates_to_regions(lines, furniture))
