"""The gazetteer of China's province-level regions (data/gazetteer.tsv): every Korean spelling
(standard, Sino-Korean, customary, variant) of a region, and a matcher for Korean text; the other
prefecture-level cities, named only with their 시 or a gloss (data/city_spellings.tsv); the other
countries (data/countries.tsv), as regions of level `foreign`. Places it does not list are
`kic_extract.places`'."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import regex

from kic_extract.compiled import compiled
from kic_extract.data import tsv_rows, word_set

# the generic part written after a region's name, the autonomous regions' full names included (`후이족` or, read as
# Sino-Korean, `회족`: 닝샤회족자치구)
SUFFIXES = ("좡족자치구", "후이족자치구", "회족자치구", "위구르자치구", "특별행정구", "자치구", "성", "시")
PROVINCE_LEVEL = frozenset({"province", "autonomous_region", "municipality", "sar"})
PLACES = PROVINCE_LEVEL | {"city", "district"}
# China as a whole and the other countries: names without a generic word after them
NATIONS = frozenset({"country", "foreign"})
# other countries' regions (data/korea_regions.tsv): read like countries' names
FOREIGN_REGIONS = frozenset({"foreign_region"})
# the regions made of several (`창장삼각주`, `징진지`): regions of figures, not places to cut names into
ECONOMIC_REGIONS = frozenset({"economic_region"})
EVERY_LEVEL = PLACES | NATIONS | FOREIGN_REGIONS | ECONOMIC_REGIONS
# first letters of the particles that may follow a name (으로, 보다, 까지, 만, 처럼, 부터, 뿐 included)
PARTICLES = "은는이가을를의과와도에로으보까만처부뿐였다"  # (였, 다: the copula after a vowel, `충칭시였다`, `정저우시다`)
# a word that makes a name a destination or an origin (`일본행 예약`, `미국향 수출`, `중국발 크루즈`) when the word
# ends there (`중국발전` is another word)
DIRECTIONS = frozenset("행향발")
# a word that makes a name the origin of capital or firms (`싱가포르계 펀드`, `중국계 자본`), or of goods made there
# (`중국산 보온도시락`, `융캉산 보온용기`)
AFFILIATION = "계"
ORIGIN = "산"


@dataclass(frozen=True, slots=True)
class Region:
    """A region of gazetteer.tsv, or a country of countries.tsv (level `foreign`): a country's
    Korean name is `ko`, its other spellings `customary`, and its `zh_hant`, `pinyin` and
    `ko_sino` are empty."""

    zh: str
    zh_hant: str
    pinyin: str
    ko: str
    ko_sino: str
    level: str
    customary: tuple[str, ...]
    variants: tuple[str, ...]
    bare: bool
    suffix_only: bool = False  # (a city of data/city_spellings.tsv: named only with its 시 or a gloss, never bare)


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

    chinese = (Region(r["zh"], r["zh_hant"], r["pinyin"], r["ko"], r["ko_sino"], r["level"], spellings(r["customary"]),
                      spellings(r["variants"]), r["bare"] == "yes") for r in tsv_rows("gazetteer.tsv"))
    cities = (Region(r["zh"], r["zh_hant"], r["pinyin"], r["ko"], "", "city", (), (), False, True)
              for r in tsv_rows("city_spellings.tsv"))
    foreign = (Region(r["zh"], "", "", r["ko"], "", "foreign", spellings(r["ko_other"]), (), r["bare"] == "yes")
               for r in tsv_rows("countries.tsv"))
    korean = (Region(r["zh"], "", "", r["ko"], "", "foreign_region", spellings(r["ko_short"]), (), True)
              for r in tsv_rows("korea_regions.tsv"))
    # a short form that is also a word is a second entry of the same region, not usable bare
    korean_words = (Region(r["zh"], "", "", word, "", "foreign_region", (), (), False)
                    for r in tsv_rows("korea_regions.tsv") for word in spellings(r["ko_word"]))
    return (*chinese, *cities, *foreign, *korean, *korean_words)


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
            if not spelling:
                continue  # a country has no Sino-Korean form of its own
            prev = index.get(spelling)
            if prev and prev[0] == form:
                prev[1].append(region.zh)
            elif prev is None or prev[0] == "sino" and not prev[2] and form == "standard":
                # a city's Sino-Korean reading is mostly a Korean word (`성도` 省都, `장사`, `소주`, `무한`,
                # `상주`): Korean reporting spells cities by their Mandarin, so it names one only with a
                # suffix or a Chinese gloss (`성도(成都)`), and a place's own name spelt alike is that
                # place (`광주` 光州, not 广州)
                # (so a province's reading that is a Korean word or place: `영하` 零下, `호남`; data/sino_words.txt)
                index[spelling] = (form, [region.zh], region.bare and not (form == "sino" and (
                    region.level == "city" or spelling in word_set("sino_words.txt"))))
    return {k: (form, tuple(zhs), bare) for k, (form, zhs, bare) in index.items()}


@cache
def _shadowed(levels: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Spellings the index gives a place in China that also name, as a word, a region abroad:
    `광주` reads 广州 in Sino-Korean and names 光州 in Korea. In a list of that region's kind it is
    the region abroad (`서울 5 개, 대전과 광주 각 1 개`)."""
    index = _spelling_index(levels)
    return {spelling: (region.zh,) for region in regions() if region.level in levels & FOREIGN_REGIONS
            and not region.bare for spelling in (region.ko, *region.customary)
            if spelling in index and region.zh not in index[spelling][1]}


@cache
def _automaton(levels: frozenset[str]):
    """An Aho–Corasick automaton over every spelling (leftmost-longest, like a longest-first
    alternation), and the spellings by index."""
    import ahocorasick_rs

    spellings = sorted(_spelling_index(levels))
    return ahocorasick_rs.AhoCorasick(spellings, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest), spellings


def _suffix_pattern(suffix: str) -> str:
    """A suffix as Korean writes it: an autonomous region's or SAR's may stand apart from the name
    and be spaced inside (`신장 위구르 자치구`, `홍콩 특별행정구`); `성` and `시` never.

    >>> print(_suffix_pattern("위구르자치구"), _suffix_pattern("성"))
    \\s?위구르\\s?자치구 성
    """
    if len(suffix) < 3:
        return suffix
    parts = [p for p in regex.split(r"(자치구|행정구)$", suffix) if p]
    return r"\s?" + r"\s?".join(parts)


# a particle after a name; the copula's `다` only closing the word (`정저우시다.`; not `선양다오(沈阳道)`, a road)
_PARTICLE_AHEAD = rf"(?:[{PARTICLES.replace('다', '')}]|다(?!\p{{Hangul}}))"


_PARTICLE_AT = compiled(_PARTICLE_AHEAD)


# what may follow a spelling: a suffix, a Chinese gloss, then a particle or the end of the word; or the gloss,
# then the suffix written right after it (`선전(深圳)시가`; `홍콩(香港) 특별행정구 정부`: the gloss ends the name)
_SUFFIX_SPACED, _SUFFIX_WRITTEN = '|'.join(map(_suffix_pattern, SUFFIXES)), '|'.join(map(regex.escape, SUFFIXES))
_TAIL = compiled(rf"(?:\((?P<gloss>\p{{Han}}+)\)(?P<suffix>{_SUFFIX_WRITTEN})"
                 rf"|(?P<suffix>{_SUFFIX_SPACED})?(?:\((?P<gloss>\p{{Han}}+)\))?)(?={_PARTICLE_AHEAD}|[^\p{{Hangul}}]|$)")
# a suffix alone, read as a tail with no gloss (the `gloss` group never matches), where a word of origin or direction
# follows it (`저장성산`)
_SUFFIX_ONLY = compiled(rf"(?P<suffix>{_SUFFIX_WRITTEN})(?P<gloss>(?!))?")
_HANGUL = compiled(r"\p{Hangul}")
# a character that may open a suffix or a gloss: where none follows, the tail is read without `_TAIL`
_TAIL_OPENERS = frozenset(s[0] for s in SUFFIXES) | {"(", " "}


@cache
def _is_hangul(ch: str) -> bool:
    return bool(_HANGUL.match(ch))


def _ends_direction(text: str, end: int) -> bool:
    """Whether a name at `end` is followed by a word of direction that ends the word.

    >>> _ends_direction("일본행 예약", 2), _ends_direction("중국발전", 2), _ends_direction("중국발은", 2)
    (True, False, True)
    >>> _ends_direction("싱가포르계 펀드", 4), _ends_direction("중국계획", 2), _ends_direction("중국산 제품", 2)
    (True, False, True)
    """
    return (text[end] in DIRECTIONS or text[end] in (AFFILIATION, ORIGIN)) and (end + 1 == len(text) or text[end + 1] in PARTICLES
                                        or not _is_hangul(text[end + 1]))


@cache
def _word_phrases() -> dict[str, tuple[tuple[int, str], ...]]:
    """Each spelling of data/region_word_phrases.txt with the phrases holding it and where it stands in them."""
    out: dict[str, list[tuple[int, str]]] = {}
    spellings = _spelling_index(EVERY_LEVEL)
    for phrase in word_set("region_word_phrases.txt"):
        for word in regex.split(r"[ ·]", phrase):  # (words joined by `·` too: `저장·운송`)
            if word in spellings:
                out.setdefault(word, []).append((phrase.index(word), phrase))
    return {k: tuple(v) for k, v in out.items()}


def in_word_phrase(text: str, start: int, spelling: str) -> bool:
    """Whether a bare spelling at `start` stands in a phrase where it is a common word (`에너지 저장 2 개 사`).

    >>> in_word_phrase("에너지 저장 2 개 사", 4, "저장"), in_word_phrase("장쑤, 저장 2 곳", 4, "저장")
    (True, False)
    >>> in_word_phrase("보내 저장·처리한다", 3, "저장"), in_word_phrase("광둥·저장·장쑤", 3, "저장")
    (True, False)
    """
    return any(text.startswith(phrase, start - at) for at, phrase in _word_phrases().get(spelling, ()) if start >= at)


def find_regions(text: str, levels: frozenset[str] = PROVINCE_LEVEL) -> list[RegionMention]:
    """Regions of the given levels (by default province-level) named in Korean text, in order.
    A spelling that is also a common word (bare `no`) counts with a suffix or a Chinese gloss after
    it; a country has no suffix, so its name counts with its own Chinese (`수단(苏丹)`), with a word of direction
    or origin closing it (`인도행은`, `인도산`) or in a list with another country (`이집트, 수단과 인도`, see
    `_listed_nations`).

    >>> [(m.written, m.zh, m.form) for m in find_regions("산시성(山西), 충칭, 랴오닝성의 2차 산업")]
    [('산시성(山西)', '山西', 'standard'), ('충칭', '重庆', 'standard'), ('랴오닝성', '辽宁', 'standard')]
    >>> [(m.written, m.zh, m.candidates) for m in find_regions("장씨성, 산시성은, 장시간")]
    [('장씨성', '江西', ('江西',)), ('산시성', None, ('山西', '陕西'))]
    >>> [m.zh for m in find_regions("광저우와 우씨, 선전", PLACES)]
    ['广州', '无锡']
    >>> [m.written for m in find_regions("성도 허페이, 장사 수완, 상주 인구, 성도(成都), 성도(省会)", PLACES)]
    ['허페이', '성도(成都)']
    >>> [m.written for m in find_regions("헝가리의 투자, 독일과 베트남에서, 사우디는, 수단을 가리지 않고, 오만한 태도", NATIONS)]
    ['헝가리', '독일', '베트남', '사우디']
    >>> [m.zh for m in find_regions("이집트, 수단과 인도, 디지털 경제 인도, 인도(引导), 수단(苏丹), 중국과 이란", NATIONS)]
    ['埃及', '苏丹', '印度', '苏丹', '中国', '伊朗']
    >>> [m.zh for m in find_regions("인도 대수는, 인도행은 19.3% 늘어, 인도산 제품", NATIONS)]
    ['印度', '印度']
    """
    out, pending = [], []
    index = _spelling_index(levels)
    automaton, spellings = _automaton(levels)
    size = len(text)
    for k, start, end in automaton.find_matches_as_indexes(text):
        if start and _is_hangul(text[start - 1]):
            continue  # inside a word
        spelling = spellings[k]
        form, candidates, bare = index[spelling]
        if end == size or text[end] not in _TAIL_OPENERS:  # no suffix, no gloss: only the word's end to see
            if end < size and not (_PARTICLE_AT.match(text, end) or not _is_hangul(text[end]) or _ends_direction(text, end)):
                continue
            mention = RegionMention(start, end, spelling, spelling, form, candidates, None)
            if bare and not in_word_phrase(text, start, spelling):
                out.append(mention)
                _shadow(mention, levels, pending)
            elif _is_nation(candidates) and end < size and _ends_direction(text, end):
                out.append(mention)  # `인도행은`, `인도산`: a flow to or from the country, or goods made there
            elif _is_nation(candidates):
                pending.append(mention)  # `수단`: a country only in a list of countries
            continue
        tail = _TAIL.match(text, end)
        if not tail and (suffixed := _SUFFIX_ONLY.match(text, end)) and _ends_direction(text, suffixed.end()):
            tail = suffixed  # (`저장성산 대나무 젓가락의`, `광둥성발 화물`: the suffix, then a word of origin or direction)
        if not tail:
            continue
        mention = RegionMention(start, tail.end(), text[start:tail.end()], spelling, form, candidates, tail["gloss"])
        if bare and (tail["suffix"] or tail["gloss"] or not in_word_phrase(text, start, spelling)):
            out.append(mention)
            if not tail["suffix"] and not tail["gloss"]:
                _shadow(mention, levels, pending)
        elif not _is_nation(candidates):
            if tail["suffix"] or tail["gloss"] and _glosses(tail["gloss"], candidates):
                out.append(mention)  # (`성도(省会)` glosses the word 省都, not 成都)
        elif tail["gloss"] in candidates:
            out.append(mention)  # `수단(苏丹)`
        elif not tail["gloss"] and not tail["suffix"]:
            pending.append(mention)  # `수단`: a country only in a list of countries
    return _listed_nations(text, out, pending) if pending else out


def _shadow(mention: RegionMention, levels: frozenset[str], pending: list[RegionMention]) -> None:
    """Add to `pending` the region abroad a bare spelling read as a place in China may be instead."""
    if mention.spelling in (abroad := _shadowed(levels)):
        pending.append(mention._replace(form="other", candidates=abroad[mention.spelling]))


def names_place(item: str, levels: frozenset[str] = PLACES) -> bool:
    """Whether a list item is a place's name and nothing more, a bare spelling that is also a word
    too (the list says it is a name).

    >>> [names_place(w) for w in ("선전", "칭다오(青岛)", "광저우시", "자치구", "베이징 하이뎬구")]
    [True, True, True, False, False]
    """
    found = find_regions(item, levels)
    return (len(found) == 1 and found[0].written == item) or item in _spelling_index(levels)


@cache
def _level_of() -> dict[str, str]:
    return {r.zh: r.level for r in regions()}


def level_of(zh: str | None) -> str | None:
    """The gazetteer's level of a simplified name (`province`, `autonomous_region`, `municipality`, `sar`, `city`, …).

    >>> level_of("安徽"), level_of("北京"), level_of("芜湖"), level_of(None)
    ('province', 'municipality', 'city', None)
    """
    return _level_of().get(zh or "")


def is_province(zh: str | None) -> bool:
    """Whether a simplified name is one of China's province-level regions.

    >>> is_province("海南"), is_province("文昌"), is_province(None)
    (True, False, False)
    """
    return level_of(zh) in PROVINCE_LEVEL


def below_province(zh: str | None) -> bool:
    """Whether a simplified name is a place in China below province level: a city or district of the gazetteer, or one
    it does not list (`文昌`, found with its gloss); not a province, nor a country or a region abroad.

    >>> below_province("文昌"), below_province("深圳"), below_province("海南"), below_province("韩国")
    (True, True, False, False)
    """
    return bool(zh) and level_of(zh) in (None, "city", "district")


def _glosses(gloss: str, candidates: tuple[str, ...]) -> bool:
    """Whether a Chinese gloss writes one of the regions a spelling may mean, in either script,
    its suffix or none.

    >>> _glosses("成都", ("成都",)), _glosses("新疆维吾尔自治区", ("新疆",)), _glosses("省会", ("成都",))
    (True, True, False)
    """
    return any(gloss.startswith(form) for zh in candidates for form in _scripts_of()[zh])


@cache
def _scripts_of() -> dict[str, tuple[str, ...]]:
    return {r.zh: tuple(filter(None, (r.zh, r.zh_hant))) for r in regions()}


def is_nation(zh: str | None) -> bool:
    """Whether a region's Chinese names a country (the gazetteer's `country`, or a foreign one)."""
    return level_of(zh) in NATIONS


def _is_nation(candidates: tuple[str, ...]) -> bool:
    return all(_level_of()[zh] in NATIONS | FOREIGN_REGIONS for zh in candidates)


# what stands between two items of a list of names: `독일과 수단`, `수단, 인도`, `인도·베트남`, `인도 및 이란`
_LIST_GAP = compiled(r"\s*(?:[,·、/]|과|와|및)\s*")


def _listed_nations(text: str, found: list[RegionMention], pending: list[RegionMention]) -> list[RegionMention]:
    """`found` with each country of `pending` (a name that is also a word) that stands in a list
    next to a country found, directly or through another such name: `이집트, 수단과 인도`. Once the
    text names a region abroad, such names of regions abroad count listed with each other too
    (`서울 5 개 사, 대전과 광주 각 1 개 사`), and a spelling read as a place in China gives way to one.

    >>> [(m.written, m.zh) for m in find_regions("서울 5 개, 대전과 광주 각 1 개", EVERY_LEVEL)]
    [('서울', '首尔'), ('대전', '大田'), ('광주', '光州')]
    >>> [m.zh for m in find_regions("대전과 광주, 광저우", EVERY_LEVEL)]  # (`광주` alone names no city in China)
    ['广州']
    """
    def next_to(a: RegionMention, b: RegionMention) -> bool:
        return a.end <= b.start and bool(_LIST_GAP.fullmatch(text, a.end, b.start))

    def abroad(m: RegionMention) -> bool:
        return _level_of()[m.candidates[0]] in FOREIGN_REGIONS

    nations = [m for m in found if _is_nation(m.candidates)]
    abroad_named = any(map(abroad, nations))
    added = True
    while added and pending:
        added = False
        for m in list(pending):
            beside = nations + [p for p in pending if p is not m and abroad(p)] if abroad_named and abroad(m) else nations
            if any(next_to(n, m) or next_to(m, n) for n in beside):
                pending.remove(m)
                nations.append(m)
                found = [f for f in found if f.start != m.start] + [m]
                added = True
    return sorted(found, key=lambda m: m.start)


def listed_spelling(ko: str) -> bool:
    """Whether the gazetteer names the place so (then it is found without a gloss), or the
    spelling is also a common word (`지난(济南)` glossed once leaves `지난 호에` a word)."""
    listed = find_regions(ko, PLACES | {"country"})
    entry = _spelling_index(PLACES).get(ko)
    return bool(listed) and listed[0].start == 0 and listed[0].end == len(ko) \
        or entry is not None and not entry[2] and ko not in _suffix_only()  # (`사오관` is no word: glossed, a place)


@cache
def stems_before(endings: str) -> tuple[str, ...]:
    """The places' spellings of three syllables or more that end in one of `endings`, without that syllable, longest
    first: where a particle spelt like it may be a name's last syllable instead (`상하이`, not `상하` and `이`).

    >>> "상하" in stems_before("이가"), "베이" in stems_before("이가")
    (True, False)
    """
    return tuple(sorted({k[:-1] for k in _spelling_index(PLACES) if len(k) > 2 and k[-1] in endings},
                        key=lambda k: (-len(k), k)))


@cache
def _suffix_only() -> frozenset[str]:
    return frozenset(r.ko for r in regions() if r.suffix_only)
