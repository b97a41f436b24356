"""Which files of the raw folder are read, under which issue ids, and how their names are shown.

Nothing outside the raw folder is read unless asked for: a link leading out of it is reported,
as are broken and looping links, special files, and names that give no usable or no unique id.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kic_extract.compiled import compiled

TEXT_SUFFIXES = (".txt", ".md")
PDF_SUFFIXES = (".pdf",)
INPUT_SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES

# an issue id starts with a letter or digit and holds no control, format or unassigned character
_USABLE_ID = compiled(r"^[\p{L}\p{N}][^\p{C}\p{Zl}\p{Zp}/\\]*(?<=\S)$")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


#: work worth a worker of its own, in bytes of text: about four issues of the newsletter, far
#: more time than forking a worker from the loaded parent and feeding it
_WORK_PER_WORKER = 256 * 1024


def default_jobs(paths: list[Path]) -> int:
    """Workers when `--jobs` is not given: one per core, but no more than the work pays for (a
    PDF counts as a share of its own: reading one takes seconds), so a small run uses one."""
    work = 0
    for path in paths:
        if path.suffix.lower() in PDF_SUFFIXES:
            work += _WORK_PER_WORKER
            continue
        try:
            work += path.stat().st_size
        except OSError:
            continue
    return max(1, min(os.cpu_count() or 1, -(-work // _WORK_PER_WORKER)))


class UsageError(Exception):
    """A command-line argument that cannot be used (a missing folder, an unusable output folder)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file that will be read: where it is, how it is shown, its issue id and its identity."""

    path: Path
    display: str
    issue_id: str
    device: int
    inode: int


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file of the raw folder that is not read, and why."""

    path: str
    reason: str


def escape_name(name: str) -> str:
    r"""A file name as one printable line: line breaks, control and format characters (terminal
    escapes, bidirectional overrides) and bytes that are not UTF-8 are written as escapes.

    >>> escape_name("a\x1b[2Jb\nc.txt"), escape_name("\udcff.txt"), escape_name("주간.txt")
    ('a\\x1b[2Jb\\nc.txt', '\\xff.txt', '주간.txt')
    """
    out = []
    for ch in name:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif 0xDC80 <= code <= 0xDCFF:  # a byte that is not UTF-8, as the file system gave it
            out.append(f"\\x{code - 0xDC00:02x}")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def issue_id_of(name: str) -> str | None:
    """The issue id a file name gives (its stem, NFC), or None when it gives no usable one.

    >>> issue_id_of("kic-china-weekly-268.txt"), issue_id_of("...txt"), issue_id_of(".txt"), issue_id_of("a\x1b.md")
    ('kic-china-weekly-268', None, None, None)
    """
    stem = Path(name).stem
    if name.startswith(".") and stem == name:  # `.txt`: all suffix
        return None
    stem = unicodedata.normalize("NFC", stem)
    return stem if _USABLE_ID.match(stem) else None


def display_name(raw_dir: Path, name: str) -> str:
    """How an input is named in messages and the manifest: `raw/<name>`, escaped."""
    folder = raw_dir.name or raw_dir.resolve().name
    return f"{escape_name(folder)}/{escape_name(name)}"


def _is_input_name(name: str) -> bool:
    return Path(name).suffix.lower() in INPUT_SUFFIXES and not name.upper().startswith("README")


def _link_problem(entry: os.DirEntry, root: Path, follow_links: bool) -> str | None:
    try:
        target = Path(entry.path).resolve(strict=True)
    except FileNotFoundError:
        return "a broken link (its target does not exist)"
    except (RuntimeError, OSError) as exc:  # a loop: RuntimeError before Python 3.13, OSError ELOOP after
        if isinstance(exc, OSError) and exc.errno not in (40, 62):
            return f"a link that cannot be followed ({exc.strerror})"
        return "a link that loops back on itself"
    if not follow_links and not target.is_relative_to(root):
        return "a link to a file outside the raw folder; not read (--follow-links reads it)"
    return None


def scan(raw_dir: Path, follow_links: bool = False) -> tuple[list[Candidate], list[Skipped]]:
    """The files of raw_dir to read, in name order, and those not read with the reason."""
    if not raw_dir.is_dir():
        raise UsageError(f"{escape_name(str(raw_dir))}: " + ("a file, not a folder" if raw_dir.exists() else "no such folder"))
    root = raw_dir.resolve()
    try:
        entries = sorted(os.scandir(raw_dir), key=lambda e: e.name)
    except OSError as exc:
        raise UsageError(f"{escape_name(str(raw_dir))}: cannot list the folder ({exc.strerror})") from exc
    found: list[Candidate] = []
    skipped: list[Skipped] = []
    taken: dict[str, str] = {}
    for entry in entries:
        if not _is_input_name(entry.name):
            continue
        display = display_name(raw_dir, entry.name)
        problem = _link_problem(entry, root, follow_links) if entry.is_symlink() else None
        st = None
        if problem is None:
            try:
                st = os.stat(entry.path)
            except OSError as exc:
                problem = f"cannot be read ({exc.strerror})"
        if problem is None and not stat.S_ISREG(st.st_mode):
            problem = "a folder, not a file" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        issue_id = issue_id_of(entry.name)
        if problem is None and issue_id is None:
            problem = ("its name gives no usable issue id (the id is the name without its suffix, and must start "
                       "with a letter or digit and hold no control characters)")
        if problem is None and issue_id in taken:
            problem = f"its issue id {issue_id!r} is already that of {taken[issue_id]}; rename one of them"
        if problem is not None:
            skipped.append(Skipped(display, problem))
            continue
        taken[issue_id] = display
        found.append(Candidate(Path(entry.path), display, issue_id, st.st_dev, st.st_ino))
    return found, skipped
