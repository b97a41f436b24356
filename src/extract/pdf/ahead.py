"""A PDF's pages read ahead: the command starts reading the first input's pages in forked
processes before it loads the pipeline, on the cores that loading leaves idle, and the worker that
later extracts the PDF takes the pages they read (`claim`, `take_pages`) instead of reading them.

The first reader is forked from the command's process while it holds little (the command line
only); it imports what reading needs, caps its memory as a worker does, and dies with the
command. It reads page 1 (loading the document's fonts), then forks the other readers, which
share what it loaded; every reader then takes page numbers from a pipe filled once, so the pages
are shared out as they are read. Readers read through pdfium only: a page pdfium cannot give
cleanly (`pdf/pages.py`, `read_one` with `pdfium_only`) is left to the worker, which reads every
page it did not get in page order, as when it reads the whole document alone, so the result is
the same either way. Each reader writes its pages, pickled, to an in-memory file of its own and
says where on a shared pipe (one short message each, so the readers never wait for the worker,
and the pipe's end is the end of every reader). The first message names the document (the
SHA-256 of the bytes read and the page count): a worker takes the pages only when its own copy
of the file is the same.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import struct
from pathlib import Path

from kic_extract.settings import Settings

_NOTE = struct.Struct("<IIQQ")  # reader, page (0: the document's header), offset, size
_TOKEN = struct.Struct("<I")
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
#: at most this many pages are read ahead: their numbers must fit in a pipe's buffer at once
MAX_PAGES = 8192


class Ahead:
    """Readers started on one file: their pids, the files their pages go to, the pipe that says
    where each page is. `identity` is the file's (device, inode) when they started."""

    def __init__(self, path: Path, identity: tuple[int, int], stores: list[int], note: int, pid: int) -> None:
        self.path, self.identity, self.stores, self.note, self.pid = path, identity, stores, note, pid
        self.buffer = b""
        self.ended = False
        self.claimed = False  # taken by a reading of the document
        self.pending: list = []  # what the readers had sent when it was taken

    def poll(self, wait: bool = False) -> list[tuple[int, object]]:
        """(page, record) for each record the readers have finished since the last call (page 0:
        the header); with `wait`, at least one unless every reader has ended."""
        while not self.ended:
            complete = len(self.buffer) // _NOTE.size
            ready, _, _ = select.select([self.note], [], [], None if wait and not complete else 0)
            if not ready:
                break
            chunk = os.read(self.note, 1 << 16)
            if not chunk:
                self.ended = True
            self.buffer += chunk
        out = []
        while len(self.buffer) >= _NOTE.size:
            reader, page, offset, size = _NOTE.unpack_from(self.buffer)
            self.buffer = self.buffer[_NOTE.size:]
            data = os.pread(self.stores[reader], size, offset)
            if len(data) != size:
                raise ValueError("a record read ahead is cut short")
            out.append((page, pickle.loads(data)))
        return out

    def stop(self) -> None:
        """Stop the readers if they still run (this process need not be their parent): the first
        reader's process group holds them all, and the others die with the first in any case."""
        if not self.ended:
            for kill in (os.killpg, os.kill):
                with contextlib.suppress(OSError):
                    kill(self.pid, signal.SIGKILL)
            self.ended = True


_STARTED: list[Ahead] = []


def start(path: Path, identity: tuple[int, int], settings: Settings, readers: int) -> None:
    """Fork processes that read the PDF's pages ahead, `readers` of them at most (see the
    module's text); nothing happens where processes cannot be forked or the file is not one
    this run would read."""
    if settings.pdf_reader != "pdfium" or not hasattr(os, "fork") or not hasattr(os, "memfd_create"):
        return
    # what reading pages needs, imported here: the readers and the worker forked later start with it
    import kic_extract.pdf.read  # noqa: F401
    import kic_extract.pool  # noqa: F401
    from kic_extract.pdf.glyphs import _api

    _api()
    fds: list[int] = []
    try:
        if os.stat(path).st_size > settings.max_input_bytes:
            return
        for _ in range(max(1, readers)):
            fds.append(os.memfd_create("kic-pages", 0))
        note_r, note_w = os.pipe()
        fds += [note_r, note_w]
        token_r, token_w = os.pipe()
        fds += [token_r, token_w]
    except OSError:
        for fd in fds:
            os.close(fd)
        return
    stores = fds[:-4]
    parent = os.getpid()
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        pid = os.fork()
    except OSError:
        pid = None
    if pid == 0:
        status = 1
        try:
            os.setpgid(0, 0)  # a group of its own, so the readers it forks are stopped with it
            os.close(note_r)
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the command handles these and ends the readers
            signal.signal(signal.SIGHUP, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
            _first_reader(path, settings, stores, note_w, (token_r, token_w), parent)
            status = 0
        finally:
            os._exit(status)
    signal.pthread_sigmask(signal.SIG_SETMASK, previous)
    for fd in (note_w, token_r, token_w):
        os.close(fd)
    if pid is None:
        for fd in (*stores, note_r):
            os.close(fd)
        return
    with contextlib.suppress(OSError):
        os.setpgid(pid, pid)  # as the child does, so that stopping the group cannot miss
    _STARTED.append(Ahead(path, identity, stores, note_r, pid))


def _first_reader(path: Path, settings: Settings, stores: list[int], note: int, tokens: tuple[int, int],
                  parent: int) -> None:
    from kic_extract.pdf.pages import Pages, read_one
    from kic_extract.pdf.problems import pdfminer_messages
    from kic_extract.pdf.read import _read_page
    from kic_extract.pool import _cap_memory, _die_with_parent

    _die_with_parent(parent)
    _cap_memory(settings.max_memory_bytes)
    # no longer than the worker may take on the document (the others die with this one): a PDF
    # that hangs pdfium must not keep a core busy for the rest of the run
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.setitimer(signal.ITIMER_REAL, settings.timeout_seconds)
    source = Pages(path, settings)
    if source.pdfium is None:
        return
    count = source.count()
    if not 0 < count <= min(settings.max_pdf_pages, MAX_PAGES):
        return
    token_r, token_w = tokens
    put = _putter(stores[0], note, 0)
    put(0, (source.digest, count))
    with pdfminer_messages() as messages:
        page = read_one(source, 1, _read_page, messages, pdfium_only=True)
        if page is not None:
            put(1, page)
        import pdfplumber.table  # noqa: F401  (the table finder, loaded once for every reader)

        os.write(token_w, b"".join(_TOKEN.pack(n) for n in range(2, count + 1)))
        os.close(token_w)
        me, others = os.getpid(), []
        for k in range(1, min(len(stores), count - 1)):
            try:
                pid = os.fork()
            except OSError:
                break
            if pid == 0:  # shares the fonts page 1 loaded
                status = 1
                try:
                    _die_with_parent(me)
                    _read_tokens(source, token_r, _putter(stores[k], note, k), messages)
                    status = 0
                finally:
                    os._exit(status)
            others.append(pid)
        _read_tokens(source, token_r, put, messages)
    for pid in others:  # they die with this process: it waits for them to finish
        os.waitpid(pid, 0)


def _putter(store: int, note: int, reader: int):
    """A function writing one page's record to the reader's file and saying where it is."""
    offset = 0

    def put(number: int, record) -> None:
        nonlocal offset
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(data)
        while view:
            view = view[os.pwrite(store, view, offset + len(data) - len(view)):]
        os.write(note, _NOTE.pack(reader, number, offset, len(data)))
        offset += len(data)

    return put


def _read_tokens(source, token_r: int, put, messages: list[str]) -> None:
    from kic_extract.pdf.pages import read_one
    from kic_extract.pdf.read import _read_page

    while len(token := os.read(token_r, _TOKEN.size)) == _TOKEN.size:
        (number,) = _TOKEN.unpack(token)
        page = read_one(source, number, _read_page, messages, pdfium_only=True)
        if page is not None:  # a page pdfium cannot give cleanly is left to the worker
            put(number, page)


def claim(source) -> Ahead | None:
    """The readers started on this document (a `pdf.pages.Pages`), when there are any, its file
    still the one opened here and their copy the same bytes; they are then no longer offered."""
    if not _STARTED or source.pdfium is None:
        return None
    try:
        st = os.stat(source.path)
    except OSError:
        return None
    for ahead in _STARTED:
        if not ahead.claimed and ahead.identity == (st.st_dev, st.st_ino) and ahead.path == Path(source.path):
            ahead.claimed = True
            try:
                head = ahead.poll(wait=True)
            except Exception:  # readers that failed: every page is read here
                head = []
            if head and head[0] == (0, (source.digest, source.count())):
                ahead.pending = head[1:]
                return ahead
            ahead.stop()
            return None
    return None


def take_pages(ahead: Ahead, count: int) -> dict[int, object]:
    """Every page the readers read, by number, once they have all ended (or one failed); the
    pages they did not read are left to the caller."""
    from kic_extract.pdf.pages import PageRead

    got: dict[int, object] = {}
    pending = ahead.pending
    try:
        while True:
            for number, page in pending:
                if not (isinstance(page, PageRead) and 1 <= number <= count):
                    return {}
                got[number] = page
            if len(got) == count or ahead.ended:
                return got
            pending = ahead.poll(wait=True)
    except Exception:  # a record that cannot be read: every page is read here
        return {}
    finally:
        ahead.stop()


def stop_all() -> None:
    """End every reader this process started and collect the first reader's exit (the command
    calls it when the run ends, however it ends)."""
    while _STARTED:
        ahead = _STARTED.pop()
        ahead.ended = False  # a worker's copy saw them end, not this one
        ahead.stop()
        with contextlib.suppress(OSError):
            os.waitpid(ahead.pid, 0)
        for fd in (*ahead.stores, ahead.note):
            with contextlib.suppress(OSError):
                os.close(fd)
