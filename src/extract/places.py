"""Places the gazetteer does not list (districts, counties, cities, zones): named with their
Chinese in brackets, or found by their generic word (data/place_suffixes.tsv) where the name reads
as a Mandarin transliteration."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.data import tsv_rows, word_list
from kic_extract.gazetteer import (AFFILIATION, DIRECTIONS, ORIGIN, PARTICLES, PLACES, PROVINCE_LEVEL, SUFFIXES, RegionMention,
                                   find_regions, listed_spelling)
from kic_extract.scripts import HAN_SCRIPT, HANGUL_SCRIPT

@dataclass(frozen=True, slots=True)
class PlaceSuffix:
    ko: str
    zh: str
    alone: bool  # a word ending in it is a place without a gloss when its name reads as Mandarin


@cache
def place_suffixes() -> tuple[PlaceSuffix, ...]:
    """The generic words of data/place_suffixes.tsv, longest first."""
    rows = (PlaceSuffix(r["ko"], r["zh"], r["alone"] == "yes") for r in tsv_rows("place_suffixes.tsv"))
    return tuple(sorted(rows, key=lambda s: -len(s.ko)))


@cache
def mandarin_syllables() -> frozenset[str]:
    """The Hangul of every syllable Mandarin has, under the standard transliteration
    (data/mandarin_syllables.txt)."""
    return frozenset(word_list("mandarin_syllables.txt"))


@cache
def reads_as_mandarin(text: str) -> bool:
    """Whether Hangul text can be cut into transliterated Mandarin syllables: the test a place
    name met without its Chinese must pass. Korean words fail on a syllable Mandarin has no
    reading for (`지역`: 역, `산업`: 업, `시범`: 범).

    >>> [reads_as_mandarin(w) for w in ("바오안", "하이뎬", "지역", "시범", "보세", "인")]
    [True, True, False, False, False, True]
    """
    syllables = mandarin_syllables()
    longest = max(map(len, syllables))
    reachable = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        reachable[end] = any(reachable[start] and text[start:end] in syllables
                             for start in range(max(0, end - longest), end))
    return bool(text) and reachable[-1]


def _suffix_alternation(alone_only: bool = False) -> str:
    return "|".join(regex.escape(s.ko) for s in place_suffixes() if s.alone or not alone_only)


# the patterns run on every sentence below are plain enough for the standard library's `re`, which
# runs them several times faster than `regex` (the script ranges are exactly `regex`'s properties)
_KO, _NOT_KO, _ZH = f"[{HANGUL_SCRIPT}]", f"[^{HANGUL_SCRIPT}]", f"[{HAN_SCRIPT}]"


@cache
def _glossed_pattern() -> regex.Pattern[str]:
    suffixes = _suffix_alternation()
    # (the bracket may go on after a comma: `자오칭(肇庆, 3,100억 위안)`; a word of direction or origin may close the name, as
    # it closes a listed place's: `징더전(景德镇)산 세라믹`)
    closing = "".join(sorted(DIRECTIONS)) + AFFILIATION + ORIGIN
    return compiled(rf"(?<!{_KO})(?P<name>{_KO}+?)(?P<before>{suffixes})?\((?P<zh>{_ZH}{{2,}})(?:,[^()]*)?\)"
                      rf"(?P<after>{suffixes})?(?=[{PARTICLES}]|다(?!{_KO})|였다|[{closing}](?!{_KO})|{_NOT_KO}|$)")


@cache
def _twin_glossed() -> regex.Pattern[str]:
    """Two names joined by a middle dot over one gloss (`닝보·저우산(宁波舟山)`, `닝보·저우산(宁波·舟山)`)."""
    return compiled(rf"(?<![{HANGUL_SCRIPT}·])(?P<a>{_KO}{{2,}})·(?P<b>{_KO}{{2,}})\((?P<zh>{_ZH}{{2,}}·?{_ZH}{{2,}})\)")


@cache
def chinese_cities() -> frozenset[str]:
    """China's cities (data/cities.tsv), by name with 市 and without it, and its prefectures that are no
    city (data/prefectures.tsv), by full and short name.

    >>> {"三亚", "三亚市", "西双版纳", "延边朝鲜族自治州"} <= chinese_cities()
    True
    """
    names = {r["zh"] for r in tsv_rows("cities.tsv")}
    prefectures = {name for r in tsv_rows("prefectures.tsv") for name in (r["zh"], r["short"])}
    return frozenset(names | {n[:-1] for n in names} | prefectures)


def named_bare(places: dict[str, str | None], texts: list[str]) -> dict[str, str | None]:
    """The districts, counties, towns and subdistricts among glossed `places` that the texts go on to name without their
    generic word, a
    particle right after the name, or after its figure in brackets (`푸양구(富阳区)` | `2024년 푸양의 … 생산량은`, `청하이(870곳)가`;
    not `민항구(闵行区)` | `중국 민항 여객`, a word): bare name → Chinese (None where `places` has none).

    >>> named_bare({"푸양구": "富阳区", "난산구": "南山区"}, ["푸양구(富阳区)는 …", "2024년 푸양의 생산량은", "난산구의 GDP"])
    {'푸양': '富阳'}
    >>> named_bare({"천장가도": "陈江街道", "중카이고신구": "仲恺高新区"}, ["천장의 생산액은", "중카이의 기업"])
    {'천장': '陈江'}
    >>> named_bare({"룽강구": "龙岗区", "닝하이현": "宁海县"}, ["룽강에는 현재 다섯 개 전문 산업단지가", "닝하이도시"])
    {'룽강': '龙岗'}
    >>> named_bare({"위안구": None}, ["루안시 위안구", "생산액은 186억 위안으로"])
    {}
    >>> named_bare({"타이저우만신구": "台州湾新区"}, ["신구는 2025년 기업 46곳을 유치했다"])  # (its one new area by the word alone)
    {'신구': '台州湾新区'}
    >>> named_bare({"차오터우후가도": None}, ["차오터우후가도(205 개사)가 뒤를 이었다", "차오터우후가 2 억 위안으로"])  # (no gloss)
    {'차오터우후': None}
    >>> named_bare({"룽장진": "龙江镇", "러충진": None}, ["다음으로 룽장(148억 위안), 러충(96억 위안) 순이었다"])
    {'룽장': '龙江', '러충': None}
    """
    found: dict[str, str] = {}
    for ko, zh in places.items():
        suffix = next((s for s in BARE_KINDS if ko.endswith(s)), None)
        if suffix is None or zh is not None and not zh.endswith(BARE_KINDS[suffix]) or len(bare := ko[:-len(suffix)]) < 2 \
                or bare in places or not reads_as_mandarin(bare) or listed_spelling(bare) or bare in _unit_words():
            # (not a unit's word: `루안시 위안구` | `186억 위안으로` is the currency)
            continue
        # (not `민항 여객`: a word; its figure may stand in brackets before the particle, `청하이(870곳)가`)
        # (or a particle of two syllables: `룽강구(龙岗区)` | `룽강에는 현재 다섯 개 …`, `하이먼(27곳)보다`)
        # (or its figure in brackets, then a list's comma or its order: `다음으로 룽장(148억 위안), 러충(96억 위안) 순이었다`)
        alone = regex.compile(rf"(?<!{_KO}){regex.escape(bare)}(?:\([^()]*\d[^()]*\)(?=\s*[,·]|\s+순(?!이익|유입|유출|매출))"
                              rf"|(?:\([^()]*\d[^()]*\))?(?:[{PARTICLES}]|에는|에서|에도|으로|로는|보다|까지|부터)(?!{_KO}))")
        if any(bare in text and alone.search(text) for text in texts):
            found[bare] = zh[:-len(BARE_KINDS[suffix])] if zh is not None else None
    for kind, zh_kind in _KIND_ALONE.items():
        # the one place of a kind the texts name, then called by the kind's word alone (`타이저우만신구(台州湾新区)` | `신구는
        # 2025년 관련 기업 46곳을`)
        of_kind = {zh for ko, zh in places.items() if ko.endswith(kind) and len(ko) > len(kind) and zh and zh.endswith(zh_kind)}
        alone = regex.compile(rf"(?<!{_KO}){kind}(?:은|는|이|가|의|에|에서|에는|도)(?!{_KO})")
        if len(of_kind) == 1 and kind not in places and any(kind in text and alone.search(text) for text in texts):
            found[kind] = next(iter(of_kind))
    return found


@cache
def _unit_words() -> frozenset[str]:
    """The words of units (data/units.tsv: `위안`, `달러`, `톤`), which no place named bare may be."""
    return frozenset(r["unit"] for r in tsv_rows("units.tsv"))


# the words of kinds of place a text may call its one place of the kind by, once named in full (`신구는`)
_KIND_ALONE = {"신구": "新区", "경제개발구": "经济开发区", "개발구": "开发区"}


# the generic words of districts, new areas, counties, towns and subdistricts a text drops once it has named the place in
# full (`천장(陈江)가도` | `천장의 생산액은`, `량장신구(两江新区)` | `량장은`), with their Chinese; not a zone's, whose name
# without it is its city's (`중카이고신구`: 중카이 is no place of its own); a bare name the gazetteer lists is its own place
BARE_KINDS = {"가도": "街道", "신구": "新区", "구": "区", "현": "县", "진": "镇"}


def glossed_places(text: str) -> dict[str, str]:
    """Places the gazetteer does not list, named with their Chinese in brackets: the Korean ends
    in a generic word of data/place_suffixes.tsv and the Chinese in its counterpart, or the
    Chinese is one of China's cities (data/cities.tsv) and the Korean is its name (`_names_city`), or the
    Korean reads as Mandarin and follows its province or a place in a list (`더양(德阳), 완저우(万州)와`).
    Korean name (with its generic word, if written) → Chinese.

    >>> glossed_places("선전 난산구(南山区)의 GDP, 푸둥신구(浦东新区)에는, 쿤산(昆山)시, 연구원(研究院), 선전시(深圳市), "
    ...     "린강구(临港区)단지, 쯔궁(自贡)가, 화웨이(华为)는, 중산(中山)대학, 구이저우성 룽장(榕江)의, 쓰촨 성(四川省), 핑샹(萍乡)다, "
    ...     "중국수소연맹(中国氢能联盟), 닝보·저우산(宁波舟山), 충칭시 산하 중셴(忠县)")
    {'닝보·저우산': '宁波舟山', '난산구': '南山区', '푸둥신구': '浦东新区', '쿤산': '昆山', '쿤산시': '昆山市', '쯔궁': '自贡', '룽장': '榕江', '핑샹': '萍乡', '중셴': '忠县'}
    """
    found: dict[str, str] = {}
    if "(" not in text:
        return found  # every gloss is in brackets
    zh_of, kinds = {s.ko: s.zh for s in place_suffixes()}, {s.ko for s in place_suffixes() if not s.alone}
    for m in _twin_glossed().finditer(text):
        if _twin_cities(m["a"] + m["b"], m["zh"].replace("·", "")):
            found.setdefault(f"{m['a']}·{m['b']}", m["zh"].replace("·", ""))  # (`닝보·저우산(宁波舟山)`: one port named after two cities)
    for m in _glossed_pattern().finditer(text):
        name, before, after, zh = m["name"], m["before"], m["after"], m["zh"]
        if before and after:
            name, before = name + before, None  # `닝진(宁津)현`: a name ending like a generic word (`진`), its own after the bracket
        suffix = before or after
        if text.endswith("·", 0, m.start()) and any(key.endswith(f"·{name}") for key in found):
            continue  # (`저우산(宁波舟山)` of `닝보·저우산(宁波舟山)`, found whole above)
        bare = name
        if before and not after and not zh.endswith(zh_of[suffix]) and zh in chinese_cities():
            suffix, name = None, name + before  # `츠시(慈溪)`: a city whose name ends like a generic word
        if not suffix:
            if len(name) > 1 and (zh in chinese_cities() and _names_city(name, zh)
                                  or _twin_cities(name, zh)) \
                    and not listed_spelling(name):
                # `싼야(三亚)`: a city named without its generic word, never in one syllable (`베이하 이(北海)`: a cut name);
                # so a port or an area named after two cities (`닝보저우산(宁波舟山)`)
                found.setdefault(name, zh)
            elif len(zh) >= 2 and len(name) >= 2 and zh.endswith("县") and name.endswith("셴") and reads_as_mandarin(name) \
                    and not listed_spelling(name):
                # `중셴(忠县)`: a county whose generic word the Korean reads in Mandarin with its name
                found.setdefault(name, zh)
            elif len(name) > 1 and (_after_region(text, m.start(), PLACES) or _after_listed_place(text, m.start(), found)) \
                    and reads_as_mandarin(name) and not listed_spelling(name) and not zh.endswith(_not_place_glosses()):
                # `구이저우성 룽장(榕江)`, `포산 순더(顺德)`: a county or a district named after its province or city (`쓰촨
                # 성(四川省)`: a generic word a print spaced off); `청두(成都), 몐양(绵阳), 더양(德阳), 완저우(万州)와`: one listed
                # after a place
                found.setdefault(name, zh)
            continue
        if after:
            zh += zh_of[suffix]  # `닝더(宁德)시`: the generic word written after the bracket
        elif not zh.endswith(zh_of[suffix]):
            continue
        if suffix == "시" and zh in chinese_cities() and _names_city(bare, zh[:-1]) and not listed_spelling(bare):
            # a city glossed with its generic word, after the bracket or inside it, is named bare after too (`진장(晋江)시` |
            # `진장 5.8%`, `구이린시(桂林市)` | `구이린 14.1%`)
            found.setdefault(bare, zh[:-1])
        ko = bare + suffix
        if not listed_spelling(ko) and ko not in kinds and not zh.endswith(_not_place_glosses()) \
                and (any(reads_as_mandarin(bare[:k]) for k in (2, 3)) or _after_region(text, m.start(), PLACES)):
            # (the gazetteer knows `선전시`; `종합보세구(综合保税区)` names a kind; `중국수소연맹(中国氢能联盟)` is an
            # alliance, no league: data/not_place_glosses.txt; a name opens with its place's Mandarin, `푸둥신구`,
            # `허페이고신구`, or follows it, `허페이 고신구(高新区)`, where a kind opens with a Korean word, `종합시범구(综试区)`)
            found.setdefault(ko, zh)
    return found


def named_in_full(ko: str, zh: str) -> bool:
    """Whether a glossed place names itself whole: one of China's cities, or a name and its generic word (`더화현`: 德化县),
    not a generic word alone (`신구`).

    >>> named_in_full("징더전", "景德镇"), named_in_full("더화현", "德化县"), named_in_full("차오완", "潮玩"), named_in_full("신구", "新区")
    (True, True, False, False)
    """
    if zh in chinese_cities() or zh.removesuffix("市") in chinese_cities():
        return True
    return ko not in _generic_words() and any(zh.endswith(s.zh) and len(zh) > len(s.zh) and ko.endswith(s.ko) for s in place_suffixes())


def _after_region(text: str, start: int, levels: frozenset[str] = PROVINCE_LEVEL) -> bool:
    """Whether a region's name of `levels` (by default province-level) stands right before `start`, a space apart; of a
    city, its spelling may be a word too (`선전 헝강(横岗)`: a name glossed after it makes it the city).

    >>> _after_region("▶ 선전 헝강(横岗): 홍콩과", 5, PLACES), _after_region("▶ 선전 헝강(横岗)", 5)
    (True, False)
    """
    head = text[max(0, start - 16):start]
    if not head.endswith(" "):
        return False
    if any(m.end == len(head) - 1 for m in find_regions(head, levels)):
        return True
    words = head.split()
    return levels is not PROVINCE_LEVEL and bool(words) and words[-1] in _cities_spelt_as_words()


@cache
def _cities_spelt_as_words() -> frozenset[str]:
    """The cities whose bare spelling is also a common word (data/gazetteer.tsv bare `no`: 선전, 지난, 중산)."""
    from kic_extract.gazetteer import regions

    return frozenset(r.ko for r in regions() if r.level == "city" and not r.bare and not r.suffix_only)


# the item before in a list of names, each perhaps glossed (`더양(德阳), `) and given its figure (`장자커우(张家口)가 48 만
# 6,000 개, `)
_ITEM_BEFORE = compiled(rf"(?<!{_KO})(?P<ko>{_KO}{{2,}})(?:\({_ZH}+\))?"
                        rf"(?:(?:이|가|은|는)?\s+(?:약\s*)?\d[\d,.]*(?:\s*[만억조]\s*(?:[\d,]+)?)*\s*{_KO}{{1,2}})?\s*[,、·]\s*$")


def _after_listed_place(text: str, start: int, found: dict[str, str]) -> bool:
    """Whether the item before `start` in a list is a place (`… 더양(德阳), 완저우(万州)와`).

    >>> _after_listed_place("청두(成都), 더양(德阳), 완저우(万州)", 16, {"더양": "德阳"}), _after_listed_place("화웨이(华为), 샤오미", 9, {})
    (True, False)
    >>> text = "장자커우(张家口)가 48 만 6,000 개, 구이안(贵安)이 41 만 3,000 개로"
    >>> _after_listed_place(text, text.index("구이안"), {})
    True
    """
    item = _ITEM_BEFORE.search(text, max(0, start - 40), start)
    return bool(item) and (item["ko"] in found or any(m.written == item["ko"] for m in find_regions(item["ko"], PLACES)))


def _twin_cities(ko: str, zh: str) -> bool:
    """Whether a glossed name joins two cities' names, read as Mandarin, as a port or an area named after both does.

    >>> _twin_cities("닝보저우산", "宁波舟山"), _twin_cities("광포", "广佛"), _twin_cities("중국수소연맹", "中国氢能联盟")
    (True, False, False)
    """
    cities = chinese_cities()
    return reads_as_mandarin(ko) and any(zh[:k] in cities and zh[k:] in cities for k in range(2, len(zh) - 1))


def _names_city(ko: str, zh: str) -> bool:
    """Whether a Korean name glossed with a city's Chinese is that city's name: its Mandarin
    transliteration (`싼야(三亚)`) or the name in the city's other language (`호르고스(霍尔果斯)`),
    but not a Sino-Korean reading that does not also read as Mandarin (`소주(苏州)`, `하문(厦门)`),
    which may be a Korean place's or word's.

    >>> _names_city("싼야", "三亚"), _names_city("호르고스", "霍尔果斯"), _names_city("소주", "苏州")
    (True, True, False)
    """
    if reads_as_mandarin(ko):
        return True
    from kic_extract.names.readings import read_name

    return len(ko) >= 2 and ko != read_name(zh, person=False).ko_sino


@cache
def _unglossed_pattern() -> regex.Pattern[str]:
    return compiled(rf"(?<!{_KO})(?P<name>{_KO}{{2,8}}?)(?P<suffix>{_suffix_alternation()})(?=[{PARTICLES}]|{_NOT_KO}|$)")


@cache
def _person_titles() -> frozenset[str]:
    return frozenset(word_list("person_titles.txt"))


_NEXT_WORD = compiled(r"\s*(\p{Hangul}+)")
_GLOSS = compiled(r"\(\p{Han}+\)")


@lru_cache(maxsize=64)
def _glossed_names(names: tuple[str, ...]) -> regex.Pattern[str]:
    """One pattern for every name an issue glossed: `난산구`, `난산구(南山区)`, and `닝더(宁德)시` with the Chinese
    before the generic word; longest names first. The issue's own words: never kept by `kic_extract.compiled`."""
    gloss = r"(?:\(\p{Han}+\))?"
    alternatives = []
    for ko in longest_first(names):
        suffix = next((s.ko for s in place_suffixes() if ko.endswith(s.ko)), "")  # none: `싼야`
        # (a name glossed without its generic word may take `시` later on: `우후(芜湖)` … `우후시의`; one glossed with `시` may
        # lose it: `융캉시(永康市)` … `융캉의`, and so may a county's of two syllables or more: `닝진현(宁津县)` … `닝진이`)
        after = "(?:시)?" if suffix in ("", "시") else "(?:현)?" if suffix == "현" and len(ko) > 2 else regex.escape(suffix)
        alternatives.append(f"{regex.escape(ko[:len(ko) - len(suffix)])}{gloss}{after}{gloss}")
    # (a word of direction or origin may close the name, as it closes a listed place's: `융캉산 보온용기`, `융캉발 화물`, and
    # take a particle: `둥하이산은`)
    closing = "".join(sorted(DIRECTIONS)) + AFFILIATION + ORIGIN
    return regex.compile(rf"(?<!\p{{Hangul}})(?:{'|'.join(alternatives)})"
                         rf"(?=[{PARTICLES}]|[{closing}][{PARTICLES}]?(?!\p{{Hangul}})|[^\p{{Hangul}}]|$)")


@cache
def _not_places() -> tuple[str, ...]:
    """The endings of data/not_places.txt that end no place's name."""
    return tuple(w for w in word_list("not_places.txt") if not w.startswith("="))


@cache
def _not_place_words() -> frozenset[str]:
    """The words of data/not_places.txt that are no place only as a whole (`=장신구`: `량장신구` is one)."""
    return frozenset(w[1:] for w in word_list("not_places.txt") if w.startswith("="))


@cache
def _not_place_glosses() -> tuple[str, ...]:
    return word_list("not_place_glosses.txt")


@cache
def _generic_words() -> frozenset[str]:
    """The generic words of places themselves (`자치구`, `특별행정구`, `신구`)."""
    return frozenset(SUFFIXES) | {s.ko for s in place_suffixes()}


def find_places(text: str, glossed: dict[str, str] | None = None) -> list[RegionMention]:
    """Places below the gazetteer's cities named in Korean text: the names `glossed` holds (from
    `glossed_places` over the whole issue, so a later mention without its Chinese counts), and any
    word ending in a generic word whose name reads as a Mandarin transliteration of two or more
    syllables and is not a person's (no title follows): alone for `구`, `현` (`바오안구`), right after
    a listed place for `시`, `진` (`장쑤성 쿤산시`).

    >>> [(m.written, m.zh) for m in find_places("난산구(南山区)의 GDP 와 바오안구는, 인구는, 지역구, 이지현 대표는, "
    ...     "닝더(宁德)시와 닝더시, 장쑤성 쿤산시, 쿤산시, 신속한 추진, 자치구 전체, 닝더의, 닝진이", {"난산구": "南山区", "닝더시": "宁德市",
    ...     "닝진현": "宁津县"})]
    [('난산구(南山区)', '南山区'), ('바오안구', None), ('닝더(宁德)시', '宁德市'), ('닝더시', '宁德市'), ('쿤산시', None), ('닝더', '宁德市'), ('닝진', '宁津县')]
    """
    out: list[RegionMention] = []
    taken: set[int] = set()
    if glossed:
        pattern = _glossed_names(tuple(glossed))
        for m in pattern.finditer(text):
            ko = _GLOSS.sub("", m.group())
            # (`우후시`, glossed `우후`; `융캉`, glossed `융캉시`; `닝진`, glossed `닝진현`)
            zh = glossed[ko] if ko in glossed else glossed[ko + "시"] if ko + "시" in glossed \
                else glossed[ko + "현"] if ko + "현" in glossed else glossed[ko[:-1]] + "市"
            out.append(RegionMention(m.start(), m.end(), m.group(), ko, "other", (zh,), None))
            taken.add(m.start())
    alone = {s.ko for s in place_suffixes() if s.alone}
    known_ends: set[int] | None = None
    for m in _unglossed_pattern().finditer(text):
        if m.start() in taken or not reads_as_mandarin(m["name"]):
            continue
        if m["suffix"] not in alone:
            # `장쑤성 쿤산시`: a generic word common words end in counts after a listed place only
            if known_ends is None:
                known_ends = {r.end for r in find_regions(text, PLACES)}
            if not any(m.start() - end in (0, 1) for end in known_ends):
                continue
        after = _NEXT_WORD.match(text, m.end())
        if after and any(after[1].startswith(t) and len(after[1]) - len(t) <= 2 for t in _person_titles()):
            continue  # `이지현 대표는`: a person's name
        ko = m["name"] + m["suffix"]
        if ko in _generic_words() or ko in _not_place_words() or ko.endswith(_not_places()):
            continue  # `자치구 전체의`: the generic word itself; `상주인구`: a noun (data/not_places.txt)
        out.append(RegionMention(m.start(), m.end(), ko, ko, "other", (), None))
    return sorted(out, key=lambda m: m.start)
