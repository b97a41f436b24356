"""Figures that belong to regions through the way a sentence joins them: a figure in brackets right after
a region is that region's (`미국(18.5%)과의`); regions joined right before one figure each have it (`장쑤성·산둥성
5%`, `대전과 광주 각 1 개 사`, `충칭과 우한이 '5.5% 이상'`); the places listed right before a count
(`광둥성·장쑤성·산둥성 3곳`)."""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.gazetteer import is_nation
from kic_extract.typed.numerals import native_alternation
from kic_extract.typed.figure_cues import cue, measure_nouns
from kic_extract.typed.prose_regions import ProseRegion
from kic_extract.typed.region_marks import AFTER_NAME, GOODS_BRACKET

# what parts the items of a list of places (`광둥성, 장쑤성과 산둥성`, `저장성·후베이성`), and of one whose items carry their
# figure in brackets (`장쑤성(27곳), 저장성(22곳), 산둥성(17곳)에 이어`)
LIST_GAP = compiled(r"\s*(?:[,、·]|와|과|및)\s*")
AHEAD_LIST = compiled(r"\s*(?:\([^()]*\d[^()]*\))?\s*(?:[,、·]|와|과|및)\s*")
# (a word or two may stand between a region and its bracketed figure: `저장성 한 곳(9조 4,800억 위안)보다`)
# a clause joined on right before a figure (`… 차이로 따돌렸고, 1 조 9,410 억 위안에 그친 허난성은`)
CLAUSE_JOINED = compiled(r"\p{Hangul}(?:고|며|면서|으나|지만),\s*$")
# (`(广州, 3조 …)`; a word for how the figure is counted before it: `신장위구르자치구(연 18 만 톤)`, `(약 …)`, `(총 …)`)
# (a word or two between, a name's last or a facility there: `광저우 바이윈공항(238만 3,000톤)`; or a stage of its works,
# `광저우 바이윈공항 3기 확장(537억 7,000만 위안)`; words joined by `·`, `양장시 칼·가위 산업(865 억 위안)`)
_OPEN_BRACKET = compiled(r"(?:\s+(?:\p{Hangul}{1,3}(?:·\p{Hangul}{1,3})*|[A-Z]{2,4}|\p{Hangul}{1,6}(?:국제공항|공항|항구|항|터미널|역)"
                         r"(?:\s+\d{1,2}기)?))"
                         # (a price per one in the brackets too: `전국 평균(개당 2.9달러)을`)
                         r"{0,2}\s*\(\s*(?:\p{Han}+\s*[,，]\s*)?(?:(?:연|연간|약|총|누적|\p{Hangul}{1,2}당)\s+)?")


_GOODS_BRACKET = compiled(GOODS_BRACKET)
_CLOSE_BRACKET = compiled(r"\s*\)")
_MIDDLE_DOT = compiled(r"\s*·\s*")


def bracket_owner(sentence: str, regions: list[ProseRegion], pos: int, end: int) -> ProseRegion | None:
    """The region a figure is the bracketed aside of (`미국(18.5%)과의`), if it is one."""
    if not _CLOSE_BRACKET.match(sentence, end):
        return None
    # the nearest (`선전 난산구(2,250억 위안)`: 난산구's, not the city locating it)
    # (or one a measure of its, named after it, opens: `장쑤성 1인당 GDP(약 15만 9,000위안)를 웃돈다`, `저장성 전체 목욕용품 수출
    # 증가율(11.8%)보다`)
    # (or goods made there, named after it: `장시성 징더전(景德镇)산 세라믹 제품(개당 46.8위안)의`)
    owner = next((r for r in reversed(regions) if r.end <= pos and (_OPEN_BRACKET.fullmatch(
        sentence, at := AFTER_NAME.match(sentence, r.end).end(), pos) or _measure_bracket().fullmatch(sentence, at, pos)
        or _GOODS_BRACKET.fullmatch(sentence, at, pos))), None)
    if owner is not None and owner.zh == "中国" and _SHARE_BRACKET.fullmatch(sentence, owner.end, pos) \
            and (of := next((r for r in regions if r.end < owner.start and _OF_THEN.fullmatch(sentence, r.end, owner.start)), None)):
        return of  # `장쑤성의 전국 비중(11.9%)은`: the province's share of the nation's whole, not the nation's
    return owner


_SHARE_BRACKET = compiled(r"\s*(?:\p{Hangul}{1,6}\s*)?(?:비중|점유율|비율)\s*\(\s*")
_OF_THEN = compiled(r"\s*의\s+")


@cache
def _measure_bracket() -> regex.Pattern[str]:
    """Words naming a region's measure up to its bracketed figure (` 1인당 GDP(`, ` 전체 수출 증가율(`, `의 생산량(`, ` 전체 문구
    수출(`, ` 도매시장 판매가(`)."""
    return compiled(rf"의?(?:\s+[\p{{Hangul}}A-Za-z0-9]{{1,8}}){{0,3}}\s+[\p{{Hangul}}A-Za-z]*(?:{measure_nouns()}|수출|수입|생산|판매|가격|단가|판매가|출고가|도매가|소매가)"
                    r"\s*\(\s*(?:(?:약|총|\p{Hangul}{1,2}당)\s*)?")


def joined_before(sentence: str, regions: list[ProseRegion], nearest: ProseRegion, pos: int,
                  end: int) -> list[ProseRegion]:
    """The regions joined by `·` to the one right before a figure, in a list of figures (`장쑤성·산둥성
    5%`): nothing but space between the last of them and the figure, and no sum or whole in sight;
    or listed in any way before `각` and the figure (`대전과 광주 각 1 개 사`), or as the topic of its
    one figure (`충칭과 우한이 '5.5% 이상'`)."""
    after = AFTER_NAME.match(sentence, nearest.end).end()
    if nearest.end <= pos and (_EACH_BEFORE.fullmatch(sentence, after, pos)
                               or _AT_EACH.fullmatch(sentence, after, pos) and sentence.startswith("씩", end)):
        # `대전과 광주 각 1 개 사`, `상하이·허페이·…·청두에 1건씩`: each has it
        return listed_right_before(sentence, regions, nearest)
    if nearest.end <= pos and nearest.mark == "topic" and _TOPIC_THEN.fullmatch(sentence, after, pos) \
            and not regex.search(r"\d", sentence[end:next((r.start for r in regions if r.start >= end), None)]):
        # `충칭과 우한이 '5.5% 이상', 시안이 …`: a topic of regions joined, with its one figure (no number
        # after it before the next region: `산둥성과 저장성은 3 조 위안 … 3 조 3,187 억 …과 3 조 …으로`)
        return [r for r in listed_right_before(sentence, regions, nearest) if r.mark == "listed"]
    joined = listed_right_before(sentence, regions, nearest, pos, gap=_MIDDLE_DOT)
    return joined if joined and not cue("sum").search(sentence) else []


_SUBJECT = "(?:이|가|은|는|도)"  # (a subject's or a topic's particle)
# a topic's particle, then its figure (quoted or not): `우한이 '5.5% 이상'`
_TOPIC_THEN = compiled(rf"{_SUBJECT}\s*['‘\"“]?\s*")
_EACH_BEFORE = compiled(rf"(?:{_SUBJECT}\s+)?\s*(?:\(\s*)?각\s*")  # (`A와 B(각 4.1%)`, `A와 B가 각 2곳`) not `각각`:
# `A, B 각각 11.1%, 10.1%` is respectively
_AT_EACH = compiled(r"\s*에\s*")


_TO_COUNT = compiled(r"\s*(?:의\s*)?")


# the count closing a list of places, and the particle going on (`… 시안시 4 곳으로,`, `… 3개 도시가`)
_LIST_COUNT = compiled(rf"\s*(?:\d{{1,2}}|{native_alternation()})\s*(?P<unit>곳|개\s*(?:도시|지역|성))(?:으로|로|이|가|은|는|의)(?!\p{{Hangul}})")


def list_counted(sentence: str, regions: list[ProseRegion], member: ProseRegion) -> int | None:
    """Where the count closing the list a region is in ends (`선전시, 허페이시, 청두시, 시안시 4 곳으로`), if a count
    closes a list of two or more; None otherwise. A later count of places in the sentence is of other places, not the
    listed ones' (`… 4 곳으로, 2031 년 1 차로 지정된 3 곳을 더하면`)."""
    first = last = next((i for i, r in enumerate(regions) if r is member), None)
    if first is None:
        return None

    def joined(a: int, b: int) -> bool:
        return bool(LIST_GAP.fullmatch(sentence, AFTER_NAME.match(sentence, regions[a].end).end(), regions[b].start))

    while first > 0 and joined(first - 1, first):
        first -= 1
    while last + 1 < len(regions) and joined(last, last + 1):
        last += 1
    counted = _LIST_COUNT.match(sentence, AFTER_NAME.match(sentence, regions[last].end).end())
    return counted.end() if counted and last > first else None


def listed_right_before(sentence: str, regions: list[ProseRegion], last: ProseRegion, pos: int | None = None,
                         gap: regex.Pattern[str] = LIST_GAP, to_count: regex.Pattern[str] = _TO_COUNT) -> list[ProseRegion]:
    """The regions listed before `last` (parted only by `gap`), when nothing but space (or `의`; what `to_count`
    allows) stands between `last` and the figure at `pos`, if one is given (`광둥성·장쑤성·산둥성 3곳`, `…·장쑤성의 5곳`)."""
    if pos is not None and (last.end > pos or not to_count.fullmatch(sentence, AFTER_NAME.match(sentence, last.end).end(), pos)):
        return []
    joined: list[ProseRegion] = []
    k = next((i for i, r in enumerate(regions) if r is last), None)
    while k:
        r = regions[k - 1]
        if not gap.fullmatch(sentence, AFTER_NAME.match(sentence, r.end).end(), (joined or [last])[0].start):
            break
        joined.insert(0, r)
        k -= 1
    return joined


# a region whose places a list names (`장쑤성 도시는 쑤저우, 타이저우, 난징 3 곳이다`, `광둥성 소재 도시가 …`)
_PLACES_OF = compiled(r"\s*(?:소재\s*)?(?:도시|지역)(?:은|는|이|가)\s+")


def holder_of_list(sentence: str, regions: list[ProseRegion], last: ProseRegion, pos: int, count) -> ProseRegion | None:
    """The region whose places are listed right before a count of them, the count being its figure (`장쑤성 도시는
    쑤저우, 타이저우, 난징 3 곳이다`); None when the list is not introduced as some region's places.

    >>> from kic_extract.typed.prose_regions import sentence_regions
    >>> text = "상위 10 개 도시 가운데 광둥성 도시는 선전, 광저우 2 곳이다."
    >>> regions = sentence_regions(text)
    >>> holder_of_list(text, regions, regions[-1], text.index("2 곳"), 2).written
    '광둥성'
    >>> holder_of_list(text, regions, regions[-1], text.index("2 곳"), 3) is None
    True
    """
    listed = listed_right_before(sentence, regions, last, pos)
    if not listed or len(listed) + 1 != count:
        return None
    k = next(i for i, r in enumerate(regions) if r is listed[0])
    if not k:
        return None
    holder = regions[k - 1]
    if is_nation(holder.zh):
        return None  # (`유니콘이 두 자릿수인 중국 도시는 베이징·상하이·… 6곳으로`: places picked across a nation)
    return holder if _PLACES_OF.fullmatch(sentence, AFTER_NAME.match(sentence, holder.end).end(), listed[0].start) else None


# what the regions of a list own, counted one for each (`…, 구이양(贵阳)의 데이터 거래소 4 곳`)
_OF_NOUN_TO_COUNT = compiled(r"\s*의\s+(?:[\p{Hangul}A-Za-z]+\s+){1,3}")


def counts_one_each(sentence: str, regions: list[ProseRegion], last: ProseRegion, pos: int, count) -> bool:
    """Whether a count after a list of regions and what they own is one for each of them, no region's figure
    (`베이징(北京), 상하이, 선전(深圳), 구이양(贵阳)의 데이터 거래소 4 곳을 … 지정하고`)."""
    listed = listed_right_before(sentence, regions, last, pos, to_count=_OF_NOUN_TO_COUNT)
    return bool(listed) and len(listed) + 1 == count
