"""Readings of a Chinese name: simplified/traditional forms (OpenCC), pinyin (pypinyin with the
reviewed overrides in data/), the standard Korean form, and the Sino-Korean reading (hanja's
table on the traditional form, with data/sino_overrides.tsv and the initial-sound rule)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache


from extract.data import tsv_rows
from extract.names.hangul import compose, decompose
from extract.names.translit import PinyinError, plain, to_hangul
from extract.scripts import is_han

_GLIDE_VOWELS = set("ㅣㅑㅕㅛㅠㅖ")


@cache
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Simplified characters (OpenCC t2s).

    >>> to_simplified("冰絲帶 雙創 京張")
    '冰丝带 双创 京张'
    """
    return _opencc("t2s").convert(text)


def to_traditional(text: str) -> str:
    """Traditional characters (OpenCC s2t).

    >>> to_traditional("广州 宁德")
    '廣州 寧德'
    """
    return _opencc("s2t").convert(text)


@cache
def _overrides() -> dict[str, list[str]]:
    return {r["zh"]: r["pinyin"].split() for r in tsv_rows("pinyin_overrides.tsv")}


@cache
def _surnames() -> dict[str, str]:
    return {r["char"]: r["pinyin"] for r in tsv_rows("surname_readings.tsv")}


def looks_like_person(zh: str) -> bool:
    """A bare 2–4 character name starting with a surname whose reading differs from the word's.

    >>> looks_like_person("曾毓群"), looks_like_person("单县"), looks_like_person("广州")
    (True, True, False)
    """
    return 2 <= len(zh) <= 4 and zh[0] in _surnames() and is_han(zh)


def pinyin_syllables(zh: str, person: bool | None = None) -> list[str]:
    """Tone-marked syllables of a simplified name: overrides first (longest match), pypinyin for
    the rest; a person's surname takes its surname reading.

    >>> pinyin_syllables("朝阳"), pinyin_syllables("广州"), pinyin_syllables("曾毓群")
    (['cháo', 'yáng'], ['guǎng', 'zhōu'], ['zēng', 'yù', 'qún'])
    """
    from pypinyin import Style, pinyin

    overrides = _overrides()
    out: list[str] = []
    i = 0
    pending = ""
    longest = max(map(len, overrides), default=0)

    def flush() -> None:
        nonlocal pending
        if pending:
            out.extend(p[0] for p in pinyin(pending, style=Style.TONE, errors=lambda s: [""] * len(s)))
            pending = ""

    while i < len(zh):
        for size in range(min(longest, len(zh) - i), 1, -1):
            if zh[i:i + size] in overrides:
                flush()
                out.extend(overrides[zh[i:i + size]])
                i += size
                break
        else:
            pending += zh[i]
            i += 1
    flush()
    if zh not in overrides and (person or (person is None and looks_like_person(zh))) and zh[0] in _surnames():
        out[0] = _surnames()[zh[0]]
    return out


def format_pinyin(syllables: list[str], person: bool = False) -> str:
    """Pinyin as written for a name: `Guǎngzhōu`, `Xī'ān`, `Zēng Yùqún`.

    >>> format_pinyin(["xī", "ān"]), format_pinyin(["zēng", "yù", "qún"], person=True)
    ("Xī'ān", 'Zēng Yùqún')
    """
    def join(parts: list[str]) -> str:
        text = ""
        for k, s in enumerate(parts):
            if k and s[:1] and unicodedata.normalize("NFD", s)[0] in "aoe":
                text += "'"
            text += s
        return text[:1].upper() + text[1:]

    if person and len(syllables) > 1:
        return join(syllables[:1]) + " " + join(syllables[1:])
    return join(syllables)


def standard_korean(zh: str, syllables: list[str]) -> str | None:
    """The standard Korean form, or None when a syllable is not pinyin.

    >>> standard_korean("广州", ["guǎng", "zhōu"]), standard_korean("香港", ["xiāng", "gǎng"])
    ('광저우', '홍콩')
    """
    try:
        return to_hangul(syllables, zh) if all(syllables) else None
    except PinyinError:
        return None


@cache
def _sino_table() -> dict[str, str]:
    from hanja.table import hanja_table

    table = dict(hanja_table)
    table.update({r["char"]: r["reading"] for r in tsv_rows("sino_overrides.tsv")})
    return table


def initial_sound_rule(syllable: str) -> str:
    """두음법칙 on a word's first syllable: ㄹ → ㅇ/ㄴ, ㄴ → ㅇ before i and y-vowels.

    >>> [initial_sound_rule(s) for s in ["룡", "락", "녕", "란", "광"]]
    ['용', '낙', '영', '난', '광']
    """
    initial, vowel, final = decompose(syllable)
    if initial == "ㄹ":
        initial = "ㅇ" if vowel in _GLIDE_VOWELS else "ㄴ"
    elif initial == "ㄴ" and vowel in _GLIDE_VOWELS:
        initial = "ㅇ"
    return compose(initial, vowel, final)


def sino_korean(zh: str, person: bool = False) -> str | None:
    """The Sino-Korean reading, read from the traditional form; None if a character has none.

    >>> sino_korean("广州"), sino_korean("宁德"), sino_korean("辽宁"), sino_korean("国务院")
    ('광주', '영덕', '요녕', '국무원')
    """
    table = _sino_table()
    readings = []
    for ch in to_traditional(zh):
        reading = table.get(ch)
        if not reading:
            return None
        readings.append(reading[0])
    readings[0] = initial_sound_rule(readings[0])
    if person and len(readings) > 1:  # a given name is a word of its own
        readings[1] = initial_sound_rule(readings[1])
    return "".join(readings)


@dataclass(frozen=True, slots=True)
class Reading:
    given: str
    zh: str
    zh_hant: str
    pinyin: str
    ko: str | None
    ko_sino: str | None


@lru_cache(maxsize=16384)
def read_name(name: str, person: bool | None = None) -> Reading:
    """All readings of a name given in simplified or traditional characters.

    >>> r = read_name("冰絲帶"); (r.zh, r.pinyin, r.ko, r.ko_sino)
    ('冰丝带', 'Bīngsīdài', '빙쓰다이', '빙사대')
    """
    zh = to_simplified(name)
    is_person = looks_like_person(zh) if person is None else person
    syllables = pinyin_syllables(zh, is_person)
    return Reading(name, zh, to_traditional(zh), format_pinyin(syllables, is_person),
                   standard_korean(zh, syllables), sino_korean(zh, is_person))


__all__ = ["Reading", "plain", "read_name", "sino_korean", "to_simplified", "to_traditional"]
