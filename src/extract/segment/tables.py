"""Tab-separated rows to table records: title row, header, rows as printed, notes, kind."""

from __future__ import annotations


from extract.clean import fix_text
from extract.clean.pagebreaks import TextLine
from extract.segment.patterns import YEAR_HEADER



def split_cells(text: str) -> list[str | None]:
    """Cells of a tab-separated row, cleaned; a blank cell is None.

    >>> split_cells("2\\t\\t종사인력 만 명 당 발명특허 보유량\\t약 1000 건")
    ['2', None, '종사인력 만 명 당 발명특허 보유량', '약 1000건']
    """
    return [fix_text(cell.strip()) or None for cell in text.split("\t")]


def classify_table(header: list[str | None]) -> str:
    """The table's kind, from its header.

    >>> classify_table(["목표", "2020년", "2025년", "속성"])
    'indicator'
    >>> classify_table(["기업", "CATL 宁德时代", "창립연도", "2011.12.16"])
    'company_card'
    """
    cells = [c for c in header if c]
    if cells and cells[0] == "기업" and "창립연도" in cells:
        return "company_card"
    if any("공상은행" in c for c in cells) and any("고신구" in c for c in cells):
        return "icbc_branches"
    if any(YEAR_HEADER.match(c) for c in cells):
        return "indicator"
    return "other"


def rows_to_table(rows: list[TextLine], notes: list[TextLine]) -> dict:
    """A table record (without ids) from its tab-separated lines and the note lines under it.

    A first row with one filled cell and the rest blank is the title; the next row is the
    header, except for company cards, whose rows are all label/value pairs.
    """
    cells = [split_cells(r.text) for r in rows]
    title = None
    if len(cells) > 1 and sum(c is not None for c in cells[0]) == 1 and cells[0][0] is not None:
        title = cells[0][0]
        cells, rows = cells[1:], rows[1:]
    header, body = cells[0], cells[1:]
    body_lines = [r.line_start for r in rows[1:]]
    kind = classify_table(header)
    if kind == "company_card":
        header, body, body_lines = [], cells, [r.line_start for r in rows]
    return {
        "title": title,
        "header": header,
        "rows": body,
        "row_lines": body_lines,
        "notes": [fix_text(n.text) for n in notes],
        "kind": kind,
    }
