"""Readings of a Chinese name: simplified/traditional forms (OpenCC; its simplified-to-traditional
tables prebuilt as data/traditional_table.txt), pinyin (pypinyin's reading,
from its tables prebuilt as data/pinyin_table.txt, with the reviewed overrides in data/), the
standard Korean form, and the Sino-Korean reading (the hanja package's table, prebuilt as
data/sino_readings.tsv, on the traditional form, with data/sino_overrides.tsv and the
initial-sound rule)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache


from kic_extract.data import tsv_rows
from kic_extract.names import traditional_table
from kic_extract.names.hangul import compose, decompose
from kic_extract.names.parts import split_generic
from kic_extract.names.pinyin_table import is_phrase, pinyin
from kic_extract.names.translit import PinyinError, customary_names, exception_spans, plain, to_hangul
from kic_extract.scripts import is_han

_GLIDE_VOWELS = set("ㅣㅑㅕㅛㅠㅖ")


@cache
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


@cache
def _variants() -> dict[int, str]:
    table = {r["char"]: r["folded"] for r in tsv_rows("hanja_variants.tsv")}
    for ch in list(table):  # a compatibility ideograph may lead to a variant that folds again
        while table[ch] in table and table[table[ch]] != table[ch]:
            table[ch] = table[table[ch]]
    return {ord(k): v for k, v in table.items()}


def fold_variants(text: str) -> str:
    """Korean and Japanese code points for Chinese characters (敎, 姸, 徳, 黒, compatibility
    ideographs) as Chinese standards encode them, one character for one (data/hanja_variants.tsv).

    >>> fold_variants("敎眞姸黒徳呑\uf914")
    '教真妍黑德吞樂'
    """
    return text.translate(_variants())


def to_simplified(text: str) -> str:
    """Simplified characters (variants folded, then OpenCC t2s).

    >>> to_simplified("冰絲帶 雙創 京張 姸")
    '冰丝带 双创 京张 妍'
    """
    return _opencc("t2s").convert(fold_variants(text))


def to_traditional(text: str) -> str:
    """Traditional characters (OpenCC s2t, from its tables prebuilt as data/traditional_table.txt).

    >>> to_traditional("广州 宁德")
    '廣州 寧德'
    """
    return traditional_table.to_traditional(text)


@cache
def _overrides() -> dict[str, list[str]]:
    return {r["zh"]: r["pinyin"].split() for r in tsv_rows("pinyin_overrides.tsv")}


@cache
def _override_kinds() -> dict[str, str]:
    return {r["zh"]: r["kind"] for r in tsv_rows("pinyin_overrides.tsv")}


@cache
def _surname_rows() -> tuple[dict[str, str], ...]:
    return tsv_rows("surname_readings.tsv")


@cache
def _surnames() -> dict[str, str]:
    """Surnames whose pinyin differs from the character's reading as a word."""
    return {r["char"]: r["pinyin"] for r in _surname_rows() if r["pinyin"]}


@cache
def _surname_sino() -> dict[str, str]:
    """Sino-Korean readings of surnames where they differ from the character's first reading."""
    return {to_traditional(r["char"]): r["sino"] for r in _surname_rows() if r.get("sino")}


@cache
def _name_chars() -> dict[str, str]:
    return {r["char"]: r["pinyin"] for r in tsv_rows("pinyin_name_chars.tsv")}


def _in_phrase(zh: str, i: int) -> bool:
    """Whether pypinyin reads character i of the name within one of its phrases.

    >>> _in_phrase("长城汽车", 0), _in_phrase("长飞光纤", 0)
    (True, False)
    """
    return any(is_phrase(zh[a:b])
               for a in range(max(0, i - 5), i + 1)
               for b in range(max(i + 1, a + 2), min(len(zh), a + 7) + 1))


def looks_like_person(zh: str) -> bool:
    """A bare 2–4 character name starting with a surname whose reading differs from the word's,
    unless pypinyin knows its start as a word (乐山, 华侨城) or it ends in a generic part (单县).

    >>> looks_like_person("曾毓群"), looks_like_person("单霁翔"), looks_like_person("乐山"), looks_like_person("广州")
    (True, True, False, False)
    """
    if zh in _override_kinds():
        return _override_kinds()[zh] == "person"
    if not (2 <= len(zh) <= 4 and zh[0] in _surnames() and is_han(zh)):
        return False
    if any(is_phrase(zh[:k]) for k in range(2, len(zh) + 1)):
        return False
    return all(not p.generic for p in split_generic(zh))


def pinyin_syllables(zh: str, person: bool | None = None) -> list[str]:
    """Tone-marked syllables of a simplified name: overrides first (longest match), pypinyin for
    the rest; a person's surname takes its surname reading.

    >>> pinyin_syllables("朝阳"), pinyin_syllables("广州"), pinyin_syllables("曾毓群")
    (['cháo', 'yáng'], ['guǎng', 'zhōu'], ['zēng', 'yù', 'qún'])
    """
    overrides = _overrides()
    out: list[str] = []
    covered: set[int] = set()
    i = 0
    pending = ""
    longest = max(map(len, overrides), default=0)

    def flush() -> None:
        nonlocal pending
        if pending:
            out.extend(pinyin(pending))
            pending = ""

    while i < len(zh):
        for size in range(min(longest, len(zh) - i), 1, -1):
            if zh[i:i + size] in overrides:
                flush()
                out.extend(overrides[zh[i:i + size]])
                covered.update(range(i, i + size))
                i += size
                break
        else:
            pending += zh[i]
            i += 1
    flush()
    _name_char_defaults(zh, out, covered)
    if zh not in overrides and (person or (person is None and looks_like_person(zh))) and zh[0] in _surnames():
        out[0] = _surnames()[zh[0]]
    return out


def _name_char_defaults(zh: str, out: list[str], covered: set[int]) -> None:
    """Characters that pypinyin read alone (no override, no phrase) take their reading in names
    (data/pinyin_name_chars.tsv: 长 cháng in 长飞, 长宁, 长三角)."""
    table = _name_chars()
    for i, ch in enumerate(zh):
        if ch in table and i not in covered and i < len(out) and not _in_phrase(zh, i):
            out[i] = table[ch]


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


def standard_korean(zh: str, syllables: list[str], person: bool = False) -> str | None:
    """The standard Korean form, or None when a syllable is not pinyin. Generic parts of a place
    or company name are written with their Korean word (data/generic_parts.tsv), customary
    names inside it as custom has them (data/translit_exceptions.tsv), and a name with a unit of
    the old administration (郡, 府) in its Korean reading; a person's name is transliterated whole.

    >>> standard_korean("广州", ["guǎng", "zhōu"]), standard_korean("香港", ["xiāng", "gǎng"])
    ('광저우', '홍콩')
    >>> standard_korean("浦东新区", ["pǔ", "dōng", "xīn", "qū"])
    '푸둥신구'
    """
    if not all(syllables) or len(syllables) != len(zh):
        return None
    try:
        if person or zh in customary_names():
            return to_hangul(syllables, zh)
        parts = split_generic(zh, standard_only=True)
        if any(p.historical for p in parts) and any(not p.generic for p in parts):
            return sino_korean(zh)
        out, k = [], 0
        for start, end, ko in exception_spans(zh) + [(len(zh), len(zh), "")]:
            if start > k:
                out.append(_with_generic_words(zh[k:start], syllables[k:start], whole=(k, start) == (0, len(zh))))
            out.append(ko)
            k = end
        return "".join(out)
    except PinyinError:
        return None


def _with_generic_words(zh: str, syllables: list[str], whole: bool) -> str:
    """A piece of a name transliterated, its generic parts in Korean words (a name that is only a
    generic part is transliterated)."""
    parts = split_generic(zh, standard_only=True)
    if whole and all(p.generic for p in parts):
        return to_hangul(syllables, zh)
    out, k = [], 0
    for part in parts:
        n = len(part.zh)
        out.append(part.translations[0] if part.generic else to_hangul(syllables[k:k + n], part.zh))
        k += n
    return "".join(out)


@cache
def _sino_table() -> dict[str, str]:
    """Character → Sino-Korean reading: the hanja package's table as data/sino_readings.tsv holds
    it (one line per reading), with data/sino_overrides.tsv over it."""
    table: dict[str, str] = {}
    for row in tsv_rows("sino_readings.tsv"):
        table.update(dict.fromkeys(row["chars"], row["reading"]))
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


def sino_korean(zh: str, person: bool = False, initial_rule: bool = True) -> str | None:
    """The Sino-Korean reading, read from the traditional form; None if a character has none.
    The initial-sound rule reads the first syllable only; a person's surname takes its surname
    reading (data/surname_readings.tsv).

    >>> sino_korean("广州"), sino_korean("宁德"), sino_korean("辽宁"), sino_korean("国务院")
    ('광주', '영덕', '요녕', '국무원')
    >>> sino_korean("李路明", person=True), sino_korean("沈磊", person=True), sino_korean("沈磊")
    ('이로명', '심뢰', '침뢰')
    """
    table = _sino_table()
    readings = []
    hant = to_traditional(zh)
    for ch in hant:
        reading = table.get(ch)
        if not reading:
            return None
        readings.append(reading[0])
    if person and hant[0] in _surname_sino():
        readings[0] = _surname_sino()[hant[0]]
    if initial_rule:
        readings[0] = initial_sound_rule(readings[0])
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
                   standard_korean(zh, syllables, is_person), sino_korean(zh, is_person))


__all__ = ["Reading", "fold_variants", "plain", "read_name", "sino_korean", "to_simplified", "to_traditional"]
