"""A PDF's pages read ahead by forked readers (`pdf/ahead.py`) give exactly what one process reads:
the same text, pages, problems and routes, whether the readers read every page, leave some to
the reader of the document (pages pdfium cannot give), fail, or read a file that has changed since."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import PDFS, PDFS_ONE_PER_PRODUCER, one_process_reading

from kic_extract.pdf import ahead, pages
from kic_extract.pdf.read import read_pdf
from kic_extract.settings import Settings

pytestmark = pytest.mark.skipif(not hasattr(os, "memfd_create"), reason="readers ahead need memfd_create")


def _read(path: Path) -> tuple:
    routes: list[tuple[int, str]] = []
    return read_pdf(path, Settings(), routes), routes


def _identity(path: Path) -> tuple[int, int]:
    st = os.stat(path)
    return st.st_dev, st.st_ino


@pytest.fixture
def taken(monkeypatch):
    """How many pages each reading took from the readers."""
    counts: list[int] = []
    real = ahead.take_pages
    monkeypatch.setattr(ahead, "take_pages", lambda a, n: counts.append(len(got := real(a, n))) or got)
    yield counts
    ahead.stop_all()


@pytest.mark.parametrize(("readers", "pdfs"), [(1, PDFS_ONE_PER_PRODUCER), (2, PDFS)], ids=["1", "2"])
def test_pages_read_ahead_read_as_one_process_reads_them(taken, readers, pdfs):
    for path in pdfs:
        expected = one_process_reading(path)
        ahead.start(path, _identity(path), Settings(), readers)
        assert _read(path) == expected, path.name
        ahead.stop_all()
    assert len(taken) == len(pdfs) and sum(taken) > len(pdfs)  # the readers did read pages


def test_a_reading_takes_the_readers_once_and_only_for_its_own_file(taken, tmp_path: Path):
    # prints pdfium reads (a local folder may also hold Type 3 prints, which it leaves to pdfplumber)
    readable = [p for p in PDFS if p.name.endswith((".reportlab.pdf", ".ghostscript.pdf"))]
    a, b = readable[0], tmp_path / "other.pdf"
    shutil.copy(readable[1], b)
    ahead.start(a, _identity(a), Settings(), 2)
    assert _read(b) == _read(readable[1])
    assert taken == []
    expected = _read(a)
    assert taken and taken[0] > 0
    assert _read(a) == expected and len(taken) == 1


def test_a_file_changed_in_place_is_read_as_it_now_is(taken, tmp_path: Path):
    path = tmp_path / "issue.pdf"
    shutil.copy(PDFS[0], path)
    ahead.start(path, _identity(path), Settings(), 2)
    path.write_bytes(PDFS[1].read_bytes())  # the same inode, other bytes, read by the readers or not
    assert _read(path) == _read(PDFS[1])


def test_pages_of_other_bytes_are_not_taken(taken, monkeypatch):
    ahead.start(PDFS[0], _identity(PDFS[0]), Settings(), 2)
    monkeypatch.setattr(pages.Pages, "digest", property(lambda self: "0" * 64))  # here only, not in the readers
    expected = _read(PDFS[0])
    assert taken == []
    monkeypatch.undo()
    assert expected == _read(PDFS[0])


def test_readers_that_fail_leave_every_page_to_the_reading(taken, monkeypatch):
    path = next(p for p in PDFS if "reportlab" in p.name)
    expected = _read(path)

    def failing(*args, **kwargs):
        raise RuntimeError("a reader's failure")

    with monkeypatch.context() as patched:
        patched.setattr(ahead, "_read_tokens", failing)  # in the forked readers, page 1 is read first
        ahead.start(path, _identity(path), Settings(), 2)
    assert _read(path) == expected
    assert taken == [1]


def test_pages_pdfium_cannot_give_are_left_to_the_reading(taken, monkeypatch):
    path = next(p for p in PDFS if "reportlab" in p.name)
    expected = _read(path)
    real = pages.read_one

    def not_page_two(source, number, read_page, messages, pdfium_only=False):
        if pdfium_only and number == 2:
            return None
        return real(source, number, read_page, messages, pdfium_only)

    with monkeypatch.context() as patched:
        patched.setattr(pages, "read_one", not_page_two)
        ahead.start(path, _identity(path), Settings(), 2)
    assert _read(path) == expected
    assert taken == [len({n for n, _ in expected[1]}) - 1]  # every page but the second


def test_the_command_reads_a_lone_pdf_ahead_and_writes_the_same(tmp_path: Path, monkeypatch):
    from kic_extract import cli

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(next(p for p in PDFS if "reportlab" in p.name), raw / "kic-china-weekly-304.pdf")
    started = []
    real = ahead.start
    monkeypatch.setattr(ahead, "start", lambda *a: started.append(a[0].name) or real(*a))
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert cli.main(["run", "--raw", str(raw), "--out", str(tmp_path / "ahead"), "--quiet"]) == 0
    assert started == ["kic-china-weekly-304.pdf"]
    monkeypatch.setattr(ahead, "start", lambda *a: None)
    assert cli.main(["run", "--raw", str(raw), "--out", str(tmp_path / "alone"), "--quiet"]) == 0
    names = sorted(p.relative_to(tmp_path / "ahead") for p in (tmp_path / "ahead").rglob("*.json"))
    assert names and all((tmp_path / "ahead" / n).read_bytes() == (tmp_path / "alone" / n).read_bytes() for n in names)


def test_readers_end_by_the_time_limit(monkeypatch):
    """A reader stuck on a page dies when the run's time limit has passed since it started."""
    import time

    path = PDFS[0]

    def stuck(*args, **kwargs):
        time.sleep(30)

    with monkeypatch.context() as patched:
        patched.setattr(ahead, "_read_tokens", stuck)
        ahead.start(path, _identity(path), Settings(timeout_seconds=0.5), 2)
    reader = ahead._STARTED[-1]
    start = time.monotonic()
    reader.poll(wait=True)  # the header
    while not reader.ended and time.monotonic() - start < 10:
        reader.poll(wait=True)
    assert reader.ended and time.monotonic() - start < 10
    ahead.stop_all()
