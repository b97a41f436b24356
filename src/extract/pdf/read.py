"""PDF pages (pdfplumber) to the newsletter's text form: one line per paragraph, tab-separated
table rows, a blank line between paragraphs and at every page end, so the text route's stages
run unchanged. Every output line keeps the page it came from.

Stages: `page_to_tables` (pdfplumber's table finder), `chars_to_lines` (characters outside the
tables grouped into visual lines in reading order), `drop_running_lines` (headers, footers and
page numbers repeated across pages), `lines_to_paragraphs` (wrapped lines rejoined).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.data import tsv_rows
from extract.ingest import InputError
from extract.scripts import is_han
from extract.settings import Settings

_PAGE_NUMBER = re.compile(r"^[\s\-–—―]*\d{1,4}[\s\-–—―]*$")


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


@dataclass(slots=True)
class TableRows:
    page: int
    bbox: tuple[float, float, float, float]
    rows: list[str]

    @property
    def top(self) -> float:
        return self.bbox[1]


@cache
def _lookalikes() -> dict[str, str]:
    return {r["found"]: r["meant"] for r in tsv_rows("pdf_lookalikes.tsv") if r["stage"] == "read"}


def normalize_lookalikes(text: str) -> str:
    """Replace characters a font's map returned for others (data/pdf_lookalikes.tsv).

    >>> normalize_lookalikes("국무원 ― 월간")
    '국무원 — 월간'
    """
    table = _lookalikes()
    return "".join(table.get(ch, ch) for ch in text)


def join_wrapped(left: str, right: str) -> str:
    """Rejoin text wrapped onto two lines: with a space, except inside a run of Chinese.

    >>> join_wrapped("광저우경제기술개발구", "지점"), join_wrapped("广州经济技术", "开发区支行")
    ('광저우경제기술개발구 지점', '广州经济技术开发区支行')
    """
    if left and right and is_han(left[-1]) and is_han(right[0]):
        return left + right
    return left.rstrip() + " " + right.lstrip()


def cell_text(cell: str | None) -> str:
    """A table cell's text with the lines it wrapped onto rejoined."""
    if not cell:
        return ""
    parts = [normalize_lookalikes(p.strip()) for p in cell.split("\n") if p.strip()]
    text = parts[0] if parts else ""
    for part in parts[1:]:
        text = join_wrapped(text, part)
    return text


def page_to_tables(page, number: int) -> list[TableRows]:
    tables = []
    for table in page.find_tables():
        rows = ["\t".join(cell_text(c) for c in row) for row in table.extract()]
        tables.append(TableRows(number, tuple(table.bbox), rows))
    return tables


def _inside(ch: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return any(x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1 for x0, top, x1, bottom in boxes)


def chars_to_lines(chars: list[dict], number: int) -> list[VisualLine]:
    """Characters grouped into lines (same baseline), each read left to right; a gap wider than
    a quarter of the font size where no space character stands becomes a space."""
    spaces = sorted(c["x1"] - c["x0"] for c in chars if c["text"] == " ")
    space = spaces[len(spaces) // 2] if spaces else None
    lines: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (round(c["bottom"], 1), c["x0"])):
        if lines and abs(lines[-1][0]["bottom"] - ch["bottom"]) <= ch["size"] * 0.3:
            lines[-1].append(ch)
        else:
            lines.append([ch])
    out = []
    for group in lines:
        group.sort(key=lambda c: c["x0"])
        text, prev = "", None
        for ch in group:
            if prev is not None and ch["x0"] - prev["x1"] > ch["size"] * 0.25 and " " not in (ch["text"], prev["text"]):
                text += " "
            text += ch["text"]
            prev = ch
        stripped = text.strip()
        if not stripped:
            continue
        visible = [c for c in group if c["text"].strip()]
        word = []
        for c in visible:
            if word and c["x0"] - word[-1]["x1"] > c["size"] * 0.25:
                break
            word.append(c)
            if text.lstrip().startswith("".join(w["text"] for w in word) + " "):
                break
        size = max(c["size"] for c in group)
        out.append(VisualLine(number, min(c["top"] for c in group), max(c["bottom"] for c in group),
                              visible[0]["x0"], visible[-1]["x1"], size, normalize_lookalikes(stripped),
                              word[-1]["x1"] - word[0]["x0"] + (space if space is not None else size * 0.3)))
    return out


def drop_running_lines(pages: list[list[VisualLine]], heights: list[float], band: float) -> list[list[VisualLine]]:
    """Remove headers and footers: lines in the top or bottom band of a page that repeat (digits
    aside) on more than one page, and page numbers standing alone there."""
    def key(line: VisualLine) -> str:
        return re.sub(r"\d+", "#", line.text)

    def in_band(line: VisualLine, height: float) -> bool:
        return line.top < band or line.bottom > height - band

    counts = Counter(key(ln) for page, h in zip(pages, heights) for ln in {key(x): x for x in page if in_band(x, h)}.values())
    return [[ln for ln in page if not (in_band(ln, h) and (counts[key(ln)] > 1 or _PAGE_NUMBER.match(ln.text)))]
            for page, h in zip(pages, heights)]


def lines_to_paragraphs(items: list, leading: float, right_edge: float) -> list[tuple[str, int]]:
    """One page's lines and tables, top to bottom, as text-form lines ('' for a blank line).

    Lines closer than 1.4 leadings belong together: the second continues the first when its
    first word would not have fitted at the end of the first (so the first was wrapped),
    otherwise it is a new line of its own; a wider gap is a paragraph break."""
    out: list[tuple[str, int]] = []
    prev: VisualLine | None = None
    for item in items:
        if isinstance(item, TableRows):
            if out and out[-1][0]:
                out.append(("", item.page))
            out.extend((row, item.page) for row in item.rows)
            out.append(("", item.page))
            prev = None
            continue
        if prev is not None and item.top - prev.top <= leading * 1.4:
            room = right_edge - prev.x1
            if item.first_word_width > room - 0.5:
                out[-1] = (join_wrapped(out[-1][0], item.text), out[-1][1])
            else:
                out.append((item.text, item.page))
        else:
            if out and out[-1][0]:
                out.append(("", item.page))
            out.append((item.text, item.page))
        prev = item
    if out and out[-1][0]:
        out.append(("", out[-1][1]))
    return out


def pdf_to_text(path: Path, settings: Settings) -> tuple[str, list[int]]:
    """The PDF as text in the newsletter's text form, and the page of each of its lines."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:  # pdfplumber wraps pdfminer's errors; damaged files raise many kinds
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(f"encrypted PDF ({type(inner).__name__})") from exc
        if not isinstance(inner, (PDFSyntaxError, ValueError, TypeError, KeyError, AttributeError, OSError)) \
                and type(exc).__name__ != "PdfminerException":
            raise
        raise InputError(f"not a readable PDF ({type(inner).__name__}: {inner})") from exc
    with pdf:
        try:
            count = len(pdf.pages)
        except Exception as exc:
            raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
        if count == 0:
            raise InputError("PDF has no pages")
        if count > settings.max_pdf_pages:
            raise InputError(f"PDF has {count} pages, over the limit of {settings.max_pdf_pages}")
        pages, heights, tables = [], [], []
        for number, page in enumerate(pdf.pages, start=1):
            try:
                found = page_to_tables(page, number)
                chars = [c for c in page.chars if not _inside(c, [t.bbox for t in found])]
            except Exception as exc:
                raise InputError(f"page {number} cannot be read ({type(exc).__name__}: {exc})") from exc
            pages.append(chars_to_lines(chars, number))
            heights.append(float(page.height))
            tables.append(found)
            page.flush_cache()
    pages = drop_running_lines(pages, heights, settings.pdf_running_band)
    body = [ln for page in pages for ln in page]
    if not body and not any(tables):
        raise InputError("PDF holds no text (scanned images need OCR first)")
    pitches = Counter(round(b.top - a.top, 1) for page in pages for a, b in zip(page, page[1:]) if b.top > a.top)
    leading = pitches.most_common(1)[0][0] if pitches else 12.0
    right_edge = max((ln.x1 for ln in body), default=0.0)
    lines: list[tuple[str, int]] = []
    for page_lines, page_tables in zip(pages, tables):
        items = sorted(page_lines + page_tables, key=lambda it: it.top)
        lines.extend(lines_to_paragraphs(items, leading, right_edge))
    while lines and not lines[-1][0]:
        lines.pop()
    return "\n".join(text for text, _ in lines) + "\n", [page for _, page in lines]
