"""The PDF reader's two sources give the same records: every PDF of the test data and the corpus
read through pdfium (`pdf/glyphs.py`, pdfplumber for the pages pdfium cannot give exactly) and
through pdfplumber alone must produce identical text, pages and problems, all the stages after the
reader take from it, and so identical records and warnings. The pages read by pdfplumber are
recorded with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PDFS, ROOT, one_process_reading
from pdf_bytes import pdf_of

from kic_extract.pdf.read import read_pdf
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

PDFIUM, PLUMBER = Settings(), Settings(pdf_reader="pdfplumber")


def _records(path: Path, settings: Settings) -> tuple[dict, list]:
    result = extract_issue(path, path.name, settings)
    records = {name: [r.model_dump(mode="json") for r in rs] for name, rs in result.records.items()}
    return records, [w.model_dump(mode="json") for w in result.warnings]


#: prints on which the two sources are known to differ, and why
DIFFER = {"kic-china-weekly-432.libreoffice.pdf": "pdfium's text keeps one of two space glyphs in a row "
                                                  "(`01  신에너지차`), pdfminer both",
          "kic-china-weekly-514.libreoffice.pdf": "pdfium's text keeps one of two space glyphs in a row "
                                                  "(`01  중국 10대 도시`), pdfminer both",
          "kic-china-weekly-946.libreoffice.pdf": "pdfium's text keeps one of two space glyphs in a row "
                                                  "(`01  정부업무보고로 본 …`), pdfminer both"}


@pytest.mark.parametrize("path", [pytest.param(p, marks=pytest.mark.xfail(reason=DIFFER[p.name], strict=True))
                                  if p.name in DIFFER else p for p in PDFS], ids=[p.name for p in PDFS])
def test_both_sources_give_the_same_text(path):
    reading, routes = one_process_reading(path)
    assert reading == read_pdf(path, PLUMBER)
    assert [page for page, _ in routes] == list(range(1, len(routes) + 1))
    assert all(how == "pdfium" or how.startswith("pdfplumber: ") for _, how in routes)


def test_both_sources_give_the_same_records():
    """Nothing after the reader depends on its source: a print read partly by each gives the same records."""
    path = ROOT / "tests" / "corpus" / "pdf" / "kic-china-weekly-301.libreoffice.pdf"
    assert {how.split(":")[0] for _, how in one_process_reading(path)[1]} == {"pdfium", "pdfplumber"}
    assert _records(path, PDFIUM) == _records(path, PLUMBER)


def test_the_corpus_is_read_by_pdfium():
    """The producers pdfium reads exactly (not the Type 3 fonts of Chromium's print, nor
    WeasyPrint's spaces) are read through it: almost every page of their prints takes the fast
    route, whichever prints `make corpus-pdfs` has added."""
    routes = [route for path in PDFS if path.stem.rsplit(".", 1)[-1] in ("reportlab", "libreoffice", "ghostscript")
              for route in one_process_reading(path)[1]]
    fast = sum(how == "pdfium" for _, how in routes)
    assert routes and fast >= 0.95 * len(routes), f"only {fast} of {len(routes)} pages read through pdfium"


def test_a_type3_print_falls_back_and_says_why():
    path = ROOT / "tests" / "data" / "pdf" / "sample.chromium.pdf"
    if not path.exists():
        pytest.skip("sample.chromium.pdf is not committed; `make corpus-pdfs` prints it")
    routes: list[tuple[int, str]] = []
    read_pdf(path, PDFIUM, routes)
    assert routes and all(how.startswith("pdfplumber: ") and "Type 3" in how for _, how in routes)


def test_a_mark_the_font_cannot_draw_is_kept(tmp_path):
    """ReportLab's CID fonts are not embedded: drawn one glyph at a time, `◈` is a blank text object pdfium has no text
    for, like a space but wider. The page goes to pdfplumber, which reads the mark (unless a system font pdfium
    substitutes draws it)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    path = tmp_path / "mark.pdf"
    page, x = canvas.Canvas(str(path)), 50.0
    page.setFont("HYSMyeongJo-Medium", 10)
    for ch in "◈ 이슈 분석":
        page.drawString(x, 700, ch)
        x += pdfmetrics.stringWidth(ch, "HYSMyeongJo-Medium", 10)
    page.save()
    routes: list[tuple[int, str]] = []
    assert read_pdf(path, PDFIUM, routes)[0] == "◈ 이슈 분석\n"
    # (where the machine has a font pdfium substitutes for the missing one and draws the mark with, pdfium reads the
    # page itself: as TeX Live's fonts installed beside fonts-noto-cjk give it)
    assert routes in ([(1, "pdfplumber: a blank glyph of another width than its font's space")], [(1, "pdfium")])


def test_the_reader_setting_is_checked():
    with pytest.raises(ValueError, match="pdf_reader"):
        Settings(pdf_reader="poppler")


def _routes(path: Path) -> list[str]:
    routes: list[tuple[int, str]] = []
    read_pdf(path, PDFIUM, routes)
    return [how for _, how in routes]


def _pdf_with_content(path: Path, content: bytes) -> None:
    """A one-page PDF drawing `content` in Helvetica, its media box set on the page tree, not on the page."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>",
               b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    path.write_bytes(pdf_of(objects))


def test_a_media_box_set_on_the_page_tree(tmp_path):
    """XeTeX (dvipdfmx) and others set the media box on the page tree, not on each page: pdfium reads the pages."""
    path = tmp_path / "tree-box.pdf"
    _pdf_with_content(path, b"BT /F1 12 Tf 72 720 Td (Page tree box) Tj ET")
    assert _routes(path) == ["pdfium"]
    assert read_pdf(path, PDFIUM) == read_pdf(path, PLUMBER)
    assert read_pdf(path, PDFIUM).text == "Page tree box\n"
    xelatex = ROOT / "tests" / "data" / "pdf" / "kic-china-weekly-941.xelatex.pdf"
    assert set(_routes(xelatex)) == {"pdfium"}


def test_tagged_text_is_read_by_pdfium_but_not_text_replaced(tmp_path):
    """Marked content that only tags the text (`/Span <</MCID 0>>`, as Typst and Chromium write) changes nothing
    read; `/ActualText` replaces the glyphs in pdfium's text only, so such a page goes to pdfplumber."""
    tagged = b"/Span <</MCID 0>> BDC BT /F1 12 Tf 72 720 Td (Tagged text) Tj ET EMC"
    replaced = b"/Span <</ActualText (Other)>> BDC BT /F1 12 Tf 72 720 Td (Tagged text) Tj ET EMC"
    for k, (content, route) in enumerate(((tagged, "pdfium"), (replaced, "pdfplumber: a font or text matrix pdfium "
                                                                         "reads differently (Type 3, skewed or marked text)"))):
        path = tmp_path / f"marked-{k}.pdf"
        _pdf_with_content(path, content)
        assert _routes(path) == [route]
        assert read_pdf(path, PDFIUM).text == "Tagged text\n"


def test_fonts_mapping_two_glyphs_to_a_space():
    """Typst draws a space glyph the font's map does not give for a space: the width pdfium gives the glyph drawn is
    pdfminer's, and its pages take the fast route; WeasyPrint's subsets map two glyphs to a digit too, whose widths
    only pdfminer knows, so its pages go to pdfplumber and say why."""
    typst = ROOT / "tests" / "data" / "pdf" / "kic-china-weekly-936.typst.pdf"
    assert set(_routes(typst)) == {"pdfium"}
    weasyprint = ROOT / "tests" / "data" / "pdf" / "kic-china-weekly-566.weasyprint.pdf"
    assert set(_routes(weasyprint)) == {"pdfplumber: a font mapping two glyphs to one character draws one at another "
                                        "width than its map gives"}
