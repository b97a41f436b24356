"""Compiled patterns kept between runs.

The `regex` module parses every pattern in Python: compiling the project's few hundred patterns
took about a tenth of a second of each new process, a fifth of a one-issue run. `compiled()`
compiles a pattern once per machine. What `regex` itself pickles a pattern as (its compiled code)
is kept in a cache file and a later process builds the pattern from it instead of parsing it
again. Entries are keyed by the pattern text, its flags and `regex`'s default version; the file by
the `regex` and Python versions and by a fingerprint of the package's own files (their names, sizes
and modification times), and checked with a sha256 digest, so a stale, damaged or unreadable file
is ignored and the patterns are compiled as usual, and a file that cannot be written is not
written. A changed package starts a new file, so the patterns of code no longer run are never
loaded: a writer keeps the few newest files of the folder and removes the older ones (and
half-written files an interrupted writer left). The cache changes no output: a loaded pattern is the one `regex.compile`
builds (the tests compare them).

Where: the folder `$KIC_EXTRACT_CACHE`, else `$XDG_CACHE_HOME/kic-extract`, else
`~/.cache/kic-extract`; `KIC_EXTRACT_CACHE=off` turns the cache off. Patterns made from an
input's own words are compiled with `regex.compile`, never kept.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import marshal
import os
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import regex

_MAGIC = b"kic-extract compiled patterns 1\n"
#: a file holding more entries than this was grown by many versions of the code: it is rewritten
#: with the patterns of the process that writes it
_MAX_ENTRIES = 4000
#: cache files kept in the folder (other versions of the package, say two checkouts used in turn)
_KEEP_FILES = 4
#: a half-written file older than this was left by a writer that was stopped
_STALE_TMP_SECONDS = 3600
_PACKAGE = Path(__file__).resolve().parent

_loaded: dict[tuple, tuple] = {}  # key → compiled code, as read from the file
_new: dict[tuple, tuple] = {}  # key → compiled code of patterns this process compiled itself
_used: set[tuple] = set()  # keys this process asked for
_build = None  # regex's builder of a pattern from its compiled code; None when the cache is off


def cache_file() -> Path | None:
    """The cache file of this `regex` and Python, or None when the cache is off."""
    folder = os.environ.get("KIC_EXTRACT_CACHE")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "kic-extract")
    if folder.strip().lower() in ("", "off", "0", "no", "false"):
        return None
    tag = f"regex-{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}-{package_fingerprint()}"
    return Path(folder) / f"patterns-{tag}.bin"


@functools.cache
def package_fingerprint(root: Path = _PACKAGE) -> str:
    """A short digest of the names, sizes and modification times of the files under `root`
    (compiled bytecode left out): it changes when the package's code or data does."""
    digest = hashlib.sha256()
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(files):
            path = os.path.join(folder, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            digest.update(f"{os.path.relpath(path, root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:12]


def _prune(folder: Path, keep: Path) -> None:
    """Remove all but the newest cache files of the folder (`keep` stays) and half-written files
    older than an hour; a file that cannot be removed stays."""
    now = time.time()
    try:
        files = [(p.stat().st_mtime, p) for p in folder.glob("patterns-*.bin") if p != keep]
        stale = [p for p in folder.glob(".patterns-*.tmp") if now - p.stat().st_mtime > _STALE_TMP_SECONDS]
    except OSError:
        return
    for _, path in sorted(files, reverse=True)[_KEEP_FILES - 1:]:
        stale.append(path)
    for path in stale:
        with contextlib.suppress(OSError):
            path.unlink()


def _read(path: Path) -> dict[tuple, tuple]:
    """The entries of a cache file; empty when it is missing, unreadable or fails its digest."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    head, _, rest = data.partition(b"\n")
    digest, _, payload = rest.partition(b"\n")
    if head + b"\n" != _MAGIC or hashlib.sha256(payload).hexdigest().encode() != digest:
        return {}
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _load() -> None:
    global _build
    try:
        from regex import _regex

        probe = regex.compile("")
        probe._pickled_data  # noqa: B018 -- the cache needs both; a `regex` without them has it off
        _build = _regex.compile
    except (ImportError, AttributeError):
        return
    path = cache_file()
    if path is not None:
        _loaded.update(_read(path))


def compiled(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, from the cache when an earlier process compiled it."""
    key = (pattern, int(flags), int(regex.DEFAULT_VERSION))
    _used.add(key)
    code = _loaded.get(key)
    if code is not None and _build is not None:
        try:
            return _build(*code)
        except Exception:  # noqa: BLE001 -- an entry that does not build is compiled afresh
            del _loaded[key]
    result = regex.compile(pattern, flags)
    if _build is not None:
        _new[key] = result._pickled_data
    return result


def longest_first(words: Iterable[str]) -> list[str]:
    """Words longest first, as an alternation of them must list them; words of one length in
    code-point order, so that a pattern made of a set's words is the same text in every process
    (Python orders a set's strings anew in each) and is found in the cache.

    >>> longest_first({"성", "자치구", "시", "구"})
    ['자치구', '구', '성', '시']
    """
    return sorted(words, key=lambda w: (-len(w), w))


def phrase(words: str) -> str:
    """A phrase as a pattern: its words literal, a space between them any white space, so that a line break inside a
    paragraph, kept in its text, parts the words as a space does.

    >>> import regex
    >>> bool(regex.fullmatch(phrase("뒤를 이었"), "뒤를  이었")), bool(regex.search(phrase("못 미친"), "5%에 못" + chr(10) + "미친"))
    (True, True)
    """
    return regex.escape(words).replace("\\ ", r"\s+")


def save() -> bool:
    """Add the patterns this process compiled to the cache file, merged with what the file holds
    now (another process may have written it since); replaced atomically, never half-written.
    True when the file was written. Does nothing when there is nothing new or the cache is off."""
    if not _new or _build is None:  # (after every input a worker reads: most often nothing to do)
        return False
    path = cache_file()
    if path is None:
        return False
    entries = {**_read(path), **_new}
    if len(entries) > _MAX_ENTRIES:
        entries = {k: v for k, v in {**_loaded, **_new}.items() if k in _used}
    try:
        payload = marshal.dumps(entries)
    except ValueError:  # a pattern holding what marshal cannot keep: keep the rest
        entries = {k: v for k, v in entries.items() if _marshallable(v)}
        payload = marshal.dumps(entries)
    data = _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    _prune(path.parent, path)
    _loaded.update(_new)
    _new.clear()
    return True


def _marshallable(value: object) -> bool:
    try:
        marshal.dumps(value)
    except ValueError:
        return False
    return True


_load()
