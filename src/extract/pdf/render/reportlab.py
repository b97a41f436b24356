"""Pages to a PDF with reportlab, through the test fixture's writer (built-in CID fonts, ruled
tables): each text page is one PDF page, with the text's running header and page number."""

from __future__ import annotations

from pathlib import Path

from kic_extract.pdf import fixture
from kic_extract.pdf.render.pages import Page


class _PageWriter(fixture._Writer):
    def __init__(self, canvas, pages: list[Page]) -> None:
        self.pages = pages
        super().__init__(canvas, 0)

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        page = self.pages[min(self.page, len(self.pages)) - 1]
        for k, text in enumerate(page.header):
            self.draw(fixture.MARGIN_X, fixture.PAGE_H - 35 + 9 * (len(page.header) - 1 - k), text, 7)
        for k, text in enumerate(reversed(page.footer)):
            self.draw(fixture.PAGE_W / 2 - self.text_width(text, 7) / 2, 30 + 9 * k, text, 7)
        self.y = fixture.PAGE_H - fixture.MARGIN_TOP


def pages_to_pdf(pages: list[Page], out: Path) -> int:
    """Draw the pages; return the number of PDF pages written."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    for name in (fixture.KOREAN, fixture.CHINESE):
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    canvas = Canvas(str(out), pagesize=(fixture.PAGE_W, fixture.PAGE_H), invariant=1)
    writer = _PageWriter(canvas, pages)
    for n, page in enumerate(pages):
        if n:
            writer.new_page()
        group: list[str] = []
        for block in page.blocks:
            if block.kind == "table":
                if group:
                    if fixture._paragraph_height(writer, group) > writer.room():
                        writer.new_page()
                    fixture._draw_lines(writer, group)
                    group = []
                fixture._table(writer, block.lines)
                continue
            group.append(block.lines[0])
            if block.tight:
                continue
            if fixture._paragraph_height(writer, group) > writer.room():
                writer.new_page()
            fixture._draw_lines(writer, group)
            writer.y -= fixture.PARA_GAP
            group = []
    canvas.save()
    return writer.page
