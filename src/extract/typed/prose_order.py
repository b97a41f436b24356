"""Ranks a paragraph implies rather than states, for `typed.prose_figures`: last place against the
set compared (`최하위`, `끝에서 두 번째`; a mainland province last of the country's 31), the order a
list without figures gives (`… 순으로`), and the ranks between two ranks stated that the figures
listed between them fill (`fill_ranks_between`); and who a clause without figures makes the holder of
the ranks it states (`rank_holders`, `sole_subject`), or whether it ranks the sentence before
(`only_ahead`, `rank_told`).
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.data import tsv_rows
from kic_extract.gazetteer import PROVINCE_LEVEL, below_province, level_of, regions
from kic_extract.typed.count_closes import sentence_end
from kic_extract.typed.prose_joins import listed_right_before
from kic_extract.typed.prose_owners import SCOPE_OF
from kic_extract.typed.prose_levels import CHANGE_WIDTH, CHANGED_BY, latest_of_series
from kic_extract.typed.prose_ranks import first_place, levels_ranked
from kic_extract.typed.rank_relations import is_ahead
from kic_extract.typed.stated_ranks import FROM_END, ordinal_rank, stated_ranks
from kic_extract.typed.figure_cues import cue, nation_pattern
from kic_extract.typed.prose_regions import COMPASS_PART, QUOTED, ProseRegion, sentence_regions
from kic_extract.typed.region_marks import AFTER_NAME
from kic_extract.typed.prose_region_sets import list_heads


def last_place(text: str, at: int, clause: str) -> list[int]:
    """[the rank of last place, or of a place counted from the end] where the clause states it
    (`최하위`, `끝에서 두 번째`) and the paragraph, before it, the size of the set compared (`네 도시
    가운데`, `31개 성 가운데 꼴찌`); else [].

    >>> t = "성장률은 3.7%로 31개 지역 중 최하위였고, 톈진은 4.0%로 끝에서 두 번째에 머물렀다."
    >>> last_place(t, 0, t[:24]), last_place(t, 25, t[25:])
    ([31], [30])
    >>> t = "톈진은 1.9% 줄어 뒤에서 두 번째였고, 지린성은 -2.4%로 31개 성·자치구·직할시 가운데 최하위에 머물렀다."
    >>> last_place(t, 0, t[:22])
    [30]
    >>> last_province("간쑤성은 5만 4,000위안으로 최하위권에 머물렀다.", [{"region": ProseRegion(0, 3, "간쑤성", "甘肃", True)}])
    []
    >>> last_province("칭하이성은 100억 위안 미만으로 서부 지역 최하위에", [{"region": ProseRegion(0, 4, "칭하이성", "青海", True)}])
    []
    """
    last = _last_word().search(clause)
    from_end = FROM_END.search(clause)
    if not last and not from_end:
        return []
    size = compared_set_size(text, at + (last or from_end).start())
    if not size and from_end and not last:
        # (or the set the sentence's last place names after it: `… 뒤에서 두 번째였고, 지린성은 -2.4%로 31개
        # 성·자치구·직할시 가운데 최하위에`)
        stop = sentence_end(text, at + len(clause))
        if (later := _last_word().search(text, at + len(clause), stop)) is not None:
            size = compared_set_size(text, later.start())
    if not size:
        return []
    if from_end:
        n = ordinal_rank(from_end["word"])
        return [size - n + 1] if n and n <= size else []
    return [size]


def names_own_set(clause: str) -> bool:
    """Whether a clause stating last place names the set it is last of, of a size not given (`주요 도시 가운데 가장
    낮았고`, `서부 지역 최하위에`) or the whole country (`전국에서 가장 적었다`): no set named elsewhere is that one.

    >>> names_own_set("성장률이 2.9%에 그쳐 주요 도시 가운데 가장 낮았고"), names_own_set("1 조 4,420 억 위안으로 최하위였다")
    (True, False)
    >>> names_own_set("1만 6,000쌍으로 전국에서 가장 적었다")
    True
    """
    last = _last_word().search(clause)
    return bool(last) and bool(_SET_NAMED.search(clause, 0, last.start()) or _PART_NAMED.search(clause, 0, last.start())
                               or _COUNTRY_NAMED.search(clause, 0, last.start()))


def last_province(clause: str, figures: list[dict], before: str = "") -> list[int]:
    """[31] where a clause puts the one mainland province-level region its figures are about in last
    place without naming the set (`헤이룽장성은 3.6%에 그쳐 최하위에 머물렀고`), nor its paragraph or the one before
    (`before`) the set its first was the most of (`조사 대상 성 가운데 가장 높았다. | 장쑤성은 … 가장 낮았고`): last of
    the country's 31."""
    if not (last := _last_word().search(clause)) or len({id(f["region"]) for f in figures}) != 1 \
            or _SET_NAMED.search(clause, 0, last.start()) or _PART_NAMED.search(clause, 0, last.start()):
        # (`표에 실린 지역 가운데 가장 작았다`, `서부 지역 최하위에 머물렀다`: last of a set named, of a size not known)
        return []
    if _SET_MOST.search(before):
        return []  # (`안후이성이 17.1%로 주요 성 가운데 가장 컸다. … 반면 상하이는 3.7% 증가에 그쳐 가장 낮은`: that set's last)
    return [len(_mainland())] if figures[0]["region"].zh in _mainland() else []


_SET_NAMED = compiled(r"(?:가운데|\s중)(?:에서)?\s")
_SET_MOST = compiled(r"(?:가운데|\s중)(?:에서)?\s+(?:가장|최고|최대|1\s*위)")
_PART_NAMED = compiled(rf"(?<!\p{{Hangul}}){COMPASS_PART}(?:\s*\p{{Hangul}}{{1,3}})?\s*$")
_COUNTRY_NAMED = compiled(r"(?<!\p{Hangul})전국(?:에서|적으로)?\s*$")  # (`전국에서 가장 적었다`: last of the whole country)


@cache
def _mainland() -> frozenset[str]:
    """The mainland's province-level regions (31: provinces, autonomous regions, municipalities)."""
    return frozenset(r.zh for r in regions() if r.level in PROVINCE_LEVEL - {"sar"} and r.zh != "台湾")




@cache
def _last_word() -> regex.Pattern[str]:
    """A word for last place (figure_cues.tsv kind `last`), not for the band at the bottom
    (`최하위권에 머물렀다`, `가장 작은 축에 속하는`)."""
    return compiled(rf"(?:{cue('last').pattern})(?!권|\p{{Hangul}}{{0,2}}\s*축(?:에|으로))")


# (the set it is last of may stand between: `6.4%로 다섯 곳 가운데 가장 낮았다`)
_LAST_RIGHT_AFTER = compiled(r"\s*(?:으로|로)\s*(?:(?:\S+\s+){0,3}?(?:가운데|중에서|중)\s+)?(?:\S+\s+)?")


def last_of_its_own(clause: str, figures: list[dict]) -> list[dict]:
    """Of figures of several places, each its own (`허난은 62.4%, 허베이는 37.1%로 최하위였다`), those of the place whose
    figure the word for last place follows right after; none where it follows no figure so.

    >>> c = "허난은 62.4%, 허베이는 37.1%로 최하위였다"
    >>> f = [{"region": r, "start": c.index(v), "end": c.index(v) + len(v)} for r, v in (("허난", "62.4%"), ("허베이", "37.1%"))]
    >>> [x["region"] for x in last_of_its_own(c, f)], last_of_its_own(c.replace("로 최하위", "로 늘어 모두 최하위"), f)
    (['허베이'], [])
    >>> [x["region"] for x in last_of_its_own(c.replace("로 최하위였다", "로 다섯 곳 가운데 가장 낮았다"), f)]
    ['허베이']
    """
    tail = figures[-1]["end"] if figures else 0
    if not figures or not (last := _last_word().search(clause, tail)) or not _LAST_RIGHT_AFTER.fullmatch(clause, tail, last.start()):
        return []
    return [f for f in figures if f["region"] is figures[-1]["region"]]


def ranked_by_order(sentence: str, clause: str, c_off: int, regions: list[ProseRegion],
                     here: list[ProseRegion]) -> dict[str, int]:
    """The ranks a clause with no figures gives the regions it lists in order, closing the list
    with `순` (`4개 직할시의 순위는 상하이시(上海市), 베이징시(北京市), 충칭시, 톈진시 순으로`): name → rank."""
    listed = [r for r in here if r.subject]
    if len(listed) < 2:
        return {}
    after = AFTER_NAME.match(sentence, listed[-1].end).end()
    chain = listed_right_before(sentence, regions, listed[-1]) + [listed[-1]]
    # (from a rank stated before the list, every rank of the span taken: `6위부터 10위까지는 쑤저우시, …, 난징시 순이었다`,
    # and the list may close as the span's holders: `8위부터 10위까지는 항저우(杭州), 우한(武汉), 난징(南京)이 차지했다`)
    span = FROM_RANK.search(sentence, c_off, chain[0].start)
    if not (_IN_ORDER_AFTER.match(sentence, after) or span and span["to"] and _HELD_BY_LIST.match(sentence, after)):
        return {}
    first = int(span["n"]) if span else 1
    if span and span["to"] and int(span["to"]) - first + 1 != len(chain):
        return {}
    return {(r.zh or r.written): first + k for k, r in enumerate(chain)} if len(chain) > 1 else {}


# (the regions holding the span's ends perhaps named: `6 위 쓰촨성(四川省)부터 10 위 상하이시(上海市)까지`; or the span
# written as a range, `3~5위는`)
FROM_RANK = compiled(r"(?P<n>\d{1,2})\s*위(?P<a>\s+\p{Hangul}{2,8}(?:\([^()]*\))?)?\s*부터"
                     r"(?:\s*(?P<to>\d{1,2})\s*위(?P<b>\s+\p{Hangul}{2,8}(?:\([^()]*\))?)?\s*까지)?"
                     r"|(?<![\d.])(?P<n>\d{1,2})\s*[~∼～]\s*(?P<to>\d{1,2})\s*위(?:는|가|에는)\s")
# a band an ordered list makes up, no rank of its own (`… 순으로 상위 5위권에 변동이 없었다`)
BAND_OF_LIST = compiled(r"\d{1,2}\s*위권")
_HELD_BY_LIST = compiled(r"(?:이|가)\s+(?:차지했|차지하|이름을\s+올렸)")
_IN_ORDER_AFTER = compiled(r"\s*(?:등의\s*)?순(?:으로|이다|이었|서)?(?!\p{Hangul}{2})")


def fill_ranks_between(figures: list[dict], behind: dict[int, frozenset[str]] | None = None) -> None:
    """Give ranks to the figures a paragraph lists, in order, between two ranks it states, when they
    fill the gap exactly (`상하이시가 … 1위에 올랐다. 베이징시는 1,270억 위안, 선전시는 980억 위안이었다.
    항저우시와 쑤저우시는 각각 610억 위안, 540억 위안으로 4, 5위` → 2, 3): one figure of the same unit for
    each rank between, of regions not ranked, their values in the order of the ranks around them. A rank stated
    just behind regions named (`behind`: a record's index → their names; `… 선전(深圳)에 이어 2 위`) leaves the ranks
    before it to those, not to other figures before.

    >>> figs = [{"region_ko": r, "unit": "위안", "value": v, "rank": k, "bound": None}
    ...         for r, v, k in (("상하이", "1320", 1), ("베이징", "1270", None), ("선전", "980", None), ("항저우", "610", 4))]
    >>> fill_ranks_between(figs); [f["rank"] for f in figs]
    [1, 2, 3, 4]
    """
    ranked = [k for k, f in enumerate(figures) if f["rank"] is not None]
    # (and before the first of a unit, as from a rank 0: `상하이시는 … 1조 3,250억 위안, 베이징시는 1조 2,700억 위안 … 3위
    # 선전시는 9,320억 위안` → 1, 2; `메이린가도는 318 개사로 … 가장 많았고 … | 메이린(3억 6,000만 위안)에 이어 차오터우후가
    # 2억 7,000만 위안으로 두 번째` → 1)
    pairs = [(([a for a in ranked if a < b and figures[a]["unit"] == figures[b]["unit"]] or [-1])[-1], b) for b in ranked]
    for a, b in pairs:
        start = {"rank": 0, "unit": figures[b]["unit"], "region_ko": None}
        first, last = figures[a] if a >= 0 else start, figures[b]
        between = [f for f in figures[a + 1:b] if f["unit"] == first["unit"] and (a >= 0 or f["region_zh"] != "中国")]
        # (a mark a region's level passes, near it, is no place of its own: `선전이 1,020억 위안으로 … 1,000억 위안 고지를
        # 넘어섰다`; not a gap, `격차를 8,000억 위안 이상으로`)
        between = [f for f in between if not (f["bound"] == "min" and any(
            not g["bound"] and g["region_ko"] == f["region_ko"]
            and Decimal(f["value"]) <= Decimal(g["value"]) < 2 * Decimal(f["value"]) for g in between))]
        if behind and b in behind and not {f["region_ko"] for f in between} <= behind[b]:
            continue
        # (a tie before holds as many places as share it: `저장성과 산둥성은 나란히 8.9%를 기록해 공동 3위 … 전국 평균
        # 증가율(7.4%)을 웃돌았다. 톈진은 … 다섯 지역 가운데 꼴찌` leaves no place between 3 and 5)
        tied = len({f["region_ko"] for f in figures[:b] if f["rank"] == first["rank"] and f["unit"] == first["unit"]}) if a >= 0 else 1
        want = last["rank"] - first["rank"] - max(tied, 1)
        if last["unit"] != first["unit"] or want < 1 or len(between) != want \
                or any(f["rank"] is not None or f["bound"] for f in between):
            continue
        names = [f["region_ko"] for f in between]
        if len(set(names)) != want or {first["region_ko"], last["region_ko"]} & set(names):
            continue
        if len({_district(f["region_ko"]) for f in between + [last]}) > 1 or _province_and_below(between + [last]):
            continue  # (a city's figure and, after it, its district's rank among the city's: `… 구·현 가운데 2 위`;
            # so a province's and its city's: `안후이성의 GDP는 … 성내 2 위 도시인 우후시도`)
        values = [Decimal(f["value"]) for f in ((first,) if a >= 0 else ()) + (*between, last)]
        if values != sorted(values, reverse=True) and (a < 0 or values != sorted(values)):
            # (a gap or a change between two levels ranks nothing; nor, before the first rank stated, a level smaller than the
            # one ranked after it: `푸젠성은 … 3억 3,000만 개로 … 감소했다. 광둥성은 … 13억 5,000만 개로 전국 두 번째`)
            continue
        for k, f in enumerate(between, 1):
            f["rank"] = first["rank"] + k


def _province_and_below(figures: list[dict]) -> bool:
    """Whether figures are of a province or autonomous region and of a place below one, which rank in no one list (a
    municipality, `베이징시`, ranks among cities and provinces alike).

    >>> _province_and_below([{"region_zh": "安徽"}, {"region_zh": "芜湖"}]), _province_and_below([{"region_zh": "北京"}, {"region_zh": "深圳"}])
    (True, False)
    """
    tiers = {"province" if level_of(f.get("region_zh")) in ("province", "autonomous_region")
             else "below" if below_province(f.get("region_zh")) else None for f in figures}
    return {"province", "below"} <= tiers


def _district(name: str) -> bool:
    """Whether a region's name is a district's or a county's (`바오허구`, `푸둥신구`, `창싱현`; not `광시좡족자치구`).

    >>> [_district(n) for n in ("바오허구", "창싱현", "광시좡족자치구", "허페이시")]
    [True, True, False, False]
    """
    return name.endswith(("구", "현")) and not name.endswith("자치구")


SUBJECT_PARTICLE = compiled(r"(?:은|는|이|가)\s")


def rank_holders(sentence: str, regions: list[ProseRegion], here: list[ProseRegion], ranked: list[dict]) -> list[ProseRegion]:
    """The regions a clause without figures names as holding the ranks it states: its subject (and
    the regions listed right before it), not one the figures before are about, the nation, or the
    set a rank is within (`신장위구르자치구의 육상 통상구 가운데 … 선두에`)."""
    ranked_names = {f["region"].zh or f["region"].written for f in ranked}
    holders = [r for r in here if r.subject and r.mark == "topic" and (r.zh or r.written) not in ranked_names
               and not nation_pattern().match(r.written)
               and not SCOPE_OF.match(sentence, AFTER_NAME.match(sentence, r.end).end())]
    return listed_right_before(sentence, regions, holders[0]) + holders if len(holders) == 1 else holders


def sole_subject(sentence: str, places: dict[str, str] | None) -> ProseRegion | None:
    """The one region a sentence makes its subject (`증가세로는 허페이가 가장 돋보였다.`; `후베이성 우한시
    둥후고신구(东湖高新区)는 … '중국 광구'로 불린다`: the last of the places locating each other), if so.

    >>> from kic_extract.places import glossed_places
    >>> s = "▶ 신장 창지 기지: 창지회족자치주(昌吉回族自治州)는 기계화 제종이 강점이다."
    >>> sole_subject(s, glossed_places(s)).written
    '창지회족자치주'
    """
    quoted = [m.span() for m in QUOTED.finditer(sentence)]
    only = [r for r in list_heads(sentence_regions(sentence, places), sentence)
            if not any(a < r.start < b for a, b in quoted)]
    # (the country named beside it, `후난성(湖南省)은 전국 최초로 …`, is no second subject)
    only = [r for r in only if not nation_pattern().match(r.written)] or only
    # (nor a place in an item's label, `▶ 신장 창지 기지: 창지회족자치주(昌吉回族自治州)는 …`)
    if label := _ITEM_LABEL.match(sentence):
        only = [r for r in only if r.start >= label.end()] or only
    if len(only) != 1 or not only[0].subject or nation_pattern().match(only[0].written):
        return None
    return only[0] if SUBJECT_PARTICLE.match(sentence, AFTER_NAME.match(sentence, only[0].end).end()) else None


# the label opening a list item, up to its colon (`▶ 신장 창지 기지: `)
_ITEM_LABEL = compiled(r"\s*(?:[-–•·▶▷►■□◆◇○●※]\s*)?[^:：.,]{1,30}[:：]\s")
# places made the topic (`… 불어난 곳은`), and a place described by the most it grew or shrank (`인구가 가장 많이 불어난`)
PLACE_TOPIC = compiled(r"(?:곳|지역|도시)(?:은|는)\s")
_GREW_MOST = compiled(r"가장\s*(?:많이|크게|빠르게)\s*(?:늘|불어|증가|줄|감소)")


_LEADS_IN_SEVERAL = compiled(r"\p{Hangul}(?:과|와)\s+[^\s,.]+(?:\s+[^\s,.]+)?\s+모두\s+(?:가장|최다|최대|1\s*위)")


def first_place_holder(sentence: str, places: dict[str, str] | None) -> ProseRegion | None:
    """The one region a sentence of no figure says holds first place: its subject (`증가세로는 허페이가 가장
    돋보였다`), or the region it names with the copula under a word for the lead (`선두는 이번에도 선전시였다`) or after
    a place described by a rate or by the most it grew (`가장 가파른 증가세를 보인 곳은 신장위구르자치구였다`, `인구가
    가장 많이 불어난 곳은 저장성이다`; not `가장 큰 관심을 모은 곳은 저장성이다`).

    >>> first_place_holder("1년 새 인구가 가장 많이 불어난 곳은 저장성(浙江省)이다.", None).written
    '저장성'
    >>> first_place_holder("가장 큰 관심을 모은 곳은 저장성이다.", None) is None
    True
    >>> first_place_holder("청두는 보조금과 노선 수 모두 가장 많은 몫을 받았다.", None) is None
    True
    """
    if not (lead := first_place(sentence, by_figure=False)) or _LEADS_IN_SEVERAL.search(sentence):
        return None  # (nor a lead in several measures at once, `보조금과 노선 수 모두 가장 많은 몫을`: no one figure's)
    return sole_subject(sentence, places) or (
        sole_predicate(sentence, places) if lead.group().startswith(("선두", "맨 앞", "정상"))
        or PLACE_TOPIC.search(sentence) and (cue("rate").search(sentence) or _GREW_MOST.search(sentence)) else None)


def only_ahead(sentence: str, regions: list[ProseRegion]) -> bool:
    """Whether a sentence's regions are only the ones ahead of what it ranks (`광둥성·장쑤성·저장성에 이어`)."""
    return bool(regions) and is_ahead(sentence, regions[-1]) \
        and regions[:-1] == listed_right_before(sentence, regions, regions[-1])


def of_units(figures: list[dict], units: set[str]) -> list[dict]:
    """The figures in one of `units`, else all of them (a lead ranked in its followers' measure where it states one)."""
    return [f for f in figures if f["amount"].unit in units] or figures


def rank_told(told: list[tuple[dict, dict]], rank: int, clause: str, units: set[str] | None = None) -> bool:
    """Give `rank` to the level the sentence before stated about its one region, if none of its figures
    has a rank (each figure with its record, as `told` keeps them), of the followers' `units` where it states one
    (`… 1만 6,800위안에서 … 6,300위안으로 62.5% 떨어져 하락 폭이 가장 컸다. | 광둥성이 58.9%로 그 뒤를 이었고` → the 62.5%);
    say whether it did."""
    if not told or any(fig["rank"] is not None for fig, _ in told):
        return False
    kept = levels_ranked(of_units([fig for fig, _ in told], units or set()), clause)
    for fig, record in told:
        if any(fig is k for k in kept):
            fig["rank"] = record["rank"] = rank
    return bool(kept)


_COPULA = compiled(r"(?:의\s*몫)?(?:(?:이었|였|이)다|다(?=[.\s]|$))")  # (or its share: `정상은 … 상하이시의 몫이었다`)


def sole_predicate(sentence: str, places: dict[str, str] | None) -> ProseRegion | None:
    """The one region a sentence names as what its topic is (`선두는 이번에도 선전시(深圳市)였다.`), if so.

    >>> sole_predicate("선두는 이번에도 선전시(深圳市)였다.", None).written, sole_predicate("선전시는 1위다.", None)
    ('선전시', None)
    >>> sole_predicate("정상은 이번에도 상하이시(上海市)의 몫이었다.", None).written
    '상하이시'
    >>> sole_predicate("선두는 허난성 난양(南阳)이다.", None).written  # (the province locating it no other region)
    '난양'
    """
    only = [r for r in sentence_regions(sentence, places) if r.mark != "locates"]
    if len(only) != 1:
        return None
    return only[0] if _COPULA.match(sentence, AFTER_NAME.match(sentence, only[0].end).end()) else None


@cache
def _set_size_pattern() -> tuple[regex.Pattern[str], dict[str, int]]:
    native = {r["word"]: int(r["rank"]) for r in tsv_rows("ordinals.tsv") if r["word"] != "첫"}
    words = "|".join(longest_first(native))
    # (any noun counted with `개`, or a band of them with `대`: `8개 허브 가운데`, `19개 신구 중`, `8 대 허브 가운데`; or markets,
    # `다섯 시장 가운데`)
    pattern = compiled(rf"(?<![\d.])(?P<n>\d{{1,2}}|(?<!\p{{Hangul}})(?:{words}))\s*(?:(?:개\s*)?"
                            r"(?:\p{Hangul}{1,4}\s*)?(?:도시|지역|성|곳|나라|국가|직할시|시장)|[개대]\s*(?:\p{Hangul}{1,4}\s+)?\p{Hangul}{1,5})"
                            # (the kinds it covers perhaps in brackets: `31개 성(구·시) 가운데`)
                            r"(?:\s*[·,]\s*\p{Hangul}{1,4})*(?:\s*\([^()\d]{1,20}\))?\s*(?:가운데|중(?:에서)?)(?!\p{Hangul})"
                            # (or whose measure is the topic compared: `닝보 5 개 산지의 2024 년 문구 매출 증가율은 …`)
                            r"|(?<![\d.])(?P<n>\d{1,2})\s*개\s*(?:도시|지역|성|산지|나라|국가)의\s+(?:[^\s,.]+\s+){0,5}?[^\s,.]+(?:은|는)(?=\s)")
    return pattern, native


def compared_set_size(text: str, end: int) -> int | None:
    """The size of the set the text says it compares, last stated before `end` (`네 도시 가운데`,
    `31 개 성 중`), the rank of the one in last place.

    >>> compared_set_size("청두가 6.0%로 네 도시 가운데 가장 빨랐다. 시안은 4.9%에 그쳐 최하위로", 40)
    4
    >>> compared_set_size("31 개 성·자치구·직할시 가운데 17 곳이", 30), compared_set_size("상하이가 1위", 5)
    (31, None)
    >>> compared_set_size("징진지는 27.0%로 8개 허브 가운데 가장 낮았다.", 30), compared_set_size("조사 대상 10개 도시의 …. 최하위", 20)
    (8, 10)
    >>> compared_set_size("지린성은 -6.3%로 31개 성(구·시) 가운데 꼴찌였다.", 30)
    31
    >>> compared_set_size("베이징은 -3.2%로 최하위인 8위였고, 상하이도 1.1% 뒷걸음질쳐 뒤에서 두 번째에", 40)
    8
    >>> compared_set_size("보급률 상위 10곳 가운데 광둥성이 1위다. 시짱이 31.4%로 31위, 칭하이성이 30위였다. 닝샤는 뒤에서 세 번째", 60)
    31
    """
    pattern, native = _set_size_pattern()
    # (or the set a survey covers: `조사 대상 10개 도시의 … 선택률이 가장 높은 곳은 …. 낮은 쪽부터 보면 정저우가 9.6%로 최하위였고`)
    # (or the rank the last place was stated at: `베이징은 -3.2%로 최하위인 8위였고, 상하이도 … 뒤에서 두 번째에`)
    found = sorted([*pattern.finditer(text, 0, end), *_SURVEYED_SET.finditer(text, 0, end), *_LAST_AT.finditer(text, 0, end)],
                   key=lambda m: m.start())
    sizes = [(m.start(), int(m["n"]) if m["n"].isdigit() else native[m["n"]]) for m in found]
    # (no set is smaller than a rank stated in it after it is named: `상위 10곳 가운데 … | 시짱이 31.4%로 31위`)
    ranks = [(m.start(), int(m["n"])) for m in _RANK_STATED.finditer(text, 0, end)]
    sizes = [(at, n) for at, n in sizes if not any(r > n for r_at, r in ranks if r_at > at)]
    if sizes:
        return sizes[-1][1]
    # (else a ranking whose last of the mainland's provinces is stated: `시짱이 31.4%로 31위, … 닝샤는 뒤에서 세 번째`)
    return len(_mainland()) if any(r == len(_mainland()) for _, r in ranks) else None


_LAST_AT = compiled(r"(?:최하위|꼴찌)(?:인|로)?\s*(?P<n>\d{1,2})\s*위|(?<![\d.])(?P<n>\d{1,2})\s*위로\s*(?:최하위|꼴찌)")
_RANK_STATED = compiled(r"(?<![\d.])(?P<n>\d{1,2})\s*위(?!안)")
_SURVEYED_SET = compiled(r"(?:조사|분석|집계)\s*대상(?:인|이\s*된)?\s*(?P<n>\d{1,2})\s*개\s*(?:도시|지역|성|나라|국가)(?=의|을|를|에|은|는|\s|,)")


# a place chased, made the object of the chase (`일본행(12억 4,000만 위안)을 바짝 뒤쫓았다`)
_CHASED = compiled(r"(?:\([^()]*\))?(?:을|를)\s*(?:바짝\s*|맹렬히\s*)?(?:뒤쫓|추격)")


def lead_followers(clause: str, figures: list[dict], previous: list[dict], opens_ranking: bool,
                   told: list[tuple[dict, dict]] = ()) -> bool:
    """Rank 1 for the one region of the clause before when this clause's regions follow it (`서울이
    전체 예약의 71%를 차지했고 | 제주(14%)와 부산(9%)이 뒤를 이었다` → 서울 1), where no earlier ranking
    goes on (`opens_ranking`); for a sentence's first clause, of the sentence before about one region (`told`:
    `선전시가 1조 2,110억 위안(…)의 수출을 기록해 … 차지했다. | 둥관시 4,980억 위안, 광저우시 …이 그 뒤를 이었다`).
    Returns whether it did."""
    units = {f["amount"].unit for f in figures}
    if _CHASED.search(clause):
        return False  # (`한국행 수출은 … 늘어 | 일본행(12억 4,000만 위안)을 바짝 뒤쫓았다`: the one chased is ahead, no follower)
    if not previous and figures and opens_ranking and cue("next").search(clause) \
            and any(fig["amount"].unit in units and not fig["amount"].bound for fig, _ in told) \
            and not {fig["region"].written for fig, _ in told} & {f["region"].written for f in figures}:
        return rank_told(told, 1, clause, units)  # (a level in the followers' unit: not `76만 건을 돌파했다. | 장쑤성(845억 위안)과 …`)
    lead = [f for f in previous if not f["gap"] and not f["amount"].bound and not f.get("whole")]
    # (of the followers' measure where the lead states others beside it: `베트남이 1,845 억 위안으로 전체의 47.2%를 차지했고 |
    # 태국(512 억 위안), 말레이시아(436 억 위안)가 2, 3 위였다` → the 1,845 억 위안)
    lead = of_units(lead, units)
    # (the region the clause is about, not one whose figure is an aside in brackets: `저장성(5,861 억 위안)에서는 항저우시가
    # 1,708 억 위안으로 29.1%를 차지했고 | 닝보시가 … 그 뒤를 이었다` → 항저우시)
    topical = [f for f in lead if f["region"].mark != "figure"]
    lead = topical if len({id(f["region"]) for f in lead}) > 1 and len({id(f["region"]) for f in topical}) == 1 else lead
    # (or hold the ranks from the second on: `베이징의 R&D 지출은 3,870억 위안으로 …, 선전(2,950억 위안)과 상하이(2,750억
    # 위안)가 2·3위를 차지했다` → 베이징 1, in the same unit)
    second_on = stated_ranks(clause) == list(range(2, 2 + len({id(f["region"]) for f in figures}))) \
        and all(f["amount"].unit == lead[0]["amount"].unit for f in figures + lead) if lead else False
    if not (figures and lead and opens_ranking and (second_on or cue("next").search(clause))):
        return False
    if len({id(f["region"]) for f in lead}) != 1 or any(f["rank"] is not None for f in lead) \
            or any(f["region"] is lead[0]["region"] for f in figures):
        return False
    for f in lead:
        f["rank"] = 1
    return True


def held_measure(sentence: str) -> str | None:
    """What a rank a sentence states for a region with no figure yet is of: `change` (`상주인구 증가 폭이 가장 컸던 도시는
    항저우시였다`), `rate` (`증설 속도는 …`), or None (a level)."""
    return "change" if CHANGE_WIDTH.search(sentence) else "rate" if cue("rate").search(sentence) else None


_CHANGE_AS_SUBJECT = compiled(r"(?:이|가)\s+(?:\S+\s+)?" + CHANGED_BY.pattern)


def held_figures(figures: list[dict], held: tuple[str, int, str | None], clause: str) -> list[dict]:
    """The figures of the clause a rank `held` for its region ranks, the first one taking it: the region's latest
    (`선전시가 가장 높았는데, | 2022 년 5.81%에서 지난해 6.52%로`), its rates or its change when the rank is of one
    (`항저우시의 상주인구는 … 1,298 만 명으로 1 년 새 17 만 3,000 명 늘었다` → the 17 만 3,000)."""
    own = [f for f in figures if not f["gap"] and (f["region"].zh or f["region"].written) == held[0]]
    mine = latest_of_series(own, clause)
    if held[2] == "rate":
        # (not a level when no rate is given: `증가세는 쑤저우가 가장 가팔랐다. | 쑤저우는 … 5개에서 … 9개로 늘었고`)
        return [f for f in mine if f["amount"].unit in ("%", "%p", "배")]
    if held[2] == "change":
        # (`… 21 개소로 10 개소가 늘었고`: the change its clause's subject)
        return [f for f in own if CHANGED_BY.match(clause, f["end"]) or _CHANGE_AS_SUBJECT.match(clause, f["end"])] or mine
    return mine
