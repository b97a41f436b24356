"""Pages to one HTML document for a browser engine's print to PDF (Chromium, WeasyPrint): CSS
paged media prints each page's running header and page number in the page margin, named pages
keep the text's page breaks, tables are real tables with merged group cells, text is justified.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from kic_extract.pdf.render.pages import PAGE_NUMBER, Page, table_headers
from kic_extract.pdf.render.tables import Grid, grid


@dataclass(frozen=True)
class Style:
    font: str  # CSS font-family list
    size: float  # body size in pt
    heading_font: str | None = None  # another family for headings, when the house style uses one
    justify: bool = True


def _margin_box(lines: list[str], page: Page, total: int) -> str:
    """CSS content for a margin box: the lines as printed, a page number as `counter(page)` (and
    a page total as `counter(pages)`) when it is this page's number."""
    if not lines:
        return "none"
    parts = []
    for text in lines:
        m = PAGE_NUMBER.match(text)
        if m and int(m["n"]) == page.number:
            of = m["of"] and int(m["of"]) == total
            post = m["post"].replace(m["of"], '" counter(pages) "') if of else _css(m["post"])
            parts.append(f'"{_css(m["pre"])}" counter(page) "{post}"')
        else:
            parts.append(f'"{_css(text)}"')
    return ' "\\A" '.join(parts)


def _css(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _table(g: Grid, tight: bool) -> str:
    out = ['<table class="tight">' if tight else '<table>']
    for r, row in enumerate(g.cells):
        tag = "th" if r < g.header_rows else "td"
        cells = []
        for c, cell in enumerate(row):
            if cell is None:
                continue
            span = g.spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{span[0]}"' if span[0] > 1 else "") + (f' colspan="{span[1]}"' if span[1] > 1 else "")
            cls = ' class="title"' if r < g.title_rows else (' class="num"' if g.numeric[c] and r >= g.header_rows else "")
            cells.append(f"<{tag}{attrs}{cls}>{escape(cell)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def pages_to_html(pages: list[Page], style: Style, title: str) -> str:
    heading = style.heading_font or style.font
    css = [
        "@page { size: A4; margin: 22mm 17mm 20mm 17mm;",
        "  @top-center { font-size: 7.5pt; color: #555; white-space: pre; }",
        "  @bottom-center { font-size: 8pt; white-space: pre; } }",
        f"body {{ font-family: {style.font}; font-size: {style.size}pt; line-height: 1.55; margin: 0;"
        " word-break: keep-all; overflow-wrap: anywhere; }",
        f"p {{ margin: 0 0 0.55em 0; text-align: {'justify' if style.justify else 'left'}; }}",
        ".pg { break-after: page; } .pg:last-child { break-after: auto; }",
        f".title {{ font-family: {heading}; font-size: 2em; font-weight: bold; text-align: center;"
        " margin: 1.2em 0 0.6em; }",
        ".masthead { text-align: center; font-size: 0.95em; }",
        f".category {{ font-family: {heading}; font-size: 1.45em; font-weight: bold; color: #1f3a68;"
        " margin: 0.5em 0 0.15em; }",
        ".toc { margin-left: 1.6em; text-align: left; }",
        f".section {{ font-family: {heading}; font-size: 1.2em; font-weight: bold; margin: 0.8em 0 0.5em;"
        " text-align: left; }",
        ".subhead { font-weight: bold; font-size: 1.05em; margin: 0.6em 0 0.35em; text-align: left; }",
        ".bullet { margin-left: 0.8em; }",
        ".note { font-size: 0.85em; color: #333; text-align: left; }",
        "table { border-collapse: collapse; margin: 0.9em 0 0.9em; font-size: 0.9em; width: 100%; }",
        "p.tight + table { margin-top: 0.1em; } table.tight { margin-bottom: 0.1em; }",
        "th, td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: middle; text-align: left; }",
        "th { background: #dde4ee; font-weight: bold; text-align: center; }",
        "td.num { text-align: right; } th.title { background: #fff; }",
        "p.tight { margin-bottom: 0; }",
    ]
    body = []
    headers = table_headers(pages)
    for p, page in enumerate(pages):
        css.append(f"@page p{page.number} {{ @top-center {{ content: {_margin_box(page.header, page, len(pages))}; }}"
                   f" @bottom-center {{ content: {_margin_box(page.footer, page, len(pages))}; }} }}")
        parts = [f'<div class="pg" style="page: p{page.number}">']
        for b, block in enumerate(page.blocks):
            if block.kind == "table":
                parts.append(_table(grid(block.lines, headers[(p, b)]), block.tight))
            else:
                tight = " tight" if block.tight else ""
                parts.append(f'<p class="{block.kind}{tight}">{escape(block.lines[0])}</p>')
        if not page.blocks:
            parts.append("<p>&#160;</p>")
        parts.append("</div>")
        body.append("\n".join(parts))
    return ("<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title>\n<style>\n" + "\n".join(css) + "\n</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")
