"""Every tunable of the pipeline in one validated dataclass."""

from __future__ import annotations

from dataclasses import dataclass


#: the time limit's bounds: below a tenth of a second no input can be read; a day is no limit at all
MIN_TIMEOUT = 0.1
MAX_TIMEOUT = 86_400.0
#: the least memory limit a worker can be given and still read a newsletter
MIN_MEMORY = 64 * 2**20


@dataclass(frozen=True, slots=True)
class Settings:
    """Pipeline settings; the defaults fit the newsletter's text as extracted from its PDF.

    >>> Settings(heading_max_chars=0)
    Traceback (most recent call last):
    ...
    ValueError: heading_max_chars must be positive, got 0
    >>> Settings(timeout_seconds=float("nan"))
    Traceback (most recent call last):
    ...
    ValueError: timeout_seconds must be a number of seconds from 0.1 to 86400, got nan
    """

    #: a line must be at least this long to end at a page break (a wrapped paragraph's last line)
    min_break_line_chars: int = 40
    #: a line joined across page breaks is not extended past this many characters (a paragraph is
    #: far shorter), which bounds the work a hostile input of endless half-lines can cause
    max_joined_chars: int = 10_000
    #: a marked line (`1)`, `①`, `▶`) no longer than this and not ending a sentence is a heading
    heading_max_chars: int = 60
    #: similarity (0–1) a body title needs to match a table-of-contents entry
    toc_match_threshold: float = 0.55
    #: inputs larger than this are refused with an error naming the file
    max_input_bytes: int = 20_000_000
    #: an input whose processing takes longer than this many seconds is abandoned (its worker killed)
    timeout_seconds: float = 60.0
    #: memory (bytes) a worker may take beyond what it holds when it starts; an input needing more fails
    max_memory_bytes: int = 2048 * 2**20
    #: PDFs with more pages than this are refused
    max_pdf_pages: int = 2000
    #: height (pt) of the top and bottom bands of a PDF page where running headers and footers sit
    pdf_running_band: float = 45.0
    #: where the PDF reader takes a page's glyphs and paths from: "pdfium" (fast; a page pdfium
    #: cannot give exactly is read by pdfplumber) or "pdfplumber" (every page)
    pdf_reader: str = "pdfium"

    def __post_init__(self) -> None:
        for name in ("min_break_line_chars", "max_joined_chars", "heading_max_chars", "max_input_bytes", "max_pdf_pages"):
            value = getattr(self, name)
            if value <= 0:
                raise ValueError(f"{name} must be positive, got {value}")
        if self.pdf_reader not in ("pdfium", "pdfplumber"):
            raise ValueError(f"pdf_reader must be 'pdfium' or 'pdfplumber', got {self.pdf_reader!r}")
        if not 0 < self.toc_match_threshold <= 1:
            raise ValueError(f"toc_match_threshold must be in (0, 1], got {self.toc_match_threshold}")
        if not MIN_TIMEOUT <= self.timeout_seconds <= MAX_TIMEOUT:  # also false for nan
            raise ValueError(f"timeout_seconds must be a number of seconds from {MIN_TIMEOUT:g} to {MAX_TIMEOUT:g}, "
                             f"got {self.timeout_seconds:g}")
        if self.max_memory_bytes < MIN_MEMORY:
            raise ValueError(f"max_memory_bytes must be at least {MIN_MEMORY:,}, got {self.max_memory_bytes:,}")
