"""Pages as the issue prints them: a PDF's records name the page its running lines number, not the
sheet's place in the file (a cover sheet before page 1), and a text's lone page number under the cover
counts beside heads that print the others (`1 / 10`, then `… | 2 / 10`). Values read off the issues."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from conftest import records_of

from kic_extract.clean.furniture import lines_to_pages
from kic_extract.ingest import text_to_lines
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _with_cover_sheet(src: Path, out: Path) -> Path:
    """The PDF with a blank sheet put before its first page."""
    doc = pdfium.PdfDocument(src)
    width, height = doc[0].get_size()
    padded = pdfium.PdfDocument.new()
    padded.new_page(width, height)
    padded.import_pages(doc)
    padded.save(out)
    return out


def test_a_cover_sheet_before_page_one_moves_no_record(tmp_path):
    src = ROOT / "tests" / "corpus" / "pdf" / "kic-china-weekly-302.reportlab.pdf"
    padded = _with_cover_sheet(src, tmp_path / src.name)
    starts = [(s["title"][:12], s["page_start"]) for s in records_of(extract_issue(padded, padded.name, Settings()), "sections")]
    # 302's contents: `▶ 중국 1 분기 GDP 5.4% 성장 … 2`; the print numbers its pages `- 2 -` and on
    assert starts == [(s["title"][:12], s["page_start"])
                      for s in records_of(extract_issue(src, src.name, Settings()), "sections")]
    assert starts[0][1] == 2


def test_a_lone_number_under_the_cover_beside_numbered_heads_is_page_one():
    # 544 l.25–28: `ⓒ 글로벌혁신센터 …` / `1 / 10` under the cover, then `KIC 중국 · 주간 중국 창업 No.544 | 2030.06.14 | 2 / 10`
    text = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-544.txt").read_text(encoding="utf-8")
    found = lines_to_pages(text_to_lines(text))
    assert {25, 26, 28} <= found.lines
    # l.30 `이슈 & 트렌드` opens page 2, l.55 page 3 (`… | 3 / 10` on l.53)
    assert [found.page_of_line[n - 1] for n in (24, 30, 55)] == [1, 2, 3]
