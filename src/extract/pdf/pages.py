"""A PDF's pages read one by one: each from pdfium when it gives the page exactly
(`pdf/glyphs.py`), else from pdfplumber (opened on first need), with the page's reading problems
and how it was read (`PageRead`).

A long PDF's pages can be shared with forked processes (`read_pages`, `processes` > 1): pages
are independent until their lines are joined, so a child reads a later share of them and sends
back what it read. A child takes only pages pdfium reads cleanly (no pdfplumber, no error, no
pdfminer message) and stops at the first other one; this process reads the rest in page order,
so pdfplumber is opened, and says what it says, exactly as when one process reads them all. A
child that fails in any way has its share read here; the result is the same either way.
"""

from __future__ import annotations

import gc
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from kic_extract.ingest import InputError
from kic_extract.pdf.glyphs import PageContent
from kic_extract.pdf.problems import CID, garbled
from kic_extract.settings import Settings

#: a PDF with fewer pages is read in one process: on a newsletter of 7–8 pages, forking a child
#: and sending its pages back cost about what sharing the pages saves (measured on two cores)
MIN_SPLIT_PAGES = 12


def open_plumber(path: Path):
    """The PDF opened by pdfplumber; InputError naming what is wrong with a file it cannot open."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:  # pdfplumber wraps pdfminer's errors; damaged files raise many kinds
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise InputError(f"encrypted PDF ({type(inner).__name__})") from exc
        if not isinstance(inner, (PDFSyntaxError, ValueError, TypeError, KeyError, AttributeError, OSError)) \
                and type(exc).__name__ != "PdfminerException":
            raise
        raise InputError(f"not a readable PDF ({type(inner).__name__}: {inner})") from exc
    return pdf


def plumber_content(page) -> PageContent:
    """A pdfplumber page's glyphs (those with no character left out and counted) and paths."""
    chars = page.chars
    unreadable = sum(1 for c in chars if CID.fullmatch(c["text"]))
    if unreadable:
        chars = [c for c in chars if not CID.fullmatch(c["text"])]
    return PageContent(chars, [*page.lines, *page.rects, *page.curves], float(page.width), float(page.height),
                       unreadable)


class Pages:
    """The document's pages, each from pdfium when it can give them, else from pdfplumber (opened
    on first need). `routes` receives (page, how it was read) for every page given."""

    def __init__(self, path: Path, settings: Settings) -> None:
        self.path, self.settings, self.plumber = path, settings, None
        self.routes: list[tuple[int, str]] = []
        self.pdfium = None
        self.data = b""  # the bytes pdfium reads
        if settings.pdf_reader == "pdfium":
            from kic_extract.pdf.glyphs import open_document

            try:
                self.data = Path(path).read_bytes()
                self.pdfium = open_document(self.data)
            except Exception:  # pdfplumber decides what is wrong with the file, and says it the same way
                self.pdfium = None
        if self.pdfium is None:
            self.plumber = open_plumber(path)

    @property
    def digest(self) -> str:
        """The SHA-256 of the bytes pdfium reads (that a reader ahead read the same document)."""
        import hashlib

        return hashlib.sha256(self.data).hexdigest()

    def count(self) -> int:
        if self.pdfium is not None:
            return len(self.pdfium)
        try:
            return len(self.plumber.pages)
        except Exception as exc:
            raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})") from exc

    def content(self, number: int, pdfium_only: bool = False) -> PageContent | None:
        """Page `number`'s glyphs and paths; with `pdfium_only`, None for a page pdfium cannot give."""
        why = "pdfplumber reader chosen"
        if self.pdfium is not None:
            from kic_extract.pdf.glyphs import read_pdfium_page

            content, why = read_pdfium_page(self.pdfium, number - 1)
            if content is not None:
                self.routes.append((number, "pdfium"))
                return content
        if pdfium_only:
            return None
        self.routes.append((number, f"pdfplumber: {why}"))
        if self.plumber is None:
            self.plumber = open_plumber(self.path)
        page = self.plumber.pages[number - 1]
        try:
            return plumber_content(page)
        finally:
            page.flush_cache()

    def height(self, number: int) -> float:
        """The page's height as pdfplumber gives it (0 when even that cannot be read)."""
        try:
            if self.plumber is None:
                self.plumber = open_plumber(self.path)
            return float(self.plumber.pages[number - 1].height)
        except Exception:
            return 0.0

    def close(self) -> None:
        if self.plumber is not None:
            self.plumber.close()
        if self.pdfium is not None:
            self.pdfium.close()


class PageRead(NamedTuple):
    """One page as read: its lines and tables (as `read_page` gives them), its height, its reading
    problems, how it was read, and the InputError that stops the whole document, if one did."""

    lines: list
    tables: list
    height: float
    problems: list[str]
    routes: list[tuple[int, str]]
    error: InputError | None = None


def read_one(source: Pages, number: int, read_page: Callable, messages: list[str],
             pdfium_only: bool = False) -> PageRead | None:
    """Page `number` read by `read_page(content, number)`; with `pdfium_only`, None unless pdfium
    gives the page and it is read without an error or a pdfminer message."""
    seen, routes_seen = len(messages), len(source.routes)
    problems: list[str] = []
    height = 0.0
    try:
        content = source.content(number, pdfium_only)
        if content is None:
            return None
        height = content.height
        lines, found = read_page(content, number)
        unreadable = content.unreadable
    except InputError as exc:
        if pdfium_only:
            return None
        return PageRead([], [], height, [], source.routes[routes_seen:], exc)
    except Exception as exc:  # one damaged page must not cost the others
        if pdfium_only:
            return None
        lines, found, unreadable = [], [], 0
        height = height or source.height(number)
        problems.append(f"page {number} cannot be read ({type(exc).__name__}: {exc})")
    if pdfium_only and len(messages) > seen:
        return None
    if unreadable:
        problems.append(f"page {number}: {unreadable} glyphs have no character in their font's map")
    if garbled(" ".join(ln.text for ln in lines)):
        problems.append(f"page {number}: text looks decoded through a wrong font map (Latin letters inside "
                        "Korean words)")
    problems.extend(f"page {number}: {m}" for m in dict.fromkeys(messages[seen:]))
    return PageRead(lines, found, height, problems, source.routes[routes_seen:])


def read_pages(source: Pages, count: int, read_page: Callable, messages: list[str],
               processes: int = 1) -> list[PageRead]:
    """Every page read by `read_one`, in order: those the command read ahead (`pdf/ahead.py`)
    taken from its readers, else a later share of them by forked processes when
    `processes` > 1 and the PDF is long enough (forked once the first page is read, so that they
    start with what reading it loaded: fonts, modules). Reading stops at a page whose error
    stops the document (the last page given)."""
    from kic_extract.pdf.ahead import claim, take_pages

    ahead = claim(source)
    if ahead is not None:  # pages read ahead by the command (`pdf/ahead.py`); the others here, in order
        got = take_pages(ahead, count)
        out = []
        for number in range(1, count + 1):
            page = got.get(number)
            out.append(page if page is not None else read_one(source, number, read_page, messages))
            if out[-1].error is not None:
                break
        return out
    numbers = list(range(1, count + 1))
    split = count >= MIN_SPLIT_PAGES and source.pdfium is not None and hasattr(os, "fork")
    shares = _shares(numbers, processes if split else 1)
    children: list[_Child] = []
    out: list[PageRead] = []
    try:
        for k, share in enumerate(shares):
            got = children[k - 1].results() if k else []
            for number in share[len(got):]:
                got.append(read_one(source, number, read_page, messages))
                if got[-1].error is not None:
                    return out + got
                if number == 1:
                    children = [_Child.start(source, later, read_page, messages) for later in shares[1:]]
            out.extend(got)
    finally:
        for child in children:
            child.end()
    return out


def _shares(numbers: list[int], processes: int) -> list[list[int]]:
    """The pages cut into `processes` runs as even as can be, in order.

    >>> _shares([1, 2, 3, 4, 5], 2), _shares([1, 2, 3], 1)
    ([[1, 2, 3], [4, 5]], [[1, 2, 3]])
    """
    processes = max(1, min(processes, len(numbers)))
    size, extra = divmod(len(numbers), processes)
    out, start = [], 0
    for k in range(processes):
        end = start + size + (k < extra)
        out.append(numbers[start:end])
        start = end
    return out


class _Child:
    """A forked process reading a share of the pages from its copy of the document (which pdfium
    reads from memory), sending back the pages it read."""

    def __init__(self, pid: int | None, fd: int | None) -> None:
        self.pid, self.fd = pid, fd

    @classmethod
    def start(cls, source: Pages, share: list[int], read_page: Callable, messages: list[str]) -> _Child:
        from kic_extract.pool import _die_with_parent

        try:
            r, w = os.pipe()
        except OSError:
            return cls(None, None)
        parent = os.getpid()
        try:
            pid = os.fork()
        except OSError:
            os.close(r)
            os.close(w)
            return cls(None, None)
        if pid == 0:  # the child: read what it can, send it, and leave without running any clean-up
            status = 1
            try:
                os.close(r)
                gc.freeze()  # what the parent holds: the collector walking it would copy its pages
                _die_with_parent(parent)
                got = []
                for number in share:
                    page = read_one(source, number, read_page, messages, pdfium_only=True)
                    if page is None:
                        break
                    got.append(page)
                data = pickle.dumps(got, protocol=pickle.HIGHEST_PROTOCOL)
                view = memoryview(data)
                while view:
                    view = view[os.write(w, view):]
                status = 0
            finally:
                os._exit(status)
        os.close(w)
        return cls(pid, r)

    def results(self) -> list[PageRead]:
        """The pages the child read, in order (none when it failed)."""
        if self.pid is None:
            return []
        chunks = []
        try:
            while chunk := os.read(self.fd, 1 << 20):
                chunks.append(chunk)
        except OSError:
            chunks = []
        try:
            _, status = os.waitpid(self.pid, 0)
        except ChildProcessError:  # reaped elsewhere: how it ended is unknown
            status = -1
        self.pid = None
        if status != 0 or not chunks:
            return []
        try:
            got = pickle.loads(b"".join(chunks))
        except Exception:
            return []
        return got if isinstance(got, list) and all(isinstance(p, PageRead) for p in got) else []

    def end(self) -> None:
        """Stop the child if it is still running (this process stopped early) and close its pipe."""
        if self.pid is not None:
            import signal

            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = None
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
