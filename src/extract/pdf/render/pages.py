"""A newsletter's text form cut into the pages it was printed on, each page's lines grouped into
styled blocks, so a renderer can print the same content page for page.

Pages end where the text route finds page furniture (`clean.furniture.lines_to_pages`: page
numbers, running heads and footers, in whatever shape); a text without furniture breaks where the
text route rejoins a paragraph or a table split by a page (`lines_to_chunks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kic_extract.clean import lines_to_chunks
from kic_extract.clean.furniture import lines_to_pages
from kic_extract.clean.columns import spaced_to_tabbed
from kic_extract.data import word_list
from kic_extract.ingest import text_to_lines
from kic_extract.settings import Settings

PAGE_NUMBER = re.compile(r"^(?P<pre>[-–—\s]*(?:[pP](?:age|\.)?\s*)?)(?P<n>\d{1,4})"
                         r"(?P<post>\s*/\s*(?P<of>\d{1,4})\s*|[\s\-–—]*)$")
_SECTION = re.compile(r"^\d{1,2}\.\s")
_SUBHEAD = re.compile(r"^(?:\d{1,2}\)|[①-⑳])\s?\S")
_TOC = re.compile(r"^-\s*▶|^—\s")
_SENTENCE_END = re.compile(r"[.다요음됨함]\s*$")


@dataclass
class Block:
    kind: str  # title, masthead, category, toc, section, subhead, bullet, note, para, table
    lines: list[str]
    tight: bool = False  # the next line follows with no blank line between (printed close below)


@dataclass
class Page:
    number: int
    blocks: list[Block] = field(default_factory=list)
    header: list[str] = field(default_factory=list)  # running header lines printed at the top
    footer: list[str] = field(default_factory=list)  # footer lines and page number as printed (`- 3 -`)


def classify(line: str, categories: frozenset[str], first: bool) -> str:
    """The block kind of one text line.

    >>> cats = frozenset({"Weekly 뉴스"})
    >>> [classify(t, cats, False) for t in ("Weekly 뉴스", "- ▶ 제목 p2", "1. 제목 — 출처", "1) 발전 현황",
    ...                                      "▶ 기업 소개: 설명", "*출처: 각 사", "본문이다.")]
    ['category', 'toc', 'section', 'subhead', 'bullet', 'note', 'para']
    """
    text = line.strip()
    if first:
        return "title"
    if text in categories:
        return "category"
    if _TOC.match(text):
        return "toc"
    if _SECTION.match(text) and len(text) <= 120:
        return "section"
    if _SUBHEAD.match(text) and len(text) <= 60 and not _SENTENCE_END.search(text):
        return "subhead"
    if text.startswith(("▶", "- ")):
        return "bullet"
    if text.startswith(("*", "※", "표 ", "사진 ")):
        return "note"
    return "para"


def _group(page_lines: list[str], categories: frozenset[str], first_page: bool) -> list[Block]:
    blocks: list[Block] = []
    first = first_page
    masthead = first_page
    for raw in page_lines:
        text = raw.rstrip(" \r\n")
        if not text.strip():
            if blocks and blocks[-1].lines:
                blocks.append(Block("gap", []))
            continue
        if "\t" in text:
            if blocks and blocks[-1].kind == "table":
                blocks[-1].lines.append(text)
            else:
                if blocks and blocks[-1].kind != "gap":
                    blocks[-1].tight = True
                blocks.append(Block("table", [text]))
            continue
        kind = classify(text, categories, first)
        if blocks and blocks[-1].kind != "gap":
            blocks[-1].tight = True
        if kind == "category":
            masthead = False
        if masthead and kind == "para":
            kind = "masthead"
        first = False
        blocks.append(Block(kind, [text]))
    blocks = [b for b in blocks if b.kind != "gap"]
    for block, after in zip(blocks, blocks[1:]):  # a short line heading a TOC group or an article
        text = block.lines[0]
        if block.kind == "para" and after.kind in ("toc", "section") and len(text) <= 30 \
                and not _SENTENCE_END.search(text):
            block.kind = "category"
    return blocks


def text_to_pages(text: str) -> list[Page]:
    """The text's pages, furniture taken out of the body into each page's header and footer.
    Page numbers printed at the foot end their page; printed at the head (the text goes on
    after the last one), they open it.

    >>> head = "주간 중국 창업 제 301 호"
    >>> pages = text_to_pages(f"주간\\n\\n본문 하나\\n\\n- 1 -\\n\\n{head}\\n\\n본문 둘\\n\\n- 2 -\\n\\n{head}\\n\\n셋\\n")
    >>> [(p.number, p.header, p.footer, [b.lines[0] for b in p.blocks]) for p in pages][1:]
    [(2, ['주간 중국 창업 제 301 호'], ['- 2 -'], ['본문 둘']), (3, ['주간 중국 창업 제 301 호'], [], ['셋'])]
    >>> pages = text_to_pages("표지\\n\\n주간 중국 창업 제 3 호 | 가\\np. 2\\n\\n둘\\n\\n주간 중국 창업 제 3 호 | 나\\np. 3\\n\\n"
    ...                       "셋\\n\\n넷\\n\\n다섯\\n\\n여섯\\n")
    >>> [(p.number, p.header, p.footer, [b.lines[0] for b in p.blocks]) for p in pages][1:]
    [(2, ['주간 중국 창업 제 3 호 | 가', 'p. 2'], [], ['둘']), (3, ['주간 중국 창업 제 3 호 | 나', 'p. 3'], [], ['셋', '넷', '다섯', '여섯'])]
    """
    parsed = text_to_lines(text.replace("\r\n", "\n"))
    found = lines_to_pages(parsed)
    # (a table the text sets out by spaces or bars, as a layout-keeping extractor gives it, is a table on the page)
    parsed = spaced_to_tabbed(parsed, found.lines)
    lines = [ln.text for ln in parsed]
    categories = frozenset(word_list("categories.txt"))
    if not found.regions:
        return _pages_by_breaks(lines, categories)
    pages: list[Page] = []
    start, header = 0, []
    for region in found.regions:
        furniture = [f for f in region.furniture]
        if found.numbers_close_pages:
            # the furniture up to the page number closes the page above; what follows opens the next
            cut = next((k + 1 for k, f in enumerate(furniture) if f.kind == "page_number"), 0)
        else:
            cut = 0
        footer = [lines[f.line - 1].strip() for f in furniture[:cut]]
        body = lines[start:region.start - 1]
        if any(t.strip() for t in body) or footer:
            pages.append(Page(len(pages) + 1, _group(body, categories, not pages), header, footer))
        start, header = region.end, [lines[f.line - 1].strip() for f in furniture[cut:]]
    body = lines[start:]
    if any(t.strip() for t in body):
        pages.append(Page(len(pages) + 1, _group(body, categories, not pages), header, []))
    align_split_rows(pages)
    return pages


def _pages_by_breaks(lines: list[str], categories: frozenset[str]) -> list[Page]:
    """Pages of a text without furniture: a page ends after the line that the text route joins
    to the next across a blank line (a paragraph or table row split by the page), and after the
    last row of a table the text route continues across one."""
    parsed = text_to_lines("\n".join(lines))
    chunks = lines_to_chunks(parsed, Settings())
    ends = {j.line for c in chunks for ln in c.lines for j in ln.joins} | {b - 1 for c in chunks for b in c.table_breaks}
    pages, current = [], []
    for line in parsed:
        current.append(line.text)
        if line.no in ends:
            pages.append(current)
            current = []
    pages.append(current)
    return [Page(n, _group(body, categories, n == 1)) for n, body in enumerate(pages, start=1)]


def table_headers(pages: list[Page]) -> dict[tuple[int, int], bool]:
    """(page index, block index) of every table → whether its first row is a header: a table
    opening a page right after one that closed the page before is a continuation, whose first
    row is a header only when it repeats the header of the part before.

    >>> t = lambda *rows: Block("table", list(rows))
    >>> pages = [Page(1, [t("a\\tb", "1\\t2")]), Page(2, [t("a\\tb", "3\\t4")]), Page(3, [t("5\\t6")])]
    >>> table_headers(pages)
    {(0, 0): True, (1, 0): True, (2, 0): False}
    """
    out, last_header = {}, None
    for p, page in enumerate(pages):
        for b, block in enumerate(page.blocks):
            if block.kind != "table":
                continue
            continued = b == 0 and p > 0 and pages[p - 1].blocks and pages[p - 1].blocks[-1].kind == "table"
            if continued:
                out[(p, b)] = block.lines[0] == last_header
            else:
                out[(p, b)] = True
                last_header = block.lines[1] if len(block.lines) > 1 and _is_title_row(block.lines[0]) \
                    else block.lines[0]
    return out


def _is_title_row(row: str) -> bool:
    cells = row.split("\t")
    return bool(cells[0].strip()) and not any(c.strip() for c in cells[1:])


def align_split_rows(pages: list[Page]) -> None:
    """A table row the text shows split by a page break (`한국\\t8,120` … `\\t9,930\\t18,050`) is
    printed as a row cut across the pages: the second half in the columns the first left blank.

    >>> pages = [Page(1, [Block("table", ["a\\tb\\tc\\td", "한국\\t8,120"])]), Page(2, [Block("table", ["\\t9,930\\t18,050"])])]
    >>> align_split_rows(pages); pages[1].blocks[0].lines
    ['\\t\\t9,930\\t18,050']
    """
    for before, after in zip(pages, pages[1:]):
        if not (before.blocks and after.blocks and before.blocks[-1].kind == after.blocks[0].kind == "table"):
            continue
        rows, cont = before.blocks[-1].lines, after.blocks[0].lines
        width = max(len(r.split("\t")) for r in rows)
        last, first = rows[-1].split("\t"), cont[0].split("\t")
        if len(last) < width and first[0] == "" and len(last) + len(first) - 1 == width:
            cont[0] = "\t".join([""] * len(last) + first[1:])
