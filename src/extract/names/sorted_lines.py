"""Lookups in the prebuilt reading tables (data/pinyin_table.txt, data/traditional_table.txt):
sections of UTF-8 lines sorted by code point (which is their byte order), searched by bisection,
so loading a table is splitting a few blocks of bytes.
"""

from __future__ import annotations

from bisect import bisect_left


def sections(data: bytes) -> dict[bytes, list[bytes]]:
    """A table file's sections by name: the lines under each `[name]` line, its header comments
    (`# …` before the first section) left out.

    >>> sections(b"# made by hand\\n[one]\\na\\nb\\n[two]\\n")
    {b'one': [b'a', b'b'], b'two': []}
    """
    starts = [0] if data.startswith(b"[") else []
    k = data.find(b"\n[")
    while k >= 0:
        starts.append(k + 1)
        k = data.find(b"\n[", k + 1)
    out: dict[bytes, list[bytes]] = {}
    for i, at in enumerate(starts):
        close = data.index(b"]", at)
        block = data[close + 1:starts[i + 1] if i + 1 < len(starts) else len(data)].strip(b"\n")
        out[data[at + 1:close]] = block.split(b"\n") if block else []
    return out


def has_line(lines: list[bytes], text: str) -> bool:
    """Whether `text` is one of the sorted lines.

    >>> has_line([b"ab", b"abc"], "ab"), has_line([b"ab", b"abc"], "a")
    (True, False)
    """
    key = text.encode("utf-8")
    k = bisect_left(lines, key)
    return k < len(lines) and lines[k] == key


def begins_line(lines: list[bytes], text: str) -> bool:
    """Whether some sorted line starts with `text` (or is it).

    >>> begins_line([b"ab", b"abc"], "a"), begins_line([b"ab"], "b")
    (True, False)
    """
    key = text.encode("utf-8")
    k = bisect_left(lines, key)
    return k < len(lines) and lines[k].startswith(key)


def value_after(lines: list[bytes], key: str) -> str | None:
    """What follows `key` and a tab on its line, if it has one.

    >>> value_after([b"a\\tx", b"ab\\ty"], "ab"), value_after([b"a\\tx"], "b")
    ('y', None)
    """
    head = key.encode("utf-8") + b"\t"
    k = bisect_left(lines, head)
    return lines[k][len(head):].decode("utf-8") if k < len(lines) and lines[k].startswith(head) else None
