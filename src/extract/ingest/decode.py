"""Decode a raw newsletter file and split it into numbered lines.

Raw line numbers are the provenance of every record downstream, so splitting keeps
one entry per physical line, blank ones included.
"""

from __future__ import annotations

import codecs
import unicodedata
import re
from dataclasses import dataclass

_LINE_END = re.compile(r"\r\n|\r|\n")
# trailing white space other than tabs: a table's title row is padded with tabs to its width
_TRAILING_SPACE = re.compile(r"[^\S\t]+$")

# Encodings tried, in order, before asking the detector: the newsletter is Korean, so a
# file that is not valid UTF-8 is most likely CP949 (a superset of EUC-KR).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(ValueError):
    """An input file that cannot be read as a newsletter; the message names the reason."""


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line of the input: its 1-based number and its NFC text."""

    no: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: NUL bytes in every other position of mostly-BMP text."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    return max(odd_nuls, even_nuls) > len(sample) // 8


def where(data: bytes, start: int, encoding: str) -> str:
    """Where in the file byte `start` is: its offset and the line it is on (lines counted in the
    text decoded up to it).

    >>> where("가\\n나\\r\\n다".encode(), 9, "utf-8")
    'byte 9 (line 3)'
    """
    before = data[:start].decode(encoding, errors="replace")
    return f"byte {start:,} (line {len(_LINE_END.split(before))})"


def _unreadable_from(data: bytes, encoding: str) -> str:
    """Where the text stops being readable in `encoding`."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        return f"stops being readable as {encoding} at {where(data, exc.start, encoding)}"
    return f"reads as {encoding}"  # pragma: no cover - only called on undecodable data


def _detect(data: bytes) -> tuple[str, str]:
    """Ask charset-normalizer, preferring the Korean code pages on a tie."""
    from charset_normalizer import from_bytes

    for isolation in (["cp949", "euc_kr", "johab"], None):
        best = from_bytes(data, cp_isolation=isolation).best()
        if best is not None:
            return str(best), best.encoding
    raise InputError(f"cannot detect the text encoding: the text {_unreadable_from(data, 'utf-8')}, "
                     "and no other encoding reads it (binary or corrupt file?)")


def bytes_to_text(data: bytes) -> tuple[str, str]:
    """Decode newsletter bytes; return the text (NFC) and the encoding used.

    >>> bytes_to_text("제 268 호".encode("cp949"))
    ('제 268 호', 'cp949')
    >>> bytes_to_text(codecs.BOM_UTF8 + "주간".encode())
    ('주간', 'utf-8-sig')
    """
    if not data.strip():
        raise InputError("file is empty")
    encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    if encoding is None and _looks_utf16(data):
        encoding = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
    if encoding is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text = None
        if text is None:
            text, encoding = _detect(data)
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            start = exc.start + (len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)  # that codec counts after the BOM
            raise InputError(f"the text stops being readable as {encoding} at {where(data, start, encoding)}") from exc
    if "\x00" in text:
        line = len(_LINE_END.split(text[:text.index("\x00")]))
        raise InputError(f"decoded as {encoding} but holds NUL characters, the first on line {line} (binary file?)")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise InputError("file holds only white space")
    return text, encoding


def text_to_lines(text: str) -> list[Line]:
    """Split on CR, LF or CRLF; trailing spaces are dropped (tabs kept), white-space lines are blank.

    >>> [(l.no, l.text) for l in text_to_lines("a\\r\\n \\u00a0\\rb  \\n제목\\t\\t\\n")]
    [(1, 'a'), (2, ''), (3, 'b'), (4, '제목\\t\\t')]
    """
    lines = _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return [Line(no, raw if not raw or not raw[-1].isspace() else "" if raw.isspace() else _TRAILING_SPACE.sub("", raw))
            for no, raw in enumerate(lines, start=1)]
