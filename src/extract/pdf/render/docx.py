"""Pages to a Word document (python-docx) for an office suite to print: paragraph styles for
headings, a running header and a PAGE field footer, page breaks where the text's pages end,
grid tables with merged group cells and header rows marked to repeat."""

from __future__ import annotations

from pathlib import Path

from kic_extract.pdf.render.pages import PAGE_NUMBER, Page, table_headers
from kic_extract.pdf.render.tables import grid

# (size relative to the body, bold, alignment) per block kind; alignment None: justified
_KINDS = {
    "title": (2.0, True, "center"), "masthead": (0.95, False, "center"), "category": (1.45, True, "left"),
    "toc": (1.0, False, "left"), "section": (1.2, True, "left"), "subhead": (1.05, True, "left"),
    "bullet": (1.0, False, None), "note": (0.85, False, "left"), "para": (1.0, False, None),
}


def _fonts(run, latin: str, east_asian: str) -> None:
    from docx.oxml.ns import qn

    run.font.name = latin
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hAnsi"), latin)


def _page_field(paragraph, name: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, name), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == name:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {name} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _margin(part, lines: list[str], font: str, size: float, total: int) -> None:
    """Header or footer lines, a page number as a PAGE field (and a total as NUMPAGES)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    for k, text in enumerate(lines):
        para = part.paragraphs[0] if k == 0 else part.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        m = PAGE_NUMBER.match(text)
        pieces = [m["pre"], "PAGE", m["post"]] if m else [text]
        if m and m["of"] and int(m["of"]) == total:
            pieces[2:] = m["post"].partition(m["of"])[::2]
            pieces.insert(3, "NUMPAGES")
        for piece in pieces:
            if piece in ("PAGE", "NUMPAGES"):
                _page_field(para, piece)
            elif piece:
                run = para.add_run(piece)
                run.font.size = Pt(size * 0.85)
                _fonts(run, font, font)


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def pages_to_docx(pages: list[Page], out: Path, font: str, heading_font: str, size: float) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt

    align = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT, None: WD_ALIGN_PARAGRAPH.JUSTIFY}
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    section.left_margin = section.right_margin = Mm(18)
    header = next((p.header for p in pages if p.header), [])
    footer = next((p.footer for p in pages if p.footer), [])
    section.different_first_page_header_footer = bool(pages and not pages[0].header and header)
    _margin(section.header, header, font, size, len(pages))
    _margin(section.footer, footer, font, size, len(pages))
    if section.different_first_page_header_footer:
        _margin(section.first_page_footer, pages[0].footer, font, size, len(pages))
    style = doc.styles["Normal"]
    style.font.size = Pt(size)
    style.paragraph_format.space_after = Pt(size * 0.5)
    style.paragraph_format.line_spacing = 1.3
    headers = table_headers(pages)
    for p, page in enumerate(pages):
        for b, block in enumerate(page.blocks):
            if block.kind == "table":
                _table(doc, grid(block.lines, headers[(p, b)]), font, size * 0.9)
                continue
            scale, bold, where = _KINDS.get(block.kind, (1.0, False, None))
            para = doc.add_paragraph()
            if b and page.blocks[b - 1].kind == "table":
                para.paragraph_format.space_before = Pt(0 if page.blocks[b - 1].tight else size * 1.2)
            para.alignment = align[where]
            if block.kind in ("toc", "bullet"):
                para.paragraph_format.left_indent = Pt(size * (1.6 if block.kind == "toc" else 0.8))
            if block.tight:
                para.paragraph_format.space_after = Pt(0)
            run = para.add_run(block.lines[0])
            run.font.size, run.font.bold = Pt(size * scale), bold
            family = heading_font if block.kind in ("title", "category", "section") else font
            _fonts(run, family, family)
        if p + 1 < len(pages):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(str(out))


def _table(doc, g, font: str, size: float) -> None:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    rows, cols = len(g.cells), len(g.cells[0])
    table = doc.add_table(rows=rows, cols=cols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (r, c), (nr, nc) in g.spans.items():
        table.cell(r, c).merge(table.cell(r + nr - 1, c + nc - 1))
    for r, row in enumerate(g.cells):
        if g.title_rows <= r < g.header_rows:
            _repeat_header(table.rows[r])
        for c, text in enumerate(row):
            if text is None:
                continue
            para = table.cell(r, c).paragraphs[0]
            if r < g.header_rows and r >= g.title_rows:
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif r >= g.header_rows and g.numeric[c]:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            para.paragraph_format.space_after = Pt(0)
            run = para.add_run(text)
            run.font.size, run.font.bold = Pt(size), r < g.header_rows
            _fonts(run, font, font)
