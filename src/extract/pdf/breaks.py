"""Where a PDF's pages break, in the terms the text route uses for page furniture: the blank
lines between the last line of one page and the first of the next form a page-break region, so
the text route rejoins paragraphs, numbers, table rows and tables across it exactly as it does
across a text's running headers and page numbers."""

from __future__ import annotations

from kic_extract.clean.furniture import Pages, Region
from kic_extract.ingest import Line


def page_breaks(lines: list[Line], pages: list[int]) -> Pages:
    """The page-break regions of a PDF's text form, from the page of each line.

    >>> from kic_extract.ingest import text_to_lines
    >>> found = page_breaks(text_to_lines("가\\n\\n나\\n\\n다\\n"), [1, 1, 2, 2, 2])
    >>> [(r.start, r.end) for r in found.regions], found.page_of_line
    ([(2, 2)], (1, 1, 2, 2, 2))
    """
    regions = []
    last_text: int | None = None  # index of the last non-blank line seen
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if last_text is not None and pages[i] != pages[last_text] and i > last_text + 1:
            regions.append(Region(lines[last_text + 1].no, lines[i - 1].no, ()))
        last_text = i
    return Pages((), tuple(regions), tuple(pages[: len(lines)]) + (pages[-1],) * (len(lines) - len(pages)))
