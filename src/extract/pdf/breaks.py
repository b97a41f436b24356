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


def printed_pages(numbers: list[int | None]) -> list[int]:
    """The printed page number of each of a PDF's pages, from the number its running lines print (None where
    they print none, or several): where at least half of the pages (two at least) print one and the
    numbers rise from page to page, a page printing none takes the number after the last printed before
    it (before the first, the one before that first, never below 1); else the pages' own order.
    A cover sheet printed before page 1, or a page of one page's overflow, is so no page of its own.

    >>> printed_pages([None, 1, 2, 3, None, 5])
    [1, 1, 2, 3, 4, 5]
    >>> printed_pages([None, 2, 3, 4]), printed_pages([1, 2, None, None, None])
    ([1, 2, 3, 4], [1, 2, 3, 4, 5])
    >>> printed_pages([14, 14, 14]), printed_pages([None, 3, 2, None]), printed_pages([None, None, 7, None])
    ([1, 2, 3], [1, 2, 3, 4], [1, 2, 3, 4])
    """
    known = [(k, n) for k, n in enumerate(numbers) if n is not None]
    rising = all(a[1] < b[1] for a, b in zip(known, known[1:]))
    if len(known) < max(2, -(-len(numbers) // 2)) or not rising:
        return list(range(1, len(numbers) + 1))
    out, last = [], None
    for k, n in enumerate(numbers):
        if n is not None:
            last = (k, n)
        out.append(n if n is not None else last[1] + k - last[0] if last else max(1, known[0][1] - (known[0][0] - k)))
    return out
