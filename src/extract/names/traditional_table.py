"""Traditional characters as `opencc.OpenCC("s2t").convert(text)` gives them, from the tables of
data/traditional_table.txt (generated from OpenCC's own by `kic_extract.names.build_traditional_table`),
which load in a few milliseconds where making OpenCC's converter takes a twentieth of a second.

The conversion is OpenCC's: compatibility ideographs are first replaced by their normal forms;
then, from the left, the longest phrase of the phrase tables that starts at a position is
replaced by its conversion, and where none starts there the character by its own (itself when it
has none).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from kic_extract.names.sorted_lines import begins_line, has_line, sections, value_after

FILE = "traditional_table.txt"


@dataclass(frozen=True, slots=True)
class TraditionalTable:
    """The tables, kept as the file's lines in UTF-8 (whose byte order is the code-point order
    they are sorted in) and looked up by bisection: loading is splitting four blocks of bytes."""

    normal: dict[str, str]  # compatibility ideograph → normal form
    chars: dict[str, str]  # character → its conversion, where it differs
    phrases: list[bytes]  # every phrase
    values: list[bytes]  # `phrase<TAB>conversion` where not its characters' own

    def char(self, ch: str) -> str:
        return self.chars.get(ch, ch)

    def is_phrase(self, text: str) -> bool:
        return has_line(self.phrases, text)

    def begins_phrase(self, text: str) -> bool:
        """Whether some phrase starts with `text` (or is it)."""
        return begins_line(self.phrases, text)

    def phrase(self, phrase: str) -> str:
        own = value_after(self.values, phrase)
        return own if own is not None else "".join(self.chars.get(ch, ch) for ch in phrase)


@cache
def table() -> TraditionalTable:
    """The tables of data/traditional_table.txt."""
    data = resources.files("kic_extract.data").joinpath(FILE).read_bytes()

    tables = sections(data)

    def mapping(name: bytes) -> dict[str, str]:
        return dict(line.decode("utf-8").split("\t") for line in tables[name])

    return TraditionalTable(mapping(b"normal"), mapping(b"chars"), tables[b"phrases"], tables[b"phrase_values"])


def to_traditional(text: str) -> str:
    """Traditional characters, as `opencc.OpenCC("s2t").convert(text)`.

    >>> to_traditional("广州 宁德"), to_traditional("头发 发展"), to_traditional("干部 干净")
    ('廣州 寧德', '頭髮 發展', '幹部 乾淨')
    """
    t = table()
    if t.normal:
        text = "".join(t.normal.get(ch, ch) for ch in text)
    out = []
    i, n = 0, len(text)
    while i < n:
        longest = 0
        size = 2
        while i + size <= n and t.begins_phrase(text[i:i + size]):
            if t.is_phrase(text[i:i + size]):
                longest = size
            size += 1
        if longest:
            out.append(t.phrase(text[i:i + longest]))
            i += longest
        else:
            out.append(t.char(text[i]))
            i += 1
    return "".join(out)
