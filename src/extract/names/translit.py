"""Hanyu Pinyin → Hangul by the National Institute of Korean Language's rules for Chinese
(외래어 표기법 [표 5] and 표기 세칙), from the tables in data/pinyin_*.tsv."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from kic_extract.compiled import compiled
from kic_extract.data import tsv_rows
from kic_extract.names.hangul import compose

# glides written plain after ㅈ ㅉ ㅊ (표기 세칙 제2항)
_DEGLIDE = {"ㅑ": "ㅏ", "ㅖ": "ㅔ", "ㅛ": "ㅗ", "ㅠ": "ㅜ"}
# y-/w- spellings of the finals that stand without an initial
_ZERO = {"yi": "i", "ya": "ia", "yo": "io", "ye": "ie", "yao": "iao", "you": "iu", "yan": "ian", "yin": "in",
         "yang": "iang", "ying": "ing", "yong": "iong", "wu": "u", "wa": "ua", "wo": "uo", "wai": "uai",
         "wei": "ui", "wan": "uan", "wen": "un", "wang": "uang", "weng": "ueng", "yu": "v", "yue": "ve",
         "yuan": "van", "yun": "vn"}
_SYLLABLE = compiled(r"^(?P<initial>zh|ch|sh|[bpmfdtnlgkhjqxrzcs])?(?P<final>[a-zêv]+)$")


class PinyinError(ValueError):
    """A syllable that is not Hanyu Pinyin."""


@cache
def _initials() -> dict[str, dict[str, str]]:
    return {r["initial"]: r for r in tsv_rows("pinyin_initials.tsv")}


@cache
def _finals() -> dict[str, dict[str, str]]:
    return {r["final"]: r for r in tsv_rows("pinyin_finals.tsv")}


@lru_cache(maxsize=8192)  # a few thousand syllables, each met again and again
def plain(syllable: str) -> str:
    """A pinyin syllable without tone marks, ü as v, lower case.

    >>> plain("Lǚ"), plain("xué"), plain("Ēr")
    ('lv', 'xue', 'er')
    """
    s = unicodedata.normalize("NFD", syllable.lower()).replace("u\u0308", "v").replace("u:", "v")
    s = "".join(ch for ch in s if not unicodedata.combining(ch) or ch == "\u0302")  # ê keeps its circumflex
    return unicodedata.normalize("NFC", s)


@lru_cache(maxsize=8192)
def syllable_to_hangul(syllable: str) -> str:
    """One pinyin syllable in Hangul.

    >>> [syllable_to_hangul(s) for s in ["jiā", "jiě", "jiǔ", "xiā", "zhī", "sī", "wéi", "yuán", "guì", "sūn"]]
    ['자', '제', '주', '샤', '즈', '쓰', '웨이', '위안', '구이', '쑨']
    >>> [syllable_to_hangul(s) for s in ["jūn", "xué", "lǚ", "dōng", "ér", "ō", "qióng", "duō"]]
    ['쥔', '쉐', '뤼', '둥', '얼', '오', '충', '둬']
    """
    s = plain(syllable)
    finals = _finals()
    if s in _ZERO:
        return finals[_ZERO[s]]["alone"]
    if s in finals and s not in ("i", "u", "v", "ui", "un", "iu") or s in ("ê",):
        return finals[s]["alone"]
    m = _SYLLABLE.match(s)
    if not m or m["initial"] is None:
        raise PinyinError(f"{syllable!r} is not a pinyin syllable")
    initial, final = m["initial"], m["final"]
    info = _initials()[initial]
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # ju, que, xuan, qun: the u after j q x is ü
    if final == "i" and info["apical"] == "yes":
        return compose(info["hangul"], "ㅡ")
    if final not in finals:
        raise PinyinError(f"{syllable!r} has no final {final!r} in the table")
    row = finals[final]
    vowel = row["vowel"]
    if info["palatal"] == "yes":
        vowel = _DEGLIDE.get(vowel, vowel)
    return compose(info["hangul"], vowel, row["coda"]) + row["rest"]


@cache
def _exception_rows() -> dict[str, tuple[str, str]]:
    rows = {}
    for n, r in enumerate(tsv_rows("translit_exceptions.tsv"), 1):
        where = r.get("where") or "whole"
        if where not in ("whole", "start", "any"):
            raise ValueError(f"translit_exceptions.tsv: row {n}: where must be whole, start or any, not {where!r}")
        rows[r["zh"]] = (r["ko"], where)
    return rows


@cache
def customary_names() -> dict[str, str]:
    """Customary Korean names that stand for a whole name (香港 홍콩, 朝鲜族 조선족)."""
    return {zh: ko for zh, (ko, where) in _exception_rows().items() if where in ("whole", "any")}


def exception_spans(zh: str) -> list[tuple[int, int, str]]:
    """(start, end, Korean) of the customary names inside a longer name, left to right.

    >>> exception_spans("中国人民银行"), exception_spans("延边朝鲜族自治州"), exception_spans("中国")
    ([(0, 2, '중국')], [(2, 5, '조선족')], [])
    """
    rows = _exception_rows()
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(zh):
        for size in range(min(len(zh) - i, 8), 1, -1):
            row = rows.get(zh[i:i + size])
            if row and size < len(zh) and (row[1] == "any" or (row[1] == "start" and i == 0)):
                spans.append((i, i + size, row[0]))
                i += size
                break
        else:
            i += 1
    return spans


def to_hangul(syllables: list[str], zh: str | None = None) -> str:
    """A name's standard Korean form from its pinyin syllables; customary exceptions win.

    >>> to_hangul(["Guǎng", "zhōu"]), to_hangul(["xiāng", "gǎng"], "香港")
    ('광저우', '홍콩')
    """
    if zh and zh in customary_names():
        return customary_names()[zh]
    return "".join(syllable_to_hangul(s) for s in syllables)
