"""Figures over the regions a clause lists (for `typed.prose_figures`): a list's figures in turn
(`각각 12억 달러, 8억 달러`), one figure for every region listed (`각각 50 개 이상`), a group's total or
share written once (`광둥·장쑤·산둥·저장의 GDP를 합하면 48조 …`), a mark passed side by side
(`나란히 처음 1,000건을 넘어섰다`), and one the places listed after it passed (`10조 위안을 넘긴 곳은 광둥성, 장쑤성,
산둥성`) or a club they joined (`'반기 3조 위안 클럽'에 이름을 올렸다`).
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.scripts import N_FINAL
from kic_extract.typed.numerals import NATIVE_COUNT, count_value, native_alternation
from kic_extract.typed.prose_joins import AHEAD_LIST, LIST_GAP, listed_right_before
from kic_extract.typed.prose_order import SUBJECT_PARTICLE
from kic_extract.typed.clause_amounts import amounts_in
from kic_extract.typed.prose_owners import FIRMS_AFTER, OF_OBJECT, ORIGIN_OF, share_of_whole
from kic_extract.typed.prose_region_sets import group_region, in_aside, is_whole_of_share, joined_topic, list_heads, list_run
from kic_extract.typed.figure_cues import cue
from kic_extract.typed.prose_regions import JOIN, ProseRegion
from kic_extract.typed.region_marks import AFTER_NAME

# what parts amounts written one after another (`1,036건, 1,012건`, `3.9%와 1.2%`), the next perhaps
# after its year (`2024년 27.1%, 2025년 9.5% 급감한`)
LISTED_AMOUNTS = compiled(r"\s*(?:,|와|과|및)\s*(?:(?:19|20)\d{2}\s*년\s*(?:[상하]반기\s*|\d\s*분기\s*)?)?")
# amounts each with its region before one verb after `각각` (`헤이룽장성은 1.2%, 칭하이성(青海省)은 3.4% 각각 감소했다`)
# (`… 위안을, 시짱자치구는`; or the region and its measure, `독일 수출이 12.1%, 미국 수출이 23.5% 줄었다`)
OWNED_AMOUNTS = compiled(r"\s*(?:을|를)?,\s*\p{Hangul}{2,12}(?:\([^()]*\))?(?:\s+\p{Hangul}{1,8}?)?(?:은|는|이|가)\s+")


# the subject's particle and the words of a clause describing the noun after it (`…가 공동 관리하는 헝친`)
# (places, perhaps counted, that what a count counts is spread over: `… 4개 성에 흩어진`, `…에 분포한`, `…에 걸친`)
_SPREAD_OVER = compiled(r"(?:\s*\d+\s*개\s*\p{Hangul}{1,3})?에\s*(?:흩어져|흩어진|분포한|분포된|분포해|분산된|분산돼|걸친|걸쳐)(?!\p{Hangul})")
_ADNOMINAL_CLAUSE = compiled(r"(?:이|가)\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:하는|되는|있는|하던|한|된)\s+")


def _spelled_out(sentence: str, region: ProseRegion, regions: list[ProseRegion]) -> bool:
    """Whether a region is one of several listed in brackets after a region of their own, no figure inside them
    (members spelling out a set named as a region: `징진지(베이징·톈진·허베이성)는`)."""
    if not in_aside(sentence, region.start):
        return False
    opening = sentence.rfind("(", 0, region.start)
    closing = sentence.find(")", region.start)
    inside = sentence[opening + 1:closing if closing >= 0 else len(sentence)]
    return not any(ch.isdigit() for ch in inside) and sum(opening < r.start < (closing if closing >= 0 else len(sentence)) for r in regions) > 1 \
        and any(r.end <= opening and _SET_NAMED.fullmatch(sentence, r.end, opening) for r in regions)


# (between the set's own name and its members: nothing, or their count, `징진지 3개 지역(`, `웨강아오 대만구 11개 도시(`;
# not a set named by its count alone, `상위 5개 지역(베이징·…)이`: the members are its figure's)
_SET_NAMED = compiled(r"\s*(?:\d{1,2}\s*개\s*[^\s()]{1,6})?")


def _placed(figure: dict) -> bool:
    """Whether a figure's wording already places it, so no list takes it: in brackets after its region (`선전
    난산구(2,250억 위안)가`), or describing the region after it (`34.6%인 상하이와`)."""
    return bool(figure.get("bracketed") or figure.get("described"))


_OF_MEASURE_SUBJECT = compiled(r"의\s+\p{Hangul}{1,8}(?:이|가|은|는)\s")  # (`중국의 수출량이 `)


def spread_over_list(sentence: str, clause: str, c_off: int, regions: list[ProseRegion], figures: list[dict]) -> list[dict]:
    """The clause's figures, given to the regions it lists where the clause says so."""
    if figures and all(f["gap"] for f in figures):
        return figures  # (a gap is one region's from another: `장쑤성과 광둥성의 격차는 … 4,514억 위안에서 … 3,822억 위안으로`)
    # (members spelling out a set in brackets, `징진지(베이징·톈진·허베이성)는`, `대만구 11개 도시(광저우·…·마카오)의`, are
    # no topic: the set is)
    topic = joined_topic(sentence, [r for r in regions if r.subject and c_off <= r.start < c_off + len(clause)
                                    and not _spelled_out(sentence, r, regions)])
    if topic and any(p.match(sentence, AFTER_NAME.match(sentence, topic[-1].end).end()) for p in (FIRMS_AFTER, ORIGIN_OF)):
        topic = []  # `…난사구(南沙区)에 등록된 홍콩·마카오 자본 기업도 3,400곳`: the firms' origins, not the topic (`… 청년`)
    if topic and OF_OBJECT.match(sentence, AFTER_NAME.match(sentence, topic[-1].end).end()) \
            and any(r.end <= topic[0].start and r.mark == "topic" for r in regions):
        topic = []  # `후난성은 창사(长沙)와 주저우(株洲)의 … 기업을 앞세워`: places qualifying the object, the topic before acting
    if len(topic) > 1 and _SPREAD_OVER.match(sentence, AFTER_NAME.match(sentence, topic[-1].end).end()):
        # `후난성, 저장성, 광둥성, 장시성 4개 성에 흩어진 6개 산업단지를`: things counted across the places, none's own
        return [f for f in figures if f["region"] not in topic]
    if topic and (clause_of := _ADNOMINAL_CLAUSE.match(sentence, AFTER_NAME.match(sentence, topic[-1].end).end())) \
            and any(r.start == clause_of.end() for r in regions):
        topic = []  # `광둥성과 마카오가 공동 관리하는 헝친(横琴)에 등록된 …`: the subject of words describing another place
    # `사우디아라비아와 아랍에미리트의 국부펀드가 중국 내 펀드에 … 각각 12억 달러, 8억 달러`: the topic's regions
    # (or the topic of the clause before, the clause naming none: `톈진시와 지린성은 … 감소세로 돌아서 | 각각 -1.2%, -0.7%를`)
    # (never the topic carried from the sentence before, no list's member: `… 전국 평균 95.9%였다. | 95%에 못 미친 곳은
    # 칭하이성과 간쑤성 두 곳뿐으로, 각각 92.1%와 93.6%에`)
    # (one region of the clause is no list: `… 싱타이시에 산지가 있지만, | 생산액은 각각 1억 위안 정도로 탕산시의 6분의 1`)
    # (nor the whole a share right after it is of: `룽강시가 저장성 생산량의 38.2%, 창난현이 17.6%를 각각 맡았다`)
    # (nor one the share right after it is of: `원저우와 닝하이가 각각 전국의 27%를 차지해`)
    heads = list_heads([r for r in regions if r.subject and c_off <= r.start and r.end > r.start
                        and not _WHOLE_BEFORE_SHARE.match(sentence, AFTER_NAME.match(sentence, r.end).end())
                        and not is_whole_of_share(sentence, r)], sentence)
    each = (heads if len(heads) > 1 else joined_topic(sentence, [r for r in regions if r.subject and r.start < c_off],
                                                      placed=True) or heads) if cue("each").search(clause) else topic
    if len(spans := list({(f["start"], f["end"]): f for f in figures}.values())) > 1 and len(each) > len(spans) \
            and cue("each").search(clause) and all(groups := _groups_before(spans, each, c_off)) \
            and sum(map(len, groups)) == len(each):
        # `베이징(北京)과 선전(深圳)이 각각 3건, 상하이(上海)와 항저우(杭州)가 2건씩이었다`: each group, its figure
        return [{**f, "region": r} for f, group in zip(spans, groups) for r in group]
    if 1 < len(topic) == len(figures) != len(each) and all(c_off + f["start"] >= topic[-1].end for f in figures):
        each = topic
    summed = bool(each) and bool(cue("sum").search(clause)) and not cue("each").search(clause)
    # (not one each holds: `원저우와 닝하이가 각각 전국의 27%를 차지해`)
    shared = [f for f in figures if any(f["region"] is r for r in each)
              and (summed or share_of_whole(sentence, clause, c_off, f["start"]) and not cue("each").search(clause))]
    if len(each) > 1 and shared:
        # `광둥·장쑤·산둥·저장의 GDP를 합하면 48조 …`, `베이징·상하이 … 5개 지역이 전체 건수의 78%를`:
        # the regions' total or share, one figure of the group as written
        group = group_region(sentence, each)
        for f in shared:
            f["region"] = group
        each = []
    free = [f for f in figures if not _placed(f)] if len(figures) > 1 else figures
    own = [f for f in figures if f is not free[0] and f["region"] in each] if len(free) == 1 else []
    # (not a figure whose own subject is named after the list: `… 베이징, 상하이, 광저우, 청두 네 곳의 소비자를 조사한 결과, …
    # 응답은 상하이가 68.4%로 가장 높았다`)
    # (or whose measure: `인도·멕시코 등의 반덤핑 조사도 겹쳤다"면서도 "2026년에는 중국의 수출량이 140만 톤 선을`)
    if len(each) > 1 and len(free) == 1 and free[0]["region"].start > each[-1].end \
            and (SUBJECT_PARTICLE.match(sentence, at := AFTER_NAME.match(sentence, free[0]["region"].end).end())
                 or _OF_MEASURE_SUBJECT.match(sentence, at)):
        each = []
    if len(each) > 1 and len(free) == 1 and (len(figures) == 1 or free[0]["amount"].bound and (
            not own or cue("each").search(clause) or all(_within(f["amount"], free[0]["amount"]) for f in own))):
        # `후베이성과 안후이성에도 각각 50 개 이상`: one figure stated for every region listed (a mark, beside another's level
        # in brackets: `간쑤성과 닝샤후이족자치구의 … 0.3 위안 미만으로, 베이징시(0.62 위안)의`; or beside their own, each
        # the mark's: `산둥성(12 조 …)과 저장성(11 조 …)도 각각 5% 이상`)
        figures = [{**free[0], "region": r} for r in each if r.end <= c_off + free[0]["start"]] \
            + [f for f in figures if f is not free[0]]
    elif figures and len(each := [r for r in each if r.end <= c_off + figures[-1]["start"]]) > 1 and len(figures) == len(each) \
            and all(c_off + f["start"] > each[0].end for f in figures) and c_off + figures[-1]["start"] < _next_subject(regions, each):
        # (not a figure before the list: `랴오닝성이 4.1%로 … 지린성과 헤이룽장성은 나란히 4% 미만에`)
        for f, r in zip(figures, each):
            if not _placed(f):  # (`선전 난산구(2,250억 위안)가`: a figure in brackets is its region's)
                f["region"] = r
    elif len(each) > 1 and len(free := [f for f in figures if not _placed(f)]) == len(each) \
            and all(each[-1].end < c_off + f["start"] < _next_subject(regions, each) for f in free):
        # `3위 산둥성(2조 5,740억 위안)과 4위 저장성(2조 2,938억 위안)은 각각 5.7%, 6.0% 성장했다`: the figures
        # after the regions, in turn, beside those in their brackets
        for f, r in zip(free, each):
            f["region"] = r
    elif len(each) > 1 and cue("each").search(clause) and (run := _listed_run(clause, figures, len(each))):
        # `항저우시와 쑤저우시는 각각 1,036건, 1,012건으로 나란히 처음 1,000건을 넘어섰다`: the amounts listed in
        # turn are theirs; a mark they passed side by side is each one's; so is a second list as long after it
        # (`신장위구르자치구와 닝샤회족자치구의 선정 건수는 각각 210건, 95건으로 전년보다 12.3%, 8.4% 늘었다`)
        for f, r in zip(run, each):
            f["region"] = r
        for f, r in zip(_listed_run(clause, [f for f in figures if f["start"] > run[-1]["end"]], len(each), True) or [], each):
            f["region"] = r
        if cue("tie").search(clause):
            figures = [g for f in figures for g in (
                [f] if any(f is x for x in run) or not f["amount"].bound else [{**f, "region": r} for r in each])]
    elif len(each) > 1 and cue("tie").search(clause) and len(after := [
            f for f in figures if each[-1].end < c_off + f["start"] < _next_subject(regions, each) and not _placed(f)]) == 1:
        # `지린성(吉林省)과 헤이룽장성(黑龙江省)은 나란히 4% 미만에 머물렀다`: one figure the list shares (beside their own in
        # brackets: `3위 산둥성(5조 …)과 4위 저장성(5조 …)은 나란히 5조 위안을 넘어섰다`; before another subject's own:
        # `광둥성과 장쑤성이 나란히 4.5% 안팎을, 저장성이 5.0% 안팎을`)
        figures = [g for f in figures for g in ([{**f, "region": r} for r in each] if f is after[0] else [f])]
    if (each_at := cue("each").search(clause)) and len(after := [f for f in figures if f["start"] >= each_at.end()]) == 1:
        # `톈진은 '3.5% 이상', 헤이룽장성은 '3% 안팎'으로 목표치를 전년보다 각각 0.5%p 낮췄다`: the one figure after `각각`,
        # of another measure than the levels each region before holds, is every one of theirs
        owners = list({id(f["region"]): f["region"] for f in figures if f["end"] <= each_at.start()}.values())
        if len(owners) > 1 and after[0]["region"] in owners \
                and all(f["amount"].unit != after[0]["amount"].unit for f in figures if f is not after[0]):
            figures = [f for f in figures if f is not after[0]] + [{**after[0], "region": r} for r in owners]
    together = [r for r in regions if c_off <= r.start < c_off + len(clause) and r.subject
                and _TOGETHER.match(sentence, AFTER_NAME.match(sentence, r.end).end())]
    if together and figures and cue("tie").search(clause):
        # `충칭(重庆)은 5.5%로 저장성과 함께 공동 4 위에 올랐다`: the one named with the subject shares its figure
        before = [f for f in figures if c_off + f["end"] <= together[0].start]
        if len({id(f["region"]) for f in before}) == 1 and before[0]["region"] is not together[0]:
            figures = figures + [{**f, "region": r} for r in together for f in before]
    return figures


def _next_subject(regions: list[ProseRegion], listed: list[ProseRegion]) -> float:
    """Where a subject other than the regions listed is named after them (`광둥성과 장쑤성이 나란히 4.5% 안팎을, | 저장성이
    5.0% 안팎을`): the figures from there on are its own, none of theirs."""
    return min((r.start for r in regions if r.subject and r.mark == "topic" and r.start > listed[-1].end
                and all(r is not x for x in listed)),
               default=float("inf"))


def _groups_before(figures: list[dict], regions: list[ProseRegion], c_off: int) -> list[list[ProseRegion]]:
    """For each figure, the regions named between the figure before it and itself."""
    groups, after = [], c_off
    for f in figures:
        groups.append([r for r in regions if after <= r.start and r.end <= c_off + f["start"]])
        after = c_off + f["end"]
    return groups


_TOGETHER = compiled(r"(?:과|와)\s*함께(?!\p{Hangul})")


def _listed_run(clause: str, figures: list[dict], n: int, whole: bool = False) -> list[dict] | None:
    """The first `n` figures of a clause written one after another as a list (`1,036건, 1,012건`),
    when the clause has more figures than that; `whole`: the list's own figures, exactly `n` of them, whatever follows.

    >>> f = lambda clause, raw: {"start": clause.index(raw), "end": clause.index(raw) + len(raw)}
    >>> c = "각각 210건, 95건으로 전년보다 12.3%, 8.4% 늘었다"
    >>> [c[x["start"]:x["end"]] for x in _listed_run(c, [f(c, "12.3%"), f(c, "8.4%")], 2, True)]
    ['12.3%', '8.4%']
    """
    if len(figures) <= n - whole:
        return None
    for k in range(len(figures) - n + 1):
        run = figures[k:k + n]
        if all(LISTED_AMOUNTS.fullmatch(clause, a["end"], b["start"]) for a, b in zip(run, run[1:])) and not (
                whole and (k + n < len(figures) and LISTED_AMOUNTS.fullmatch(clause, run[-1]["end"], figures[k + n]["start"])
                           or k and LISTED_AMOUNTS.fullmatch(clause, figures[k - 1]["end"], run[0]["start"]))):
            return run
    return None


def without_each(text: str) -> str:
    """`text` without the word opening it that gives one figure to every region listed (`각각 감소`: `감소`)."""
    m = cue("each").match(text)
    return text[m.end():].lstrip() if m else text


def verb_after(text: str) -> str:
    """The verb a figure is followed by (`text`), without `각각` or a word of degree before it (data/figure_cues.tsv kind
    `degree`: `0.6%p 더 떨어졌다`: `떨어졌다`)."""
    text = without_each(text)
    m = cue("degree").match(text)
    return text[m.end():].lstrip() if m and text[m.end():m.end() + 1].isspace() else text


def listed_before(figures: list[dict], clause: str, start: int, unit: str | None, taken, between=LISTED_AMOUNTS) -> list[dict]:
    """The figures written one after another (parted by `between`) right before the amount at `start`
    (`3.9%, 1.2%`), of its unit, last first, up to one `taken` already says otherwise of."""
    run = []
    for prior in reversed(figures):
        if prior["amount"].unit != unit or taken(prior["amount"]) or not between.fullmatch(clause, prior["end"], start):
            break
        run.append(prior)
        start = prior["start"]
    return run


# the places just named taken together, each having what follows (`이들 지역의 GDP는 모두`, `이들 3개 성은 각각`)
_THESE_EACH = compiled(r"(?<!\p{Hangul})이들(?:\s+[^\s,.]+){0,4}?\s+(?:모두|각각)\s")


def these_all(sentence: str, regions: list[ProseRegion], pos: int) -> list[ProseRegion]:
    """The places a list named before `이들 … 모두|각각` right before the amount at `pos` (`쓰촨성·허난성·후베이성
    3개 성이 5~7위로 그 뒤를 이었는데, 2026년 이들 지역의 GDP는 모두 6조 5,000억 위안을`), each of which has the
    amount; empty when there is no such phrase or no list of two or more before it."""
    found = list(_THESE_EACH.finditer(sentence, 0, pos))
    these = found[-1] if found else None
    if these is None or sentence[these.end():pos].strip(" \t'\"‘’“”"):
        return []
    before = [r for r in regions if r.end <= these.start()]
    chain = before[-1:]
    for r in reversed(before[:-1]):
        if not JOIN.fullmatch(sentence, r.end, chain[0].start):  # (`쓰촨성(四川省)·허난성`)
            break
        chain.insert(0, r)
    return chain if len(chain) > 1 else []


# the count of the places listed right before it, as one set (`광둥성·장쑤성·저장성·상하이시 네 곳이`, `… 3개 성은`)
_COUNT_OF_SET = compiled(r"\s*(?P<n>\d{1,2}|\p{Hangul}{1,2})\s*(?:개\s*)?(?:곳|지역|도시|성|나라|국가)(?:은|는|이|가)\s")


def may_name_set(sentence: str) -> bool:
    """Whether a sentence counts something as a set (`… 네 곳이`), so `set_named` is worth its regions."""
    return bool(_COUNT_OF_SET.search(sentence))


def set_named(sentence: str, regions: list[ProseRegion]) -> list[ProseRegion]:
    """The places a sentence lists as one set with their count (`광둥성·장쑤성·저장성·상하이시 네 곳이 … 형성했다`),
    which the next sentence may give amounts in turn (`이들 지역의 수출입액은 각각 …`); empty when it lists none.

    >>> t = "광둥성·장쑤성·저장성·상하이시 네 곳이 '3조 위안 클럽'을 형성했다."
    >>> r = [ProseRegion(t.index(w), t.index(w) + len(w), w, None, True) for w in ("광둥성", "장쑤성", "저장성", "상하이시")]
    >>> [x.written for x in set_named(t, r)], set_named(t.replace("네 곳", "세 곳"), r)
    (['광둥성', '장쑤성', '저장성', '상하이시'], [])
    """
    for k in range(len(regions) - 1, 0, -1):
        m = _COUNT_OF_SET.match(sentence, AFTER_NAME.match(sentence, regions[k].end).end())
        n = count_value(m["n"]) if m else None
        # (the whole list: `광둥성·장쑤성·저장성·상하이시 세 곳` counts no set)
        if n and len(run := listed_right_before(sentence, regions, regions[k])) + 1 == n:
            return [*run, regions[k]]
    return []


# the places of a set the sentence before named, each given what follows in turn (`이들 지역의 수출입액은 각각`)
# the whole a share right after a region's name is of, whatever follows the share (` 생산량의 38.2%, 창난현이 17.6%를
# 각각`; `prose_region_sets.is_whole_of_share` asks for the verb of taking the share right after it)
_WHOLE_BEFORE_SHARE = compiled(r"(?:의)?(?:\s+[^\s\d,.]+){1,3}?의\s+(?:약\s*)?\d[\d.,]*\s*%")
THESE_IN_TURN = compiled(r"(?<!\p{Hangul})이들(?:\s+[^\s,.]+){0,6}?\s+각각\s")
_LIST_CLOSED = compiled(r"(?:으로|로|이다|다)?\s*,?\s")


def places_listed_before(sentence: str, regions: list[ProseRegion], at: int) -> list[ProseRegion]:
    """The places a clause of the sentence lists with no figure before `at` (`동북 3개 성은 헤이룽장성, 지린성, 랴오닝성으로,`),
    all joined by commas, dots or `와`/`과`, the list closed there; empty when there are none.

    >>> t = "동북 3개 성은 헤이룽장성, 지린성, 랴오닝성으로, 이들 지역의 증가율은 각각"
    >>> r = [ProseRegion(t.index(w), t.index(w) + len(w), w, None, True) for w in ("헤이룽장성", "지린성", "랴오닝성")]
    >>> [x.written for x in places_listed_before(t, r, t.index("이들"))]
    ['헤이룽장성', '지린성', '랴오닝성']
    """
    before = [r for r in regions if r.end <= at]
    if len(before) < 2 or any(ch.isdigit() for ch in sentence[before[0].start:before[-1].end]):
        return []
    joined = all(LIST_GAP.fullmatch(sentence, AFTER_NAME.match(sentence, a.end).end(), b.start) for a, b in zip(before, before[1:]))
    closed = _LIST_CLOSED.match(sentence, AFTER_NAME.match(sentence, before[-1].end).end())
    return before if joined and closed else []


@cache
def _counted_opening() -> regex.Pattern[str]:
    """A sentence opening with the places before counted (`두 지역의 생산량은 각각`, `세 도시는 각각`)."""
    return compiled(rf"\s*(?:이\s+)?(?P<n>{native_alternation()}|[2-9])\s*(?:개\s*)?(?:곳|지역|도시|성|나라|국가)"
                    r"(?:의|은|는|이|가)?(?:\s+[^\s,.]+){0,4}?\s+각각\s")


def counted_in_turn(sentence: str, before: list[ProseRegion], said: str = "") -> list[ProseRegion]:
    """The places the sentence before (`said`) named, when this one opens by counting as many of them and gives them
    amounts in turn (`신장위구르자치구가 … 시짱자치구가 … 뒤를 이었다. | 두 지역의 생산량은 각각 7,000톤과 1만 5,000톤으로`),
    not the one they were picked within (`저장성 안에서는 하이닝이 … 사오싱이 … | 두 도시의 수출은 각각 …`); empty when it does
    not, or their number differs.

    >>> t = "신장위구르자치구가 75.0%로 가장 높았고 시짱자치구가 66.7%로 뒤를 이었다."
    >>> r = [ProseRegion(t.index(w), t.index(w) + len(w), w, None, True) for w in ("신장위구르자치구", "시짱자치구")]
    >>> [x.written for x in counted_in_turn("두 지역의 생산량은 각각 7,000톤과 1만 5,000톤으로", r)]
    ['신장위구르자치구', '시짱자치구']
    >>> counted_in_turn("세 지역의 생산량은 각각 7,000톤과 1만 5,000톤으로", r), counted_in_turn("생산량은 각각 7,000톤", r)
    ([], [])
    >>> t = "저장성 안에서는 하이닝이 7억 달러로 가장 많았고 사오싱이 5억 달러로 뒤를 이었다."
    >>> r = [ProseRegion(t.index(w), t.index(w) + len(w), w, None, True) for w in ("저장성", "하이닝", "사오싱")]
    >>> [x.written for x in counted_in_turn("두 도시의 수출은 각각 6.2%, 4.8% 늘었다.", r, t)]
    ['하이닝', '사오싱']
    """
    if not (m := _counted_opening().match(sentence)):
        return []
    named: dict[str, ProseRegion] = {}
    for r in before:
        if r.end > r.start and not (said and _PICKED_WITHIN.match(said, r.end)):
            named.setdefault(r.zh or r.written, r)
    return list(named.values()) if len(named) == count_value(m["n"]) else []


# the region places are picked within (`저장성 안에서는`, `광둥성 내에서는`, `상위 5개 성 가운데서는`)
_PICKED_WITHIN = compiled(r"(?:\([^()]*\))?\s*(?:안|내|가운데|중)(?:에서)?(?:는|도)?(?!\p{Hangul})")


def _listed_from(sentence: str, at: int, regions: list[ProseRegion], gap=LIST_GAP) -> list[ProseRegion]:
    """The places of the list that opens right at `at` (parted by `gap`), or none."""
    after = [r for r in regions if r.start >= at]
    if not after or after[0].start != at:
        return []
    chain = after[:1]
    for r in after[1:]:
        if not gap.fullmatch(sentence, AFTER_NAME.match(sentence, chain[-1].end).end(), r.start):
            break
        chain.append(r)
    return chain


# a mark describing the places named right after it, each its subject (`1,000억 위안 미만인 시짱자치구(612억 위안)와
# 칭하이성(948억 위안)은`, `1조 위안을 넘는 광둥성과 장쑤성은`)
_DESCRIBES = compiled(r"(?:인|한)?\s+")
_SUBJECT_CLOSE = compiled(r"(?:\([^()]*\))?\s*(?:은|는|이|가|도)(?!\p{Hangul})")


def places_described(sentence: str, end: int, regions: list[ProseRegion]) -> list[ProseRegion]:
    """The places a bound amount ending at `end` describes, named right after it as the clause's subject (each
    with its own figure in brackets, perhaps): each passes the mark; empty otherwise.

    >>> t = "분기 GDP가 1,000억 위안 미만인 시짱자치구(612억 위안)와 칭하이성(948억 위안)은 각각 31위, 30위였다."
    >>> r = [ProseRegion(t.index(w), t.index(w) + len(w), w, None, True) for w in ("시짱자치구", "칭하이성")]
    >>> [x.written for x in places_described(t, t.index("인 시짱"), r)], places_described(t, t.index("억 위안)와"), r)
    (['시짱자치구', '칭하이성'], [])
    """
    m = _DESCRIBES.match(sentence, end)
    chain = _listed_from(sentence, m.end(), regions, AHEAD_LIST) if m else []
    return chain if chain and _SUBJECT_CLOSE.match(sentence, AFTER_NAME.match(sentence, chain[-1].end).end()) else []


# a set a mark passed, counted at the end of its sentence but not listed (`3 만 달러를 넘어선 지역은 세 곳이다.`)
_COUNTED_AT_END = compiled(r"\s*(?:\p{Hangul}{1,4}\s+)?(?:지역|도시|곳|성|나라|국가)(?:은|는)\s+(?:모두\s*)?(?P<n>\d{1,2}|\p{Hangul}{1,2})"
                           r"\s*(?:개\s*)?곳(?:이다|이었다|였다)\.?\s*$")
_SET_ENDS = compiled(r"곳(?:이다|이었다|였다)\.?\s*$")
# what closes a sentence that only names a set's places (`베이징시, 상하이시, 장쑤성으로, …`, `… 장쑤성이다.`)
_NAMED_ONLY = compiled(r"(?:\([^()]*\))?\s*(?:으로|로|이다|였다|이었다|이며|다)(?!\p{Hangul})")


def mark_of_counted_set(sentence: str) -> tuple[int, object, int, int] | None:
    """(start, amount, end, count) of a mark a set passed, the set counted at the sentence's end and not listed
    (`… 3 만 달러를 넘어선 지역은 세 곳이다.`), whose places the next sentence may name (`set_opening`)."""
    if not _SET_ENDS.search(sentence):
        return None
    for start, amount, end in amounts_in(sentence):
        if amount.bound and (m := _COUNTED_AT_END.match(sentence, end)) and (n := count_value(m["n"])):
            return start, amount, end, n
    return None


def set_opening(sentence: str, regions: list[ProseRegion], count: int) -> list[ProseRegion]:
    """The places a sentence opens by naming, as many as `count` and nothing else before its close
    (`베이징시, 상하이시, 장쑤성으로, 장쑤성은 …`); empty otherwise.

    >>> t = "베이징시, 상하이시, 장쑤성으로, 장쑤성은 처음으로 이 기준을 넘었다."
    >>> r = [ProseRegion(t.index(w), t.index(w) + len(w), w, None, True) for w in ("베이징시", "상하이시", "장쑤성")]
    >>> [x.written for x in set_opening(t, r, 3)], set_opening(t, r, 4)
    (['베이징시', '상하이시', '장쑤성'], [])
    """
    chain = _listed_from(sentence, len(sentence) - len(sentence.lstrip()), regions)[:count]
    return chain if len(chain) == count and _NAMED_ONLY.match(sentence, AFTER_NAME.match(sentence, chain[-1].end).end()) else []


# the set a bound names after the places listed right before it, with their count (`… 베이징(2,163만 명), 청두(2,158만 명)
# 순으로 | 2,000만 명이 넘는 도시는 네 곳이다`)
_SET_AFTER_BOUND = compiled(rf"['’\"”]?\s*(?:(?:이|가|을|를)?\s*\p{{Hangul}}{{0,3}}[{N_FINAL}]\s+)?(?:곳|지역|도시|성|나라|국가)(?:은|는)\s+"
                            r"(?:모두\s*)?(?P<n>\d{1,2}|\p{Hangul}{1,2})\s*(?:개\s*)?곳(?:이다|이었다|으로|에)")
_LISTED_WITH_FIGURES = compiled(r"(?:\([^()]*\))?\s*(?:[,、·]|와|과|및)\s*")
_IN_ORDER_BEFORE = compiled(r"(?:\([^()]*\))?\s*(?:등의\s*)?순(?:으로|이며|이고)?\s*$")


def set_listed_before(sentence: str, regions: list[ProseRegion], pos: int, end: int) -> list[ProseRegion]:
    """The places listed right before a bound amount (`pos`–`end` in the sentence) that a set named after it
    counts, when its count is theirs (`충칭(…), 상하이(…), 베이징(…), 청두(2,158만 명) 순으로 2,000만 명이 넘는
    도시는 네 곳이다`: each passed the mark); empty otherwise."""
    m = _SET_AFTER_BOUND.match(sentence, end)
    n = count_value(m["n"]) if m else None
    before = [r for r in regions if r.end <= pos]
    if not n or len(before) < n or not _IN_ORDER_BEFORE.fullmatch(sentence, AFTER_NAME.match(sentence, before[-1].end).end(), pos):
        return []
    chain = before[-n:]
    joined = all(_LISTED_WITH_FIGURES.fullmatch(sentence, AFTER_NAME.match(sentence, a.end).end(), b.start)
                 for a, b in zip(chain, chain[1:]))
    return chain if joined else []


# a count of the places just listed with their figures, right before the mark they pass together (`… 저장성(浙江省)은
# 10 조 7,900 억 위안으로 두 곳 모두 10 조 위안을 넘어섰다`, `… 하이난성 9,600 억 위안 등 네 곳은 1 조 위안 미만에`)
# (and what they pass it in: `… 세 도시 모두 R&D 경비가 1,000억 위안 이상이었다`)
_SET_BEFORE_BOUND = compiled(r"(?:으로|로)?\s*(?:등\s*)?(?P<n>\d{1,2}|\p{Hangul}{1,2})\s*(?:개\s*)?(?:곳|지역|도시|성|나라|국가)"
                             r"(?:은|는|이|가|만|도)?(?:\s*모두(?:(?:\s+[^\s,.]+){0,2}?\s+[^\s,.]+(?:이|가))?"
                             # (or what of theirs passes it: `… 6 개 성의 1 분기 GDP 가 1 조 위안을 넘어섰다`)
                             r"|의(?:\s+[^\s,.]+){1,4}?\s*(?:이|가))?\s*$")
# two lists, the second added to the first (`광둥성, 장쑤성, 산둥성에 저장성, 쓰촨성, 허난성을 더한 6 개 성`)
_ADDED_TO = compiled(r"(?:\([^)]*\))?에\s+")
_ADDED = compiled(r"(?:\([^)]*\))?(?:을|를)\s*더(?:한|하면|해)")


def _added_lists(sentence: str, regions: list[ProseRegion]) -> bool:
    """Whether the regions are two lists, the second added to the first, and nothing else."""
    glue = [AFTER_NAME.match(sentence, a.end).end() for a in regions]
    added = [k for k, (a, b) in enumerate(zip(regions, regions[1:])) if _ADDED_TO.fullmatch(sentence, glue[k], b.start)]
    return len(added) == 1 and bool(_ADDED.match(sentence, glue[-1])) and all(
        k in added or JOIN.fullmatch(sentence, glue[k], b.start) for k, (a, b) in enumerate(zip(regions, regions[1:])))


def set_counted_before(sentence: str, regions: list[ProseRegion], pos: int) -> list[ProseRegion]:
    """The places a count right before a bound amount (at `pos` in the sentence) counts, when they are
    every place the sentence names before it, each with a figure of its own; empty otherwise.

    >>> t = "3 위 산둥성은 11 조 7,600 억 위안, 4 위 저장성은 10 조 7,900 억 위안으로 두 곳 모두 10 조 위안을 넘어섰다."
    >>> r = [ProseRegion(t.index(w), t.index(w) + 3, w, None, True) for w in ("산둥성", "저장성")]
    >>> [x.written for x in set_counted_before(t, r, t.index("10 조 위안을"))]
    ['산둥성', '저장성']
    >>> t = "산둥성, 저장성이 차례로 차지했는데, 두 곳 모두 R&D 경비가 1,000억 위안 이상이었다."
    >>> r = [ProseRegion(t.index(w), t.index(w) + 3, w, None, True) for w in ("산둥성", "저장성")]
    >>> [x.written for x in set_counted_before(t, r, t.index("1,000억"))]
    ['산둥성', '저장성']
    >>> t = "광둥성, 장쑤성에 저장성, 쓰촨성을 더한 4 개 성의 1 분기 GDP 가 1 조 위안을 넘어섰다."
    >>> r = [ProseRegion(t.index(w), t.index(w) + 3, w, None, True) for w in ("광둥성", "장쑤성", "저장성", "쓰촨성")]
    >>> [x.written for x in set_counted_before(t, r, t.index("1 조"))]
    ['광둥성', '장쑤성', '저장성', '쓰촨성']
    """
    m = _SET_BEFORE_BOUND.search(sentence, max(0, pos - 40), pos)
    n = count_value(m["n"]) if m else None
    before = [r for r in regions if r.end <= (m.start() if m else 0) and r.start < r.end]
    if not n or len(before) != n or any(r.start == r.end for r in regions):
        return []
    ends = [r.start for r in before[1:]] + [m.start()]
    # (each with a figure of its own, or all named together: `항저우시와 우한시는 각각 5,936억 위안, 5,871억 위안으로 두
    # 도시 모두`, `청두시(成都市), 우한시(武汉市), 시안시(西安市)가 추격에 나섰지만 … 세 도시 모두 500개 미만이다`)
    joined = len(list_run(sentence, 0, before, before)) == len(before) or _added_lists(sentence, before)
    return before if joined or all(any(c.isdigit() for c in sentence[r.end:end]) for r, end in zip(before, ends)) else []


def _within(level, mark) -> bool:
    """Whether a level lies on the side of a mark its bound says (`2.6%` under `3% 미만`), in the same unit.

    >>> from decimal import Decimal
    >>> from kic_extract.typed.cells import CellAmount
    >>> def pct(v, bound=None): return CellAmount(Decimal(v), "%", False, bound, False, v, None)
    >>> _within(pct("2.6"), pct("3", "max")), _within(pct("3.4"), pct("3", "max")), _within(pct("5.2"), pct("5", "min"))
    (True, False, True)
    """
    if level.unit != mark.unit or level.bound:
        return False
    return level.value < mark.value if mark.bound == "max" else level.value >= mark.value


# the places that pass a mark, named after it (`10조 위안을 넘긴 곳은`, `5% 이상인 지역은`, `100억 위안을
# 넘어선 5개 도시는`, `3% 미만을 기록한 곳은`, `목표를 6% 이상으로 잡은 지역은`)
_PASSING_SET = compiled(rf"\s*[’'”\"」』]?(?:(?:을|를|으로|로|에)\s*\p{{Hangul}}{{0,2}}[{N_FINAL}]\s*|(?:인|한|선|은|는)\s*"
                          rf"|\s*\p{{Hangul}}{{1,3}}[{N_FINAL}]\s+)?(?:(?:\d{{1,2}}|{NATIVE_COUNT})\s*개\s*)?"  # (`넘은 네 개 지역은`)
                          # (the set's noun perhaps qualified: `… 넘어선 성급 지역은`, `… 넘는 중서부 도시는`)
                          # (or named, `1조 위안을 넘는 이른바 ‘조 위안 클럽’ 도시는`)
                          r"(?:(?:이른바\s*)?['‘][^'’]{1,20}['’]\s*)?"
                          r"(?:\p{Hangul}{1,4}\s+){0,2}(?:(?:성|시|자치구|직할시|지역|도시)\s*·\s*)*"
                          r"(?:곳|지역|도시|성|나라|국가|구|현|자치구|직할시)(?:\(\p{Han}+\))?(?:은|는|이|가)\s+"  # (`… 이상인 구는`,
                          # (the noun glossed: `50 억 위안을 넘는 3 개 성(省)은`)
                          # `… 넘은 쓰촨 지역 도시는`, `… 이상으로 잡은 성·자치구는`)
                          # (and their count first: `10% 넘게 증가한 곳은 5개 성·시로 안후이성, …`, `… 도시는 일곱 곳, 즉 …`,
                          # `… 지역은 다섯 곳으로, 광둥성·장쑤성·…이 여기에 해당한다`)
                          # (`… 지역은 여전히 4개 성, 즉 광둥·장쑤·산둥·저장뿐이다`)
                          r"(?:(?:모두\s*)?(?:\d{1,2}\s*개\s*[^\s,]+?|(?:\d{1,2}|\p{Hangul}{1,2})\s*곳)(?:으로|로),?\s+"
                          r"|(?:(?:모두|여전히|아직|단|불과)\s*)?(?:\d{1,2}|\p{Hangul}{1,2})\s*(?:개\s*)?(?:곳|\p{Hangul}{1,4}),\s*(?:즉|곧)\s+"
                          # (or the places besides those counted already: `… 지역은 표에 나온 6 곳 외에 후베이성과 푸젠성 2 곳이`)
                          r"|(?:[^\s,.]+\s+){0,3}?(?:\d{1,2}|\p{Hangul}{1,2})\s*(?:개\s*)?곳\s*(?:외에|이외에|말고도)\s+)?")


# a listed place's own figure in brackets (`곳은 시짱자치구(0.48%)와 하이난성(0.97%)`): the figures the places had, and
# the mark only what the sentence measured them by
_OWN_FIGURE = compiled(r"\s*\([^()]*\d[^()]*\)")
_SET_COUNTED = compiled(rf"(?:은|는)\s+(?:모두\s*)?(?:\d|{NATIVE_COUNT})")


def passing_set(sentence: str, clause: str, c_off: int, end: int, after: list[ProseRegion]) -> list[ProseRegion]:
    """The regions listed right after a bound figure as the places that pass it, in its clause (a city locating a
    district, `상하이 푸둥신구(浦东新区)`, aside)."""
    m = _PASSING_SET.match(clause, end)
    if m:  # (not a region qualifying the set: `… 넘은 쓰촨 지역 도시는 4곳으로, 청두시, …`)
        after = [r for r in after if r.start >= c_off + m.end()]
    opens = after[0].start if after else None
    after = [r for r in after if r.mark != "locates"]
    if not m or not after or opens != c_off + m.end() \
            or _OWN_FIGURE.match(sentence, AFTER_NAME.match(sentence, after[0].end).end()):
        return []
    listed = [after[0]]
    for r in after[1:]:
        gap = AFTER_NAME.match(sentence, listed[-1].end).end()
        if r.end > c_off + len(clause) or not LIST_GAP.fullmatch(sentence, gap, r.start):
            break
        listed.append(r)
    # (`6%대에 올라선 곳은 모두 5개 지역으로, 시짱자치구가 6.4%로 …`: a set counted but not listed)
    return [] if len(listed) == 1 and _SET_COUNTED.search(m.group()) else listed


# the rest of a quoted name the clause joins (`'10조 위안 클럽'에 이름을 올렸다`) or opens (`'3조 위안 시대'를 열었다`)
_CLUB_JOINED = compiled(r"\s*(?:클럽['’\"”]\s*에\s*(?:새로\s*|처음\s*)?(?:이름을\s*올|가입|합류|진입|들어)"
                        r"|시대['’\"”]\s*를\s*(?:열|맞))")


def joins_club(clause: str, end: int) -> bool:
    """Whether the amount ending at `end` names a club the clause joins (`'반기 3조 위안 클럽'에 이름을 올렸다`)."""
    return bool(_CLUB_JOINED.match(clause, end))


# a club or class a quoted name sets by a mark, the places listed after it being its members (`'2 조 위안 클럽'에는 톈진시,
# 닝보시, 칭다오시 세 곳이 새로 합류했다`, `‘인구 2,000 만 도시’는 충칭시, 상하이시, 베이징시, 청두시 네 곳이다`)
_CLUB_AT = compiled(r"\s*\p{Hangul}{0,6}['’\"”]\s*(?P<at>에(?:는|도)?|은|는)\s+")
_SET_COUNT = r"\s*(?:\d{1,2}|\p{Hangul}{1,2})\s*(?:개\s*)?(?:곳|도시|지역|성)"
_JOINED_AFTER_LIST = compiled(rf"(?:{_SET_COUNT})?(?:이|가)?\s*"
                              r"(?:새로\s*|처음\s*|나란히\s*|잇따라\s*)?(?:이름을\s*올|가입|합류|진입|들어)")
_COUNTED_AFTER_LIST = compiled(rf"{_SET_COUNT}\s*(?:이다|이었다|였다|으로|이며|이고)")


def club_members(sentence: str, end: int, regions: list[ProseRegion]) -> list[ProseRegion]:
    """The places listed right after a club or class the amount ending at `end` sets the mark of, as its members, each
    passing the mark; empty when no list of places, counted or joining it, follows.

    >>> t = "'2 조 위안 클럽'에는 톈진시, 닝보시, 칭다오시 세 곳이 새로 합류했다."
    >>> r = [ProseRegion(t.index(w), t.index(w) + len(w), w, None, True) for w in ("톈진시", "닝보시", "칭다오시")]
    >>> [x.written for x in club_members(t, t.index(" 클럽"), r)], club_members(t.replace("합류", "주목"), t.index(" 클럽"), r)
    (['톈진시', '닝보시', '칭다오시'], [])
    >>> t = "‘인구 2,000 만 도시’는 충칭시, 상하이시 두 곳이다."
    >>> r = [ProseRegion(t.index(w), t.index(w) + len(w), w, None, True) for w in ("충칭시", "상하이시")]
    >>> [x.written for x in club_members(t, t.index(" 도시"), r)], club_members(t.replace("두 곳이다", "등이다"), t.index(" 도시"), r)
    (['충칭시', '상하이시'], [])
    """
    m = _CLUB_AT.match(sentence, end)
    chain = _listed_from(sentence, m.end(), regions) if m else []
    closing = _JOINED_AFTER_LIST if m and m["at"].startswith("에") else _COUNTED_AFTER_LIST
    return chain if chain and closing.match(sentence, AFTER_NAME.match(sentence, chain[-1].end).end()) else []
