"""Helpers shared by the table-driven datasets: finding columns, filling merged cells down."""

from __future__ import annotations




def find_column(header: list[str | None], *keywords: str) -> int | None:
    """Index of the first header cell containing any keyword, or None.

    >>> find_column(["번호", "위탁공상은행 명칭", "국가고신구 명칭"], "고신구")
    2
    """
    for i, cell in enumerate(header):
        if cell and any(k in cell for k in keywords):
            return i
    return None


def fill_down(rows: list[list[str | None]], columns: list[int]) -> list[list[str | None]]:
    """Rows with blank cells in `columns` taking the value above (a merged cell printed once).

    >>> fill_down([["1", "혁신 능력", "a"], ["2", None, "b"]], [1])
    [['1', '혁신 능력', 'a'], ['2', '혁신 능력', 'b']]
    """
    out, above = [], {}
    for row in rows:
        row = list(row) + [None] * (max(columns, default=-1) + 1 - len(row))
        for c in columns:
            if row[c] is None:
                row[c] = above.get(c)
            else:
                above[c] = row[c]
        out.append(row)
    return out


def to_int(cell: str | None) -> int | None:
    """A printed row number in ASCII digits, or None (`②` is a digit to Python, not a number here).

    >>> to_int("10"), to_int(None), to_int("약"), to_int("②")
    (10, None, None, None)
    """
    return int(cell) if cell and cell.isascii() and cell.isdigit() else None


def cell(row: list[str | None], index: int | None) -> str | None:
    """The cell at index, or None where the row is shorter or the column absent.

    >>> cell(["1", "a"], 3), cell(["1", "a"], None), cell(["1", "a"], 1)
    (None, None, 'a')
    """
    return row[index] if index is not None and index < len(row) else None
