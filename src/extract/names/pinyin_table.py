"""Pinyin of Chinese text as `pypinyin.pinyin(text, style=Style.TONE)` reads it, from the tables
of data/pinyin_table.txt (generated from pypinyin's own by `kic_extract.names.build_pinyin_table`),
which load in a few milliseconds where importing pypinyin takes a fifth of a second.

The reading is pypinyin's: the text is cut into runs of Chinese characters and runs of anything
else; a run of characters is cut into words from the left, each the longest phrase of the table
that starts there (a character alone where none does, and every character alone where the rest
of the run only begins phrases); a phrase takes its own readings, any other character its first
reading, and what has none reads as an empty string, one per character.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from kic_extract.names.sorted_lines import begins_line, has_line, sections, value_after

FILE = "pinyin_table.txt"


@dataclass(frozen=True, slots=True)
class PinyinTable:
    """The tables, kept as the file's lines in UTF-8 (whose byte order is the code-point order
    they are sorted in) and looked up by bisection: loading is splitting three blocks of bytes."""

    ranges: tuple[tuple[int, int], ...]  # code points read as Chinese characters
    chars: list[bytes]  # `character<TAB>first reading`
    phrases: list[bytes]  # every phrase
    readings: list[bytes]  # `phrase<TAB>readings` where not its characters' own

    def is_han(self, ch: str) -> bool:
        cp = ord(ch)
        return any(start <= cp <= end for start, end in self.ranges)

    def is_phrase(self, text: str) -> bool:
        return has_line(self.phrases, text)

    def begins_phrase(self, text: str) -> bool:
        """Whether some phrase starts with `text` (or is it)."""
        return begins_line(self.phrases, text)

    def char_reading(self, ch: str) -> str:
        """A character's first reading ('' where it has none)."""
        return value_after(self.chars, ch) or ""

    def phrase_readings(self, phrase: str) -> list[str]:
        own = value_after(self.readings, phrase)
        return own.split(" ") if own is not None else [self.char_reading(ch) for ch in phrase]


@cache
def table() -> PinyinTable:
    """The tables of data/pinyin_table.txt."""
    data = resources.files("kic_extract.data").joinpath(FILE).read_bytes()

    tables = sections(data)
    ranges = []
    for cell in tables[b"han"]:
        start, _, end = cell.decode("ascii").partition("-")
        ranges.append((int(start, 16), int(end or start, 16)))
    return PinyinTable(tuple(ranges), tables[b"chars"], tables[b"phrases"], tables[b"phrase_readings"])


def _runs(text: str, t: PinyinTable) -> list[tuple[str, bool]]:
    """The text cut into runs of Chinese characters and runs of anything else."""
    runs: list[tuple[str, bool]] = []
    for ch in text:
        han = t.is_han(ch)
        if runs and runs[-1][1] == han:
            runs[-1] = (runs[-1][0] + ch, han)
        else:
            runs.append((ch, han))
    return runs


def _words(run: str, t: PinyinTable) -> list[str]:
    """A run of Chinese characters cut into words, longest phrase first from the left; where the
    rest of the run only begins phrases (成立 begins 成立大会 but is none), each character alone.

    >>> _words("长飞光纤", table()), _words("中华人民共和国成立", table())
    (['长', '飞', '光纤'], ['中华人民共和国', '成', '立'])
    """
    words = []
    rest = run
    while rest:
        longest = 0
        size = 1
        while size <= len(rest) and t.begins_phrase(rest[:size]):
            if t.is_phrase(rest[:size]):
                longest = size
            size += 1
        if longest:
            words.append(rest[:longest])
            rest = rest[longest:]
        elif size > len(rest):  # the whole rest only begins phrases: each character alone
            words.extend(rest)
            rest = ""
        else:
            words.append(rest[0])
            rest = rest[1:]
    return words


def pinyin(text: str) -> list[str]:
    """One tone-marked syllable per character ('' where there is none), as
    `[p[0] for p in pypinyin.pinyin(text, style=Style.TONE, errors=lambda s: [""] * len(s))]`.

    >>> pinyin("重庆"), pinyin("长飞光纤"), pinyin("5G城")
    (['chóng', 'qìng'], ['zhǎng', 'fēi', 'guāng', 'xiān'], ['', '', 'chéng'])
    """
    t = table()
    out: list[str] = []
    for run, han in _runs(text, t):
        if not han:
            out.extend([""] * len(run))
            continue
        for word in _words(run, t):
            out.extend(t.phrase_readings(word) if t.is_phrase(word) else [t.char_reading(word)])
    return out


def is_phrase(text: str) -> bool:
    """Whether pypinyin's phrase table holds the text.

    >>> is_phrase("景德镇"), is_phrase("长飞")
    (True, False)
    """
    return table().is_phrase(text)


__all__ = ["is_phrase", "pinyin", "table"]
