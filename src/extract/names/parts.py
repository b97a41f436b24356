"""Generic parts of Chinese names (市, 新区, 集团, 有限公司 …) and the cores between them, from
data/generic_parts.tsv. Korean writes a generic part with its Korean word (浦东新区 푸둥신구,
昆山市 쿤산시, 华西镇 화시진), not with its transliteration."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from kic_extract.data import tsv_rows
from kic_extract.names.pinyin_table import is_phrase


@dataclass(frozen=True, slots=True)
class Part:
    zh: str
    generic: bool
    translations: tuple[str, ...] = ()
    kind: str | None = None
    historical: bool = False  # a unit of the old administration (郡, 府): the name is read in Korean


@cache
def generics(standard_only: bool = False) -> tuple[tuple[str, tuple[str, ...], str, int, bool], ...]:
    """(zh, Korean translations, kind, min_core, historical) longest first: the parts split off
    for the glossary, or with `standard_only` the parts the standard form of a whole name writes
    in Korean."""
    rows = []
    for n, r in enumerate(tsv_rows("generic_parts.tsv"), 1):
        if not r["zh"] or not r["ko"] or not (r.get("min_core") or "1").isdigit():
            raise ValueError(f"generic_parts.tsv: row {n} needs zh, ko and a whole min_core: {r}")
        if r.get("standard") not in ("", "yes", "only"):
            raise ValueError(f"generic_parts.tsv: row {n}: standard must be yes, only or empty: {r}")
        if (standard_only and r.get("standard") not in ("yes", "only")) or (
                not standard_only and r.get("standard") == "only"):
            continue
        rows.append((r["zh"], tuple(r["ko"].split("|")), r["kind"], int(r.get("min_core") or 1),
                     r.get("historical") == "yes"))
    return tuple(sorted(rows, key=lambda r: (-len(r[0]), r[0])))


_CITY_UNITS = frozenset("市县")  # (the units a city or county is named with, after its whole name)


def _is_word(core: str, generic: str) -> bool:
    """The generic character belongs to a word pypinyin knows (景德镇, 沙市): not a generic part."""
    return any(is_phrase(core[k:] + generic) for k in range(len(core)))


def split_generic(zh: str, standard_only: bool = False) -> tuple[Part, ...]:
    """Generic parts and the cores between them, longest generic first. A one-character generic
    part only ends a core of at least `min_core` characters (新乡 and 乌镇 are names, 华西镇 is
    华西 + 镇); where that is more than one, never a core pypinyin knows as a word with it (景德镇).

    >>> [(p.zh, p.generic) for p in split_generic("上海浦东新区")]
    [('上海浦东', False), ('新区', True)]
    >>> [p.zh for p in split_generic("景德镇")], [p.zh for p in split_generic("华西镇")]
    (['景德镇'], ['华西', '镇'])
    >>> [(p.zh, p.generic) for p in split_generic("工业园区")], [(p.zh, p.generic) for p in split_generic("工业园区", True)]
    ([('工业园', True), ('区', True)], [('工业园', False), ('区', True)])

    A one-character generic right before the city's or county's unit that ends the name is part of the name
    (防城港市: the city 防城港, named after its port; 连云港市), not before a district's (洋山港区, the port's zone):

    >>> [(p.zh, p.generic) for p in split_generic("防城港市")], [p.zh for p in split_generic("防城港")]
    ([('防城港', False), ('市', True)], ['防城', '港'])
    >>> [p.zh for p in split_generic("洋山港区")], [p.zh for p in split_generic("宁波市镇海区")]
    (['洋山', '港', '区'], ['宁波', '市', '镇海', '区'])
    """
    return _split(zh, standard_only)


@cache
def _by_first(standard_only: bool) -> tuple[dict[str, tuple], dict[str, tuple[tuple, ...]]]:
    """`generics` looked up by the whole part (the first row of each) and by first character (in
    their order, longest first), so a position is tried only against the parts that can start there."""
    whole: dict[str, tuple] = {}
    first: dict[str, list[tuple]] = {}
    for row in generics(standard_only):
        whole.setdefault(row[0], row)
        first.setdefault(row[0][0], []).append(row)
    return whole, {ch: tuple(rows) for ch, rows in first.items()}


@lru_cache(maxsize=16384)
def _split(zh: str, standard_only: bool) -> tuple[Part, ...]:
    whole, by_first = _by_first(standard_only)
    if zh in whole:
        generic, translations, kind, _, historical = whole[zh]
        return (Part(generic, True, translations, kind, historical),)
    out: list[Part] = []
    core = ""
    i = 0
    while i < len(zh):
        for generic, translations, kind, min_core, historical in by_first.get(zh[i], ()):
            if not zh.startswith(generic, i):
                continue
            # (a unit may follow a generic part, 洋山港区 is 洋山, 港 and 区; a town's or a port's word opens a name
            # there, 宁波市镇海区 is 宁波, 市, 镇海 and 区)
            if len(generic) == 1 and (not core and (i == 0 or min_core > 1) or core and len(core) < min_core
                                      or (min_core > 1 and _is_word(core, generic))
                                      or i + 2 == len(zh) and zh[-1] in _CITY_UNITS):
                continue
            if core:
                out.append(Part(core, False))
                core = ""
            out.append(Part(generic, True, translations, kind, historical))
            i += len(generic)
            break
        else:
            core += zh[i]
            i += 1
    if core:
        out.append(Part(core, False))
    return tuple(out)
