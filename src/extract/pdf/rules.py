"""Tables ruled with horizontal lines only (rules above and below each row, no column lines), as
publishing software and CSS tables with `border-top`/`border-bottom` print them: the rules give
the rows, the columns are the corridors no glyph crosses in most rows."""

from __future__ import annotations

from collections.abc import Callable

from kic_extract.pdf.lines import baseline

MIN_RULE = 30.0  # pt: shorter horizontal edges are underlines or tick marks, not table rules


def rule_levels(edges: list[dict], page_width: float) -> list[tuple[float, float, float, tuple]]:
    """Horizontal rules merged per height (within 2 pt): (y, x0, x1, segments) of the span they
    cover and the pieces they are drawn in (a rule may stop at a merged cell).

    >>> e = lambda x0, x1, y: {"x0": x0, "x1": x1, "top": y, "width": x1 - x0}
    >>> [lv[:3] for lv in rule_levels([e(48, 130, 235.5), e(130, 297, 236.2), e(48, 297, 250), e(10, 20, 300)], 595)]
    [(235.5, 48, 297), (250, 48, 297)]
    """
    levels: list[list] = []
    for edge in sorted((e for e in edges if e["width"] >= MIN_RULE / 3), key=lambda e: e["top"]):
        if levels and edge["top"] - levels[-1][0] <= 2.0:
            levels[-1][1] = min(levels[-1][1], edge["x0"])
            levels[-1][2] = max(levels[-1][2], edge["x1"])
            levels[-1][3].append((edge["x0"], edge["x1"]))
        else:
            levels.append([edge["top"], edge["x0"], edge["x1"], [(edge["x0"], edge["x1"])]])
    return [(y, x0, x1, tuple(segs)) for y, x0, x1, segs in levels if MIN_RULE <= x1 - x0 <= page_width]


def _crosses(level: tuple, x: float) -> bool:
    return any(a - 1 <= x <= b + 1 for a, b in level[3])


def merged_runs(levels: list[tuple], middle: float) -> list[list[int]]:
    """The bands (between consecutive rules) one column's cells span: a rule that stops short of
    the column joins the bands on either side into one merged cell.

    >>> lv = lambda y, *segs: (y, 0, 100, segs)
    >>> merged_runs([lv(0, (0, 100)), lv(10, (40, 100)), lv(20, (0, 100)), lv(30, (0, 100))], 20)
    [[0, 1], [2]]
    """
    runs: list[list[int]] = [[0]]
    for band, level in enumerate(levels[1:-1], start=1):
        if _crosses(level, middle):
            runs.append([band])
        else:
            runs[-1].append(band)
    return runs


def ruled_regions(levels: list[tuple[float, float, float]]) -> list[list[tuple[float, float, float]]]:
    """Runs of three or more rules (a table), each rule 60 pt or less below the one before and
    covering most of the run's first rule (a rule stops short of a merged cell's column).

    >>> ruled_regions([(100, 48, 547), (117, 48, 547), (134, 130, 547), (151, 48, 547), (400, 48, 547)])
    [[(100, 48, 547), (117, 48, 547), (134, 130, 547), (151, 48, 547)]]
    """
    regions: list[list] = []
    for level in levels:
        run = regions[-1] if regions else None
        if run:
            width = run[0][2] - run[0][1]
            shared = min(level[2], run[0][2]) - max(level[1], run[0][1])
            if level[0] - run[-1][0] <= 60 and shared >= 0.6 * width and level[2] - level[1] <= 1.2 * width:
                run.append(level)
                continue
        regions.append([level])
    return [r for r in regions if len(r) >= 3]


def corridors(rows: list[list[dict]], x0: float, x1: float, min_width: float, edge_cuts: bool = False) -> list[float]:
    """Column separators: the middles of the x-intervals at least `min_width` wide that no glyph
    covers in most rows holding text (a title spanning the table crosses them). With `edge_cuts`,
    also beside the text of a sparse first or last column.

    >>> g = lambda x0, x1: {"x0": x0, "x1": x1, "text": "가"}
    >>> corridors([[g(0, 10), g(50, 60)], [g(0, 20), g(52, 70)], [g(0, 12), g(50, 58)], [g(0, 70)]], 0, 80, 8)
    [35.2]
    """
    filled = [r for r in rows if r]
    if not filled:
        return []
    steps = int((x1 - x0) * 2) + 1
    blocked = [0] * steps
    for row in filled:
        covered = [False] * steps
        for ch in row:
            if not ch["text"].strip():
                continue
            for i in range(max(0, int((ch["x0"] - x0) * 2)), min(steps, int((ch["x1"] - x0) * 2) + 1)):
                covered[i] = True
        for i, c in enumerate(covered):
            blocked[i] += c
    limit = len(filled) * 0.3
    out, start = [], None
    for i, b in enumerate([*blocked, limit + 1]):
        if b <= limit and start is None:
            start = i
        elif b > limit and start is not None:
            lo, hi = x0 + start / 2, x0 + i / 2
            at_left, at_right = lo <= x0 + 1, hi >= x1 - 1
            if hi - lo >= min_width and at_left != at_right and any(blocked[start:i]):
                # a sparse first or last column (merged group cells): cut beside the text it holds
                least = min(blocked[start:i])
                inner = [k for k in range(start, i) if blocked[k] == least]
                stretch = [k for k in inner if k > max(k2 for k2 in range(start, i) if blocked[k2] > least)] \
                    if at_left else [k for k in inner if k < min(k2 for k2 in range(start, i) if blocked[k2] > least)]
                if stretch and edge_cuts:
                    out.append(round(x0 + (stretch[0] + stretch[-1] + 1) / 4, 1))
            elif hi - lo >= min_width and not at_left and not at_right:
                # the middle of the widest stretch the fewest rows cover (a centred header reaches
                # into the corridor)
                least = min(blocked[start:i])
                runs, run_start = [], None
                for k in range(start, i + 1):
                    if k < i and blocked[k] == least:
                        run_start = k if run_start is None else run_start
                    elif run_start is not None:
                        runs.append((k - run_start, run_start, k))
                        run_start = None
                _, a, b = max(runs)
                out.append(round(x0 + (a + b) / 4, 1))
            start = None
    return out


def _grouped(levels: list[tuple], lo: float, hi: float) -> bool:
    """Whether the column between lo and hi holds merged cells (a rule stops short of it)."""
    return any(len(run) > 1 for run in merged_runs(levels, (lo + hi) / 2))


def sparse_columns_merged(rows: list[list[dict]], edges: list[float], grouped: set[int] = frozenset()) -> list[float]:
    """Column edges without the cuts that leave a column holding text in under a quarter of the
    rows: the blank end of a column of short left-aligned entries, which one long entry crosses.
    Columns of merged group cells (`grouped`, by their left edge) are sparse by nature and stay.

    >>> g = lambda x0, x1: {"x0": x0, "x1": x1, "text": "가"}
    >>> rows = [[g(0, 10), g(20, 30), g(70, 80)], [g(0, 10), g(20, 50), g(70, 80)]] * 2 + [[g(0, 10), g(20, 30)]]
    >>> sparse_columns_merged(rows, [0, 15, 45, 65, 90])
    [0, 15, 65, 90]
    """
    edges = list(edges)
    while len(edges) > 2:
        counts = [sum(any(lo <= (c["x0"] + c["x1"]) / 2 < hi and c["text"].strip() for c in row) for row in rows)
                  for lo, hi in zip(edges, edges[1:])]
        sparse = [k for k, n in enumerate(counts) if n < len(rows) / 4 and edges[k] not in grouped]
        if not sparse:
            break
        k = sparse[0]
        del edges[k if k > 0 else 1]
    return edges


def ruled_tables(chars: list[dict], horizontal_edges: list[dict], page_width: float,
                 found: list[tuple[float, float, float, float]], read_cells: Callable) -> list[tuple]:
    """(bbox, rows of (cell lines, cell width)) for each table ruled by horizontal lines only, away
    from the tables already `found`. `read_cells(chars)` reads one cell's glyphs into its lines.
    A merged cell's text, set in the middle of the cells it spans, goes to the first of them."""
    tables = []
    for region in ruled_regions(rule_levels(horizontal_edges, float(page_width))):
        x0, x1 = min(r[1] for r in region), max(r[2] for r in region)
        top, bottom = region[0][0], region[-1][0]
        if any(fx0 < x1 and x0 < fx1 and ftop < bottom and top < fbottom for fx0, ftop, fx1, fbottom in found):
            continue
        bands = [[c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1
                  and a[0] < baseline(c) - c["size"] * 0.35 < b[0]] for a, b in zip(region, region[1:])]
        filled = [r for r in bands if any(c["text"].strip() for c in r)]
        sizes = sorted(c["size"] for r in filled for c in r) or [10.0]
        cuts = corridors(filled, x0, x1, sizes[len(sizes) // 2] * 0.8)
        if not cuts or len(filled) < 2:
            continue

        # a first or last column of merged group cells, too sparse for a corridor of its own
        for cut in corridors(filled, x0, x1, sizes[len(sizes) // 2] * 0.8, edge_cuts=True):
            if cut not in cuts and (_grouped(region, x0, cut) if cut < cuts[0] else cut > cuts[-1] and _grouped(region, cut, x1)):
                cuts = sorted([*cuts, cut])
        edges = [x0, *cuts, x1]
        grouped = {lo for lo, hi in zip(edges, edges[1:]) if _grouped(region, lo, hi)}
        edges = sparse_columns_merged(filled, edges, grouped)
        if len(edges) < 3:
            continue
        columns = list(zip(edges, edges[1:]))
        grid = [[[c for c in band if lo <= (c["x0"] + c["x1"]) / 2 < hi] for lo, hi in columns] for band in bands]
        for k, (lo, hi) in enumerate(columns):
            for run in merged_runs(region, (lo + hi) / 2):
                holding = [b for b in run if any(c["text"].strip() for c in grid[b][k])]
                if len(holding) == 1 and holding[0] != run[0]:
                    grid[run[0]][k], grid[holding[0]][k] = grid[holding[0]][k], []
        cells = [[(read_cells(col), hi - lo) for col, (lo, hi) in zip(row, columns)]
                 for row in grid if any(c["text"].strip() for col in row for c in col)]
        tables.append(((x0, top, x1, bottom), cells))
    return tables
