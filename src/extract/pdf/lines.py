"""Characters to visual lines: glyphs on one baseline read left to right, with a space only where
the glyphs say there is one (a space glyph, or a gap as wide as the font's space beyond the line's
own letter spacing; a gap widened by justifying a line of hanzi or Hangul is not a space)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from statistics import median, median_low


@dataclass(slots=True)
class VisualLine:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    first_word_width: float  # with the width of the space that would stand before it
    bold: bool = False
    font: str = ""
    natural: float = 0.0  # the width its glyphs and spaces need, without the stretch of justification
    first_glyph: float = 0.0  # the width of its first glyph


def body_size(lines) -> float | None:
    """The type size most of the text is set in (rounded to a tenth of a point), or None with no text.

    >>> L = lambda size, text: VisualLine(1, 0, size, 0, 100, size, text, 5)
    >>> body_size([L(10.0, "본문 한 줄"), L(14.0, "제목"), L(10.04, "본문")]), body_size([])
    (10.0, None)
    """
    weight = Counter()
    for line in lines:
        weight[round(line.size, 1)] += len(line.text)
    return weight.most_common(1)[0][0] if weight else None


def is_bold(fontname: str) -> bool:
    """Whether a PDF font name names a bold face (subset prefix aside).

    >>> is_bold("AAAAAA+NotoSansCJKkr-Bold"), is_bold("NanumGothicBold"), is_bold("HYSMyeongJo-Medium")
    (True, True, False)
    """
    name = fontname.split("+", 1)[-1].lower()
    return any(mark in name for mark in ("bold", "black", "heavy", ",bd", "-bd", "semibold"))


@cache  # (asked of every glyph, and a document has a handful of fonts)
def family(fontname: str) -> str:
    """The font's family: its name without subset prefix and style.

    >>> family("BAAAAA+NotoSerifCJKkr-Bold"), family("CAAAAA+NanumMyeongjo")
    ('NotoSerifCJKkr', 'NanumMyeongjo')
    """
    return fontname.split("+", 1)[-1].split("-", 1)[0].split(",", 1)[0].removesuffix("Bold")


#: the least share of a page's glyphs (spaces counted) a font family sets for its spaces to measure the page's
_SPACING_SHARE = 0.05


def space_widths(chars: list[dict]) -> dict[float, float]:
    """The width of a space glyph per font size, from the spaces the page draws in the font families that set a
    twentieth of its glyphs or more: not a page number or a hyphen drawn from a fallback font whose space says nothing
    of the body's (XeTeX draws no space glyph; its fallback font drew `- 3 -`).

    >>> c = lambda t, x0, x1, font="Noto": {"text": t, "x0": x0, "x1": x1, "size": 10.0, "fontname": font}
    >>> body = [c("가", 10 * k, 10 * k + 9) for k in range(40)]
    >>> space_widths(body + [c("-", 0, 3, "DejaVu"), c(" ", 3, 6.2, "DejaVu")]), space_widths(body + [c(" ", 0, 2.5)])
    ({}, {10.0: 2.5})
    """
    families = Counter(family(c.get("fontname", "")) for c in chars)
    least = _SPACING_SHARE * len(chars)
    by_size: dict[float, list[float]] = {}
    for c in chars:
        if c["text"] == " " and c["x1"] > c["x0"] and families[family(c.get("fontname", ""))] >= least:
            by_size.setdefault(round(c["size"], 1), []).append(c["x1"] - c["x0"])
    return {size: median(widths) for size, widths in by_size.items()}


def space_for(spaces: dict[float, float], size: float) -> float | None:
    """The space width at a type size: measured at that size, else scaled from the others.

    >>> space_for({10.0: 2.5}, 8.0), space_for({}, 8.0)
    (2.0, None)
    """
    if round(size, 1) in spaces:
        return spaces[round(size, 1)]
    if not spaces:
        return None
    return median(width / at for at, width in spaces.items()) * size


_NO_SPACE_BEFORE = frozenset(",.;:!?)]}」』”’%")
_NO_SPACE_AFTER = frozenset("([{「『“‘")


def line_text(group: list[dict], space: float | None) -> str:
    """One line's glyphs as text. Between two glyphs with no space glyph, a space is inserted only
    when the gap exceeds the line's usual letter spacing by most of a space's width (by 0.12 of an
    em when the page draws no space glyphs to measure), never before closing punctuation or
    after an opening bracket. Justification stretches the gaps beside
    ideographs apart from the rest, so those gaps are measured against each other.

    >>> g = lambda t, x0, x1: {"text": t, "x0": x0, "x1": x1, "size": 10.0}
    >>> line_text([g("京", 0, 10), g("津", 13, 23), g("冀", 26, 36)], 2.5)   # justified: stretched evenly
    '京津冀'
    >>> line_text([g("A", 0, 6), g("B", 6, 12), g("C", 15.0, 21.0)], 2.5)
    'AB C'
    >>> # (LibreOffice sets some Korean words a space apart with no space glyph: 3.05 pt beside letters 0.05 pt
    >>> # apart, its space 3.01 pt wide; a justified line stretches the gap before a comma as much)
    >>> h = lambda t, x0: {"text": t, "x0": x0, "x1": x0 + 8.74, "size": 9.5}
    >>> line_text([h("서", 156.96), h("는", 165.75), h("시", 177.54), h("짱", 186.4), g(",", 198.2, 200.6)], 3.01)
    '서는 시짱,'
    >>> line_text([g("징", 0, 10), g("장", 10, 20), g("(", 20, 24), g("京", 28, 38), g("張", 42, 52), g(",", 56, 59),
    ...            g("베", 59, 69), g("이", 69, 79), g("징", 79, 89)], 2.5)
    '징장(京張,베이징'
    >>> # (XeTeX draws no space glyph and may close a justified line's word spaces to 0.15 em: 1.494 pt at 9.963 pt)
    >>> x = lambda t, x0: {"text": t, "x0": x0, "x1": x0 + 9.166, "size": 9.963}
    >>> line_text([x("먼", 88.952), x("저", 98.117), x("투", 108.777), x("자", 117.943)], None)
    '먼저 투자'
    """
    texts = [ch["text"] for ch in group]
    # whether each is an ideograph, a full-width CJK mark or an East Asian symbol (`①`, `▶`, `○`):
    # glyphs that justification stretches one by one and that fallback fonts often supply with
    # their own widths
    wide = [bool(t) and ("\u2460" <= t[0] <= "\u27bf" or "\u2e80" <= t[0] <= "\u9fff"
                         or "\uf900" <= t[0] <= "\ufaff" or "\uff00" <= t[0] <= "\uffef") for t in texts]
    # (position, beside an ideograph, gap) of every two glyphs in a row that are not spaces
    pairs = [(k, wide[k - 1] or wide[k], group[k]["x0"] - group[k - 1]["x1"]) for k in range(1, len(group))
             if texts[k - 1] != " " and texts[k] != " "]
    gaps: dict[bool, list[float]] = {False: [], True: []}
    for _, cjk, gap in pairs:
        gaps[cjk].append(gap)
    usual = {cjk: max(0.0, median_low(found)) if found else None for cjk, found in gaps.items()}
    overall = min((u for u in usual.values() if u is not None), default=0.0)
    base = {cjk: u if u is not None else overall for cjk, u in usual.items()}
    out = texts
    for k, cjk, gap in reversed(pairs):  # from the end, so an insertion leaves the positions before it
        if texts[k][:1] in _NO_SPACE_BEFORE or texts[k - 1][-1:] in _NO_SPACE_AFTER:
            continue  # (a justified line stretches the gap before `,` too: `소프트웨어로,`)
        size = group[k]["size"]
        need = space * 0.8 if space else size * 0.12
        if gap > base[cjk] + max(need, size * 0.12):
            if out is texts:
                out = texts[:]
            out.insert(k, " ")
    return "".join(out)


def baseline(ch: dict) -> float:
    """A glyph's baseline, measured from the top of the page like `top` and `bottom`: from its
    text matrix, since a font with no bounding box (a fallback font some producers embed bare)
    gives boxes that sit off the line.

    >>> baseline({"matrix": (1, 0, 0, 1, 72.0, 700.0), "y0": 698.0, "bottom": 144.0})
    142.0
    """
    known = ch.get("baseline")
    if known is not None:
        return known
    matrix = ch.get("matrix")
    if not matrix or "y0" not in ch:
        return ch["bottom"]
    return ch["bottom"] + ch["y0"] - matrix[5]


_CONTROL = frozenset(map(chr, [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]))
_NO_LINE_START = set(".,:;!?)]}」』”’%…·、。，）")


def _first_cluster(visible: list[dict]) -> float:
    """The width of a line's first glyph with the closing marks after it that may not begin a
    line (a line breaker carries `다.` down together)."""
    end = 1
    while end < len(visible) and visible[end]["text"] in _NO_LINE_START:
        end += 1
    return visible[end - 1]["x1"] - visible[0]["x0"]


_X0 = itemgetter("x0")


def _median(values: list[float]) -> float:
    """`statistics.median` of a non-empty list, without its checks and conversions (the same
    value: the middle one, or the mean of the two middle ones)."""
    values.sort()
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def chars_to_lines(chars: list[dict], number: int, normalize=lambda t: t,
                   spaces: dict[float, float] | None = None) -> list[VisualLine]:
    """Characters grouped into lines (same baseline), each read left to right. A control code
    in place of a character is the blank glyph of a font whose map lost its space (Skia's
    subsets of some Korean fonts), read as a space. `spaces` are the space widths of the page
    the characters are part of (`space_widths`), when they are a part (a table's cell: its own
    glyphs may hold no space to measure); else measured from the characters.

    >>> g = lambda t, x0: {"text": t, "x0": x0, "x1": x0 + 5, "top": 0, "bottom": 10, "size": 10.0}
    >>> [ln.text for ln in chars_to_lines([g("W", 0), g("\\x01", 5), g("뉴", 10)], 1)]
    ['W 뉴']
    """
    keys = []
    rounded: dict[float, float] = {}  # a line's glyphs share their baseline: rounded once
    for ch in chars:
        if ch["text"] in _CONTROL:  # a blank glyph the font's map sends to a control code
            ch["text"] = " "
        line = ch.get("baseline")  # `baseline(ch)`, its first answer written out
        if line is None:
            line = baseline(ch)
        ch["baseline"] = line
        key = rounded.get(line)
        if key is None:
            key = rounded[line] = round(line, 1)
        keys.append((key, ch["x0"]))
    if spaces is None:
        spaces = space_widths(chars)
    lines: list[list[dict]] = []
    first = None  # the first glyph of the last line
    for k in sorted(range(len(chars)), key=keys.__getitem__):
        ch = chars[k]
        if first is not None and abs(first["baseline"] - ch["baseline"]) <= ch["size"] * 0.3:
            lines[-1].append(ch)
        else:
            lines.append([ch])
            first = ch
    out = []
    for group in lines:
        group.sort(key=_X0)
        size = _median([c["size"] for c in group])
        space = space_for(spaces, size)
        text = line_text(group, space)
        stripped = text.strip()
        if not stripped:
            continue
        visible = [c for c in group if c["text"].strip()]
        first = stripped.split(" ", 1)[0]
        word = visible[: max(1, len(first))]
        base = _median([c["baseline"] for c in group])
        left, right = visible[0]["x0"], visible[-1]["x1"]
        fontname = visible[0].get("fontname", "")
        inside = [c for c in group if c["x0"] >= left and c["x1"] <= right]
        # (a space the gap alone shows, with no glyph, needs a space's width too: LibreOffice's lines)
        unseen = stripped.count(" ") - sum(c["text"] == " " for c in inside)
        out.append(VisualLine(number, base - size * 0.88, base + size * 0.12,
                              left, right, size, normalize(stripped),
                              word[-1]["x1"] - word[0]["x0"] + (space if space is not None else size * 0.3),
                              is_bold(fontname), family(fontname),
                              sum(c["x1"] - c["x0"] for c in inside)
                              + max(0, unseen) * (space if space is not None else size * 0.25),
                              _first_cluster(visible)))
    return out
