"""Ranks of the figures of a clause, for `typed.prose_figures`: stated (`3 위`, `두 번째`, `3~5 위`, read by
`typed.stated_ranks`), given by a list closed by `순` or headed by a count of the leaders (`상위 3 개 지역은 …`), or
implied by an order word (`그 뒤를 이어`, `다음으로`: one past the last rank stated); ranks implied by order or by
last place are in `typed.prose_order`.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.scripts import N_FINAL, closed_by_n
from kic_extract.typed.prose_levels import CHANGE_WIDTH, CHANGED_BY, REVISED_TO, change_not_written, change_after_level, changed_to, latest_of_series, \
    written_change
from kic_extract.typed.numerals import native_alternation
from kic_extract.typed.prose_region_sets import list_run
from kic_extract.typed.figure_cues import cue, measure_nouns
from kic_extract.typed.prose_regions import AVERAGE_AFTER, GOES_ON, PLACE_OF_A_KIND, ProseRegion
from kic_extract.typed.region_marks import AFTER_NAME
from kic_extract.typed.stated_ranks import COMPARED_RANK, DESCRIBED_RANK, FROM_BOTTOM, LEAD_EPITHET, ORDINAL_WRITTEN, ordinal_rank, stated_ranks

# a rank written right before a region, in digits or as an ordinal (`2 위인 네이멍구자치구(8.3%)`, `두 번째인 랴오닝성(29.6%)`):
# its rank is `ordinal_rank(m["n"])`
RANK_BEFORE = compiled(rf"(?:(?<![\d.])(?P<n>\d{{1,2}})\s*위|{ORDINAL_WRITTEN})(?:인)?\s+$")
_RANK_FROM = compiled(r"(?P<n>\d{1,2})\s*위\s*(?:이하|부터|이후|아래)")
# a list going on from ranks stated before (`이어 A …, B …, C … 순으로 10위권을 형성했다`) that closes a
# band of ranks: the last listed takes the band's last rank
GOES_ON_OPENING = compiled(rf"\s*(?:{GOES_ON}|그 뒤로는?)\s")
# (or as an ordinal: `세 번째로 밀려난 일본에 이어`)
MOVED_TO_BEFORE = compiled(rf"(?:(?<![\d.])(?P<n>\d{{1,2}})\s*위|{ORDINAL_WRITTEN})(?:로|에)\s+\p{{Hangul}}*[{N_FINAL}]\s+$")
_AFTER_ONE = compiled(r"\p{Hangul}(?:\([^()]*\))?(?:에|을|를)\s*이어\s")
_BAND_CLOSED = compiled(r"\s(?P<n>\d{1,2})\s*위권(?:을|에|이)\s*(?:형성|채웠|채우|이뤘|이루|마무리)")
# (`순` a word of its own, with its particle or copula: not `순유출`, `순이익`)
_ORDER_WORD = r"순(?:으로|이(?!익)\p{Hangul}*|서\p{Hangul}*)?(?!\p{Hangul})"  # (`순이어서`, `순서로`, `순서였다`)
_LIST_CLOSE = compiled(rf"^\s*(?:등의\s*)?(?:{_ORDER_WORD}|순위)")
# where a list of figures may close (`… 순`): a per cent sign or a Hangul letter, and `순` after a space
_LIST_CLOSE_AT = compiled(r"[%\p{Hangul}]")
IN_ORDER = compiled(rf"\s{_ORDER_WORD}")


@cache
def _top_list() -> regex.Pattern[str]:
    """`상위 3 개 지역은`, `톱 5 는`: a count of the leaders (figure_cues.tsv kind `top`) opening a list."""
    return compiled(rf"(?:{cue('top').pattern})\s*(?P<n>\d{{1,2}})\s*\p{{Hangul}}{{0,4}}(?:\s+\p{{Hangul}}+)?(?:은|는|에는|으로는|로는)?\s")


@cache
def _top_after() -> regex.Pattern[str]:
    """`…가 상위 세 도시를 이뤘다`: the leaders a list closes as, counted in digits or words."""
    return compiled(rf"(?:이|가)\s+(?:{cue('top').pattern})\s*(?P<n>\d{{1,2}}|{native_alternation()})\s*(?:개\s*)?\p{{Hangul}}{{1,4}}"
                    r"(?:을|를)\s*(?:이뤘|이루|이룬|형성|차지)")


@cache
def _superlative_set() -> regex.Pattern[str]:
    """`타오바오촌이 가장 많이 분포한 5개 성은`, `성장률이 가장 높은 3 개 도시는`: the leaders by a superlative, counted,
    made the topic a list right after it names."""
    return compiled(rf"가장\s+(?:[^\s,.]+\s+)?[^\s,.]*[{N_FINAL}]\s+(?P<n>\d{{1,2}}|{native_alternation()})\s*(?:개\s*)?"
                    r"\p{Hangul}{1,4}(?:은|는)\s+")


def _bare_sequel(clause: str, c_off: int, listed: list[dict], last_rank: int | None, last_unit: str | None) -> bool:
    """Whether a list closed by `순` goes on from the ranking the sentence before ended (the caller knows that sentence
    ranked): the list opens its sentence with its first region, no measure named before it, in the unit of the last
    rank, each level below the one before (`…, 광둥성이 22.1%로 그 뒤를 이었다. | 푸젠성(福建省) 11.8%, 안후이성 9.5%,
    쓰촨성 7.2% 순이다` → 3~5)."""
    if c_off or last_rank is None or not listed or clause[:min(f["region"].start for f in listed)].strip():
        return False
    values = [f["amount"].value for f in listed]
    return {f["amount"].unit for f in listed} == {last_unit} and values == sorted(values, reverse=True)


def rank_figures(clause: str, c_off: int, figures: list[dict], last_rank: int | None,
                  ranked_here: bool = False, rest: str = "", last_unit: str | None = None,
                  previous: list[dict] = (), members: list[ProseRegion] = (), after_ranking: bool = False,
                  said: list[dict] = ()) -> int | None:
    """Give the clause's figures their ranks; return the last rank stated. A list closed by `순`
    goes on from the rank an earlier clause of the same sentence stated (`ranked_here`: `A 가 160
    곳으로 가장 많고, B 95 곳, C 72 곳 순이다` → 2, 3). `rest` is the sentence after the clause;
    `last_unit` the unit of the figure that took the last rank; `previous` the clause before's figures
    (a mark passed here beside the level it stated: `4 조 600 억 위안을 기록해 | 처음으로 4 조 위안을
    넘어서며 … 3 위를` ranks the level); `members` the clause's regions, figures or not (a place listed
    with no figure holds its place in the order: `베이징시, 장쑤성(1,760억 위안)이 그 뒤를` → 장쑤성 3); `after_ranking`
    whether the sentence before ranked figures (a bare list may go on from it: `_bare_sequel`); `said` the figures
    of the sentence's clauses before (a list may go on from the one they stated above it: `_lead_before`)."""
    listed = level_of_share(level_beside(levels_ranked([f for f in figures if not f["gap"]], clause), previous),
                            previous, clause) or levels_behind_gap(figures, previous)
    by_region: dict[int, list[dict]] = {}
    for f in listed:
        by_region.setdefault(id(f["region"]), []).append(f)
    regions_in_order = list(by_region)
    run = list_run(clause, c_off, members, [fs[0]["region"] for fs in by_region.values()]) if members else []
    # each region's place in the list it is written in, and the places the list holds
    place = {rid: next((k for k, r in enumerate(run) if r.start == fs[0]["region"].start), k0)
             for k0, (rid, fs) in enumerate(by_region.items())}
    held = max(len(run), len(regions_in_order))
    tail = clause[max(f["start"] for f in listed or figures):]  # (after the last level: a mark may follow, `… 순으로 2,000만 명이 넘는`)
    closes_list = any(_LIST_CLOSE.match(tail[m.end():]) for m in _LIST_CLOSE_AT.finditer(tail[:12])) \
        or bool(IN_ORDER.search(tail))
    # (an order word in a clause whose own rank the next part states, `청두, 항저우를 바짝 뒤쫓으며 | 9위에`,
    # chases; it does not follow the last rank)
    stated = stated_ranks(clause)
    # (not the rank of one compared with: `그 뒤를 이었으나 | 1 위 저장성보다 … 적었다`)
    chases = not stated and bool(part := _ONE_RANK.search(COMPARED_RANK.sub(lambda m: " " * len(m.group()), rest.split(",", 1)[0]))) \
        and not _NEW_TOPIC.search(rest, 0, part.start())  # (not another's: `…이 이었으며, 후베이성은 … 7 위에`)
    # (nor does a plan to close in by a year to come, `2027년까지 생산능력을 120만 톤으로 늘려 장쑤성을 바짝 뒤쫓을 계획이다`)
    chases = chases or bool(_BY_YEAR.search(clause))
    follows = last_rank is not None and bool(cue("next").search(clause)) and not chases
    # `상위 3 개 지역은 베이징(87 곳), 상하이(64 곳), 광둥성(58 곳)이었고`: the leaders, in order
    top = _top_list().search(clause, 0, min(f["start"] for f in listed)) if listed else None
    # (or named after the list as what it makes up: `우한 5.6%, 청두 5.2%, 충칭 4.8%가 상위 세 도시를 이뤘다`)
    top = top or (_top_after().match(clause, max(f["end"] for f in listed)) if listed else None)
    # (not a part the list is picked from: `상위 10 개 지역 중에서는 쓰촨성(5.8%), 후베이성(5.7%), 저장성(5.6%)`)
    values = [by_region[rid][0]["amount"].value for rid in regions_in_order]
    # (in order of their figures: `경제 규모 상위 5 개 지역, 즉 광둥성(4.9%), 장쑤성(5.6%), …의 성장률` ranks no rate)
    # (one figure they all share is in no order: `상위 4개 성, 즉 광둥성·장쑤성·산둥성·저장성은 모두 … '5% 안팎'`)
    in_order = (values == sorted(values, reverse=True) or values == sorted(values)) and len(set(values)) > 1
    # (or the leaders by a superlative, the list right after them: `가장 많이 분포한 5개 성은 저장성(2,429곳), 광둥성(1,732곳),
    # …`; as many as counted, or fewer where the text names fewer than it counts, each below the one before: a list
    # of the lowest, `가장 낮은 세 곳은`, ranks from the bottom, which no rank here says)
    best = _superlative_set().search(clause, 0, first) if listed and not top \
        and (first := min(f["region"].start for f in listed) - c_off) > 0 else None
    best = best if best and best.end() == first and values == sorted(set(values), reverse=True) \
        and len(regions_in_order) <= ordinal_rank(best["n"]) else None
    if len(regions_in_order) >= 2 and (top and ordinal_rank(top["n"]) == len(regions_in_order) or best) and not follows and in_order:
        for k, rid in enumerate(regions_in_order):
            for f in by_region[rid]:
                f["rank"] = 1 + k
        return len(regions_in_order)
    # (`나란히 6.9%`, or following on each with one figure, `상하이와 선전이 각각 2건으로 뒤를 이었다`: below)
    # (or following on with one level written once for them all, `하이난성과 신장위구르자치구가 6% 안팎으로 그 뒤를 이었다`;
    # not a mark they passed, `그다음으로 후베이성, 저장성, … 장쑤성은 모두 10% 이상의 성장률을`, which keeps their order)
    once = len({f["start"] for f in listed}) == 1 and not any(f["amount"].bound for f in listed)
    tied = bool(cue("tie").search(clause) or follows and (cue("each").search(clause) or once)) \
        and len({f["amount"].value for f in listed}) == 1
    if len(regions_in_order) >= 2 and (closes_list or follows) and len(stated) != len(regions_in_order) and not tied:
        # `A 5.7%, B 5.2% 순`; `다음으로 B, C 순` and `B, C가 뒤를 이었다` go on from the last rank
        # (`A(…), B(…), C(…)가 차례로 5~7 위를`: the ranks stated, below)
        start = _RANK_FROM.search(clause)
        if not start and not follows and FROM_BOTTOM.search(clause, 0, min(f["start"] for f in listed)):
            return last_rank  # `증가율을 아래에서부터 보면 광둥성 3.7%, 장쑤성 4.5%, … 순이었고`: ranks from the last, their number unsaid
        goes_on = follows or (closes_list and (ranked_here or bool(GOES_ON_OPENING.match(clause)) or after_ranking and _bare_sequel(
            clause, c_off, listed, last_rank, last_unit)) and last_rank is not None)
        first = int(start["n"]) if start else (last_rank + 1 if goes_on else 1)
        if not start and not goes_on and closes_list and (lead := _lead_before(said or previous, listed)) is not None:
            # `하이커우가 전체의 61%를 차지했고 | 싼야 18%, 단저우 12% 순이었다`: the list goes on from the one the clause
            # before gave, above them all
            lead["rank"], first = 1, 2
        if not start and not goes_on and (GOES_ON_OPENING.match(clause) or _AFTER_ONE.search(clause, 0, min(
                f["start"] for f in listed))) and (band := _BAND_CLOSED.search(tail)) and int(band["n"]) >= len(regions_in_order):
            # `이어 후베이성 …, 푸젠성 …, 상하이 …, 후난성 … 순으로 10위권을 형성했다` → 7~10 (or after the one it follows:
            # `6 위로 밀려난 허난성(河南省)에 이어 후베이성 …, … 순으로 상위 10 위권을 형성했다`)
            first = int(band["n"]) - len(regions_in_order) + 1
        for rid in regions_in_order:
            for f in by_region[rid]:
                f["rank"] = first + place[rid]
        return first + held - 1
    if len(regions_in_order) >= 2 and not stated and last_rank is not None and GOES_ON_OPENING.match(clause) \
            and {f["amount"].unit for f in listed} == {last_unit} \
            and all(by_region[a][0]["amount"].value > by_region[b][0]["amount"].value
                    for a, b in zip(regions_in_order, regions_in_order[1:])):
        # `… 1위였다. 이어 장쑤성이 5조 7,100억 위안, 저장성이 5조 5,600억 위안을 기록했다`: in turn, descending
        for k, rid in enumerate(regions_in_order):
            for f in by_region[rid]:
                f["rank"] = last_rank + 1 + k
        return last_rank + len(regions_in_order)
    if len(stated) == len(regions_in_order) > 1:
        # a rank written right before a name is that region's (`1,426억 위안으로 2위 상하이시(1,508억
        # 위안)에 밀려 3위에`: 상하이시 2, the subject 3); the others take the rest in order
        named = {rid: ordinal_rank(m["n"]) for rid in regions_in_order
                 if (m := RANK_BEFORE.search(clause, 0, max(0, by_region[rid][0]["region"].start - c_off)))}
        if len(stated_ranks(clause[:max(0, min(fs[0]["region"].start for fs in by_region.values()) - c_off)])) > 1:
            named = {}  # `5위와 6위인 헤이룽장성과 지린성도 각각 …`: the ranks, all before the regions, go to them in turn
        if named:
            rest = [n for n in stated if n not in named.values()]
            others = [rid for rid in regions_in_order if rid not in named]
            if len(rest) == len(others):
                named.update(zip(others, rest))
                for rid, rank in named.items():
                    for f in by_region[rid]:
                        f["rank"] = rank
                return max(named.values())
        # `허난성(…)과 쓰촨성(…)이 각각 5 위와 6 위에`: ranks in the order of the regions, where their levels fall in that
        # order (not a band they make together, `쑤저우(96만 개)와 우한(121만 개), 난징(118만 개)이 8~10위권을`: no one's rank)
        values = [by_region[rid][0]["amount"].value for rid in regions_in_order]
        if len({by_region[rid][0]["amount"].unit for rid in regions_in_order}) == 1 and values != sorted(values, reverse=True) \
                and values != sorted(values) and not cue("each").search(clause):
            return stated[-1]
        for rank, rid in zip(stated, regions_in_order):
            for f in by_region[rid]:
                f["rank"] = rank
        return stated[-1]
    if len(stated) == 1 and len(regions_in_order) > 1 and len({f["amount"].value for f in listed}) == 1:
        # `저장성과 쓰촨성은 나란히 5.6%를 기록해 공동 3위에 올랐다`: a tie shares the rank, and the two hold
        # its place and the next (`… 공동 1위였고, 선전과 둥관이 그다음이었다`: 3 and 4)
        for f in listed:
            f["rank"] = stated[0]
        return stated[0] + len(regions_in_order) - 1
    if not stated and len(regions_in_order) > 1 and len({f["start"] for f in listed}) == 1 and tied \
            and first_place(clause[listed[0]["end"]:]) and not listed[0]["amount"].bound:
        # `닝하이와 베이룬구가 나란히 6.8%로 가장 높았고`: a tie for first place, both first
        for f in listed:
            f["rank"] = 1
        return len(regions_in_order)
    # (a tie the clause says after the figure, `5.6%로 어깨를 나란히 했고`, `… 공동`, or one following on, `그 뒤를 이어
    # … 나란히 6.9%를`; `나란히` only before it says both, `광둥성과 장쑤성은 나란히 4.5%를 제시했다`, and ranks nothing)
    # (nor after a set of its own, `…순이었는데, 연해 대형 경제권 가운데서는 광둥(4.6%)과 장쑤(4.6%)가 나란히`)
    tie_after = bool(cue("tie").search(clause, listed[0]["end"])) if listed else False
    if not stated and len(regions_in_order) > 1 and last_rank is not None and tied and (tie_after or follows) \
            and not stated_ranks(rest) and not cue("scope").search(clause, 0, listed[0]["start"]) \
            and last_unit in (None, listed[0]["amount"].unit) and not listed[0]["amount"].bound \
            and not CHANGED_BY.match(clause, listed[-1]["end"]) and not REVISED_TO.match(clause, listed[-1]["end"]):
        # (a tie in another measure than the last ranked, `성장률은 산둥성과 저장성이 나란히 5.5%`, ranks nothing, nor a
        # mark passed side by side, `… 나란히 3 조 위안을 넘어섰으며`, nor a change, `… 나란히 2개씩 증가했다`, nor a
        # revision, `성장 목표를 나란히 4%로 낮췄다`)
        # `청두가 6.0%로 가장 빨랐다. 충칭과 우한은 5.6%로 어깨를 나란히 했고`: a tie for the next rank
        for f in listed:
            f["rank"] = last_rank + 1
        return last_rank + len(regions_in_order)
    if len(stated) == 1 and len(regions_in_order) == 1 \
            and (own := [f for f in figures if f.get("bracketed") and f["region"] is listed[0]["region"] and not f["gap"]]) \
            and len(own) < len([f for f in figures if not f["gap"]]) \
            and (rank := RANK_BEFORE.search(clause, 0, max(0, listed[0]["region"].start - c_off))) \
            and rank.group().rstrip().endswith("인"):
        # `네 번째인 베트남(21억 위안)은 증가율이 27.3%에 달해 | 주요 수입국 가운데 가장 가파르게 늘었다`: the rank describing
        # the region is its level's, in brackets after it, not the figures the clause goes on to give
        for f in own:
            f["rank"] = stated[0]
        return stated[0]
    # (a place the clause compares with, its figure in brackets, holds no rank: `증가율 1위는 샤먼(12.3%)으로, 닝보(9.7%)보다
    # 2.6%p 높았다` → 샤먼 1)
    # (unless the rank is written right before it, its own: `두 번째인 랴오닝성(29.6%)보다`)
    if stated and len(regions_in_order) == 2 and len(kept := [rid for rid in regions_in_order if not all(
            f.get("bracketed") and _BRACKETED_BASE.match(clause, f["end"])
            and not RANK_BEFORE.search(clause, 0, max(0, f["region"].start - c_off)) for f in by_region[rid])]) == 1:
        regions_in_order, listed = kept, by_region[kept[0]]
    if stated and len(regions_in_order) == 1 and not _rank_only_describes(clause, listed):
        # (`경제 규모 1위인 광둥성은 4.6% 성장에 그쳐`, `8 위 허베이성이 21.0%로 가장 가파르게 늘었고`: a rank describing the
        # region, on another measure than its rates, ranks none of them, nor a multiple, `1 위 상하이시의 소득은 간쑤성의 3.9
        # 배로`; but the rank the clause goes on to say it holds does, `4 위인 허난성이 6.2%로 3 위로 올라섰다`)
        if len(stated) > 1 and (describing := _RANK_DESCRIBING.search(clause)) and (after := stated_ranks(clause[describing.end():])):
            stated = after  # `규모로는 8 위에 그친 간저우(赣州)가 증가율에서는 36.8%로 단연 1 위였다`: the rank after the one describing it
        within = stated == [1] and bool(_WITHIN_PART.search(clause))
        for f in listed:
            f["rank"] = stated[0]
            f["first_within"] = within
        return stated[0]
    if len(regions_in_order) == 1 and last_rank is not None and not chases and (
            cue("next").search(clause) or closes_list and not stated and (ranked_here or GOES_ON_OPENING.match(clause))
            or not stated and ranked_here and GOES_ON_OPENING.match(clause)
            # (or a sentence opening with it after one that ranked, in the same unit: `… 두 번째로 높았다. | 이어
            # 후베이성도 20%를 웃돌았다`)
            or not stated and after_ranking and not c_off and GOES_ON_OPENING.match(clause)
            and {f["amount"].unit for f in listed} == {last_unit}):
        # (`… 가장 많았다. 다음으로 산둥성(1만 8,600곳), 이어 | 저장성(1만 7,200곳) 순이었다`: the list's last, going on from the
        # rank the sentence's clause before stated; so a clause opening with `이어` after one ranked: `다음으로 산둥성이 14.9%, |
        # 이어 광둥성이 12.8%를 기록했다`)
        for f in listed:
            f["rank"] = last_rank + 1 + place[regions_in_order[0]]
        return last_rank + held
    first = first_place(clause)
    free = [rid for rid in regions_in_order if not all(f.get("bracketed") for f in by_region[rid])]
    if first and len(free) == 1 < len(regions_in_order) and by_region[free[0]][0]["end"] <= first.start():
        # `안후이성이 5.0%로 가장 높아 상하이시(4.4%)와 저장성(4.6%)을 웃돌았다`: first, the others' levels asides
        regions_in_order = free
        listed = by_region[free[0]]
    if first and len(regions_in_order) == 1 and (not describes(clause, first.start(), listed[0]["region"].start - c_off)
                                                 or _aside_of_superlative(clause, listed[0], c_off)) \
            and not _SET_WITHIN.match(clause, max(0, AFTER_NAME.match(clause, max(0, listed[0]["region"].end - c_off)).end()),
                                      first.start()) \
            and not _thing_first_among().search(clause, listed[-1]["end"], first.start()):
        # (not a part first within the region's own whole: `전국 담수 생산량 가운데 공업용수 비중이 약 65%로 가장 컸고`)
        # (first among a part, `상위 10개 지역 가운데 가장 높은`, yields to a rank the sentence states next)
        within = bool(_WITHIN_PART.search(clause))
        if 0 < len(before := [f for f in listed if f["end"] <= first.start()]) < len(listed):
            # `86곳으로 가장 많아 청두 전체 독립서점의 14.5%를 차지했다`: the figures before the superlative, not those the
            # clause goes on to give
            listed = before
        if CHANGE_WIDTH.search(clause) and (changes := [f for f in listed if written_change(clause, f)]) \
                and len(changes) < len(listed):
            listed = changes  # `35.3%로 전년보다 3.1%p 높아져 상승 폭이 가장 컸다`: the change is first, not the level
        elif len(listed) > 1 and (named := [f for f in listed if RATE_SUBJECT.search(clause, max(0, f["start"] - 12), f["start"])]) \
                and len(named) < len(listed) and named[-1]["end"] <= first.start():
            listed = named  # `244곳으로 증가율이 24.5%에 달해 전국에서 가장 높았다`: the rate the clause makes its subject
        for f in listed:
            f["rank"] = 1
            f["first_within"] = within
        return 1
    if first and len(regions_in_order) > 1 and cue("each").search(clause, 0, first.start()) \
            and len({f["amount"].value for f in listed}) == 1 and len({f["start"] for f in listed}) == 1:
        # `저장성과 장쑤성이 각각 3곳으로 가장 많았고`: tied first, each of one figure
        for f in listed:
            f["rank"] = 1
        return 1
    # `베이징시는 2위 상하이시(23만 7,000위안)보다 1만 6,000위안 많았다`: the rank before a bracketed figure's region
    # (and the ranking has reached it, when it goes on from the last: `… 2 위 광저우시(760 억 위안)의 두 배에 가깝다.
    # 다음으로 청두시 …` → 3)
    bracketed = [f for f in listed if f.get("bracketed") and RANK_BEFORE.search(clause, 0, max(0, f["region"].start - c_off))]
    if bracketed and len(stated) == 1 and len(regions_in_order) == 2:
        for f in bracketed:
            f["rank"] = stated[0]
        return stated[0] if last_rank is None or stated[0] == last_rank + 1 else last_rank
    # (the nation's average in brackets beside one region's ranked figure ranks nothing: `저장성은 7.9%로 네 번째에 그쳐 전국
    # 평균(9.4%)에도 못 미쳤다` → 저장성 4)
    average = [rid for rid in regions_in_order if all(f.get("bracketed") for f in by_region[rid])
               and by_region[rid][0]["region"].zh == "中国"
               and AVERAGE_AFTER.match(clause, max(0, by_region[rid][0]["region"].end - c_off))]
    ranked = next((fs for rid, fs in by_region.items() if rid != average[0]), []) if len(average) == 1 else []
    # (nor is a rank describing the region its rate's: `조달 규모 1위인 광둥성은 6.4% 증가에 그쳐 전국 평균(11.2%)에 못 미쳤고`)
    if len(stated) == 1 and len(regions_in_order) == 2 and ranked and not bracketed and not _rank_only_describes(clause, ranked):
        for f in ranked:
            f["rank"] = stated[0]
        return stated[0]
    own = {id(f["region"]): ordinal_rank(m["n"]) for f in bracketed if (m := RANK_BEFORE.search(clause, 0, max(0, f["region"].start - c_off)))}
    if len(stated) > 1 and sorted(own.values()) == sorted(stated) and len(set(stated)) == len(stated):
        # `3 위 충칭(19.8%)과 4 위 후난성(18.2%)도 전국 평균 증가율(11.6%)을 크게 웃돌았다`: each rank the region written after
        # it holds, its figure bracketed; the benchmark none
        for f in bracketed:
            f["rank"] = own[id(f["region"])]
        return max(stated)
    return last_rank


_BRACKETED_BASE = compiled(r"\s*\)\s*(?:보다|에\s*비해|에\s*비하면|과\s*비교해|와\s*비교해)(?!\p{Hangul})")


def _rank_only_describes(clause: str, listed: list[dict]) -> bool:
    """Whether the clause's rank only describes its region, on another measure than its rates (`경제 규모 1위인
    광둥성은 4.6% 성장에 그쳐`, `8 위 허베이성이 21.0%로 …`, `1 위 상하이시의 소득은 간쑤성의 3.9 배로`), the
    clause going on to say no rank it holds (`4 위인 허난성이 6.2%로 3 위로 올라섰다`)."""
    return bool((DESCRIBING_RANK.search(clause) or (epithet := _RANK_EPITHET.search(clause)) and first_place(clause[epithet.end():]))
                and not DESCRIBED_RANK.search(clause) and all(f["amount"].unit in ("%", "%p", "배") for f in listed))


# the region's own whole a part is first within, up to the superlative (`전국 담수 생산량 가운데 공업용수 비중이 약 65%로 `)
_SET_WITHIN = compiled(r"(?:\s+[^\s,.]+){1,3}?\s*가운데\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]*(?:이|가)\s+(?:약\s*)?[\d,.]+\s*\S*?(?:으로|로)\s+$")
# a thing made the subject after the figure's words, first among its kind (`… 6% 미만에 그친 것을 감안하면 두 배 가까운 속도로,
# 무릎보호대가 운동보호용품 가운데 가장`): its first place, not the figure's
# (not a measure made the subject: `…, 증가율이 주요 성 가운데 가장 높았다`)
@cache
def _thing_first_among() -> regex.Pattern[str]:
    return compiled(rf",\s*(?!\p{{Hangul}}*(?:{measure_nouns()}))\p{{Hangul}}+(?:이|가|은|는)\s+(?:\p{{Hangul}}+\s+){{0,2}}?\p{{Hangul}}+\s+"
                    r"(?:가운데|중)(?:에서)?\s+$")
# a part of the set the first place is within (`경제 규모 상위 10개 지역 가운데 가장`)
_WITHIN_PART = compiled(r"(?:상위|하위|주요)\s*\d{1,2}\s*개\s*\S+\s*(?:가운데|중(?:에서)?)\s+(?:가장|최고)")
_ADNOMINAL_CUE = compiled(r"[^\s에]*\s*[^\s에]*(?P<last>\p{Hangul})\s+$")
# a superlative naming what a place has, in the words describing the place (`전국 최대 소상품 도매시장이 있는 `)
_HOSTS_BEFORE = compiled(r"\S+(?:\s+\S+){0,4}?(?:이|가)\s+(?:있는|자리한|자리\s*잡은|위치한|들어선)\s+$")


def first_place(text: str, before: str = "", by_figure: bool = True) -> regex.Match[str] | None:
    """The phrase stating first place among the regions compared, if the text has one; not a
    superlative over time (`올해 들어 가장 높은 증가율`, `역대 최대`). `before` is the text before
    `text` in its sentence (a clause may start right after `올해 들어`); `by_figure`: the text has a figure
    of its own, beside which more phrases state first place (`31.5% 늘어 가장 두드러졌다`).

    >>> bool(first_place("베이징시가 41건으로 가장 많았고")), bool(first_place("6.4% 증가해 올해 들어 가장 높은 증가율을"))
    (True, False)
    >>> bool(first_place("4 분기 수출은 4,510 만 달러로 한 해 중 가장 많았다"))
    False
    >>> bool(first_place("31.5% 늘어 가장 두드러졌다")), bool(first_place("선전시의 성과가 가장 두드러진다", by_figure=False))
    (True, False)
    >>> first_place("상하이는 대외 변수의 영향을 가장 크게 받았다.", by_figure=False) is None
    True
    >>> bool(first_place("여전히 최대 공급국 자리를 지켰다", by_figure=False)), bool(first_place("최대 공급국 자리를 내줬다", by_figure=False))
    (True, False)
    >>> bool(first_place("102.1% 늘었는데도 장쑤성에 선두를 내줬다")), bool(first_place("12%로 선두를 내주지 않았다"))
    (False, True)
    >>> bool(first_place("31.9%로 떨어져 수성도료에 가장 큰 제품군 자리를 내줬다"))
    False
    >>> bool(first_place("중국 최대의 가전 도시로, 2024 년 다리미 생산량이 5,300 만 대를 넘어섰다"))
    False
    >>> bool(first_place("1 분기 398 억 위안, 3 분기 468 억 위안으로 3 분기에 가장 많았다"))
    False
    >>> bool(first_place("중국 최대 음식배달 플랫폼 메이퇀(美团)에 따르면 비중은 42.3%로 높아졌다"))
    False
    >>> bool(first_place("산둥성은 나머지 네 곳을 합친 것보다 많았다")), bool(first_place("중국은 두 나라를 합친 것보다 많다"))
    (True, False)
    """
    m = cue("first").search(text) or _TOP_SEAT.search(text) or _MORE_THAN_THE_REST.search(text) \
        or (cue("first_by_figure").search(text) if by_figure else None)
    if m is not None and (text.startswith("권", m.end()) or _COMPARED_AFTER.match(text, m.end())):
        return None  # `최상위권`: among the leaders, not first; `선두권과의 거리`: compared with
    if m is not None and _CEDED_AFTER.match(text, m.end()):
        return None  # `장쑤성에 선두를 내줬다`: the lead given up, the subject's no longer
    if m is not None and (_OF_A_KIND.match(text, m.end()) or m.group().endswith(("최대", "최고")) and _A_KIND.match(text, m.end())):
        return None  # `중국 최대의 가전 도시로, … 생산량이`: what the place is, first of a kind, no measure's first place
    if m is not None and m.group().endswith(("최대", "최고")) and _SOURCE_NAMED.match(text, m.end()):
        return None  # `중국 최대 음식배달 플랫폼 메이퇀(美团)에 따르면`: the source the clause cites, no measure's first place
    if m is not None and _felt().search(text, max(0, m.start() - 8), m.start()):
        return None  # `대외 변수의 영향을 가장 크게 받았다`: the most affected, no measure's first place
    if m is not None and (period := _PERIOD_MOST.search(before + text[:m.start()])) \
            and len(_PERIOD_NAMED.findall(before + text[:period.start()])) > 1:
        return None  # `1 분기 398 억 위안, 2 분기 452 억 위안, 3 분기 468 억 위안으로 … 3 분기에 가장 많았다`: the most of the periods listed
    return None if m is None or _OVER_TIME.search((before + text[:m.start()])[-12:]) else m


# more than all the rest of the set together (`나머지 네 곳을 합친 것보다 많았다`; not `두 나라를 합친 것보다`, those named)
_MORE_THAN_THE_REST = compiled(r"나머지\s+[^,.]{0,12}?합(?:친|한)\s*것보다\s*(?:많|컸|크)")
# a period named right before a superlative, the one of the periods listed before it that had the most
_PERIOD_MOST = compiled(r"(?<![\d.])(?:\d\s*분기|[상하]반기|\d{1,2}\s*월)(?:에|에는|가|이)\s*$")
_PERIOD_NAMED = compiled(r"(?<![\d.])(?:\d\s*분기|[상하]반기|\d{1,2}\s*월)(?!\s*말)")


# the top seat of some kind held or taken (`최대 공급국 자리를 지켰다`, `최대 생산지 자리를 차지했다`)
# (not the largest of the goods, `물량 기준 최대 품목 자리를 지켰다`: a product first, no place)
_TOP_SEAT = compiled(r"최대\s*(?!품목|제품|품종|상품|분야|업종|부문)\p{Hangul}{1,5}\s*(?:의\s*)?(?:자리|지위)(?:를|을)\s*(?:굳건히\s*|계속\s*)?(?:지켰|지키|지켜|차지|유지|굳혔|굳히)")
# a verb giving up or losing the place just stated (`선두를 내줬다`, `선두 자리를 빼앗겼다`, `가장 큰 제품군 자리를 내줬다`; not
# one kept, `내주지 않았다`)
_CEDED_AFTER = compiled(r"(?:\s+\p{Hangul}{1,6}\s*자리|\s*자리)?(?:를|을)?\s*(?:내주|내준|내줬|내줘|넘겨|빼앗|뺏|잃|놓치|놓쳤|놓친)(?!기?지\s*(?:않|못))")
_OF_A_KIND = compiled(r"의\s+" + PLACE_OF_A_KIND)  # (`최대의 가전 도시로, `: what a place is)
_A_KIND = compiled(r"\s+" + PLACE_OF_A_KIND)  # (so after `최대` alone: `중국 최대 필기구 산지다`)
_COMPARED_AFTER = compiled(r"(?:과|와)(?:의|는)?(?!\p{Hangul})|보다")
_TOP_SEAT_TOPIC = compiled(r"(?:정상|선두|수위|1\s*위)(?:은|는)\s")
_SOURCE_NAMED = compiled(r"의?\s+(?:[^\s,.]+\s+){0,3}?[^\s,.]+?(?:\([^()]*\))?(?:에|의\s*자료에|의\s*집계에)\s*따르면")


@cache
def _felt() -> regex.Pattern[str]:
    """What a region undergoes or draws, right before a superlative (figure_cues.tsv kind `felt`: `영향을 가장`)."""
    return compiled(rf"(?<!\p{{Hangul}})(?:{cue('felt').pattern})\s*$")
# a superlative over time, not among regions: `올해 들어 가장`, `사상 최대`, `역대 최고`, `3년 만에 가장`, and among
# the periods of a year (`4 분기 수출은 … 한 해 중 가장 많았다`, `12 개월 가운데 가장`)
_OVER_TIME = compiled(r"(?:들어|이래|이후|사상|역대|만에|연중|(?:한\s*해|\d{1,2}\s*(?:개월|분기|달))\s*(?:중|가운데|동안))\s*$")


def describes(clause: str, cue_at: int, region_at: int) -> bool:
    """Whether a first-place phrase written right before a region only describes it (`경제 규모가
    가장 큰 광둥성은 4.4%로`: 광둥성 is the largest, its 4.4% ranks nothing): it ends in an adnominal
    form (a final ㄴ, not the particle `는`) right before the name.

    >>> s = "경제 규모가 가장 큰 광둥성은 4.4%로"
    >>> describes(s, s.index("가장"), s.index("광둥")), describes("가장 큰 곳은 난징으로", 0, 10)
    (True, False)
    >>> s = "맨 위에는 시짱자치구가 6.3%로"
    >>> describes(s, 0, s.index("시짱"))
    False
    >>> s = "전국 최대 소상품 도매시장이 있는 이우시의 거래액은"
    >>> describes(s, 0, s.index("이우"))
    True
    >>> describes("정상은 상하이(34억 위안)가 지켰다", 0, 4)
    False
    """
    if _TOP_SEAT_TOPIC.match(clause, max(0, cue_at)):
        return False  # (`정상은 상하이(34억 위안)가 지켰다`: the top seat made the topic, its particle no adnominal form)
    if 0 <= cue_at < region_at and _HOSTS_BEFORE.fullmatch(clause, cue_at, region_at):
        return True  # (`전국 최대 소상품 도매시장이 있는 이우시의`: the largest is what the place has)
    m = _ADNOMINAL_CUE.fullmatch(clause, cue_at, region_at) if 0 <= cue_at < region_at else None
    if not m or m["last"] == "는":
        return False
    return closed_by_n(m["last"])  # (큰, 높은, 많은)


def _aside_of_superlative(clause: str, figure: dict, c_off: int) -> bool:
    """Whether a figure described as first before its region is the measure of that first place: the place named as
    the first of a kind (`인`), the figure bracketed right after the name (`최대 시장인 미국(2 억 1,300 만 달러)은`); unlike
    one the clause goes on to state, or one after a place first by a measure named (`경제 규모가 가장 큰 광둥성(4.4%)은`).

    >>> s = "최대 시장인 미국(2 억 1,300 만 달러)은"
    >>> from kic_extract.typed.prose_regions import ProseRegion
    >>> _aside_of_superlative(s, {"region": ProseRegion(7, 9, "미국", "美国", True), "bracketed": True, "start": 10}, 0)
    True
    """
    start, end = figure["region"].start - c_off, figure["region"].end - c_off
    after = AFTER_NAME.match(clause, max(0, end)).end()
    return bool(figure.get("bracketed")) and clause[:max(0, start)].rstrip().endswith("인") \
        and clause.startswith("(", after) and figure["start"] <= after + 6


_RECALLED_LEVEL = compiled(r"\s*(?:수준|규모)?(?:이던|였던|이었던)(?!\p{Hangul})")


def recalled_level(clause: str, figure: dict) -> bool:
    """Whether a figure of `clause` is a level recalled from an earlier time, described by the copula's recalling form
    (`2021 년 31 억 달러 수준이던 닝보의 수출액은`): no rank stated after it is its."""
    return _RECALLED_LEVEL.match(clause, figure["end"]) is not None


def levels_ranked(figures: list[dict], clause: str | None = None) -> list[dict]:
    """The figures a rank can rank: a mark passed beside a level of the same unit is not ranked
    (`6조 280억 위안으로 처음 6조 위안을 돌파하며 | 8위에`: the level is 8th); with the rank's
    `clause`, neither is a rate beside one region's level, unless the clause ranks rates.

    >>> from decimal import Decimal
    >>> from kic_extract.typed.cells import CellAmount
    >>> def fig(v, bound): return {"amount": CellAmount(Decimal(v), "위안", False, bound, False, v, None)}
    >>> [f["amount"].value for f in levels_ranked([fig("6028", None), fig("6000", "min")])]
    [Decimal('6028')]
    >>> len(levels_ranked([fig("6000", "min")]))
    1
    """
    if clause is not None and CHANGE_WIDTH.search(clause) and change_not_written(clause, figures):
        return []  # `2.71%에서 2027년 2.93%로 높아져 상승 폭이 가장 컸다`: the change's rank, and the change is not written
    # (a level recalled from an earlier time ranks nothing, and the mark after it is ranked: `2021 년 31 억 달러 수준이던
    # 닝보의 수출액은 2025 년 50 억 달러를 넘어서며 … 1 위로 올라섰다`)
    figures = [f for f in figures if not f.get("recalled")] or figures
    # (nor does the whole the others are picked from: `닝보시 전체 문구 기업 2,100 곳 남짓 가운데 닝하이가 772 곳으로 가장 많`)
    figures = [f for f in figures if not f.get("whole")] or figures
    # (a mark only beside its own region's level: `하이난성(6%)과 신장위구르자치구(5.5% 이상)가 뒤를 이었다` ranks both)
    levels = {(id(f.get("region")), f["amount"].unit) for f in figures if not f["amount"].bound}
    kept = [f for f in figures if not f["amount"].bound or (id(f.get("region")), f["amount"].unit) not in levels]
    if clause is not None:
        # `1년 새 4곳이 늘어난 29곳으로 4위`: a change qualifying the level it led to ranks nothing, nor does a
        # breakdown by other regions in brackets after a figure (`광둥성이 2건(선전·광저우 각 1건)으로 뒤를 이었다`)
        kept = [f for f in kept if not any(
            g["region"] is f["region"] and g["amount"].unit == f["amount"].unit and g["start"] >= f["end"]
            and changed_to(clause, f["end"], g["start"]) for g in kept) and not any(
            g["end"] <= f["start"] and clause.startswith("(", g["end"]) and ")" not in clause[g["end"]:f["start"]]
            and g["region"] is not f["region"] for g in figures)  # (the same sum in won, `(약 2,290조 원)`, is ranked)
            and not change_after_level(f, kept, clause)]
    if clause is not None:
        # `5.3% 성장한 14조 2,108억 위안으로 2위`: a rate beside a region's level ranks nothing (`3위 산둥성(2조
        # …)과 4위 저장성(2조 …)은 각각 5.7%, 6.0% 성장`, each region's); but a clause ranking rates ranks the
        # rate (`1,620억 위안으로 24.5% 급증, 증가율 기준 전국 1위`)
        # (a rank opening the clause before its region, `2위 장쑤성(江苏省)은 15조 120억 위안, 성장률 5.1%를`,
        # describes the region by its level, whatever rate the clause names after it)
        # (so does a rank describing the region before the rate is named, `6위가 된 허난성은 9조 7,840억 위안에
        # 성장률도 4.9%에`)
        rate_named = cue("rate").search(clause)
        # (nor does a rank stated after a level, the rate named only after both: `57 억 위안으로 10 위에 머문 데다
        # 증가율마저 -0.9%로`)
        level_ranked = bool(rate_named) and (one := _ONE_RANK.search(clause)) is not None and one.end() <= rate_named.start() \
            and any(f["end"] <= one.start() and f["amount"].unit not in ("%", "%p", "배") for f in figures)
        by_rates = bool(rate_named) and not _RANK_OPENS.match(clause) and not level_ranked and not (
            (describing := DESCRIBING_RANK.search(clause)) and describing.end() <= rate_named.start())
        regions = {id(f["region"]) for f in kept}
        # (regions ranked side by side in one measure, `후베이성이 7.5%, 장시성(97억 위안)이 2.1%로 뒤를 이었다`: a
        # region's figure in another measure is an aside; not a region's figure in brackets, which it is compared
        # with, `2위 장쑤성(7조 …)은 증가율이 9.1%로 광둥성(8.7%)보다`)
        plain = [[f for f in kept if id(f["region"]) == rid] for rid in regions]
        alike = {fs[0]["amount"].unit for fs in plain if len({f["amount"].unit for f in fs}) == 1
                 and not any(f.get("bracketed") for f in fs)}
        out = []
        for rid in regions:
            own = [f for f in kept if id(f["region"]) == rid]
            own = rates_not_changes(own, clause)
            # (a multiple of another time's level too: `4만 2,000명으로 지난해 같은 기간의 2.6배에 달해 | … 가장 많았다`)
            rates = [f for f in own if f["amount"].unit in ("%", "%p", "배")]
            levels = [f for f in own if f not in rates]
            if len(alike) == 1 and len(regions) > 1 and (same := [f for f in own if f["amount"].unit in alike]):
                out += same
                continue
            # (and a share of the whole the level is of, in the levels' order: `5억 2,480만 장으로 전국의 38.6%를 차지해 1위`)
            shares = [f for f in rates if share_taken(clause, f)]
            out += (rates or own) if by_rates and len(regions) == 1 else (levels + shares) if levels else own
        kept = latest_of_series([f for f in kept if any(f is g for g in out)], clause)
    return kept


def rates_not_changes(figures: list[dict], clause: str) -> list[dict]:
    """The figures a rank can rank when a region gives a rate and the change in points that led to it (`GDP 의 6.2%로
    전년보다 0.4%p 높아지며 | 주요 도시 가운데 1 위`): the rate, not the change, unless `clause` ranks changes
    (`상승 폭이 가장 컸다`)."""
    if CHANGE_WIDTH.search(clause):
        return figures
    both = {id(f["region"]) for f in figures if f["amount"].unit == "%"} & {
        id(f["region"]) for f in figures if f["amount"].unit == "%p"}
    return [f for f in figures if not (f["amount"].unit == "%p" and id(f["region"]) in both)]


_RANK_OPENS = compiled(r"\s*\d{1,2}\s*위\s+\p{Hangul}{2,}")
# a rate made the subject right before its figure (`증가율이 24.5%에 달해`)
RATE_SUBJECT = compiled(r"(?:증가율|성장률|상승률|감소율|하락률|비중|점유율)(?:이|가|은|는)\s+(?:약\s+)?$")
# a year something is to be done by (`2027년까지`, `2030년 말까지`)
_BY_YEAR = compiled(r"(?<!\d)\d{4}\s*년(?:\s*말)?까지(?!\p{Hangul})")
_NEW_TOPIC = compiled(r"\p{Hangul}(?:\([^()]*\))?(?:은|는|이|가)\s")
# a rank, not a band (`10위권을 채웠다`) nor one measured from (`1 위와는 532 억 kWh 차이가`, `1위보다`)
_ONE_RANK = compiled(r"(?<![\d.])\d{1,2}\s*위(?![권안원])(?!(?:와|과)(?:는|의)(?!\p{Hangul})|보다)")
_RANK_HELD = "오른|올라선|차지한|지킨"  # (the verbs of a rank reached or held, describing the region after them)
# (`1위인 광둥성은`, `1, 2위 두 성의 속도 차이다`)
# a rank written right before a region as its epithet (`8 위 허베이성이`), which the clause may go on to rank anew
_RANK_EPITHET = compiled(r"(?<![\d.])\d{1,2}\s*위\s+(?=\p{Hangul}{2,}(?:\([^()]*\))?(?:이|가|은|는)\s)|" + LEAD_EPITHET.pattern)
DESCRIBING_RANK = compiled(r"(?<![\d.])\d{1,2}\s*위(?:인\s+\p{Hangul}|\s+(?:[두세네]\s+)?\p{Hangul}+의\s"
                           # (`경제 규모 5위에 오른 쓰촨성 역시 5.9%의`; not the place named after it, `1위에 오른 곳은 지린성이었다`)
                           rf"|(?:에|를)\s+(?:{_RANK_HELD})\s+(?!(?:곳|지역|도시)(?:은|는)\s)\p{{Hangul}}"
                           # (`6위가 된 허난성은`, `5위로 올라선 쓰촨성은`, `6위로 밀려난 허난성은`)
                           r"|(?:가\s+된|로\s+(?:올라선|올라간|뛰어오른|밀려난|내려앉은|내려간|떨어진))\s+(?!(?:곳|지역|도시)(?:은|는)\s)\p{Hangul})")


# a rank the words describing a region state, another the clause goes on to state (`8 위에 그친 간저우(赣州)가 … 1 위였다`)
# (one stopped at or pushed down to too, which `DESCRIBING_RANK` leaves to the figure when it is the only rank: `46위에 머문
# 라싸(拉萨)는 12.4%에 그쳤다` ranks the rate)
_RANK_DESCRIBING = compiled(rf"(?<![\d.])\d{{1,2}}\s*위(?:에|를|로)\s+(?:{_RANK_HELD}|그친|머문|머무른|밀려난)\s+\p{{Hangul}}")


def level_beside(listed: list[dict], previous: list[dict]) -> list[dict]:
    """The figures a clause's rank ranks: its own, but for marks it passed beside the level the clause
    before stated of the same region and unit (`4 조 600 억 위안을 기록해 | 처음으로 4 조 위안을 넘어서며 … 3 위`)."""
    if listed and all(f["amount"].bound for f in listed):
        return _levels_before(listed, previous) or listed
    return listed


def _lead_before(previous: list[dict], listed: list[dict]) -> dict | None:
    """The one figure the clause before stated, unranked, of the listed figures' unit, of a region none of them is,
    and above them all (a mark passed too: `광둥성이 1,900 억 위안을 넘어섰고, | 상하이 720 억 위안, … 순이다`): the first
    of the list that goes on after it; else None."""
    units = {f["amount"].unit for f in listed}
    own = [f for f in previous if not f["gap"] and f["rank"] is None and f["amount"].bound != "max" and f["amount"].unit in units]
    if len(own) != 1 or len(units) != 1 \
            or any(f["region"] is own[0]["region"] or f["region"].zh == own[0]["region"].zh for f in listed):
        return None
    values = [f["amount"].value for f in listed]
    return own[0] if own[0]["amount"].value > max(values) and values == sorted(values, reverse=True) else None


def share_taken(clause: str, f: dict) -> bool:
    """Whether a figure of `clause` is a share taken of a whole (`전국의 38.6%를 차지해`)."""
    # (`의` may be left out where the clause takes the share: `1,020만 대로 19.8%를 차지해 1위를`)
    return f["amount"].unit == "%" and bool(taken := _SHARE_TAKEN.match(clause, f["end"])) \
        and (clause[:f["start"]].rstrip().endswith("의") or "차지" in taken.group())


def level_of_share(listed: list[dict], previous: list[dict], clause: str) -> list[dict]:
    """The figures a clause's rank ranks when all it states is a region's share of a whole (`전국 생산량의 40% 이상을
    차지하며 | 5년째 1위를`): the level the clause before stated of the same region, which the share is of, and the share
    beside it where it is exact (`15억 4,000만 달러를 수출해 | 전국의 36.4%를 차지하며 | 1위를 지켰다`); else `listed`."""
    if not listed or not all(share_taken(clause, f) for f in listed):
        return listed
    levels = [f for f in previous if not f["gap"] and not f["amount"].bound and f["rank"] is None
              and f["amount"].unit not in ("%", "%p", "배")]
    if not levels or len({id(f["region"]) for f in levels + listed}) != 1:
        return listed
    return levels + [f for f in listed if not f["amount"].bound]


# a share taken of a whole (`… 40% 이상을 차지하며`)
# (or the share the clause goes on from to the rank: `48.6억 위안, 전국 생산액의 37.4%로 1위를 지켰다`)
_SHARE_TAKEN = compiled(r"\s*(?:이상|이하|가량|정도|안팎|남짓|넘게)?\s*(?:(?:을|를)\s*차지|(?:으로|로)\s+(?=(?:\S+\s+){0,2}?\d{1,2}\s*위))")


def levels_behind_gap(figures: list[dict], previous: list[dict]) -> list[dict]:
    """The level a clause holding only a gap ranks: the one the clause before stated of the same region and unit
    (`8조 9,980억 위안을 기록해 | 허난성보다 350억 위안 많은 5위로` ranks the 8조 9,980억)."""
    return _levels_before(figures, previous) if figures and all(f["gap"] for f in figures) else []


def _levels_before(figures: list[dict], previous: list[dict]) -> list[dict]:
    """The unranked levels the clause before stated, when they and `figures` are of one region and unit; else none."""
    levels = [f for f in previous if not f["gap"] and not f["amount"].bound and f["rank"] is None and not f.get("recalled")]
    same = len({id(f["region"]) for f in levels + figures}) == 1 \
        and {f["amount"].unit for f in levels} == {f["amount"].unit for f in figures}
    return levels if same else []
