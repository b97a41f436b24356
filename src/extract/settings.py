"""Every tunable of the pipeline in one validated dataclass."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    """Pipeline settings; the defaults fit the newsletter's text as extracted from its PDF.

    >>> Settings(heading_max_chars=0)
    Traceback (most recent call last):
    ...
    ValueError: heading_max_chars must be positive, got 0
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
    #: an input whose processing takes longer than this many seconds is abandoned
    timeout_seconds: float = 60.0
    #: PDFs with more pages than this are refused
    max_pdf_pages: int = 2000
    #: height (pt) of the top and bottom bands of a PDF page where running headers and footers sit
    pdf_running_band: float = 45.0

    def __post_init__(self) -> None:
        for name in ("min_break_line_chars", "max_joined_chars", "heading_max_chars", "max_input_bytes", "max_pdf_pages"):
            value = getattr(self, name)
            if value <= 0:
                raise ValueError(f"{name} must be positive, got {value}")
        if not 0 < self.toc_match_threshold <= 1:
            raise ValueError(f"toc_match_threshold must be in (0, 1], got {self.toc_match_threshold}")
        if self.timeout_seconds <= 0:
            raise ValueError(f"timeout_seconds must be positive, got {self.timeout_seconds}")
