"""The renderer prints a table the text sets out by runs of spaces (as a layout-keeping extractor gives it) as a table,
so a PDF print of such an issue holds the table a real print would."""

from __future__ import annotations

from pathlib import Path

from kic_extract.pdf.render.pages import text_to_pages

ROOT = Path(__file__).resolve().parent.parent


def test_a_space_aligned_table_is_a_table_block():
    text = (ROOT / "tests/corpus/heldout/kic-china-weekly-983.txt").read_text(encoding="utf-8")
    tables = [b for page in text_to_pages(text) for b in page.blocks if b.kind == "table"]
    rows = [row.split("\t") for b in tables for row in b.lines]
    # l.173–184: the ten rounds of the quarter and their total, each cell in its column
    assert ["순위", "기업", "소재지", "분야", "라운드", "금액"] in rows
    assert ["1", "싱하이로봇 星海机器人", "상하이", "휴머노이드 로봇", "시리즈 C", "42.0"] in rows
    assert ["합계", "", "", "", "", "208.6"] in rows
