"""The programs that print the corpus: each takes the text's pages and writes a PDF, shrinking the
body type until every text page fits on one PDF page. A producer whose program is not installed
is reported as missing, never faked."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from kic_extract.pdf.render.html import Style, pages_to_html
from kic_extract.pdf.render.pages import Page

SIZES = (9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5, 5.0)
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-pdf-header-footer")


class MissingProducer(RuntimeError):
    """The program a producer needs is not installed."""


def page_count(path: Path) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


# a fixed date for the programs that honour it, so a print is the same file each time
REPRODUCIBLE = {"SOURCE_DATE_EPOCH": "1735689600", "TZ": "UTC"}


_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{4,14})")
_FILE_ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)")
_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)")


def pin_dates(path: Path) -> None:
    """Overwrite a PDF's creation date, file identifier and checksum in place with fixed values
    of the same length (offsets stay valid), for programs that ignore SOURCE_DATE_EPOCH."""
    data = path.read_bytes()
    data = _DATE.sub(lambda m: m[1] + b"20250101000000"[: len(m[2])].ljust(len(m[2]), b"0"), data)
    data = _FILE_ID.sub(lambda m: m[1] + b"0" * len(m[2]) + m[3] + b"0" * len(m[4]) + m[5], data)
    data = _CHECKSUM.sub(lambda m: m[1] + b"0" * len(m[2]), data)
    path.write_bytes(data)


def _run(cmd: list[str], timeout: float = 180) -> None:
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env={**os.environ, **REPRODUCIBLE})
    if res.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed ({res.returncode}): {res.stderr.strip()[-400:]}")


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    raise MissingProducer("chromium (apt-get install chromium)")


def chromium(pages: list[Page], out: Path, size: float, work: Path) -> None:
    exe = _chromium()
    style = Style('"Noto Sans CJK KR", "Noto Sans CJK SC", sans-serif', size,
                  heading_font='"Noto Serif CJK KR", serif')
    html = work / "issue.html"
    html.write_text(pages_to_html(pages, style, out.stem), encoding="utf-8")
    _run([exe, *CHROMIUM_FLAGS, f"--user-data-dir={work / 'profile'}", f"--print-to-pdf={out}", html.as_uri()])
    pin_dates(out)


def weasyprint(pages: list[Page], out: Path, size: float, work: Path) -> None:
    try:
        from weasyprint import HTML
    except ImportError as exc:
        raise MissingProducer("weasyprint (pip install weasyprint)") from exc
    style = Style('"Noto Serif CJK KR", "Noto Serif CJK SC", serif', size, heading_font='"NanumGothic", sans-serif')
    HTML(string=pages_to_html(pages, style, out.stem)).write_pdf(str(out))


def libreoffice(pages: list[Page], out: Path, size: float, work: Path) -> None:
    from kic_extract.pdf.render.docx import pages_to_docx

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise MissingProducer("LibreOffice (apt-get install libreoffice-writer-nogui)")
    try:
        import docx  # noqa: F401
    except ImportError as exc:
        raise MissingProducer("python-docx (pip install python-docx)") from exc
    source = work / f"{out.stem}.docx"
    pages_to_docx(pages, source, "NanumMyeongjo", "NanumGothic", size)
    _run([exe, f"-env:UserInstallation={(work / 'lo-profile').as_uri()}", "--headless", "--convert-to", "pdf",
          "--outdir", str(work), str(source)])
    shutil.move(work / f"{out.stem}.pdf", out)
    pin_dates(out)


def reportlab(pages: list[Page], out: Path, size: float, work: Path) -> None:
    from kic_extract.pdf.render.reportlab import pages_to_pdf

    pages_to_pdf(pages, out)


def ghostscript(pages: list[Page], out: Path, size: float, work: Path) -> None:
    """A WeasyPrint print in Nanum fonts, distilled again by Ghostscript's pdfwrite (its own font
    subsets and content streams). Chromium's Skia fonts are not used here: pdfwrite rebuilds
    their Unicode maps wrongly, which the PDF route reports as garbled pages."""
    exe = shutil.which("gs")
    if not exe:
        raise MissingProducer("Ghostscript (apt-get install ghostscript)")
    try:
        from weasyprint import HTML
    except ImportError as exc:
        raise MissingProducer("weasyprint (pip install weasyprint)") from exc
    first = work / "weasyprint.pdf"
    style = Style('"NanumGothic", "Noto Sans CJK SC", sans-serif', size, heading_font='"NanumMyeongjo", serif',
                  justify=False)
    HTML(string=pages_to_html(pages, style, out.stem)).write_pdf(str(first))
    _run([exe, "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dOmitInfoDate", "-dOmitID", "-dOmitXMP",
          f"-sOutputFile={out}", str(first)])


PRODUCERS: dict[str, Callable[[list[Page], Path, float, Path], None]] = {
    "reportlab": reportlab, "chromium": chromium, "libreoffice": libreoffice, "weasyprint": weasyprint,
    "ghostscript": ghostscript,
}


def render(producer: str, pages: list[Page], out: Path, fit: bool) -> tuple[int, float]:
    """Write `out` with the producer; with `fit`, shrink the type until the PDF has one page per
    text page. Returns the PDF's page count and the body size used."""
    make = PRODUCERS[producer]
    with tempfile.TemporaryDirectory(prefix=f"render-{producer}-") as tmp:
        work = Path(tmp)
        os.environ.setdefault("HOME", tmp)
        for size in SIZES if fit else SIZES[:1]:
            make(pages, out, size, work)
            count = page_count(out)
            if not fit or count <= len(pages):
                return count, size
    raise RuntimeError(f"{out}: {count} PDF pages for {len(pages)} text pages even at {SIZES[-1]} pt")
