"""Generate a PDF of a newsletter from its text form, as the newsletter's own PDF is laid out:
the page breaks where the text shows them (inside the paragraphs and tables the text route
rejoins), ruled tables with a spanning title row and merged cells, images standing in for
figures, a running header and page numbers. Korean and Chinese use reportlab's built-in CID fonts,
so no font file is needed. Used by the tests and `make bench`; needs reportlab.
"""

from __future__ import annotations

import io
from pathlib import Path

from kic_extract.clean import lines_to_chunks
from kic_extract.ingest import bytes_to_text, text_to_lines
from kic_extract.settings import Settings

PAGE_W, PAGE_H = 595.0, 842.0  # A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 50.0, 60.0, 55.0
SIZE, LEADING, PARA_GAP = 8.0, 11.0, 9.0
KOREAN, CHINESE, LATIN = "HYSMyeongJo-Medium", "STSong-Light", "Helvetica"
HEADER = "주간 중국 창업"


def _font(ch: str) -> str:
    """The font a Korean word processor would use: the Korean CID font for Hangul, hanja and the
    symbols of KS X 1001 (it maps — to the look-alike ―, as such fonts do), the Chinese one for
    simplified characters, Helvetica for Latin-1 punctuation the Korean font cannot map back (·)."""
    if ch == "·":
        return LATIN
    try:
        ch.encode("cp949")
        return KOREAN
    except UnicodeEncodeError:
        return CHINESE


class _Writer:
    def __init__(self, canvas, number: int) -> None:
        from reportlab.pdfbase import pdfmetrics

        self.c, self.number, self.page = canvas, number, 0
        self.width = pdfmetrics.stringWidth
        self.y = 0.0
        self.new_page()

    def text_width(self, text: str, size: float = SIZE) -> float:
        return sum(self.width(ch, _font(ch), size) for ch in text)

    def draw(self, x: float, y: float, text: str, size: float = SIZE) -> None:
        for ch in text:
            self.c.setFont(_font(ch), size)
            self.c.drawString(x, y, ch)
            x += self.width(ch, _font(ch), size)

    def new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        self.draw(MARGIN_X, PAGE_H - 35, f"{HEADER}  제 {self.number} 호", 7)
        self.draw(PAGE_W / 2 - 8, 30, f"- {self.page} -", 7)
        self.y = PAGE_H - MARGIN_TOP

    def room(self) -> float:
        return self.y - MARGIN_BOTTOM

    def wrap(self, text: str, width: float) -> list[str]:
        """Greedy wrapping at spaces; a word wider than the line is broken between characters."""
        lines, current = [], ""
        for word in text.split(" "):
            candidate = word if not current else current + " " + word
            if self.text_width(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word
            while self.text_width(current) > width:
                cut = len(current)
                while cut > 1 and self.text_width(current[:cut]) > width:
                    cut -= 1
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
        return lines


def _image(writer: _Writer, height: float = 40.0) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = Image.new("RGB", (60, 20), (200, 200, 200))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    if writer.room() < height + PARA_GAP:
        writer.new_page()
    writer.c.drawImage(ImageReader(buf), MARGIN_X, writer.y - height, width=120, height=height)
    writer.y -= height + PARA_GAP


def _paragraph_height(writer: _Writer, lines: list[str]) -> float:
    width = PAGE_W - 2 * MARGIN_X
    return sum(len(writer.wrap(line, width)) for line in lines) * LEADING


def _draw_lines(writer: _Writer, lines: list[str]) -> None:
    width = PAGE_W - 2 * MARGIN_X
    for line in lines:
        for part in writer.wrap(line, width):
            writer.y -= LEADING
            writer.draw(MARGIN_X, writer.y + 2, part)


def _table(writer: _Writer, rows: list[str]) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    cells = [row.split("\t") for row in rows]
    width = max(len(r) for r in cells)
    cells = [r + [""] * (width - len(r)) for r in cells]
    style_cmds = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    first = 0
    if len([c for c in cells[0] if c.strip()]) == 1 and cells[0][0].strip() and len(cells) > 1:
        style_cmds.append(("SPAN", (0, 0), (-1, 0)))  # a title row spans the table
        first = 1
    for c in range(width - 1):  # blank cells under a filled one are merged with it
        r = first
        while r < len(cells):
            end = r
            while end + 1 < len(cells) and not cells[end + 1][c].strip() and any(x.strip() for x in cells[end + 1][c + 1:]):
                end += 1
            if end > r and cells[r][c].strip():
                style_cmds.append(("SPAN", (c, r), (c, end)))
            r = end + 1
    para = ParagraphStyle("cell", fontName=KOREAN, fontSize=SIZE, leading=LEADING)
    total = PAGE_W - 2 * MARGIN_X
    # each column as wide as its longest cell (plus reportlab's 6 pt padding a side); when the
    # table is too wide, the widest columns give way, so cells wrap at their spaces
    widths = [max(writer.text_width(r[c]) for r in cells[1 if first else 0:]) + 14 for c in range(width)]
    while sum(widths) > total:
        widest = max(range(width), key=lambda c: widths[c])
        widths[widest] -= min(sum(widths) - total, widths[widest] - 60)
        if widths[widest] <= 60:
            break

    def cell(text: str):
        if not text.strip():
            return ""
        runs = "".join(f'<font name="{_font(ch)}">{_escape(ch)}</font>' for ch in text)
        return Paragraph(runs, para)

    table = Table([[cell(c) for c in row] for row in cells], colWidths=widths, style=TableStyle(style_cmds))
    _, height = table.wrapOn(writer.c, total, PAGE_H)
    if height > writer.room():
        writer.new_page()
    table.drawOn(writer.c, MARGIN_X, writer.y - height)
    writer.y -= height + PARA_GAP


def _escape(ch: str) -> str:
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(ch, ch)


def text_to_pdf(text: str, out: Path, number: int = 268) -> int:
    """Lay the newsletter's text out as a PDF; return the number of pages."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    for name in (KOREAN, CHINESE):
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    lines = text_to_lines(text)
    chunks = lines_to_chunks(lines, Settings())
    # the blank lines that are page breaks in the newsletter: inside rejoined paragraphs and tables
    breaks = {j.line for c in chunks for ln in c.lines for j in ln.joins} | {b - 1 for c in chunks for b in c.table_breaks}
    canvas = Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=1)
    writer = _Writer(canvas, number)
    group: list[str] = []
    group_end = 0

    def flush() -> None:
        if not group:
            return
        if all("\t" in g for g in group):
            _table(writer, group)
        else:
            if any(g.startswith(("표 ", "사진 ")) and ") 출처" in g for g in group):
                _image(writer)
            if _paragraph_height(writer, group) > writer.room():
                writer.new_page()
            _draw_lines(writer, group)
            writer.y -= PARA_GAP
        if group_end in breaks:
            writer.new_page()
        group.clear()

    for line in lines:
        if not line.text:
            flush()
            continue
        if group and ("\t" in line.text) != ("\t" in group[-1]):
            flush()
        group.append(line.text)
        group_end = line.no
    flush()
    canvas.save()
    return writer.page


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kic_extract.pdf.fixture", description=__doc__)
    parser.add_argument("text", type=Path)
    parser.add_argument("pdf", type=Path)
    args = parser.parse_args(argv)
    text, _ = bytes_to_text(args.text.read_bytes())
    pages = text_to_pdf(text, args.pdf)
    print(f"{args.pdf}: {pages} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
