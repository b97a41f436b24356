"""Counts a clause's region owns as its own items, for `typed.clause_figures`: places counted in it (`… 배출한 도시도
4곳에 이른다`), summed or totalled (`… 6곳을 합하면 모두 11곳`), a set grown or picked from, its firms or kinds counted
before `등`, or a count the list before it names; not a count of the places themselves.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from kic_extract.compiled import compiled
from kic_extract.gazetteer import PARTICLES, names_place
from kic_extract.scripts import N_FINAL
from kic_extract.typed.cells import count_units
from kic_extract.typed.count_closes import THINGS_BEFORE
from kic_extract.typed.counts import sentence_counts
from kic_extract.typed.prose_owners import SET_NOUN
from kic_extract.typed.figure_cues import cue
from kic_extract.typed.prose_regions import ProseRegion
from kic_extract.typed.region_marks import AFTER_NAME

_PLACES_COUNTED = compiled(r"(?:도시|지역|나라|국가)(?:은|는|이|가|도)\s*$")  # (`… 배출한 도시도 4곳에 이른다`)
# (`… 6곳을 합하면 모두 11곳`, `… 8 개 도시를 더하면 시범도시는 모두 14 곳`)
_SUMMING = r"(?:합하면|합치면|더하면)"
_PLACES_SUMMED = compiled(rf"\d\s*(?:곳|개\s*(?:도시|지역))(?:을|를)\s*{_SUMMING}")
# (`… 선전시와 청두시(成都市)를 포함하면 시범도시는 모두 6 곳으로`: the places with those named, counted as their kind)
_PLACES_TOTALLED = compiled(rf"(?:포함하면|{_SUMMING})\s+\p{{Hangul}}*(?:도시|지역|구역|국가)(?:은|는|이|가)\s*(?:모두|총)?\s*$")
# a set grown by what was just added or named, totalled (`… 톈수이(天水) 고신구로, 이로써 국가고신구는 모두 182 곳으로`,
# `… 청두 거점이 새로 문을 열면서 거점 입주 기업은 모두 171개사로`): its size, not the figure of a place named before
# (or after a place joining it, `2016 년 말 푸젠(福建)까지 합류하면서 시범시장은 8 곳으로 늘었다`)
_SET_GROWN = compiled(r"(?:이로써|이에\s*따라|면서)\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*[\p{Hangul})](?:은|는|이|가)\s*(?:모두|총)\s*$"
                      r"|(?:합류|가세|편입|추가)(?:하|되|돼)?면서\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]*\p{Hangul}(?:은|는|이|가)\s*$")
# a set of places a count picks from, right before it (`성장률 상위 10 곳 가운데 7 곳이`)
_PICKED_FROM = compiled(r"\d\s*(?:곳|개\s*(?:도시|지역|성|국가))\s*(?:가운데|중에서?|중)\s*$")
# places counted by the noun right before the count (`1차 시범도시 6곳을 합하면 모두 11곳이`)
_PLACE_NOUN_COUNTED = compiled(r"\p{Hangul}*(?:도시|지역|나라|국가)(?:을|를)?\s*$")  # (`… 클럽’ 도시를 32 곳으로`)


# words between a region and a count that make one noun phrase: no particle closes any of them
_BARE_WORDS = compiled(r"(?:\s+[\p{Hangul}A-Za-z]*[\p{Hangul}A-Za-z](?<![은는이가을를의에로와과도])(?=\s))+\s*$")


@cache
def _own_count() -> regex.Pattern[str]:
    # (an ordinal may stand between: `광저우고신구를 포함한 첫 번째 10 개 … 센터`; or a word naming the set: `… 우루과이 등
    # 남미 5개국`)
    return compiled(rf"(?<!\p{{Hangul}})(?:{cue('own_count').pattern})(?:\s+\p{{Hangul}}{{1,4}})?\s*"
                    rf"(?:\p{{Hangul}}{{1,2}}\s*번째\s*)?$")


@cache
def _set_of() -> regex.Pattern[str]:
    # the count's noun, a word apart from it (`31 개 성급 지역 가운데`, `31개 지역 전체로`, not `168 대로 전국
    # 도시 가운데`)
    # (`10개 구(신구 포함) 가운데`: an aside in brackets may follow the noun)
    # (not a verb going on from the count: `투자가 21 건 이뤄져 도시 가운데 … 가장 활발했는데`)
    return compiled(rf"(?:(?<=\s)|\s+)(?!\p{{Hangul}}*(?:져|쳐|며)\s|\p{{Hangul}}{{2,}}해\s)"
                    rf"\p{{Hangul}}+(?:\([^()]{{1,12}}\))?(?:\s+\p{{Hangul}}+){{0,2}}\s+"
                    rf"(?:{cue('set_of').pattern})(?:로|를|으로|의)?(?!\p{{Hangul}})")


_NUMBER_AFTER = compiled(r"\s*\d")
# an amount read with the verb it is the object of (`310 만 건을 넘겨`), or one it falls short of (`200곳에 조금 못 미쳐`)
# the kinds of thing a count names right after its noun, three or more, closed by the copula (`4 개 품목은 A, B, C, D다`);
# not places (`곳`, `지역`, `도시`, …: figures of their own)
_KINDS_NAMED_AFTER = compiled(r"\s*(?!지역|도시|곳|성|나라|국가)\p{Hangul}{1,6}(?:은|는)\s+[^.,]+(?:,\s*[^.,]+){2,}?(?:이)?다(?:[.\s]|$)")
_BY_OBJECT_VERB = compiled(r"(?:(?:을|를)\s*\p{Hangul}+|에\s*(?:\p{Hangul}+\s+)?못\s*미\p{Hangul}*|에\s*미치지\s*못\p{Hangul}*)$")


# (or the places something goes to: `중앙아시아 5개국에 수출한 방직품은`)
_WITH = compiled(r"(?:과|와)의|(?:에|으로|로)\s*(?:수출|수입|투자|진출|판매|공급)(?:한|된|하는|되는|해|돼)(?!\p{Hangul})")
_NAMELY_AFTER = compiled(r"\s*,\s*(?:즉|곧)\s")


_PROVINCE_KINDS = compiled(r"\s*(?:성급|직할시|자치구|성(?:\(省\))?(?=[·、,/]|\s*\(?\s*(?:자치구|직할시)))")


# a counted noun written after its counter, as the subject (`3 개 기업이`)
# (or its counter spelt apart, `5 개 사가`: unit `개사`)
# (not a difference, `81 만 명 차이가 났다`: the gap of the region before from another)
_COUNT_SUBJECT = compiled(r"\s*(?!차이|격차)\p{Hangul}{1,3}?(?:이|가)(?!\p{Hangul})|(?<=개\s사)(?:이|가)(?!\p{Hangul})")


# the noun of a count that counts regions (`4 개 성`, `5 개 도시`), and the separator before a listed one
# (words may qualify it: `주장삼각주, 창장삼각주, 청위 지역을 3대 저공경제 권역으로`, `…, 청두·충칭 경제권을 4대 XR 산업 권역으로`)
_REGION_NOUN = compiled(rf"\s*(?!(?:으로|로|이|가|은|는|을|를|의|에)\s)(?:[\p{{Hangul}}A-Za-z]{{2,8}}\s+){{0,2}}\p{{Hangul}}{{0,8}}?(?:성|시|도시|지역|국가|구|현|권역|경제권|도시권)"
                        rf"(?=[{PARTICLES}]|\s|$)")


_LIST_BEFORE = compiled(r"[,、·]\s*$")
# words listed right before `등` after a region's particle, naming kinds of things, not places (`도 병원·호텔 `)
_KINDS_BEFORE_ETC = compiled(r"\s*(?:\([^()]*\))?(?:은|는|이|가|도|에서는|에서도|에서|에는)\s+\p{Hangul}{1,6}(?:[·,]\s*\p{Hangul}{1,6})+\s*")
# both countries or sides of a pair, as a word of its own (`양국 기업과`, `한중 양측의`; not `중한산업단지`)
_BOTH_SIDES = compiled(r"(?<!\p{Hangul})(?:양국|양측|한중|한·중|중한|두\s*나라)(?=\s|의|간)")
# where what a count counts is (`… 하이난성에 자리한`, `…에 본사를 둔`)
_LOCATED_IN = compiled(r"에\s*(?:있는|자리한|자리\s*잡은|위치한|소재한|(?:본사|본부|거점|법인)(?:를|을)\s*둔)\s")


@lru_cache(maxsize=256)
def _listed_counts(sentence: str) -> tuple:
    """`counts.sentence_counts` of a sentence, read once for all the counts in it."""
    return tuple(sentence_counts(sentence))


def counts_own_items(sentence: str, c_off: int, clause: str, start: int, end: int, amount, region: ProseRegion) -> bool:
    """A count that is not a figure about the region before it: it counts the items the text
    itself lists, a band of ranks or a set it picks from (`충칭 등 5 개 도시`, `다음은 … 8 곳이다`,
    `상위 5 개 도시`, `전국 31 개 성 가운데`), the partners something is done with (`5 개국과의`), or
    the noun the region only qualifies (`한국 스타트업 12 개 사와`: the region, bare words, the count)."""
    if amount.unit not in count_units():
        return False
    listing = cue("listing").search(clause)  # (not `그 다음은 상하이(16개사)다`: an order word)
    own = _own_count().search(clause, max(0, start - 14), start)
    if own and _KINDS_BEFORE_ETC.fullmatch(clause, max(0, region.end - c_off), own.start()) and region.mark == "topic":
        own = None  # `푸둥신구도 병원·호텔 등 260 곳에서`: kinds of place, not places, closed by `등`; the count is the topic's
    # (not after a verb the bound is read with: `310 만 건을 넘겨 전국 도시 중 가장 많았고` counts no set of cities)
    if own or _set_of().match(clause, end) and not _BY_OBJECT_VERB.search(amount.raw) \
            and not THINGS_BEFORE.search(clause, max(0, start - 12), start) \
            or listing and not clause[max(0, listing.start() - 2):listing.start()].strip().endswith("그"):
        return True
    if region.end == 0 and _PLACES_COUNTED.search(clause, max(0, start - 8), start):
        return True  # `… 도시도 4곳에 이른다` in a sentence naming no region: places counted, not the last one's
    if region.end == 0 and any(count == amount.value and (noun.endswith(amount.unit) or noun.split()[0] == amount.unit)
                               for count, noun, _, _ in _listed_counts(sentence)):
        # `… 가장 많이 몰린 5곳은 A, B, C, D이다` in a sentence naming no region: the count of the list it names, not
        # a figure of the region a sentence before named (`… 지정한 4 개 품목은 차량용 자석 거치대, …다`)
        return True
    if amount.unit == "개" and region.end <= c_off and _KINDS_NAMED_AFTER.match(clause, end):
        return True  # `방안이 … 지정한 4 개 품목은 차량용 자석 거치대, …, 목걸이형 웨어러블 거치대다`: the kinds the text names
    if amount.unit in ("곳", "개") and region.end <= c_off and _PICKED_FROM.search(clause, max(0, start - 16), start):
        # `성장률 상위 10 곳 가운데 7 곳이 중서부 지역이다`: places picked from a set, not the region a clause before
        # named (but `장쑤성이 상위 30 곳 가운데 7 곳을 차지해`: the clause's own region's)
        return True
    if amount.unit == "곳" and region.end <= c_off + start and (
            _PLACE_NOUN_COUNTED.search(clause, max(0, start - 12), start) or _PLACES_SUMMED.search(clause, 0, start)
            or _PLACES_TOTALLED.search(clause, max(0, start - 24), start)):
        return True  # `칭다오(青岛)로, 지난해 지정된 1차 시범도시 6곳을 합하면 모두 11곳이 된다`: not the last place's
    if (grown := _SET_GROWN.search(sentence, max(0, c_off + start - 48), c_off + start)) and region.end <= grown.start():
        return True
    if amount.unit == "개" and _DESCRIBED_SET_AFTER.match(clause, end) and _ADNOMINAL_BEFORE.search(clause, 0, start):
        return True  # `베이징, …, 허난을 축으로 한 5 개 도시군은`: the count of a set the words before describe
    if amount.unit == "대" and amount.raw.endswith("대") and _NUMBER_AFTER.match(clause, end):
        return True  # `1 대 1 상담`: a ratio, not a count (not `1만 1,000대를 넘겨 1위를`)
    if _WITH.match(clause, end):
        return True  # `중앙아시아 5 개국과의 국경 무역`: the partners something is done with
    if _BOTH_SIDES.search(clause, 0, start):
        return True  # `양국 기업과 연구기관 관계자 80여 명이 참석했다`: people or things of both sides, no one region's
    if region.start > c_off + end and _NAMELY_AFTER.match(sentence, c_off + end):
        return True  # `… 고신구는 6곳, 즉 청두고신구(…), …`: the count of the places listed after it, none of theirs
    if _PROVINCE_KINDS.match(clause, end):
        return True  # `31 개 성·자치구·직할시의`: no one region holds provinces
    if region.start < c_off and _COUNT_SUBJECT.match(clause, end):
        return True  # `… 관계자가 소개했고, | 입주 기업 5 개 사가`: the count is its own clause's subject
    if (noun := _REGION_NOUN.match(clause, end)) and region.end <= c_off + start \
            and _LIST_BEFORE.search(sentence, max(0, region.start - 3), region.start) and not names_place(noun.group().split()[-1]):
        # `장쑤성, 저장성, 산둥성, 푸젠성 4 개 성의`: the count of the regions just listed (not one set against a place named
        # after it: `…줄었고, 랴오닝성은 3,600곳으로 헤이룽장성보다 1,500곳 많았다`)
        return True
    if region.end <= c_off + start and _LIST_BEFORE.search(sentence, max(0, region.start - 3), region.start) \
            and _LOCATED_IN.match(sentence, AFTER_NAME.match(sentence, region.end).end()):
        return True  # `톈진, 네이멍구자치구, 하이난성에 자리한 … 스타트업 3 곳의`: the count spans the places listed
    if not cue("each").search(clause, 0, start) and any(
            count == amount.value and noun.startswith(amount.unit) and any(region.written in item for item in items)
            for count, noun, items, _ in _listed_counts(sentence)):
        # `… 넘어선 단지는 쑤저우 바이오베이, 상하이 장장과학성, …, 우한 광구 바이오성 5곳이다`, `… 양푸(洋浦), 광저우 난사(南沙),
        # …, 싼야(三亚)의 7개 항만이다`: the size of a list the region is an item of (or names one)
        return True
    return region.mark in ("qualifies", "counted") and region.end < c_off + start and bool(
        _BARE_WORDS.fullmatch(sentence, AFTER_NAME.match(sentence, region.end).end(), c_off + start))
# the places a count counts, as its clause's subject (`5 개 도시군은`), after words describing them (`… 축으로 한 `)
_DESCRIBED_SET_AFTER = compiled(rf"\s*{SET_NOUN}")
_ADNOMINAL_BEFORE = compiled(rf"\p{{Hangul}}*[{N_FINAL}]\s+$")
