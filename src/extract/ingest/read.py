"""Read an input file within its size limit, hashing it as it streams in.

The size is checked on the open file before anything is read, and reading stops one byte past
the limit (a file that grows, or a special file that reports no size, cannot get past it).
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from kic_extract.ingest.decode import InputError

_BLOCK = 1 << 20


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the open
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise InputError("not a regular file")
    return fd, st


def _too_big(size: int, limit: int) -> InputError:
    return InputError(f"file is {size:,} bytes, over the limit of {limit:,}")


def read_input(path: Path, limit: int) -> tuple[bytes, str]:
    """The file's bytes and their sha256, refusing files over `limit` bytes before reading them."""
    fd, st = _open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        if st.st_size > limit:
            raise _too_big(st.st_size, limit)
        digest = hashlib.sha256()
        parts: list[bytes] = []
        size = 0
        while block := fh.read(_BLOCK):
            size += len(block)
            if size > limit:
                raise _too_big(size, limit)
            digest.update(block)
            parts.append(block)
    return b"".join(parts), digest.hexdigest()


def file_digest(path: Path, limit: int) -> str | None:
    """The sha256 of a file read in blocks, or None when it cannot be read or is over `limit`."""
    try:
        fd, st = _open_regular(path)
    except (OSError, InputError):
        return None
    with os.fdopen(fd, "rb") as fh:
        if st.st_size > limit:
            return None
        digest = hashlib.sha256()
        size = 0
        while block := fh.read(_BLOCK):
            size += len(block)
            if size > limit:
                return None
            digest.update(block)
    return digest.hexdigest()
