"""A table's tab-separated text rows as a printed grid: which rows are the title and the header,
which cells merge with the one above (a blank group cell under a filled one) or span the row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NUMBER = re.compile(r"^[약*\s]*[-+]?[\d,.]+\s*[%건명개위안억조만천원달러가구]*[^\w]*$")


@dataclass
class Grid:
    cells: list[list[str | None]]  # None: covered by a span
    spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # (row, col) → (rows, cols)
    title_rows: int = 0
    header_rows: int = 0
    numeric: list[bool] = field(default_factory=list)


def grid(rows: list[str], header: bool = True) -> Grid:
    """The printed grid of a table's text rows; `header` False for a continued table whose first
    row is data.

    >>> g = grid(["표 제목\\t\\t", "구분\\t이름\\t값", "대상\\t가\\t1", "\\t나\\t2"])
    >>> g.title_rows, g.header_rows, g.spans, g.cells[3]
    (1, 2, {(0, 0): (1, 3), (2, 0): (2, 1)}, [None, '나', '2'])
    """
    cells: list[list[str | None]] = [[c.strip() for c in row.split("\t")] for row in rows]
    width = max(len(r) for r in cells)
    cells = [r + [""] * (width - len(r)) for r in cells]
    g = Grid(cells)
    first = cells[0]
    if width > 1 and first[0] and not any(first[1:]) and len(cells) > 1:
        g.spans[(0, 0)] = (1, width)
        for c in range(1, width):
            cells[0][c] = None
        g.title_rows = 1
    g.header_rows = g.title_rows + (1 if header and len(cells) > g.title_rows + 1 else 0)
    for c in range(width - 1):
        r = g.header_rows
        while r < len(cells):
            end = r
            while end + 1 < len(cells) and cells[end + 1][c] == "" and any(cells[end + 1][c + 1:]):
                end += 1
            if end > r and cells[r][c]:
                g.spans[(r, c)] = (end - r + 1, 1)
                for k in range(r + 1, end + 1):
                    cells[k][c] = None
            r = end + 1
    body = cells[g.header_rows:]
    g.numeric = [bool(body) and all(not row[c] or _NUMBER.match(row[c]) for row in body) for c in range(width)]
    return g
