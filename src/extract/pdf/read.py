"""PDF pages to the newsletter's text form: one line per paragraph, tab-separated table rows, a
blank line between paragraphs and at every page end, so the text route's stages run unchanged.
Every output line keeps the page it came from.

A page's glyphs and paths (`PageContent`) come from pdfium (`pdf/glyphs.py`), or from pdfplumber
for a page pdfium cannot give exactly or when `Settings.pdf_reader` is "pdfplumber"; the logic
below is the same for both, and `read_pdf` reports each page's source. `pdf/pages.py` gives the
pages in order, a long PDF's later pages read by forked processes when cores are idle.

Stages: `page_to_tables` (pdfplumber's table finder, cells read from their glyphs),
`chars_to_lines` (glyphs outside the tables grouped into visual lines, `pdf/lines.py`),
`drop_running_lines` (headers, footers and page numbers), `lines_to_paragraphs` (type size,
weight, spacing and wraps, `pdf/paragraphs.py`), `join_continued_tables` (repeated headers,
rows cut by a page). Reading problems are collected by `pdf/problems.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

from kic_extract.clean.furniture import is_kicker, page_number_of, structural
from kic_extract.data import tsv_rows
from kic_extract.ingest import InputError
from kic_extract.pdf.breaks import printed_pages
from kic_extract.pdf.lines import VisualLine, baseline, body_size, chars_to_lines, space_widths
from kic_extract.pdf.glyphs import PageContent
from kic_extract.pdf.problems import pdfminer_messages
from kic_extract.pdf.rules import ruled_tables
from kic_extract.settings import Settings

_PAGE_NUMBER = re.compile(r"^[\s\-–—―]*(?:[pP](?:age|\.)?\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[\s\-–—―]*$")


@dataclass(slots=True)
class TableRows:
    page: int
    bbox: tuple[float, float, float, float]
    cells: list[list[tuple[list[str], float]]]  # per row, per cell: its wrapped lines and its width
    size: float
    rows: list[str] = field(default_factory=list)  # the rows as text, once the cells are joined

    @property
    def top(self) -> float:
        return self.bbox[1]


@cache
def _lookalikes() -> dict[int, str]:
    """The `read` look-alikes as a table for `str.translate` (each found is one character)."""
    table = {r["found"]: r["meant"] for r in tsv_rows("pdf_lookalikes.tsv") if r["stage"] == "read"}
    for found in table:
        if len(found) != 1:
            raise ValueError(f"pdf_lookalikes.tsv: {found!r} is not one character")
    return str.maketrans(table)


def normalize_lookalikes(text: str) -> str:
    """Replace characters a font's map returned for others (data/pdf_lookalikes.tsv).

    >>> normalize_lookalikes("국무원 ― 월간")
    '국무원 — 월간'
    """
    return text.translate(_lookalikes())


def cell_text(parts: list[str], width: float, size: float, inside_words: bool, vocabulary: str) -> str:
    """A table cell's wrapped lines rejoined. A word wider than its column was broken by the
    column, so it is closed up; otherwise as wrapped body text.

    >>> cell_text(["번", "호"], 14.0, 9.0, False, ""), cell_text(["광저우 지사", "广州分行"], 120.0, 9.0, False, "")
    ('번호', '광저우 지사 广州分行')
    >>> cell_text(["홍콩특별행정구·마카오특별행", "정구"], 110.0, 8.5, False, "")
    '홍콩특별행정구·마카오특별행정구'
    """
    from kic_extract.pdf.wraps import join_text

    text = parts[0] if parts else ""
    for part in parts[1:]:
        word = (text.split() or [""])[-1] + (part.split() or [""])[0]
        if re.search(r"[가-힣]$", text) and re.match(r"[가-힣]", part) and len(word) * size * 0.9 > width:
            text += part
        else:
            text = join_text(text, part, inside_words, vocabulary)
    return text


def _background(obj: dict, page_area: float) -> bool:
    """A rectangle that draws no ruling: a page-sized backdrop, or a white fill with no stroke
    (HTML printers paint the page and its blocks so); its edges would make the whole page a table.

    >>> _background({"object_type": "rect", "width": 575, "height": 822, "fill": True}, 595 * 842)
    True
    >>> _background({"object_type": "rect", "width": 96, "height": 13, "fill": True, "stroke": False,
    ...              "non_stroking_color": (0.87, 0.89, 0.93)}, 595 * 842)
    False
    """
    if obj.get("object_type") != "rect":
        return False
    if obj["width"] * obj["height"] > 0.5 * page_area:
        return True
    color = obj.get("non_stroking_color")
    white = color is not None and all(c >= 0.99 for c in (color if isinstance(color, (tuple, list)) else (color,)))
    return bool(obj.get("fill")) and not obj.get("stroke") and white


def _edges(objects: list[dict]) -> list[dict]:
    """The edges pdfplumber's table finder reads, in its order: lines', rectangles', curves'."""
    from pdfplumber.utils import curve_to_edges, line_to_edge, rect_to_edges

    kinds = {"line": [], "rect": [], "curve": []}
    for obj in objects:
        kinds[obj["object_type"]].append(obj)
    return ([line_to_edge(o) for o in kinds["line"]] + [e for o in kinds["rect"] for e in rect_to_edges(o)]
            + [e for o in kinds["curve"] for e in curve_to_edges(o)])


class _Ruling(NamedTuple):
    """What pdfplumber's TableFinder reads of a page: its edges and its box."""

    edges: list[dict]
    bbox: tuple[float, float, float, float]


def page_to_tables(content: PageContent, number: int, centres: list[tuple[float, float]] | None = None) -> list[TableRows]:
    """The tables pdfplumber's finder sees on a page, and those ruled by horizontal lines only
    (`pdf/rules.py`; a one-row grid the finder makes of one of their rules gives way to them),
    each cell's text read from its glyphs as body lines are (by baseline, spaces only where the
    glyphs say so). `centres` are the glyphs' `centre`s, when already known."""
    from pdfplumber.table import TableFinder

    chars = content.chars
    centres = centres if centres is not None else [centre(c) for c in chars]

    # (a cell's words are spaced by the page's space, `중관춘KIC혁신센터`'s 0.2 em between scripts none; measured once a
    # cell is read)
    page_spaces: list[dict[float, float]] = []

    def read_cell(cell_chars: list[dict]) -> list[str]:
        if not page_spaces:
            page_spaces.append(space_widths(chars))
        return [ln.text for ln in chars_to_lines(cell_chars, number, normalize_lookalikes, page_spaces[0])]

    def size_in(inside: list[int]) -> float:
        sizes = sorted(chars[k]["size"] for k in inside) or [10.0]
        return sizes[len(sizes) // 2]

    area = content.width * content.height
    drawn = [o for o in content.objects if not _background(o, area)]
    grids = TableFinder(_Ruling(_edges(drawn), (0, 0, content.width, content.height))).tables if drawn else []
    horizontal = [e for e in _edges(content.objects) if e["orientation"] == "h"]
    ruled = ruled_tables(chars, horizontal, content.width, [t.bbox for t in grids if len(t.rows) >= 2], read_cell)
    tables = [TableRows(number, bbox, rows, size_in(within(centres, range(len(chars)), bbox))) for bbox, rows in ruled]
    for table in grids:
        if any(_overlap(table.bbox, t.bbox) for t in tables):
            continue
        bbox = tuple(table.bbox)  # a property pdfplumber computes anew on every read
        inside = within(centres, range(len(chars)), bbox)
        rows = []
        for row in table.rows:
            rows.append([(read_cell([chars[k] for k in within(centres, inside, box, 0.0)]), box[2] - box[0]) if box
                         else ([], 0.0) for box in row.cells])
        tables.append(TableRows(number, bbox, rows, size_in(inside)))
    return sorted(tables, key=lambda t: t.top)


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def centre(ch: dict) -> tuple[float, float]:
    """The point of a glyph that places it in a table or a cell: the middle of its advance, a
    third of its size above its baseline.

    >>> centre({"x0": 10.0, "x1": 20.0, "baseline": 100.0, "size": 10.0})
    (15.0, 96.5)
    """
    return (ch["x0"] + ch["x1"]) / 2, baseline(ch) - ch["size"] * 0.35


def within(centres: list[tuple[float, float]], among, box: tuple, slack: float = 1.0) -> list[int]:
    """The indexes (of those `among`) whose centre lies in the box (x0, top, x1, bottom), widened
    by `slack` on every side.

    >>> within([(5.0, 5.0), (11.5, 5.0), (30.0, 5.0)], range(3), (0, 0, 10, 10))
    [0]
    >>> within([(5.0, 5.0), (10.5, 5.0)], [0, 1], (0, 0, 10, 10), 1.0)
    [0, 1]
    """
    x0, top, x1, bottom = box
    left, right, upper, lower = x0 - slack, x1 + slack, top - slack, bottom + slack
    return [k for k in among if left <= centres[k][0] <= right and upper <= centres[k][1] <= lower]


def drop_running_lines(pages: list[list[VisualLine]], heights: list[float], band: float) -> list[list[VisualLine]]:
    """Remove headers and footers: lines near the top or bottom of a page (within `band` or a
    tenth of the page), set no larger than the body, that begin alike (first 12 characters, digits
    and runs of spaces aside: a running head may carry the section's title) on a third of the pages (at least two, and
    three are enough: a footer some pages print), and page numbers standing alone there."""
    def key(line: VisualLine) -> str:  # (white space aside: a page's glyphs may set one space as two)
        return re.sub(r"\d+", "#", " ".join(line.text.split()))[:12]

    def running(line: VisualLine, height: float) -> bool:
        edge = max(band, height * 0.1)
        # (never a line that opens structure, as in the text route: `정책 · 지역 │ 01` over an article's title)
        return (line.top < edge or line.bottom > height - edge) and line.size <= body * 1.02 \
            and not structural(line.text)

    body = body_size(ln for page in pages for ln in page) or 0.0
    counts = Counter(key(ln) for page, h in zip(pages, heights) for ln in {key(x): x for x in page if running(x, h)}.values())
    enough = max(2, min(3, -(-len(pages) // 3)))  # (a footer some pages print: on three of them at least)
    # (a category's kicker, `[산업 & 스타트업 02]`, only on most pages: as in the text route)
    most = max(enough, -(-len(pages) // 2))
    # (and a line word for word the same first or last on two pages: `ⓒ KIC 중국 · 출처를 밝히고 …` on two of ten; or
    # the same next to a page number that is first or last: `ⓒ 글로벌혁신센터 …` over `5 / 10`)
    ends = [{id(x): x for x in _page_ends(page)}.values() for page in pages]
    edges = Counter(ln.text for page_ends, h in zip(ends, heights) for ln in page_ends if running(ln, h))
    # (a number alone is the page's when it goes with the pages as most such numbers do, not a table's last cell
    # carried over to the top of the next page: `청두\t615\t382\t` | `17` over `시안\t430\t265\t12`)
    alone = [(k, ln, int(re.search(r"\d+", ln.text).group())) for k, (page, h) in enumerate(zip(pages, heights))
             for ln in page if running(ln, h) and _PAGE_NUMBER.match(ln.text)]
    offsets = Counter(n - k for k, _, n in alone)
    most_often = max(offsets.values(), default=0)
    # (one number alone on one page of many goes with no others: the pages number themselves elsewhere, `… · p. 6`, and it
    # is a row's cell the page break carried over, `원격탐사 데이터 서비스\t468` | `603`)
    numbered = {id(ln) for k, ln, n in alone if offsets[n - k] == most_often and (most_often > 1 or len(pages) == 1)}
    return [[ln for ln in page if not (running(ln, h) and (counts[key(ln)] >= (most if is_kicker(ln.text) else enough)
                                                           or id(ln) in numbered
                                                           or any(ln is x for x in page_ends) and edges[ln.text] >= 2))]
            for page, page_ends, h in zip(pages, ends, heights)]


def _page_ends(page: list) -> list:
    """A page's first and last lines, and the line next to either when that one is a page number alone."""
    out = page[:1] + page[-1:]
    if len(page) > 2 and _PAGE_NUMBER.match(page[0].text):
        out.append(page[1])
    if len(page) > 2 and _PAGE_NUMBER.match(page[-1].text):
        out.append(page[-2])
    return out


def header_row(rows: list[str]) -> str | None:
    """A table's header row: its first row, or the second when the first is a spanning title.

    >>> header_row(["제목\\t\\t", "구분\\t가\\t나", "x\\t1\\t2"]), header_row(["구분\\t가", "x\\t1"])
    ('구분\\t가\\t나', '구분\\t가')
    """
    if not rows:
        return None
    first = rows[0].split("\t")
    titled = len(rows) > 1 and first[0] and not any(first[1:])
    return rows[1] if titled else rows[0]


def join_split_row(last: str, first: str) -> str | None:
    """One row from the two halves a page break split it into: the left cells filled on the
    first page, the rest on the next, each blank where the other is filled.

    >>> join_split_row("한국\\t8,120\\t\\t", "\\t\\t9,930\\t18,050")
    '한국\\t8,120\\t9,930\\t18,050'
    >>> join_split_row("우수상\\t팜스캔\\t8,000", "\\t링고\\t8,000") is None
    True
    """
    a, b = last.split("\t"), first.split("\t")
    if len(a) != len(b) or not a[0] or b[0]:
        return None
    filled = max(i for i, c in enumerate(a) if c) + 1
    if filled == len(a) or any(b[:filled]) or not all(b[filled:]):
        return None
    return "\t".join(a[:filled] + b[filled:])


def join_continued_tables(pages: list[list]) -> None:
    """A table that opens a page, continuing the table that closed the page before (as many
    columns): a header printed again is not a data row, and a row the break split in two
    is one row."""
    prev: TableRows | None = None
    for items in pages:
        first = items[0] if items else None
        if isinstance(first, TableRows) and prev is not None and first.rows and prev.rows \
                and first.rows[0].count("\t") == prev.rows[0].count("\t"):
            if first.rows[0] == header_row(prev.rows):
                first.rows = first.rows[1:]
            joined = join_split_row(prev.rows[-1], first.rows[0]) if first.rows else None
            if joined is not None:
                prev.rows[-1] = joined
                first.rows = first.rows[1:]
        last = items[-1] if items else None
        if isinstance(last, TableRows):
            prev = last if not (isinstance(first, TableRows) and first is last and prev is not None) else prev
        else:
            prev = None


class PdfText(NamedTuple):
    text: str  # the newsletter's text form
    pages: list[int]  # the page of each line, in the PDF's order
    problems: list[tuple[str, int | None]]  # reading problems: message naming the page, first line of the page
    printed: list[int]  # the page of each line as the pages print it (`pdf.breaks.printed_pages`)


def running_number(page: list[VisualLine], kept: list[VisualLine]) -> int | None:
    """The page number a page's running lines (those `drop_running_lines` took out) print, if one."""
    body = {id(ln) for ln in kept}
    found = {page_number_of(ln.text)[0] for ln in page if id(ln) not in body} - {None}
    return found.pop() if len(found) == 1 else None


def pdf_to_text(path: Path, settings: Settings) -> tuple[str, list[int]]:
    """The PDF as text in the newsletter's text form, and the page of each of its lines."""
    text, pages, _, _ = read_pdf(path, settings)
    return text, pages


def _read_page(content: PageContent, number: int) -> tuple[list[VisualLine], list[TableRows]]:
    """A page's lines outside tables, and its tables (none on a page that draws no line or
    rectangle: every table the finders see is ruled)."""
    if not content.objects:
        return chars_to_lines(content.chars, number, normalize_lookalikes), []
    centres = [centre(c) for c in content.chars]
    found = page_to_tables(content, number, centres)
    chars = content.chars
    if found:
        tabled = set()
        for table in found:
            tabled.update(within(centres, range(len(chars)), table.bbox))
        chars = [c for k, c in enumerate(chars) if k not in tabled]
    return chars_to_lines(chars, number, normalize_lookalikes), found


def read_pdf(path: Path, settings: Settings, routes: list[tuple[int, str]] | None = None) -> PdfText:
    """The PDF as the newsletter's text form, the page of each line, and the reading problems met
    (a page that cannot be read, glyphs with no character, text decoded through a wrong font map),
    each naming its page. pdfminer's notes on producer quirks are dropped.

    Pages are read through pdfium (`pdf/glyphs.py`) unless `settings.pdf_reader` is "pdfplumber";
    a page pdfium cannot give exactly is read by pdfplumber. `routes`, when given, receives
    (page, how it was read) for every page: "pdfium", or "pdfplumber" with the reason."""
    with pdfminer_messages() as messages:
        return _read_pdf(path, settings, messages, routes if routes is not None else [])


def _read_pdf(path: Path, settings: Settings, messages: list[str], routes: list[tuple[int, str]]) -> PdfText:
    import kic_extract.pdf
    from kic_extract.pdf.pages import Pages, read_pages
    # the stages after the pages, imported here: a process that only reads pages (pdf/ahead.py) needs none
    from kic_extract.pdf.paragraphs import body_spacing, justified, lines_to_paragraphs, paragraph_opening
    from kic_extract.pdf.wraps import breaks_inside_words, join_text

    source = Pages(path, settings)
    try:
        count = source.count()
        if count == 0:
            raise InputError("PDF has no pages")
        if count > settings.max_pdf_pages:
            raise InputError(f"PDF has {count} pages, over the limit of {settings.max_pdf_pages}")
        read = read_pages(source, count, _read_page, messages, kic_extract.pdf.page_processes)
    finally:
        source.close()
    problems: list[tuple[str, int]] = []  # (message, page)
    pages, heights, tables = [], [], []
    for number, page in enumerate(read, start=1):
        routes.extend(page.routes)
        if page.error is not None:
            raise page.error
        problems.extend((message, number) for message in page.problems)
        pages.append(page.lines)
        heights.append(page.height)
        tables.append(page.tables)
    kept = drop_running_lines(pages, heights, settings.pdf_running_band)
    printed = printed_pages([running_number(page, kept_lines) for page, kept_lines in zip(pages, kept)])
    pages = kept
    body = [ln for page in pages for ln in page]
    if not body and not any(tables):
        raise InputError("PDF holds no text (scanned images need OCR first)")
    spacing = body_spacing(body)
    right_edge = max((ln.x1 for ln in body), default=0.0)
    paragraphs: list[tuple[list[str] | TableRows, int]] = []
    ordered = [sorted(page_lines + page_tables, key=lambda it: it.top) for page_lines, page_tables in zip(pages, tables)]
    opening = paragraph_opening(body, spacing)
    even = justified(ordered, right_edge, spacing, opening)
    for items in ordered:
        paragraphs.extend(lines_to_paragraphs(items, right_edge, spacing, TableRows, even, opening))
    vocabulary = "\n".join(ln.text for ln in body)
    pairs = [(a, b) for parts, _ in paragraphs if isinstance(parts, list) for a, b in zip(parts, parts[1:])]
    inside_words = breaks_inside_words(pairs, vocabulary)
    for page_tables in tables:
        for table in page_tables:
            table.rows = ["\t".join(cell_text(parts, width, table.size, inside_words, vocabulary)
                                     for parts, width in row) for row in table.cells]
    join_continued_tables(ordered)
    # (a table's cells are the document's words too: a place a row is labelled with, `가나 | 18,920 | …`, is one
    # the prose may wrap, `… 줄었다. 가` | `나는 감소율이`)
    vocabulary += "".join(f"\n{row}" for page_tables in tables for table in page_tables for row in table.rows)
    lines: list[tuple[str, int]] = []
    for parts, page in paragraphs:
        if isinstance(parts, TableRows):
            lines.extend((row, page) for row in parts.rows)
            continue
        text = parts[0] if parts else ""
        for part in parts[1:]:
            text = join_text(text, part, inside_words, vocabulary)
        lines.append((text, page))
    while lines and not lines[-1][0]:
        lines.pop()
    first_line = {}
    for no, (_, page) in enumerate(lines, start=1):
        first_line.setdefault(page, no)
    return PdfText("\n".join(text for text, _ in lines) + "\n", [page for _, page in lines],
                   [(message, first_line.get(page)) for message, page in problems], [printed[page - 1] for _, page in lines])
