"""The regions a sentence of prose names, for `typed.prose_figures`: the gazetteer's, the country
as a whole (`전국`), places glossed or named by their generic word, and spellings that are also
words where a figure follows them; each marked with what the words after it make it to its clause
(`typed.region_marks`: topic, a place something is located in, a name a figure follows, one of a
list, a word qualifying a noun, a partner).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.data import word_list
from kic_extract.gazetteer import (
    ORIGIN,
    DIRECTIONS,
    EVERY_LEVEL,
    below_province,
    is_province,
    level_of,
    FOREIGN_REGIONS,
    is_nation,
    find_regions,
    regions,
)
from kic_extract.places import find_places, reads_as_mandarin
from kic_extract.typed.count_lists import city_names
from kic_extract.typed.figure_cues import cue, measure_nouns, nation_pattern
from kic_extract.typed.numerals import NATIVE_COUNT
from kic_extract.typed.region_marks import (
    AFTER_NAME,
    FACILITIES_NAMED,
    FIRMS,
    FLOW_PARTICLE,
    GOODS_BRACKET,
    MEMBER_COUNT,
    firms_counted,
    mark_after,
)

_DIGIT_AHEAD = compiled(r"\d")
# what a region or figure was (the copula's past adnominal: `1위였던`, `1,758억 위안이던`)
WAS = r"(?:이었던|였던|이던)"
# a sentence or clause about what the one before said (`이는 허베이성 전체의 34.6%에 해당한다`)
THIS_OPENS = compiled(r"\s*(?:이는|이것은)\s")
# a part of the country by the compass, no region of its own (`서부`, `중서부`, `연해`)
COMPASS_PART = r"(?:중서부|서부|동부|중부|동북|서북|서남|남부|북부|북방|남방|연해|내륙)"
# an order word a clause opens with, going on from what was said (`이어 후베이성 …`)
GOES_ON = r"(?:뒤이어|이어서|이어)"
LEVELS = EVERY_LEVEL

# a phrase in quotes (`'1 구 16 원'`, `‘1위 탈환’`, `'중국 광구'`): its words name or quote something
# (an apostrophe before a year's two digits abbreviates it, no quote: `'29년 4.1%에서 '30년 0.9%로`)
QUOTED = compiled(r"(?:['‘](?!\d{2}\s*년)|[\"“])(?P<inner>[^'’\"”\n]{1,30})['’\"”]")
# a region right after a Latin word is part of a name (`KIC 중국은`), not a place
_IN_NAME = compiled(r"[A-Za-z]+\s?$")
_HYPHENED, _HYPHEN_BEFORE = compiled(r"[-–—‐]\p{Hangul}"), compiled(r"\p{Hangul}[-–—‐]$")
_OPENS_NAME = compiled(r"\p{Hangul}{3,}\(\p{Han}{4,}[^()]*\)")

_WITH_OF = compiled(r"(?:과|와)의\s")  # (`한국과의 교역액`, `일본과의 교역`)
_OWNS_NEXT = compiled(r"의\s+(?:(?:19|20)\d{2}\s*년\s+)?")  # (`충칭의 2032 년 `: the region owns the phrase after it)
# a place a sentence describes, then names with `으로` (`… 가장 적은 곳은 톈진으로`, `… 최대 시장은 미국으로`)
_PLACE_NAMED_BEFORE = compiled(r"(?:곳|지역|도시|시장|나라|국가|수출국|수입국|대상국|교역국|산지|생산지)(?:은|는)\s+$")
_BARE_QUALIFIER = compiled(r"\s+\p{Hangul}")  # (a name right before a noun, no particle: `중국 캠핑 침구의`)
_NAMED_AS = compiled(r"(?:으로|로)[\s,]")
_BRACKETED_SUBJECT = compiled(r"\(\s*\d[^()]*\)\s*(?:이|가)(?!\p{Hangul})")


@dataclass(slots=True)
class ProseRegion:
    start: int
    end: int
    written: str
    zh: str | None
    subject: bool  # not merely compared with (`광둥성과의`)
    mark: str = "topic"  # topic, located, figure, listed, qualifies, direction or other: what follows the name


# a flow made the clause's topic (`멕시코향 수출은`, `일본행 단체 여행 예약은`, `한국으로의 수출은`; not a topic the flow's words
# only describe: `한국행 노선을 늘린 항공사는`)
_FLOW_TOPIC = compiled(rf"(?:[{''.join(sorted(DIRECTIONS))}]|{FLOW_PARTICLE.pattern})\s+(?:(?!\p{{Hangul}}*(?:을|를|이|가|에|의|한|린|된|인|운)\s)\p{{Hangul}}+\s+){{0,2}}"
                       r"\p{Hangul}+(?:은|는)\s")


def flow_topic(sentence: str, region: ProseRegion) -> bool:
    """Whether a region is where the flow its clause is about goes to or comes from (`멕시코향
    수출은 1 년 새 두 배 가까이 늘어 | 6 만 5,000 대에`): it goes on into the sentence's next clauses.

    >>> flow_topic("멕시코향 수출은 늘어", ProseRegion(0, 3, "멕시코", "墨西哥", True, "direction"))
    True
    >>> flow_topic("한국으로의 수출은 늘어", ProseRegion(0, 2, "한국", "韩国", True, "direction"))
    True
    """
    return region.mark == "direction" and bool(_FLOW_TOPIC.match(sentence, AFTER_NAME.match(sentence, region.end).end()))


# the maker's output named in the words right after goods made in a place (`중국산 보온도시락 수출액은`, `츠시산 … 평균 출고
# 단가는`)
# (not where they go, a market the sentence is about: `중국산 훌라후프의 최대 수출 시장은 미국으로`)
_MARKET_TOPIC = compiled(r"\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:시장|수출국|수입국|교역국|행선지)(?:은|는|이|가)\s")
_MAKERS_OUTPUT = compiled(r"\s+(?:[^\s,.]+\s+){0,4}?[^\s,.]*(?:수출|출하|생산|판매|출고)")
# (or the goods made the subject, named or not, their price per one right after: `안지현(安吉县)산 대나무 연필꽂이가 개당 21.5위안으로`,
# `둥하이산은 개당 52위안 수준이다`, `융캉시(永康市)산은 29.7 위안이었다`; not a
# measure of them, `한국의 중국산 크레파스 수입액은 6,830만 달러로`)
_ORIGIN_FIGURE = compiled(GOODS_BRACKET + r"\d|산(?:\s+\p{Hangul}{1,5}){0,2}(?:이|가|은|는)\s+\p{Hangul}{1,2}당\s*(?:약\s*)?\d"
                          r"|산(?:이|가|은|는)\s+(?:약\s*)?\d")


def _origin_owns(text: str, region: ProseRegion, regions: list[ProseRegion]) -> bool:
    """Whether goods made in a region (`중국산`) make it the clause's region: the words after them give the maker's output
    (`중국산 보온도시락 수출액은`, `융캉산 보온용기의 국내 출하액은`) and no other region opens the clause before them; not
    what another buys, holds or sells (`한국의 중국산 배터리 수입액은`, `중국산 비중은`, `구이린은 리푸산 옷걸이의 판매가`), nor
    the market they go to (`중국산 훌라후프의 최대 수출 시장은 미국으로`).

    >>> rs = [ProseRegion(0, 3, "구이린", "桂林", True), ProseRegion(5, 7, "리푸", "荔浦", True)]
    >>> _origin_owns("구이린은 리푸산 옷걸이의 판매가", rs[1], rs), _origin_owns("리푸산 옷걸이의 판매가", ProseRegion(0, 2, "리푸", "荔浦", True), [])
    (False, True)
    >>> _origin_owns("광시 리푸산 옷걸이의 판매가", ProseRegion(3, 5, "리푸", "荔浦", True), [ProseRegion(0, 2, "광시", "广西", True)])
    True
    """
    if not _MAKERS_OUTPUT.match(text, region.end + 1) or _MARKET_TOPIC.match(text, region.end + 1):
        return False
    opens = max(text.rfind(",", 0, region.start), text.rfind(".", 0, region.start)) + 1
    # (but the place locating it, right before it: `저장성 안지현(安吉县)산 대나무 연필꽂이가 개당 21.5위안으로`)
    return not any(opens <= r.start < region.start and text[r.end:region.start] != " " for r in regions if r is not region)
# an aside naming a part a place's figure takes in or leaves out (`진화시(융캉 포함)가`, `광둥성(선전 제외)의`): the place
# before it holds the clause's figure, the part none
_PART_ASIDE = compiled(r"\((?:[^()]*?\s)?[^()\s]+\s*(?:포함|제외|포함해|빼고)\)")


@cache
def _bare_ambiguous() -> tuple[regex.Pattern[str], dict[str, str]]:
    """Region spellings that are also common words (선전 宣傳, 신장 伸張): in a list of figures
    they name the region when a figure follows them directly, or after the year it is for or the measure it is of
    (`선전 421 건`, `선전(960 억 위안)`, `선전이 약 97억 위안으로`, `선전이 지난해 2 만 3,000 대를`, `선전도 같은 기간 40건을`,
    `선전이 GDP 5 조 …`), not
    a date or a round (`지난 16일`, `지난 1~3기에는`)."""
    from kic_extract.typed.prose_years import measure_nouns

    names = {r.ko: r.zh for r in regions() if not r.bare and not r.suffix_only and r.level in LEVELS - FOREIGN_REGIONS}
    pattern = compiled(rf"(?<!\p{{Hangul}})(?P<name>{'|'.join(map(regex.escape, names))})"
                            rf"(?=(?:은|는|이|가|의|도)?\s+(?:(?:지난해|올해|작년|같은\s*기간|(?:19|20)\d{{2}}\s*년)\s+)?(?:(?:{measure_nouns()})\s+)?(?:(?:약|최대|최소|누적|총|모두)\s*)?\d(?![\d,.]*\s*(?:~\s*\d+\s*)?(?:일|월|년|주|분기|개월|기|차|회))|\((?:약|최대|최소|누적)?\s*\d|(?P<particle>으로|보다|뿐|[은는이가의과와도에로]|\s|,|·|:))")
    return pattern, names


@cache
def _institution() -> regex.Pattern[str]:
    """A name ending in an institution's or a site's word (data/institution_heads.txt) after a space, the topic or
    subject; its own name may be glossed, and its figure may follow in brackets (`선전 바오안(宝安)국제공항은`,
    `선전 바오안공항(188만 1,000톤)이`)."""
    return compiled(rf"\s{_facility_name()}(?:\([^()]*\d[^()]*\))?(?:은|는|이|가)(?!\p{{Hangul}})")


@cache
def _heads() -> str:
    """The words of data/institution_heads.txt as an alternation, longest first."""
    return "|".join(longest_first(word_list("institution_heads.txt")))


def _facility_name() -> str:
    """The pattern of a site's or an institution's own name after its place: up to eight syllables, perhaps glossed,
    then a word of data/institution_heads.txt (`바오안(宝安)국제공항`, `데이터거래소`)."""
    return rf"\p{{Hangul}}{{0,8}}(?:\([^()]*\))?\p{{Hangul}}{{0,4}}?(?:{_heads()})"


# what the places before it are combined into (`광저우와 선전 두 곳을 합친 광둥성이`, `우한과 이창을 더한`): parts of the
# region after them, which the figure is of
_COMBINED = compiled(r"(?:\s*(?:두|세|네|다섯|\d{1,2})\s*(?:곳|개\s*)?(?:도시|지역|성)?)?\s*(?:을|를)\s*"
                     r"(?:합친|합한|더한|묶은|아우른|(?P<going_on>합쳐|합해|더해))(?!\p{Hangul})")


_TOPIC_THEN = compiled(r"(?:은|는)\s+")


def _mark_combined(text: str, regions: list[ProseRegion]) -> None:
    """Regions combined into the one after them are no subjects (`광저우와 선전 두 곳을 합친 광둥성이 849억 …`), nor
    those listed before them (`JOIN`); `regions` in order.

    >>> t = "광저우와 선전 두 곳을 합친 광둥성이 849억 위안으로"
    >>> rs = [ProseRegion(0, 3, "광저우", "广州", True), ProseRegion(5, 7, "선전", "深圳", True),
    ...       ProseRegion(16, 19, "광둥성", "广东", True)]
    >>> _mark_combined(t, rs); [r.subject for r in rs]
    [False, False, True]
    """
    for k, r in enumerate(regions):
        combined = _COMBINED.match(text, AFTER_NAME.match(text, r.end).end())
        # (into a region named right after: not a count of places, `… 저장성을 더한 4 개 성의 GDP 가`)
        if not combined or not combined["going_on"] and (k + 1 == len(regions)
                                                         or text[combined.end():regions[k + 1].start].strip()):
            continue
        chain = [r]
        for before in reversed(regions[:k]):
            if not JOIN.fullmatch(text, before.end, chain[0].start):
                break
            chain.insert(0, before)
        if combined["going_on"]:
            # (or parts of the topic right before them, the clause going on: `광둥성은 선전·둥관·산터우 세 도시를 합쳐 1 억
            # 1,700 만 대를`)
            at = regions.index(chain[0])
            if not at or regions[at - 1].mark != "topic" or not _TOPIC_THEN.fullmatch(
                    text, AFTER_NAME.match(text, regions[at - 1].end).end(), chain[0].start):
                continue
        for member in chain:
            member.subject = False


def _names_a_facility(text: str, before: ProseRegion, region: ProseRegion) -> bool:
    """Whether a place right after another, glossed and then closed by a site's word, is the site's own name, not a
    place of its own (`상하이 푸둥(浦东)국제공항으로`: the airport of 상하이, named after its district).

    >>> t = "상하이 푸둥(浦东)국제공항으로 7,679만 명을"
    >>> _names_a_facility(t, ProseRegion(0, 3, "상하이", "上海", True), ProseRegion(4, 6, "푸둥", "浦东", True))
    True
    """
    return region.start == before.end + 1 and text[before.end] == " " \
        and bool(_facility_after_gloss().match(text, region.end))


@cache
def _facility_after_gloss() -> regex.Pattern[str]:
    return compiled(rf"\([^()]*\)\p{{Hangul}}{{0,4}}?(?:{_heads()})")


_LABEL_OPENS = compiled(r"^\s*(?:[-–•·▶▷►■□◆◇○●※]\s*)?$")  # (nothing but a bullet before a label)
_FIGURE_RIGHT_AFTER = compiled(r"\s*(?:약\s*)?\d")
_ONE_PLACE = compiled(r"\s*한\s*(?:곳|도시|지역)(?:의|이|은|만|에서만|에서)(?!\p{Hangul})")  # (`선전 한 곳에서만 97건이`)
_LISTED_CENTRE = compiled(r"(?:과|와|및|\s*[,·、])\s*[^\s,(]{1,12}(?:\([^()]*\))?(?:을|를)\s*중심으로")
_TOPIC_BEFORE = compiled(r"(?:은|는)\s+$")
# an object or a span of time right before a spelling that is also a verb's stem (`물기를 3분 안에 말리는`: 말리다, no 말리)
_VERB_ARGUMENT_BEFORE = compiled(r"(?:을|를|안에|만에|동안)\s+$")
_VERB_BETWEEN = compiled(r"\p{Hangul}(?:며|고|면서|돼|되어|해서|하여)\s|,")


def _compared(text: str, end: int) -> bool:
    """Whether the words after a region make it one compared with (`광둥성과의 격차`, `광둥성보다`),
    not described; but a partner whose dealings are the clause's subject is described (`러시아와의
    교역액은 2,100억 달러 미만으로`, `미국과의 교역이 4조 1,000억 위안으로`).

    A region a multiple is of is compared with (`상하이시의 소득은 간쑤성의 3.9 배로`).

    >>> _compared("광둥성과의 격차", 3), _compared("러시아와의 교역액은 2,100억 달러", 3), _compared("간쑤성의 3.9 배로", 3)
    (True, False, True)
    """
    # (its own figure aside first, `충칭(598 억 위안)과 비교해도`, `장시성(8 만 7,200 위안)과는`; but `충칭시(15억 …)보다` is read
    # with its aside as a subject, the one the figure before it describes: `6.5% 늘어난 충칭시(…)보다`)
    at = aside.end() if (aside := _FIGURE_ASIDE.match(text, end)) and not text.startswith("보다", aside.end()) else end
    # (so is its average with its level aside: `전국 평균(87.6%)보다 3.7%p 높았다`)
    return bool(cue("compared").match(text, at, at + 7)) and not _PARTNER_TOPIC.match(text, at) \
        or bool(_MULTIPLE_OF.match(text, end)) or bool(_AVERAGE_ASIDE_COMPARED.match(text, end))


# a region's average named right after it (`전국 평균`, `전국 전체 평균`)
AVERAGE_AFTER = compiled(r"\s*(?:전체\s*)?평균")
_AVERAGE_ASIDE_COMPARED = compiled(AVERAGE_AFTER.pattern + r"\s*\([^()]*\d[^()]*\)\s*(?:보다|에\s*비해|을|를|에\s)")


_FIGURE_ASIDE = compiled(r"\([^()]*\d[^()]*\)")


def multiple_base(text: str, region: ProseRegion) -> bool:
    """Whether a region is the one a multiple is measured from (`같은 기간 광둥성 증가율(4.1%)의 5 배를 웃도는`).

    >>> t = "광둥성 증가율(4.1%)의 5 배를 웃도는 수준이다"
    >>> multiple_base(t, ProseRegion(0, 3, "광둥성", "广东", False))
    True
    """
    return bool(_MULTIPLE_OF.match(text, region.end))


# (`전국 평균(2.93%)의 1.5 배`; its measure named, `광둥성 증가율(4.1%)의 5 배`; in native numerals, `융캉의 두 배`, or a
# fraction, `융캉의 7분의 1에도`)
_MULTIPLE_OF = compiled(r"(?:\s*(?:평균|전체)|의?(?:\s+[\p{Hangul}A-Za-z]+(?<![은는이가을를])){1,2})?\s*(?:\([^()]*\))?의\s*(?:약\s*)?"
                        rf"(?:\d+(?:\.\d+)?\s*배|(?<!\p{{Hangul}}){NATIVE_COUNT}\s*배|\d+\s*분의\s*\d+(?!\d))")


_PARTNER_TOPIC = compiled(r"(?:과|와)의\s+(?!격차|차이)\p{Hangul}+(?:은|는|이|가|만|도)\s")


# an aside in brackets: a name's gloss, wherever it stands in it (`난사(南沙)구` is written `난사구`), or a figure's
BRACKETED = compiled(r"\([^()]*\)")


# where a figure gathers, after a place (`이 가운데 91곳이 선전에 몰려 있다`, `6 건이 베이징에서 성사됐다`; `prose_owners.gathered_in`)
GATHERING = r"몰려|몰렸|몰린|집중|쏠려|쏠렸|쏠린|모여|모였|자리\s*잡"  # (the verbs of what gathers in a place)
GATHERED = compiled(rf"(?:\s*한\s*곳)?(?:에만?\s*(?:{GATHERING})"
                    # (or held there, things counted that took place: `국제대회 결승 3개가 상하이에서 열렸다`)
                    # (or came in from there, or work there: `수입 바늘의 38%가 독일에서 들어왔지만`, `4만 6,000명이 저장성에서 일한다`)
                    r"|에서\s*(?:나온|나왔|나와|창출|발생|성사|이뤄|열렸|개최됐|치러졌|들어왔|들어온|들어와|일한|일하|일했|근무)"
                    # (or the place's firms made it: `이 중 8 건은 선전시(深圳市) 기업이 개발했다`)
                    r"|\s*(?:소재\s*)?(?:기업|업체|회사|스타트업)들?(?:이|가)\s*(?:개발|내놓|만들|생산|차지|따냈|가져)"
                    # (or has its seat there, the verb perhaps left to the next item: `세 곳이 베이징시에, 두 곳이
                    # 상하이시에 본사를 두고 있다`)
                    # (not a firm named after it that the verb describes: `류저우에 본사를 둔 상치퉁융우링(上汽通用五菱)의 …`)
                    r"|에\s*(?:,|(?:본사|본부|거점|법인)(?:를|을)\s*(?:두|뒀|둔(?!\s+[^\s(]+\(\p{Han}))|(?:있|자리|위치))"
                    # (its `에` too left to the next item: `6곳이 베이징, 2곳이 상하이에 본사를 두고 있다`)
                    r"|\s*,\s*(?:\d[\d,]*\s*|\p{Hangul}{1,2}\s+)(?:곳|개사|개|건)(?:이|가)\s+\p{Hangul}{2,10}(?:\([^)]*\))?"
                    r"에\s*(?:본사|본부|거점|법인)(?:를|을)\s*(?:두|뒀)"
                    # (or flows there: `전국 투자액의 39.2%가 베이징 한 곳으로 흘러든 셈이다`)
                    # (or went there: `수출의 27%는 말레이시아로 향했다`)
                    rf"|(?:으로|로)\s*(?:흘러들|흘러드|흘러든|흘러가|흘러간|흘러갔|향했|향한|향해|팔려\s*나갔|{GATHERING}))")  # (`전국 GDP의 10.4%가 광둥 한 곳에서 나온 셈이다`, `6 건이 베이징에서 성사됐다`)


_COMMA_OR_AS_FOR = compiled(r"에\s*(?:,|있어)")  # (`홍보와 선전에, …`, `선전에 있어서`: the word)


# a place of a kind, what a place is said to be (`가전 도시로, `, `생산지이자 `)
PLACE_OF_A_KIND = (r"(?:[^\s,.\d]+\s+){0,2}?[^\s,.\d]*(?:도시|지역|산지|기지|생산지|거점|항구|시장)"
                   r"(?:(?:로|으로|이자|이며|인),?\s|(?:이)?다(?=[.\s]|$))")  # (`… 중국 최대의 소형가전 생산지다.`)
# the first of a kind a place is in the country named before (` 최대의 가전 도시로, `): a scope, the country holds nothing
_FIRST_OF_KIND = compiled(r"\s*(?:최대|최고|최다|최초|유일)의\s+" + PLACE_OF_A_KIND)
_FIRST_IN = compiled(r"에서\s*(?:처음|최초|유일)|\s*(?:에서\s*)?(?:최다|최대|최고|가장\s)"
                     r"|\s*(?:최초|유일)의\s")  # (`전국 최초의 … 시범구로 지정된 곳`: the first of its kind there)


@cache
def _particle_word() -> regex.Pattern[str]:
    """A word opening with a particle's syllable (data/particle_words.txt), right after a region's name: the name opens a
    compound (`중국과학기술대학`, `한국과학기술원`), no region and its particle."""
    return compiled("(?:" + "|".join(longest_first(word_list("particle_words.txt"))) + ")")


def scope_of_first(text: str, zh: str | None, end: int) -> bool:
    """Whether the region `zh` named up to `end` of `text` is the country a place is the first of a kind in (`중국
    최대의 가전 도시로`), a scope.

    >>> scope_of_first("중국 최대의 가전 도시로, ", "中国", 2), scope_of_first("중국 최대 수출국", "中国", 2)
    (True, False)
    """
    return zh == "中国" and _FIRST_OF_KIND.match(text, end) is not None


def sentence_regions(text: str, places: dict[str, str] | None = None) -> list[ProseRegion]:
    # (a region opening a name glossed as one word is the name's: `베이징로봇산업발전투자펀드(北京机器人…基金)`)
    found = [m for m in find_regions(text, LEVELS) if not _IN_NAME.search(text, max(0, m.start - 12), m.start)
             and not _OPENS_NAME.match(text, m.end)]
    found = [m for m in found if not _particle_word().match(text, m.end)]
    # (`중국 최대의 가전 도시로`, as `전국 최초의`: the country a place is first in, a scope, no subject)
    out = [ProseRegion(m.start, m.end, BRACKETED.sub("", m.written), m.zh, not _compared(text, m.end)
                       and not scope_of_first(text, m.zh, m.end)) for m in found]
    # `전국 평균을 1.1%p 밑돌았다`: the nation's average compared with, not described
    # (`전국에서 처음으로 16조 위안을 넘어선`, `2,310 개로 전국 최다였고`, `전국 최초의 … 시범구`: first in the country, a scope, not the
    # country's figure)
    out += [ProseRegion(m.start(), m.end(), m.group(), "中国", not _compared(text, m.end()))
            for m in nation_pattern().finditer(text) if not _FIRST_IN.match(text, m.end())
            and not _particle_word().match(text, m.end())]
    known = sorted((r.start, r.end) for r in out)
    for m in find_places(text, places):
        if "·" in m.written and m.zh:
            # `닝보·저우산(宁波舟山)`: one place named after two the gazetteer lists, them no more
            out = [r for r in out if not (r.start < m.end and m.start < r.end)]
            known = [(start, end) for start, end in known if not (start < m.end and m.start < end)]
        if m.zh and any(m.start <= start and end <= m.end and end - start < m.end - m.start for start, end in known):
            # `항저우만신구의`, glossed elsewhere (`항저우만신구(杭州湾新区)`): the place named, not the city its name opens with
            out = [r for r in out if not (m.start <= r.start and r.end <= m.end)]
            known = [(start, end) for start, end in known if not (m.start <= start and end <= m.end)]
        # `난산구(南山区)`, `바오안구`: a place below the gazetteer's, unless a listed name covers it
        if not any(start < m.end and m.start < end for start, end in known):
            out.append(ProseRegion(m.start, m.end, BRACKETED.sub("", m.written), m.zh,
                                   not cue("compared").match(text, m.end) and not _MULTIPLE_OF.match(text, m.end)))
    pattern, names = _bare_ambiguous()
    taken = {(r.start, r.end) for r in out}
    known = sorted((r.start, r.end) for r in out)
    for m in pattern.finditer(text):
        if (m.start(), m.end()) in taken:
            continue
        # `선전 421 건`, `선전은 90.8 점`: a figure follows; `상하이와 선전이`: listed with a region;
        # `선전은 드론 산업 생산액이 1,000 억 위안을`: the topic of a sentence that states a figure
        # (joined as items of a list, `상하이와 선전이`, not after a topic's particle, `홍콩(香港)은 지난 3월`)
        listed = any(JOIN.fullmatch(text, end, m.start()) or JOIN.fullmatch(text, m.end(), start)
                     for start, end in known if end <= m.start() or m.end() <= start)
        topic = (m["particle"] in ("은", "는", "의", "에") or m["particle"] in ("으로", "로")
                 and _TOPIC_BEFORE.search(text, max(0, m.start() - 3), m.start())) \
            and _DIGIT_AHEAD.search(text, m.end(), m.end() + (80 if text.startswith("에는", m.end()) else 40)) \
            and not _VERB_ARGUMENT_BEFORE.search(text, max(0, m.start() - 8), m.start())
        # (`가장 큰 도시는 선전으로 4조 …`: what the topic is; `선전에는 신왕다(欣旺达) 등 … 기업을 포함해 관련 기업이 1,300곳을`:
        # what is there, however long the words naming it)
        # (or its subject, with no verb before the figure: `선전이 스타트업 투자 유치액 1,850 억 위안으로`, not `… 'YU7'의
        # 인도가 본격화되며 월 판매 4만 대를`)
        # (so with `도`, one more of a kind: `선전도 증가율이 5.6%에 그쳐`)
        topic = topic or m["particle"] in ("이", "가", "도") and (ahead := _DIGIT_AHEAD.search(text, m.end(), m.end() + 40)) \
            and not _VERB_BETWEEN.search(text, m.end(), ahead.start())
        # (or with a count in native numerals right after it: `중국 팀의 소재지는 선전이 두 곳이고`)
        topic = topic or m["particle"] in ("이", "가", "은", "는") and bool(_NATIVE_COUNT_NEXT.match(text, m.end() + len(m["particle"])))
        # (`선전 한 곳의 생산액 비중은 전국의 60%를`: the one place a sentence's figure is about)
        alone = _ONE_PLACE.match(text, m.end()) and _DIGIT_AHEAD.search(text, m.end(), m.end() + 40)
        # (`선전 데이터거래소는 … 1,000 억 위안을`: an institution of the place, the topic of a sentence stating a figure)
        seat = _institution().match(text, m.end()) and _DIGIT_AHEAD.search(text, m.end(), m.end() + 60)
        # (`이 가운데 91곳이 선전에 몰려 있다`: where a figure gathers, no common word's place)
        gathered = m["particle"] == "에" and GATHERED.match(text, m.end()) and not _COMMA_OR_AS_FOR.match(text, m.end())
        # (`청두는 선전보다 1만 1,100개 적었다`: what a figure right after is measured against)
        than = m["particle"] == "보다" and bool(_FIGURE_RIGHT_AFTER.match(text, m.end() + 2))
        # (`▶ 선전: 재투자 비율을 … 1.5배에서 1.1배로`: the place a list item is labelled with)
        label = m["particle"] == ":" and _LABEL_OPENS.search(text, 0, m.start()) is not None \
            and _DIGIT_AHEAD.search(text, m.end(), m.end() + 80)
        # (`인도로의 수출은 전년보다 18.4% 늘어난`: the destination of a flow a figure follows)
        flow = text.startswith(("로의", "으로의"), m.end()) and _DIGIT_AHEAD.search(text, m.end(), m.end() + 40)
        # (`선전 전체(648 억 위안)의 41.4%`: the whole a share is of, its level in brackets)
        whole = bool(WHOLE_OF_PLACE.match(text, m.end("name")))
        if m["particle"] is None or listed or topic or alone or seat or gathered or than or label or flow or whole:
            # (compared with when a comparing word follows it directly, as any place: `선전보다 1만 1,100개`)
            out.append(ProseRegion(m.start(), m.end(), m["name"], names[m["name"]],
                                   not cue("compared").match(text, m.end(), m.end() + 4)))
    out += _listed_with_figures(text, out)
    out += _listed_with_counts(text, out, names)
    out.sort(key=lambda r: r.start)
    if ORIGIN in text:
        # (and goods made in a place with their figure in brackets, set beside another's: `…, 허베이산(3.1위안)보다`)
        out = [r for r in out if not text.startswith(ORIGIN, r.end) or _origin_owns(text, r, out)
               or _ORIGIN_FIGURE.match(text, r.end)]
    out = [r for k, r in enumerate(out) if not (k and _names_a_facility(text, out[k - 1], r))]
    _mark_combined(text, out)
    for r in out:
        # (`7,080 건에 그친 광저우 톈허구(天河区)의 3.1 배`: the city of a district a multiple is of is compared with too;
        # and the city of a district a series starts at, `1992 년 상하이 푸둥신구(浦东新区)를 시작으로 현재 19 곳이`)
        if r.subject and any(o.start == r.end + 1 and text[r.end] == " " and (
                not o.subject and _MULTIPLE_OF.match(text, o.end) or _SERIES_START.match(text, AFTER_NAME.match(text, o.end).end()))
                for o in out):
            r.subject = False
    for r, after in zip(out, out[1:]):
        if VISITING.fullmatch(text, r.end, after.start) and is_nation(after.zh):
            # `이우시를 찾은 한국 바이어는 연인원 2만 3,000명`: the visitors the place visited counts, the country only where
            # they came from
            after.subject = False
    under = None
    for r in out:
        if _UNDER.search(text, max(0, r.start - 8), r.start) \
                or under is not None and JOIN.fullmatch(text, AFTER_NAME.match(text, under.end).end(), r.start):
            # `쑤저우시(苏州市) 관할이 쿤산·장자강·창수 3 곳`: places under the one before (each of their list), which what
            # is counted is of
            r.subject, under = False, r
        else:
            under = None
    # (a region joined to another by a hyphen names something of both: `중국-아세안 정보항`, `선전-홍콩 협력구`)
    out = [r for r in out if not _HYPHENED.match(text, r.end) and not _HYPHEN_BEFORE.search(text, max(0, r.start - 2), r.start)]
    asides = [m.span() for m in _PART_ASIDE.finditer(text)] if "(" in text else []
    for r in out:
        aside = _PART_ASIDE.match(text, AFTER_NAME.match(text, r.end).end()) if asides else None
        r.mark = mark_after(text, aside.end() if aside else r.end, r.start, is_nation(r.zh))
        if any(a < r.start < b for a, b in asides):
            r.subject, r.mark = False, "qualifies"
        if r.mark == "topic" and text.startswith("뿐", AFTER_NAME.match(text, r.end).end()) \
                and any(JOIN.fullmatch(text, o.end, r.start) for o in out if o.end <= r.start):
            r.mark = "other"  # (`… 두 곳, 즉 안후이성과 후베이성뿐이다`: the last of the places a count names, no topic)
        if r.mark == "figure" and r.zh == "中国" and _NATIONWIDE_COUNT.match(text, r.end):
            r.mark = "counted"  # `전국 10개 국가기술이전 지역센터에`: nationwide, the count is the centres'
        if r.mark == "topic" and is_nation(r.zh) and text.startswith("의", at := AFTER_NAME.match(text, r.end).end()) \
                and firms_counted(text, at + 1):
            r.mark = "counted"  # `한국의 초기 스타트업 12 개 팀이`: a nation's firms counted, not the nation's figure
        if r.subject and (_SOURCE_AFTER.match(text, r.end) or in_quoted_name(text, r.start, r.end)
                          or _CAUSE_AFTER.match(text, r.end) or _VENUE_AFTER.match(text, r.end) and not EVENTS_COUNTED.match(text, r.end)
                          or _SIDE_AFTER.match(text, r.end) or _top_firm_after().match(text, r.end)
                          or _SERIES_START.match(text, AFTER_NAME.match(text, r.end).end())
                          or _AREA_OF_MEANS.match(text, AFTER_NAME.match(text, r.end).end())
                          or _MOVED_TO.match(text, r.end)):
            # `베이징시과학기술위원회(北京市…)에 따르면`: the region names the source (or stands in a quoted name:
            # `‘2029년 3분기 중국 지분투자 시장 보고서’에 따르면`, `'주간 중국 창업'이`)
            r.subject = False
    out.sort(key=lambda r: r.start)
    if out and not any(r.subject for r in out) \
            and len(sources := [r for r in out if r.mark in ("located", "topic") and _SOURCE_AFTER.match(text, r.end)]) == 1 \
            and not in_quoted_name(text, sources[0].start, sources[0].end):
        # `상하이시 민정국에 따르면 시내 노인식당은 … 약 2,000 곳으로 늘었고`: the source a region's own body, and no other
        # region named, the figures it gives are that region's
        sources[0].subject, sources[0].mark = True, "topic"
    for r in out:
        if r.subject and r.mark == "other" and _PLACE_NAMED_BEFORE.search(text, max(0, r.start - 12), r.start) \
                and _NAMED_AS.match(text, AFTER_NAME.match(text, r.end).end()):
            # `생산액이 가장 적은 곳은 톈진으로 96억 위안에 그쳤고, | 전년보다 1.8% 뒷걸음질쳤다`: the place the sentence names as
            # its subject, which the clauses after go on about
            r.mark = "topic"
            for e in out:
                if e.end <= r.start and e.mark == "topic" and "," not in text[e.end:r.start] \
                        and _BARE_QUALIFIER.match(text, AFTER_NAME.match(text, e.end).end()):
                    e.mark = "qualifies"  # (`중국 캠핑 침구의 최대 시장은 미국으로`: 중국 only qualifies what is described)
    for before, r in zip([None] + out[:-1], out):
        if r.mark == "figure" and _BRACKETED_SUBJECT.match(text, AFTER_NAME.match(text, r.end).end()) \
                and not (before and JOIN.fullmatch(text, before.end, r.start)):
            # `후베이성이 7.5%, 장시성(97억 위안)이 2.1%로`: its figure aside, the clause's subject (but the last
            # of regions listed with theirs is one of the list's: `상하이시(341억 위안)와 선전시(276억 위안)가`)
            r.mark = "topic"
    for before, r in zip(out, out[1:]):
        if r.mark == "listed" and _WITH_OF.match(text, AFTER_NAME.match(text, r.end).end()) \
                and _OWNS_NEXT.fullmatch(text, AFTER_NAME.match(text, before.end).end(), r.start):
            # `충칭의 2032 년 한국과의 교역액은`: whom the flow of the region owning the phrase is with (alone, `미국과의
            # 교역액은`, or after a clause on another, `…, 이 가운데 베트남과의 교역액만`, the partner's own)
            r.mark = "partner"
    for r, after in zip(out, out[1:] + [None]):
        if r.mark == "listed" and (centre := _LISTED_CENTRE.match(text, AFTER_NAME.match(text, r.end).end())) \
                and (after is None or after.start >= centre.end()):
            r.mark = "located"  # `하이뎬구(海淀区)와 이좡(亦庄)을 중심으로`: with a place not read, what something centres on
    for r, after in zip(out, out[1:]):
        if text[r.end:after.start] == " " and (r.mark == "topic" and after.written.endswith(("구", "현", "시"))
                                               or r.mark == "listed" and after.written.endswith(("구", "현"))
                                               # (or a city named bare after its province: `장쑤성 쿤산의`)
                                               or r.mark != "figure" and is_province(r.zh) and below_province(after.zh)):
            # `베이징시 하이뎬구에만 … 38곳이`, `… 곳은 상하이 푸둥신구(浦东新区), 항저우(杭州), …`: the city only locates its
            # district
            r.mark = "locates"
    for r, after in zip(out, out[1:]):
        if r.mark == "topic" and _LOCATING_OF.fullmatch(text, r.end, after.start) \
                and (is_province(r.zh) and below_province(after.zh)
                     # (or a district or zone of a place known, itself unknown to the gazetteer: `충칭의 량장신구(两江新区)와`)
                     or r.zh is not None and level_of(after.zh) is None and after.written.endswith(("구", "현"))) \
                and not _LISTED_ON.match(text, AFTER_NAME.match(text, after.end).end()):
            # `하이난성의 원창(文昌) 상업우주발사장이 … 19 회의 발사를`, `후난성 중부의 현급시 사오둥(邵东)은`: the province only
            # locates the city after it (its part and the kind of city perhaps named between), which the
            # clause is about, whatever noun it qualifies (not one of a list, `광둥성의 선전(深圳)·광저우(广州)`, nor a
            # partner abroad, `광둥성의 한국과의 교역액은`)
            # (one listed stays so: `충칭의 량장신구(两江新区)와 청두의 톈푸신구(天府新区)는`)
            r.mark, after.mark = "locates", "listed" if after.mark == "listed" else "topic"
    for r, after in zip(reversed(out[:-1]), reversed(out[1:])):
        if r.mark == "listed" and after.mark == "qualifies" and _DOT_JOIN.fullmatch(text, AFTER_NAME.match(text, r.end).end(), after.start) \
                and FACILITIES_NAMED.match(text, AFTER_NAME.match(text, after.end).end()):
            r.mark = "qualifies"  # (every place the facilities counted are named after: `푸둥(浦东)·훙차오(虹桥) 두 공항과`)
    for k in range(len(out) - 1, -1, -1):
        r = out[k]
        if r.mark == "qualifies" and (FACILITIES_NAMED.match(text, at := AFTER_NAME.match(text, r.end).end())
                                      and not MEMBER_COUNT.match(text, at)
                                      or k + 1 < len(out) and out[k + 1].mark == "qualifies"
                                      and _DOT_JOIN.fullmatch(text, at, out[k + 1].start) and not out[k + 1].subject):
            # `상하이·선전 두 증권거래소에 상장된 … 리츠는 모두 9개`: what the facilities named after the places hold, no place's
            r.subject = False
    for r, after in zip(reversed(out[:-1]), reversed(out[1:])):
        if r.subject and not after.subject and _DOT_JOIN.fullmatch(text, AFTER_NAME.match(text, r.end).end(), after.start):
            r.subject = False  # `상하이·베이징에 못 미치지만`: compared with, all the regions joined
    for r, after in zip(out, out[1:]):
        if is_nation(after.zh) and _OF_THEN_WORDS.fullmatch(text, AFTER_NAME.match(text, r.end).end(), after.start) \
                and _FLOW_NOUN.match(text, after.end):
            # `원저우의 2025년 한국 수출은 12억 3,000만 달러로`: the country the place's exports go to, no owner
            after.mark, after.subject = "direction", False
        if _GOVERNS.fullmatch(text, AFTER_NAME.match(text, r.end).end(), after.start):
            r.subject, r.mark = False, "qualifies"  # `원저우시 관할 룽강시(龙港市)가`: the place it governs is the subject
        if is_nation(after.zh) and _WITH_JOIN.fullmatch(text, AFTER_NAME.match(text, r.end).end(), after.start) \
                and _TRADE_BETWEEN.match(text, AFTER_NAME.match(text, after.end).end()):
            # `저장성과 한국의 교역액은 386억 달러`: the trade between the two is the first one's, the other its partner
            r.mark, after.mark, after.subject = "topic", "partner", False
    return out


_DOT_JOIN = compiled(r"\s*[·ㆍ]\s*")
_WITH_JOIN = compiled(r"(?:와|과)\s+")
_NATIVE_COUNT_NEXT = compiled(rf"\s+(?:각각\s+)?{NATIVE_COUNT}\s*(?:곳|건|개사)(?:씩)?(?:이|으로|을|를|[,.])")
_OF_THEN_WORDS = compiled(r"의\s+(?:[^\s,.]+\s+){0,2}")
_FLOW_NOUN = compiled(r"\s*(?:수출|수입)(?:액|량)?(?:은|는|이|가|도)\s")
# the whole of a place, its level in brackets, that a share is of (`선전 전체(648 억 위안)의 41.4%`, `타이저우시 전체(1,400곳)의`)
WHOLE_OF_PLACE = compiled(r"\s*전체\s*\([^()]*\d[^()]*\)의\s")
_GOVERNS = compiled(r"\s*(?:관할|산하)(?:의)?\s+")
_TRADE_BETWEEN = compiled(r"(?:사이|간)?의?\s*(?:교역|무역)(?:액)?(?:은|는|이|가|규모)")
_LISTED_ON = compiled(r"\s*[·,、]")
_UNDER = compiled(r"\s(?:관할|산하)(?:이|가|는|은|에는|로는)\s+$")  # (what is under a place named before)
VISITING = compiled(r"(?:을|를)\s+(?:찾은|찾는|방문한|방문하는|다녀간)\s+")  # (the place before is the one visited)
# (a part of the province and the kind of place may stand between: `후난성 중부의 현급시 사오둥`, `저장성 남부의 항구도시 원저우`)
_LOCATING_OF = compiled(r"(?:\s+\p{Hangul}{0,2}(?:동|서|남|북|중)부)?의\s+(?:\p{Hangul}{0,4}(?:시|도시)\s+)?")


# a count and the noun it counts, right after the nation's word (not a bound of the count: `도시를 전국 200곳 이상으로`)
_NATIONWIDE_COUNT = compiled(r"\s*\d[\d,]*여?\s*(?:개|곳|명|건|가지)(?:의)?\s+(?!(?:이상|이하|미만|초과|남짓|가량|안팎|내외|정도|넘게)"
                             r"(?:으로|로|의|을|를|이|가|은|는|에)?(?!\p{Hangul}))\p{Hangul}{2,}")


# a region opening the name of the source a sentence cites (`베이징시과학기술위원회에 따르면`,
# `광둥성 통계국에 따르면`)
_SOURCE_AFTER = compiled(r"[^\s(]*(?:\([^()]*\))?(?:\s+[^\s(]+(?:\([^()]*\))?)?에\s*따르면")
# a place something moves to (`생산 라인이 인근 장쑤성·저장성으로 옮겨 가면서`, `공장을 베트남으로 이전하고`, `… 캄보디아로
# 생산라인을 옮기면서`): where it goes, not
# the subject of the figures after (those of the place it left)
_MOVED_TO = compiled(r"(?:\([^()]*\))?(?:으로|로)\s+(?:[^\s,.]+(?:을|를)\s+)?(?:옮기|옮겨|옮긴|옮겼|이전[하해한했되된돼]|이동[하해한했되된돼]|이사[하해한했])")
# a region where an event named after it took place (`베이징 중관춘에서 열린 '… 창업대회' 본선에서 … 상금 3만 위안을`): the
# venue, not the subject of what the event's figures are
_SIDE_AFTER = compiled(r"\s*측(?:은|는|이|가|의|과|와|도)?(?!\p{Hangul})")  # (a party to something, `중국 측 참가 대학`, `한국 측 4 개 기관`: no place's figure)
_VENUE_AFTER = compiled(r"(?:\([^()]*\))?(?:\s+\p{Hangul}{1,10}(?:\([^()]*\))?)?에서\s+(?:열린|열리는|열릴|개최된|개최되는|진행된|치러진|펼쳐진)\s")
# (but the events held there counted are its own: `전국에서 열린 프로 e스포츠 대회는 612건으로`)
EVENTS_COUNTED = compiled(_VENUE_AFTER.pattern + r"(?:[^\s,.]+\s+){0,3}?[^\s,.()]+?(?:\([^()]*\))?(?:은|는|이|가)\s+(?:약\s*|모두\s*|총\s*)?"
                           r"\d[\d,.]*\s*(?:[만억]\s*(?:[\d,]+\s*)?)?(?:(?:건|회|차례)(?:으로|로|이|가|을|를|에|이었|였|이다|이며)?"
                           r"|개(?:으로|로|에|이었|였|이다|이며))(?!\p{Hangul})")
# the area places (perhaps joined) name, qualifying what a figure is made with (`닝보(宁波)와 츠시(慈溪) 일대의 소형 가전을
# 앞세워`): no subject of the figure
_AREA_OF_MEANS = compiled(r"(?:\s*(?:와|과|·|,)\s*\p{Hangul}{2,8}(?:\([^()]*\))?)*\s*(?:일대|일원|등지)의"
                          r"(?:\s+[^\s,.]+){1,3}?(?:을|를)\s+(?:앞세워|앞세운|무기로|발판으로|중심으로|바탕으로)(?!\p{Hangul})")
# the first of a series a figure counts (`2013년 정저우를 시작으로 지금까지 17곳을 … 지정했으며`): no subject of its count
_SERIES_START = compiled(r"(?:\([^()]*\))?(?:을|를)\s*(?:시작으로|시작해|필두로)(?!\p{Hangul})")
# the firm a region is where it ranks first (a name, no measure), named as the clause's topic (`중국 최대 장례 기업
# 푸서우위안은 … 매출이`, `광둥성 최대 배터리 업체인 A사(…)가`): the figures are the firm's
@cache
def _top_firm_after() -> regex.Pattern[str]:
    return compiled(rf"\s+(?:최대|최고|선두|1위|유일)의?\s+(?:[^\s,.]+\s+){{0,3}}?\p{{Hangul}}{{0,4}}?(?:{FIRMS}|그룹)(?:인|이자)?"
                    rf"\s+(?!\p{{Hangul}}*(?:{measure_nouns()})(?:은|는|이|가)\s)[^\s,.()]+(?:\([^()]*\))?(?:은|는|이|가)\s")


# a region whose doing a figure is owed to (`미국의 관세 인상 여파로 … 7.2% 감소했다`), or that of a firm seated there
# (`류저우에 본사를 둔 상치퉁융우링(上汽通用五菱)의 소형 전기차 수출에 힘입어`), or of its market or government (`미국 시장의 재고
# 조정 여파로`) or its buyers (`미국 바이어의 주문 감소로`): the cause, not the subject
_CAUSE_AFTER = compiled(r"(?:\([^()]*\))?(?:에\s*(?:본사|본부|거점|공장|법인)(?:를|을)\s*둔\s+[^\s,.]+?"
                        r"|\s+(?:시장|정부|경제|당국|바이어|수요|소비자|고객|수입상))?의\s+"
                        r"(?:[^\s,.]*[^\s,.은는이가을를의]\s+){0,3}?[^\s,.]*?"
                        r"(?:여파로|여파에|영향으로|영향에|탓에|탓으로|때문에|덕분에|에\s*힘입어"
                        # (or a change in it, `미국 바이어의 주문 감소로`)
                        r"|(?:감소|증가|부진|둔화|위축|급감|급증|회복|호조|확대|축소|하락|상승)(?:으로|로))(?!\p{Hangul})")


# an item of a list of regions with their figures in brackets: `…·웨이팡(19억 위안)이 3~5위였다`
_LISTED_FIGURE = compiled(r"(?<=[,·、]\s?)(?P<name>\p{Hangul}{2,5})(?=\(\s*[\d약])")
_ITEM_GAP = compiled(r"\s*[,·、]\s?")


def _listed_with_figures(text: str, found: list[ProseRegion]) -> list[ProseRegion]:
    """Places the gazetteer does not know, named in a list of regions that each carry their figure
    in brackets, right after a known one (`톈진(31억 위안)·창저우(24억 위안)·웨이팡(19억 위안)`), when
    the name reads as Mandarin; their Chinese is not known (`region_zh` null).

    >>> [r.written for r in _listed_with_figures("톈진(31억 위안)·웨이팡(19억 위안)", [ProseRegion(0, 2, "톈진", "天津", True)])]
    ['웨이팡']
    """
    if "(" not in text:
        return []
    ends = {r.end for r in found}  # where a region's name ends and its bracket opens
    starts = {r.start for r in found}
    out: list[ProseRegion] = []
    for m in _LISTED_FIGURE.finditer(text):
        close = text.rfind(")", 0, m.start())
        if m.start() in starts or close < 0 or not _ITEM_GAP.fullmatch(text, close + 1, m.start()) \
                or text.rfind("(", 0, close) not in ends or not reads_as_mandarin(m["name"]):
            continue
        out.append(ProseRegion(m.start(), m.end(), m["name"], None, True))
        ends.add(m.end())
    return out


# an item of a list of places' counts or figures, after an item's figure and a comma: its places (joined by `·`), then
# their figure, perhaps each's (`산터우 4곳, 광저우·둥관 각 2곳, 선전·제양 각 1곳`)
_LISTED_GROUP = compiled(r"(?<=\d[^\s\d,、]{0,4},\s?)(?P<group>\p{Hangul}{2,5}(?:·\p{Hangul}{2,5})*)\s+(?:각각?\s*)?\d")


def _listed_with_counts(text: str, found: list[ProseRegion], ambiguous: dict[str, str]) -> list[ProseRegion]:
    """Places named bare in a list of places' figures a known region opens, each item after the figure of the one
    before (`산터우 4곳, 광저우·둥관 각 2곳, 선전·제양 각 1곳`): a spelling that is also a word (`선전`) or a city's
    that is named bare only in lists (`제양`, 揭阳) is the place there (not any word that reads as Mandarin: `수주잔량
    64.1%`, `상위 52.4%`).

    >>> t = "산터우 4곳, 광저우·둥관 각 2곳, 선전·제양 각 1곳이다"
    >>> [(r.written, r.zh) for r in _listed_with_counts(t, [ProseRegion(0, 3, "산터우", "汕头", True)], {"선전": "深圳"})]
    [('광저우', '广州'), ('둥관', '东莞'), ('선전', '深圳'), ('제양', '揭阳')]
    """
    if not found or "," not in text:
        return []
    first = min(r.start for r in found)
    taken = {r.start for r in found}
    out: list[ProseRegion] = []
    for m in _LISTED_GROUP.finditer(text, first):
        at = m.start("group")
        for name in m["group"].split("·"):
            zh = ambiguous.get(name) or city_names().get(name, "").removesuffix("市") or None
            if at not in taken and zh:
                out.append(ProseRegion(at, at + len(name), name, zh, True))
            at += len(name) + 1
    return out


# what joins the regions of one list (`베이징시, 상하이시와 톈진시`, `광둥·장쑤`)
# (a short qualifier may open the next: `동북의 지린성과 화북의 톈진은`)
# (`3위 산둥성(…)과 4위 저장성`; a gloss before the generic word, `칭하이(青海)성, 시짱자치구`)
JOIN = compiled(r"(?:\([^)]*\)(?:성|시|구|현)?)?\s*(?:과|와|및|,|·)\s*(?:\p{Hangul}{1,4}의\s+|\d{1,2}\s*위\s+)?")


_QUALIFIERS = compiled(r"약|안팎|내외|가량|정도|이상|이하|미만|초과|수준|[\s~]")


def in_quoted_name(clause: str, start: int, end: int) -> bool:
    """Whether an amount or a region stands in a quoted name (`'1 구 16 원'`, `'10조 클럽'`, `‘2029년 3분기 중국
    지분투자 시장 보고서’`): quoted with words other than its qualifiers (`'5.5% 이상'` is a quoted figure). The
    quotes are paired from the clause's start (`'5.5% 이상', 시안이 '5% 이상'`: 시안 is in none).

    >>> t = "충칭과 우한이 '5.5% 이상', 시안이 '5% 이상'을 제시했다"
    >>> in_quoted_name(t, t.index("시안"), t.index("시안") + 2), in_quoted_name(t, t.index("'5%") + 1, t.index("'5%") + 3)
    (False, False)
    >>> t = "‘2029년 중국 지분투자 보고서’에 따르면"
    >>> in_quoted_name(t, t.index("중국"), t.index("중국") + 2)
    True
    """
    if "'" not in clause and "‘" not in clause and '"' not in clause and "“" not in clause:
        return False
    for m in QUOTED.finditer(clause, 0, min(len(clause), end + 32)):
        if m.start("inner") <= start and end <= m.end("inner"):
            rest = clause[m.start("inner"):start] + clause[end:m.end("inner")]
            return bool(_QUALIFIERS.sub("", rest))
    return False
