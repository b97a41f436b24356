"""The gazetteer of China's province-level regions (data/gazetteer.tsv): every Korean spelling
(standard, Sino-Korean, customary, variant) of a region, and a matcher for Korean text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from extract.data import tsv_rows

SUFFIXES = ("특별행정구", "자치구", "성", "시")
PROVINCE_LEVEL = frozenset({"province", "autonomous_region", "municipality", "sar"})
PLACES = PROVINCE_LEVEL | {"city", "district"}
PARTICLES = "은는이가을를의과와도에로"


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


@dataclass(frozen=True, slots=True)
class RegionMention:
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


def trie_pattern(words) -> str:
    """An alternation of words as a prefix trie, so a regex rejects most positions at once;
    at each branch longer continuations are tried first.

    >>> trie_pattern(["광둥", "광시", "광저우", "산시"])
    '(?:광(?:저우|둥|시)|산시)'
    >>> bool(regex.fullmatch(trie_pattern(["장시", "장쑤", "장"]), "장"))
    True
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict) -> list[str]:
        keys = sorted((k for k in node if k), key=lambda k: (-_depth(node[k]), k))
        return [regex.escape(k) + build(node[k]) for k in keys]

    def build(node: dict) -> str:
        alts = branches(node)
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return "(?:" + "|".join(branches(trie)) + ")"


def _depth(node: dict) -> int:
    return max((1 + _depth(child) for key, child in node.items() if key), default=0)


@cache
def _pattern(levels: frozenset[str]) -> regex.Pattern[str]:
    names = trie_pattern(_spelling_index(levels))
    suffixes = "|".join(SUFFIXES)
    return regex.compile(
        rf"(?<!\p{{Hangul}})(?P<name>{names})(?P<suffix>{suffixes})?(?:\((?P<gloss>\p{{Han}}+)\))?"
        rf"(?=[{PARTICLES}]|[^\p{{Hangul}}]|$)"
    )


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
    for m in _pattern(levels).finditer(text):
        form, candidates, bare = index[m["name"]]
        if not bare and not m["suffix"] and not m["gloss"]:
            continue
        out.append(RegionMention(m.start(), m.end(), m.group(), m["name"], form, candidates, m["gloss"]))
    return out
