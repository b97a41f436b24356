"""`make bench`'s scaling part: how the time of the stages that once grew faster than their input
grows with it. Each worker runs on an input of size n and of size 10·n; a linear one takes about
ten times as long, a quadratic one a hundred. Figures only: no limit is asserted anywhere, the
tests check what these stages produce on the same large inputs.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def _seconds(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def page_break_joins(n: int) -> Callable[[], object]:
    """n short paragraphs, each parted from the next by a blank line: n joins to consider."""
    from kic_extract.clean import lines_to_chunks
    from kic_extract.ingest import text_to_lines
    from kic_extract.settings import Settings

    lines = text_to_lines(("가나다라마바사아자차카타파하 " * 4 + "\n\n") * n)
    settings = Settings()
    return lambda: lines_to_chunks(lines, settings)


def bracketed_names(n: int) -> Callable[[], object]:
    """One line holding n `한글(漢字)` pairs."""
    from kic_extract.ingest import Line
    from kic_extract.names.glossary import issue_observations

    lines = [Line(1, "국무원(国务院) " * n)]
    return lambda: issue_observations(lines)


def review_index(n: int) -> Callable[[], object]:
    """The review site's index of n issues."""
    from kic_extract.review.index_page import render_index

    inputs = [{"path": f"raw/i{k}.txt", "sha256": "0" * 64, "issue_id": f"i{k:05d}", "format": "text",
               "encoding": "utf-8", "error": None} for k in range(n)]
    manifest = {"inputs": inputs, "warnings": [], "coverage": {}, "datasets": {}}
    pages = {e["issue_id"]: f"issues/{e['issue_id']}.html" for e in inputs}
    return lambda: render_index(manifest, {}, [], pages)


WORKERS: dict[str, tuple[Callable[[int], Callable[[], object]], int]] = {
    "page-break joins (paragraphs)": (page_break_joins, 2_000),
    "bracketed names on one line (pairs)": (bracketed_names, 5_000),
    "review index (issues)": (review_index, 500),
}


def bench_scaling(line: Callable[[str, str], None]) -> None:
    """Print, for each worker, its time at n and 10·n and their ratio (10 is linear)."""
    for label, (make, n) in WORKERS.items():
        make(n // 10)()  # warm: imports and caches
        small, large = _seconds(make(n)), _seconds(make(10 * n))
        line(f"scaling: {label}", f"n={n:,} {1000 * small:8.1f} ms   10n {1000 * large:8.1f} ms   "
                                  f"x{large / small:5.1f} (10 is linear)")
