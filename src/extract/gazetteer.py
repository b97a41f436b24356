"""The gazetteer of China's province-level regions (data/gazetteer.tsv): every Korean spelling
(standard, Sino-Korean, customary, variant) of a region, and a matcher for Korean text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import regex

from extract.data import tsv_rows

# the generic part written after a region's name, the autonomous regions' full names included
SUFFIXES = ("좡족자치구", "후이족자치구", "위구르자치구", "특별행정구", "자치구", "성", "시")
PROVINCE_LEVEL = frozenset({"province", "autonomous_region", "municipality", "sar"})
PLACES = PROVINCE_LEVEL | {"city", "district"}
# first letters of the particles that may follow a name (으로, 보다, 까지, 만, 처럼, 부터 included)
PARTICLES = "은는이가을를의과와도에로으보까만처부"


@dataclass(frozen=True, slots=True)
class Region:
    zh: str
    zh_hant: str
    pinyin: str
    ko: str
    ko_sino: str
    level: str
    customary: tuple[str, ...]
    variants: tuple[str, ...]
    bare: bool


class RegionMention(NamedTuple):
    """A region named in text: the span as written, the spelling matched, its candidates."""

    start: int
    end: int
    written: str
    spelling: str
    form: str  # standard, sino, variant, other
    candidates: tuple[str, ...]  # simplified names the spelling can mean
    gloss: str | None  # a Chinese name written after it in parentheses, `산시성(山西)`

    @property
    def zh(self) -> str | None:
        """The region meant, where the text leaves one reading; a gloss settles an ambiguity."""
        if self.gloss and self.gloss in self.candidates:
            return self.gloss
        return self.candidates[0] if len(self.candidates) == 1 else None


@cache
def regions() -> tuple[Region, ...]:
    def spellings(cell: str) -> tuple[str, ...]:
        return tuple(v.split(" (")[0].strip() for v in cell.split("|") if v.strip())

    return tuple(
        Region(r["zh"], r["zh_hant"], r["pinyin"], r["ko"], r["ko_sino"], r["level"], spellings(r["customary"]),
               spellings(r["variants"]), r["bare"] == "yes")
        for r in tsv_rows("gazetteer.tsv")
    )


@cache
def _spelling_index(levels: frozenset[str]) -> dict[str, tuple[str, tuple[str, ...], bool]]:
    """Korean spelling → (form, candidate zh names, usable without a suffix)."""
    index: dict[str, tuple[str, list[str], bool]] = {}
    for region in regions():
        if region.level not in levels:
            continue
        forms = [(region.ko, "standard"), (region.ko_sino, "sino")]
        forms += [(c, "other") for c in region.customary] + [(v, "variant") for v in region.variants]
        for spelling, form in forms:
            prev = index.get(spelling)
            if prev and prev[0] == form:
                prev[1].append(region.zh)
            elif prev is None:
                index[spelling] = (form, [region.zh], region.bare)
    return {k: (form, tuple(zhs), bare) for k, (form, zhs, bare) in index.items()}


@cache
def _automaton(levels: frozenset[str]):
    """An Aho–Corasick automaton over every spelling (leftmost-longest, like a longest-first
    alternation), and the spellings by index."""
    import ahocorasick_rs

    spellings = sorted(_spelling_index(levels))
    return ahocorasick_rs.AhoCorasick(spellings, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), spellings


# what may follow a spelling: a suffix, a Chinese gloss, then a particle or the end of the word
_TAIL = regex.compile(rf"(?P<suffix>{'|'.join(SUFFIXES)})?(?:\((?P<gloss>\p{{Han}}+)\))?"
                      rf"(?=[{PARTICLES}]|[^\p{{Hangul}}]|$)")
_HANGUL = regex.compile(r"\p{Hangul}")
# a character that may open a suffix or a gloss: where none follows, the tail is read without `_TAIL`
_TAIL_OPENERS = frozenset(s[0] for s in SUFFIXES) | {"("}


@cache
def _is_hangul(ch: str) -> bool:
    return bool(_HANGUL.match(ch))


def find_regions(text: str, levels: frozenset[str] = PROVINCE_LEVEL) -> list[RegionMention]:
    """Regions of the given levels (by default province-level) named in Korean text, in order.

    >>> [(m.written, m.zh, m.form) for m in find_regions("산시성(山西), 충칭, 랴오닝성의 2차 산업")]
    [('산시성(山西)', '山西', 'standard'), ('충칭', '重庆', 'standard'), ('랴오닝성', '辽宁', 'standard')]
    >>> [(m.written, m.zh, m.candidates) for m in find_regions("장씨성, 산시성은, 장시간")]
    [('장씨성', '江西', ('江西',)), ('산시성', None, ('山西', '陕西'))]
    >>> [m.zh for m in find_regions("광저우와 우씨, 선전", PLACES)]
    ['广州', '无锡']
    """
    out = []
    index = _spelling_index(levels)
    automaton, spellings = _automaton(levels)
    size = len(text)
    for k, start, end in automaton.find_matches_as_indexes(text):
        if start and _is_hangul(text[start - 1]):
            continue  # inside a word
        spelling = spellings[k]
        form, candidates, bare = index[spelling]
        if end == size or text[end] not in _TAIL_OPENERS:  # no suffix, no gloss: only the word's end to see
            if end < size and not (text[end] in PARTICLES or not _is_hangul(text[end])):
                continue
            if not bare:
                continue
            out.append(RegionMention(start, end, spelling, spelling, form, candidates, None))
            continue
        tail = _TAIL.match(text, end)
        if not tail:
            continue
        if not bare and not tail["suffix"] and not tail["gloss"]:
            continue
        out.append(RegionMention(start, tail.end(), text[start:tail.end()], spelling, form, candidates, tail["gloss"]))
    return out
