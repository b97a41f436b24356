"""The top and bottom edges of a box drawn around a card (`┌───┐` over `│ 기업명 : …`, `└───┘` under it) recur on every
page a card is on, but are the box's, not a page's furniture. Lines read by hand from the issue."""

from __future__ import annotations

from pathlib import Path

from kic_extract.clean.furniture import lines_to_pages
from kic_extract.ingest import text_to_lines

ROOT = Path(__file__).resolve().parent.parent


def test_box_edges_stay_in_the_body():
    lines = text_to_lines((ROOT / "tests/corpus/heldout/kic-china-weekly-993.txt").read_text(encoding="utf-8"))
    furniture = lines_to_pages(lines).lines
    # l.199/204, 217/222, 230/235: the boxes of three cards; l.209 `Page 7 of 10` and l.211 the head are furniture
    assert not furniture & {199, 204, 217, 222, 230, 235}
    assert {209, 211} <= furniture
