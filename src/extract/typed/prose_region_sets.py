"""Regions of a sentence read together, for the prose readers: the whole a share is measured against
(`전국의 61.6%를 차지`), asides in brackets, a run of joined places and the heads of a list, the region a
group of members makes, and places joined as one topic (`베이징·허베이성·산시성까지 …`).
"""

from __future__ import annotations

from kic_extract.compiled import compiled, longest_first
from kic_extract.data import word_set
from kic_extract.gazetteer import is_province
from kic_extract.typed.numerals import NATIVE_COUNT, native_alternation
from kic_extract.typed.prose_regions import JOIN, ProseRegion
from kic_extract.typed.region_marks import AFTER_NAME, MEMBER_COUNT

# a grouping of countries or a part of the world, glossed or not (data/blocs.txt: `아세안`, `유럽연합(EU)`), or one of China's
# divisions of several provinces (data/china_parts.txt: `화둥`, `시난 권역`): no region
BLOC = (rf"(?<![\p{{Hangul}}A-Za-z])(?:{'|'.join(longest_first(word_set('blocs.txt') | word_set('china_parts.txt')))})"
        r"(?:\([^()]*\))?(?:\s*(?:지역|권역))?")
# a subject named with its Chinese, a company's or an organisation's (a place would be a region), or a bloc
# (a word may close the name after its gloss: `천광(晨光)문구가 12.3%로 2위였다`)
NAMED_SUBJECT = compiled(rf"\p{{Hangul}}\([\p{{Han}}A-Za-z0-9]+\)\p{{Hangul}}{{0,4}}?(?:이|가|은|는)\s|{BLOC}(?:이|가|은|는)\s")


# the whole a share is measured against, right after its region and up to four words of its own
# (`전국의 61.6%를 차지`, `중국 전체의 10.3%에 해당`, `전국 장비 매출의 31.2%를`, `전국 GDP에서 차지하는`,
# `충칭시 GDP 의 약 16%를`);
# `시짱자치구의 7% 이상이었고` is the region's own figure: a share takes a verb of holding a part
# words of a part's size before its share of a whole (`매출의 절반이 넘는 64.5%`, `3분의 1인 33.4%`)
PART_SIZE = r"(?:절반|\d\s*분의\s*\d|\p{Hangul}분의\s*\p{Hangul})[^\s\d,.]*\s+(?:[^\s\d,.]+\s+)?"
_WHOLE_OF_SHARE = compiled(
    # (the region perhaps the subject of words describing the whole: `중국이 수출하는 손전등 물량의 20% 이상을`)
    r"(?:(?:이|가)\s+\p{Hangul}{1,6}(?:하는|한|되는|된|는)(?=\s))?"
    r"(?:\s+(?![\p{Hangul}A-Za-z&]*?(?:이|가|은|는|을|를|도|에|로)\s)[\p{Hangul}A-Za-z&]{1,8}){0,4}?"
    # (one of shares of several wholes listed: `저장성 전체의 64.1%, 전국의 23.1%를 차지했다`, `산터우 전체 … 생산액의 85%가량,
    # 광둥성 전체의 24.6%를`)
    # (a word of the part's size perhaps before the share: `저장성 문구 매출의 절반이 넘는 64.5%를 차지했는데`)
    rf"(?:\s?의\s*(?:{PART_SIZE})?(?:약\s*)?\d[\d,.]*\s*%(?!\s*p)(?:\s*(?:가량|안팎|남짓|정도))?"
    r"(?:\s*,\s*(?:\p{Hangul}+\s+){0,2}?\p{Hangul}+의\s*(?:약\s*)?\d[\d,.]*\s*%(?!\s*p)(?:\s*(?:가량|안팎|남짓|정도))?)*"
    r"(?:\s*(?:이상|이하|가량|남짓|안팎|가까이|넘게))?\s*(?:을|를|에|가|이)?\s*"
    r"(?:차지|책임|담당|떠맡|맡|처리|소화|점하|점유|가져|만들어|생산|공급|이르|이른|해당|달하|달했|달해|육박|불과|그치|그쳐|그쳤|머물|머무|수준)|에서\s+차지하는|\s*대비\s*(?:비중|비율)"
    r"|\s*(?:가운데|중에서|중)\s+[^\s,.()]{2,12}(?:\([^()]*\))?(?:\s*한\s*곳)?(?:이|가)\s+차지하는)")
# (`전국의 64% 수준이다`; `전국 대비 비중도 0.6%p 높아졌다`; the whole a place's part is taken from, `전국 영업수입 가운데
# 저장성 한 곳이 차지하는 비중은`)
# a counted set of regions a sentence is about (`상위 10개 지역의 GDP 합계는`, `이들 4개 성·시의 거래액이`)
# (in native numerals too, or as the top or bottom places: `상위 두 곳이 전국 업무량의 43.0%를 처리했다`)
_COUNTED_SET = compiled(rf"(?<![\p{{Hangul}}\d])(?:\d{{1,2}}\s*개\s*|{NATIVE_COUNT}\s*(?:개\s*)?)"
                        r"(?:지역|도시|성·시|성·자치구|성|국가|나라)(?:의|이|가|은|는|을|를)(?!\p{Hangul})"
                        rf"|(?:상위|하위)\s*(?:\d{{1,2}}|{native_alternation()})\s*(?:개\s*)?(?:곳|개)(?:의|이|가|은|는)(?!\p{{Hangul}})")


def is_whole_of_share(sentence: str, region: ProseRegion) -> bool:
    """Whether a region is only the whole a share is measured against (`중국 전체의 10.3%에
    해당하지만`): it is then no topic the next clauses go on about.

    >>> text = "전국의 23.1%에 해당하는 규모로, 전국 대비 비중도 0.6%p 높아졌다"
    >>> at = text.index("전국", 2)
    >>> is_whole_of_share(text, ProseRegion(0, 2, "전국", "中国", True)), is_whole_of_share(text, ProseRegion(at, at + 2, "전국", "中国", True))
    (True, True)
    >>> text = "시뎬진은 중국이 수출하는 손전등 물량의 20% 이상을 만들어 내는 곳이다"
    >>> is_whole_of_share(text, ProseRegion(5, 7, "중국", "中国", True))
    True
    >>> text = "닝보시는 저장성 문구 매출의 절반이 넘는 64.5%를 차지했는데"
    >>> is_whole_of_share(text, ProseRegion(5, 8, "저장성", "浙江省", True))
    True
    >>> text = "광둥성의 GDP는 중국 전체의 10.3%에 해당하지만, 시짱자치구의 7% 이상이었고"
    >>> [is_whole_of_share(text, ProseRegion(text.index(n), text.index(n) + len(n), n, None, True)) for n in ("광둥성", "중국", "시짱자치구")]
    [False, True, False]
    """
    return bool(_WHOLE_OF_SHARE.match(sentence, region.end))


def whole_of_share_before(sentence: str, region: ProseRegion, pos: int) -> bool:
    """Whether a region is only the whole of a share stated before `pos` (`헤이룽장성은 중국 전체 생산량의 11.3%를
    차지했으며 2위 허난성과의 격차는 1,282만 톤`): a figure after the share is none of the whole's.

    >>> text = "헤이룽장성은 중국 전체 생산량의 11.3%를 차지했으며 격차는 1,282만 톤"
    >>> china = ProseRegion(text.index("중국"), text.index("중국") + 2, "중국", "中国", True)
    >>> whole_of_share_before(text, china, text.index("1,282")), whole_of_share_before(text, china, text.index("11.3"))
    (True, False)
    """
    m = _WHOLE_OF_SHARE.match(sentence, region.end)
    return bool(m) and m.end() <= pos


def whole_of_set_share(sentence: str, region: ProseRegion) -> bool:
    """Whether a region is the whole the share of a counted set of regions is measured against
    (`상위 10개 지역의 GDP 합계는 … 전국의 61.6%를 차지해`): the share is the set's, none of the region's.

    >>> text = "상위 10개 지역의 GDP 합계는 20조 위안으로 전국의 61.6%를 차지해"
    >>> whole_of_set_share(text, ProseRegion(text.index("전국"), text.index("전국") + 2, "전국", "中国", True))
    True
    """
    return is_whole_of_share(sentence, region) and bool(_COUNTED_SET.search(sentence, 0, region.start))


def in_aside(sentence: str, pos: int) -> bool:
    """Whether `pos` lies inside a bracketed aside (`보급률(전국 전체 자동차 판매에서 …)은`)."""
    return sentence.count("(", 0, pos) > sentence.count(")", 0, pos)


def list_run(text: str, offset: int, regions: list[ProseRegion], within: list[ProseRegion]) -> list[ProseRegion]:
    """The regions of the one list that names all of `within`, joined to them by `JOIN` (`베이징시,
    장쑤성(1,760억 위안)이 그 뒤를`: both, though only 장쑤성 has a figure); empty when `within` are in
    no one list. The regions' positions are `offset` past the start of `text`.

    >>> t = "광둥성에 이어 베이징시, 장쑤성(1,760억 위안)이 그 뒤를 이었다"
    >>> r = [ProseRegion(t.index(w), t.index(w) + len(w), w, None, True) for w in ("광둥성", "베이징시", "장쑤성")]
    >>> [x.written for x in list_run(t, 0, r, r[2:])]
    ['베이징시', '장쑤성']
    """
    ordered = sorted(regions, key=lambda r: r.start)
    runs: list[list[ProseRegion]] = []
    for r in ordered:
        if runs and JOIN.fullmatch(text, AFTER_NAME.match(text, runs[-1][-1].end - offset).end(), r.start - offset):
            runs[-1].append(r)
        else:
            runs.append([r])
    starts = {w.start for w in within}
    return next((run for run in runs if starts <= {r.start for r in run}), [])


def list_heads(regions: list[ProseRegion], sentence: str) -> list[ProseRegion]:
    """The regions a list names, without those that only locate the next (`장쑤성 우시(无锡)와 저장성
    항저우는 각각 …`: 우시 and 항저우; `랴오닝성의 선양(沈阳)과 다롄(大连)은`: 선양 and 다롄; `후난성 중부의 현급시
    사오둥(邵东)은`: 사오둥, the province marked as locating it)."""
    return [r for k, r in enumerate(regions)
            if not (k + 1 < len(regions) and (sentence[r.end:regions[k + 1].start] in (" ", "의 ") or r.mark == "locates"))]


_GLOSS = compiled(r"\s*\(\p{Han}+\)")


def group_region(sentence: str, members: list[ProseRegion]) -> ProseRegion:
    """Regions that together have one figure (their sum or share) as one region: written as the
    text lists them, their Chinese joined with `·` (null when one is not known).

    >>> r = [ProseRegion(0, 2, "광둥", "广东", True), ProseRegion(3, 5, "장쑤", "江苏", True)]
    >>> g = group_region("광둥·장쑤의 GDP", r); (g.written, g.zh)
    ('광둥·장쑤', '广东·江苏')
    """
    written = _GLOSS.sub("", sentence[members[0].start:members[-1].end])
    zh = "·".join(m.zh for m in members) if all(m.zh for m in members) else None
    return ProseRegion(members[0].start, members[-1].end, written, zh, True, "topic")


# the regions just listed, as the object of their sum (`하이커우시와 싼야시를 합하면`, `광둥·저장·장쑤 세 성을 합하면`,
# `광둥·장쑤·산둥 3곳만 더해도`)
# (not a set they join, counted after it: `광둥성, 장쑤성, 산둥성에 저장성, 쓰촨성, 허난성을 더한 6 개 성의 GDP가 각각 …`)
_SUMMED = compiled(r"(?:\s*(?:\d{1,2}\s*(?:개\s*)?|두|세|네|다섯|여섯|일곱|여덟)\s*(?:지역|성|도시|시|곳|나라|국가))?"
                        r"\s*(?:을|를|만)\s*(?:합|더)(?!한\s*(?:\d{1,2}|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:개\s*)?"
                        r"(?:지역|성|도시|시|곳|나라|국가))")


# a bracketed list of regions closed as its clause's topic (`상위 5개 지역(베이징·…·저장성)이 전체의 77.4%를`)
_LIST_CLOSED = compiled(r"\)(?:이|가|은|는|의)(?!\p{Hangul})")
_ETC_THEN = compiled(r"\s*등\s+")


# regions added to those before them, as the clause's subject (`베이징·허베이성·산시성까지 … 2조 위안을 넘어서면서`),
# or the only ones (`베이징시(402건)와 상하이시(376건)만이 300건을 넘어섰다`)
_ALSO = compiled(r"(?:까지|마저|조차)도?\s|만이?\s")
# places a rate is given in all alike (`충칭, 창사(长沙), 정저우(郑州) 등 중서부 도시에서 모두 150% 이상으로`; a count after
# `모두` is their total: `한국과 중국에서 모두 86 개 팀이`)
_PLACED_AT = compiled(r"에(?:서)?(?:는|도)?\s")
_ALL_THERE = compiled(r"(?:\s*등(?:\s+[^\s,.]+){0,2})?\s*에서?(?:는)?\s+(?:모두|일제히|나란히)\s+(?=(?:약\s*)?\d[\d,.]*\s*%)")


def joined_topic(sentence: str, regions: list[ProseRegion], placed: bool = False) -> list[ProseRegion]:
    """Regions joined into one topic (`헤이룽장성과 지린성은 … 30%를 밑돌아`, `베이징·허베이성까지 …
    2조 위안을 넘어서면서`): each is what the clause's one figure is about; empty when the clause has
    no such topic. `placed`: where a figure is each one's, places joined as where something is count too (`바오딩시와
    싱타이시에 빗자루 산지가 있지만, | 생산액은 각각 1억 위안`)."""
    # (a province only locating the city after it stands in the list with it: `장쑤성 쉬저우(徐州)와 저장성 원저우(温州)가`,
    # `충칭의 량장신구(两江新区)와 청두의 톈푸신구(天府新区)는`)
    located_by = {id(b): a for a, b in zip(regions, regions[1:]) if a.mark == "locates" and sentence[a.end:b.start] in (" ", "의 ")}
    regions = [r for r in regions if not (r.mark == "locates" and any(located_by.get(id(b)) is r for b in regions))]
    for k, first in enumerate(regions):
        chain = [first]
        for r in regions[k + 1:]:
            if chain[-1].mark not in ("listed", "figure") \
                    or not JOIN.fullmatch(sentence, chain[-1].end, located_by[id(r)].start if id(r) in located_by else r.start):
                break
            chain.append(r)
        after = AFTER_NAME.match(sentence, chain[-1].end).end()
        if (etc := _ETC_THEN.match(sentence, after)) and any(r.start == etc.end() and is_province(r.zh) for r in regions):
            continue  # `쑤이닝(遂宁)·몐양(绵阳) 등 쓰촨성의 … 기지는`: the province they are in is the topic
        if len(chain) > 1 and (chain[-1].mark == "topic" or MEMBER_COUNT.match(sentence, after) or _ALSO.match(sentence, after)
                               or _SUMMED.match(sentence, after) or _LIST_CLOSED.match(sentence, after)
                               or _ALL_THERE.match(sentence, after) or placed and _PLACED_AT.match(sentence, after)):
            return chain
    return []
