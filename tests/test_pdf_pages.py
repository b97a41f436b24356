"""A PDF's pages shared with forked processes (`pdf/pages.py`) read exactly as one process reads
them: the same text, pages, problems and routes, whether the children read their share, stop at
a page pdfium cannot give (pdfplumber stays in the first process), or fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PDFS, PDFS_ONE_PER_PRODUCER, ROOT, one_process_reading

import kic_extract.pdf
from kic_extract.pdf import pages
from kic_extract.pdf.read import read_pdf
from kic_extract.settings import Settings



def _read(path: Path, processes: int) -> tuple:
    routes: list[tuple[int, str]] = []
    previous = kic_extract.pdf.page_processes
    kic_extract.pdf.page_processes = processes
    try:
        return read_pdf(path, Settings(), routes), routes
    finally:
        kic_extract.pdf.page_processes = previous


@pytest.mark.parametrize(("processes", "pdfs"), [(2, PDFS), (3, PDFS_ONE_PER_PRODUCER)], ids=["2", "3"])
def test_shared_pages_read_as_one_process_reads_them(monkeypatch, processes, pdfs):
    monkeypatch.setattr(pages, "MIN_SPLIT_PAGES", 2)  # the test PDFs are short
    from_children = []
    real = pages._Child.results
    monkeypatch.setattr(pages._Child, "results", lambda self: from_children.append(len(got := real(self))) or got)
    for path in pdfs:
        assert _read(path, processes) == one_process_reading(path), path.name
    assert sum(from_children) > len(pdfs)  # the children did read pages


def test_a_child_that_fails_has_its_share_read_here(monkeypatch):
    real = pages.read_one

    def failing(source, number, read_page, messages, pdfium_only=False):
        if pdfium_only:  # only the children ask for pdfium alone
            raise RuntimeError("a child's failure")
        return real(source, number, read_page, messages, pdfium_only)

    monkeypatch.setattr(pages, "MIN_SPLIT_PAGES", 2)
    path = ROOT / "tests" / "corpus" / "pdf" / "kic-china-weekly-304.reportlab.pdf"
    expected = _read(path, 1)
    monkeypatch.setattr(pages, "read_one", failing)
    assert _read(path, 2) == expected


def test_a_short_pdf_is_read_in_one_process(monkeypatch):
    def no_child(*args):
        raise AssertionError("a child was started for a short PDF")

    monkeypatch.setattr(pages._Child, "start", no_child)
    path = ROOT / "tests" / "data" / "pdf" / "sample.reportlab.pdf"
    assert _read(path, 2) == _read(path, 1)
