"""What a paragraph's reading carries from sentence to sentence (`Paragraph`), and the steps of
`typed.prose_figures.block_to_figures` that work on it: a sentence stating no amount (`sentence_without_amount`), a
clause stating a rank but no figure of its own (`rank_only_clause`), the ranks the paragraph holds for a clause's figures
(`ranks_across_paragraph`), and a sentence's figures made records once its clauses are read (`sentence_to_records`)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import partial

from kic_extract.compiled import compiled
from kic_extract.typed.cells import decimal_text
from kic_extract.typed.prose_levels import CHANGE_WIDTH, CHANGED_BY, change_not_written, level_before_gap, written_change
from kic_extract.typed.prose_lists import may_name_set, set_named
from kic_extract.typed.prose_order import (
    BAND_OF_LIST,
    FROM_RANK,
    first_place_holder,
    held_measure,
    last_of_its_own,
    last_province,
    only_ahead,
    rank_holders,
    rank_told,
    ranked_by_order,
)
from kic_extract.typed.prose_owners import COMPARED_WITH, SCOPE_OF
from kic_extract.typed.prose_ranks import (
    RATE_SUBJECT,
    first_place,
    latest_of_series,
    level_beside,
    level_of_share,
    levels_ranked,
    rates_not_changes,
    share_taken,
)
from kic_extract.typed.figure_cues import cue
from kic_extract.typed.prose_regions import WHOLE_OF_PLACE, ProseRegion, multiple_base, sentence_regions
from kic_extract.typed.region_marks import AFTER_NAME
from kic_extract.typed.prose_years import figure_year, year_reach, years_in
from kic_extract.typed.rank_relations import is_passed, next_most, rank_above, rank_told_before
from kic_extract.typed.rank_steps import ranks_moved
from kic_extract.typed.stated_ranks import FROM_BOTTOM, LEAST, stated_ranks
from kic_extract.typed.paragraph_ranks import (FOLLOWERS_AFTER, follows_a_fall, measure_of_rank, named_in_order,
                                               only_ahead_of_told, other_measure, paragraph_last_place, ranked_so_far,
                                               ranks_compared)

# first place in a rate, told of no region of its own (`가장 빠른 증가세다`)
_RATE_LEAD = compiled(r"가장\s+(?:빠른|높은|큰|가파른)\s+(?:증가세|증가율|성장률|성장세|상승률|상승세|증가\s*폭|오름세)")
_SUBJECT_MARK = compiled(r"[\p{Hangul})](?:이|가|은|는)\s")  # (`후난성(湖南省)은 `)
# a measure made a clause's topic or subject, a few words at most (`투자 건수는`, `건당 평균 투자액은`)
MEASURE_TOPIC = compiled(r"\s*(?:[\p{Hangul}A-Za-z]+\s+){0,3}[\p{Hangul}A-Za-z]+(?:은|는|이|가)\s")
# (a clause granting a shortfall, the next turning: `… 12건에 그쳤지만`, `… 128억 위안으로 규모는 작지만`)
_CONCEDED = compiled(r"(?:그쳤|밀렸|적었|낮았|뒤졌|작았|작|적|낮)(?:지만|으나)\s*,?\s*$")
# a measure a clause goes on by (`구매액 규모로는`)
_BY_MEASURE = compiled(r"\s*(?:[\p{Hangul}A-Za-z]+\s+){0,3}[\p{Hangul}A-Za-z]+(?:으로|로)는\s")
# the scope of a rank, named right before it (`전국 1 위다`, `중국에서 3위`)
_SCOPE_RANKED = compiled(r"(?:에서)?\s*\d{1,2}\s*위")
# a place's rank named right before it (`10위 난징시는`): the place's, not one the clause states
_RANK_NAMING = compiled(r"\d{1,2}\s*위\s+(?=\p{Hangul}{2,}(?:시|성|구)?(?:(?:은|는|이|가|의)?\s|\())")
# a rank a figure's place held, told in the words describing the place after it (`12건으로 선두였던 장쑤성은`, `30억 위안으로
# 1위였던`, `… 1위를 차지했던`)
_PAST_LEAD = compiled(r"\s*(?:으로|로)\s+(?:(?P<n>\d{1,2})\s*위|선두|정상)(?:였던|이던|를\s*(?:차지|지켰|지키)[^\s]*던|을\s*(?:차지|지켰|지키)[^\s]*던)\s")
# a top seat kept or held (`최대 시장의 자리를 지켰다`, `최대 수출국 지위를 유지했다`)
_SEAT_KEPT = compiled(r"최대\s*\p{Hangul}{1,6}\s*(?:의\s*)?(?:자리|지위)(?:를|을)\s*(?:\S+\s+)?(?:지켰|지키|지켜|유지|굳혔|굳히|차지)")
# the level a change starts from, right before the one it reaches (`4.8%에서 5.2%로`)
# a part of what the clause before measured made the subject (`… 11.6% 늘었고, | 이 가운데 전열제품이 가장 가파르게 늘었다`)
_PART_SUBJECT = compiled(r"\s*(?:이|그)\s*(?:가운데|중)(?:에서)?\s+\p{Hangul}+(?:\([^()]*\))?(?:이|가|은|는)\s")
_CHANGED_FROM = compiled(r"\s*에서\s+(?:약\s*)?\d[\d,.]*\s*%")


@dataclass
class Paragraph:
    """A paragraph being read (`text`, with what `block_to_figures` was given about it) and what its sentences carry on
    to the next: the records made so far (`out`) and the last rank stated (`last_rank`), among others below."""

    text: str
    context_year: int | None
    issue_date: object
    places: dict[str, str] | None
    named: list[tuple[int, int]] | None
    ranked_unit: str | None
    unit_ranks: dict[str, int] | None
    paragraph_before: str
    last_rank: int | None
    plans_from: int  # where the paragraph first speaks of plans
    out: list[dict] = field(default_factory=list)
    years: list | None = None  # (the years read when a figure needs them)
    # the subject the last sentence's figures were all about, or the last sentence itself when it
    # stated no figure (its subject is found only when a figure needs it)
    carried: ProseRegion | str | None = None
    # a rank stated for a region with no figure yet: its next figure's, in this sentence or the next
    # (`1위 자리는 이번에도 광둥성의 몫이었다. 광둥성은 14조 7,620억 위안을`)
    held: tuple[str, int, str | None] | None = None
    # the places a list without figures ranks in order (`순위는 상하이시, 베이징시, 충칭시, 톈진시 순으로`):
    # each one's next figure in the paragraph takes its place
    standing: dict[str, int] = field(default_factory=dict)
    standing_said: str = ""  # (the words that ranked them)
    # those places, as a sentence after may give them their amounts (`각각 …`)
    order_named: list[ProseRegion] = field(default_factory=list)
    named_here: list[ProseRegion] = field(default_factory=list)  # the places the sentence named, as the next may count them
    # the places the sentence lists as one set with their count, in turn (`… 네 곳이`)
    in_set: list[ProseRegion] = field(default_factory=list)
    upcoming: list[int] = field(default_factory=list)  # ranks stated before the regions that hold them (`3~4위 …`)
    # the figures (and records) of the sentence before, when about one region
    told: list[tuple[dict, dict]] = field(default_factory=list)
    ranking: bool = False  # whether the sentence ranked figures (a bare list after it may go on: `rank_figures`)
    held_of: str | None = None  # the measure a held rank names right before it (`투자 금액 2위`)
    # ranks written before regions compared with (`2 위 장쑤성보다`): the region's unranked level of the gap's unit takes it
    compared: dict[str, tuple[int, str]] = field(default_factory=dict)
    # records ranked just behind regions named ahead (`선전에 이어 2 위`): their names
    behind: dict[int, frozenset[str]] = field(default_factory=dict)
    # records of a rank their place held in a past year (`12건으로 선두였던 장쑤성은`)
    past_ranks: list[tuple[dict, int]] = field(default_factory=list)
    leading: tuple[str, int | None] | None = None  # the unit and year of the paragraph's first place, once stated
    floor: int | None = None  # the last place a clause stated, the places above it named after it (`rank_above`)
    from_bottom: bool = False  # whether the sentence stating it reads the ranking from the bottom (`낮은 쪽부터 보면`)


def sentence_without_amount(st: Paragraph, sentence: str, end: int, told_before: list[tuple[dict, dict]]) -> None:
    """Read a sentence that states no figure (it ends at `end` in the paragraph; `told_before` the figures of the sentence
    before): what it says of the regions goes on to the next."""
    # a sentence with no amount states no figure; the one region it makes its subject goes on
    # (`증가세로는 허페이가 가장 돋보였다. | 3곳이 새로 추가되며 9곳이 됐고`), no other, and first place it
    # says that region holds is its next figure's (`지역별로는 광둥성이 독주하고 있다. 광둥성의 … 1,850억`)
    st.carried = sentence if _SUBJECT_MARK.search(sentence) else None
    if "각각" in st.text[end:end + 40]:
        st.named_here = sentence_regions(sentence, st.places)  # (`… 뒤를 이었다. | 세 도시의 물동량은 각각 …`)
    if may_name_set(sentence):
        st.in_set = set_named(sentence, sentence_regions(sentence, st.places))  # (`청두·충칭·시안 세 곳이 지정됐다`)
    if len(stated := stated_ranks(sentence)) == 1 and only_ahead_of_told(sentence, sentence_regions(sentence, st.places), told_before) \
            and rank_told(told_before, stated[0], sentence):
        st.last_rank = stated[0]  # `… 3,862억 위안을 기록했다. | 광둥성·장쑤성·저장성에 이어 네 번째 규모다`
    elif not stated and _RATE_LEAD.search(sentence) and (scopes := sentence_regions(sentence, st.places)) and all(
            SCOPE_OF.match(sentence, AFTER_NAME.match(sentence, r.end).end()) for r in scopes):
        # `… 수출이 … 27.6% 급증했다. | 광둥성 내 주요 산지 가운데 가장 빠른 증가세다`: the rate the sentence before told
        # of its one region leads the set of places the sentence names within a region (not a set of goods: `… 21.4%
        # 늘었다. | … 소비 품목 가운데 가장 높은 증가율을 기록했다`)
        rank_told(told_before, 1, sentence, {"%"})
    elif len(stated) == 1 and len(holders := [r for r in sentence_regions(sentence, st.places) if r.mark != "locates"]) == 1 \
            and not is_passed(sentence, holders[0]) and not COMPARED_WITH.match(sentence, holders[0].end):
        # `세 번째 자리는 후베이성 우한(武汉)에 돌아갔다. | 우한의 생산액은 …`: a rank in words its one region holds, its next
        # figure's (a rank in digits is read as a clause's, `rank_only_clause`)
        st.held = (holders[0].zh or holders[0].written, stated[0], held_measure(sentence))
        st.held_of = None
    if st.carried and (sole := first_place_holder(sentence, st.places)):
        st.held = (sole.zh or sole.written, 1, held_measure(sentence))  # (of a rate: `증설 속도는 …`)
        st.held_of = None
    if " 순" in sentence:
        # `서부 도시 GDP 순위는 충칭시, 청두시(成都市), … 순이다.`: places in order, no figure; their next figures' ranks
        ordered = sentence_regions(sentence, st.places)
        if order_of := ranked_by_order(sentence, sentence, 0, ordered, ordered):
            st.standing, st.standing_said = order_of, sentence
            st.order_named = named_in_order(ordered, order_of)


# the places the clauses before named, as a whole, the subject of a clause stating their ranks (`두 나라가`, `이들 도시는`)
_THESE_PLACES = compiled(r"\s*(?:(?:두|세|네|다섯|[2-5])\s*(?:개\s*)?(?:나라|곳|도시|지역|성|국가)|이들(?:\s*(?:나라|도시|지역|국가|곳))?)"
                         r"(?:이|가|은|는)\s")


# (a clause conceding what its subject is, by the copula: `… 작은 현이지만`; not a verb's, `… 줄었지만 | 4위는 유지했다`)
_CONCEDED_END = compiled(r"\p{Hangul}(?:이지만|이면서도|인데도)\s*,?\s*$")
_LAST_NAMED = compiled(rf"최하위|꼴찌|가장\s*{LEAST}")


def rank_only_clause(st: Paragraph, sentence: str, s_off: int, clause: str, c_off: int, regions: list[ProseRegion],
                     here: list[ProseRegion], previous: list[dict], previous_clause: str,
                     pending: list[tuple[int, list[dict]]], clause_at: dict[int, str],
                     told_before: list[tuple[dict, dict]]) -> bool:
    """Read a clause of a sentence (at `s_off`) that states no figure of its own (at `c_off` in it): the rank it states,
    and whose it is. Whether it ranked something."""
    if not here and _PART_SUBJECT.match(clause):
        return False  # `… 11.6% 늘었고, | 이 가운데 전열제품이 가장 가파르게 늘었다`: a part's first place, not the figure's
    # `…위안으로 …좁히며 | 2 위를 기록했다`: a rank standing alone ranks the clause before
    stated = stated_ranks(clause) or ([1] if first_place(clause, sentence[:c_off], by_figure=False) else []) \
        or paragraph_last_place(st.text, st.paragraph_before, s_off + c_off, clause) \
        or next_most(clause, sentence, here, partial(ranked_so_far, pending, st.out))
    if (not stated or BAND_OF_LIST.search(clause) or FROM_RANK.search(clause)) \
            and (order_of := ranked_by_order(sentence, clause, c_off, regions, here)):
        st.standing, st.standing_said = order_of, clause
        st.order_named = named_in_order(regions, order_of)
        return False
    if len(stated) == 1 and not pending and only_ahead_of_told(sentence, [r for r in here if r.end > r.start], told_before) \
            and rank_told(told_before, stated[0], clause):
        # `… 5,318억 위안에 달했다. | 서부 12개 성급 지역 가운데 쓰촨성, 충칭시에 이어 3위다`
        st.last_rank = stated[0]
        return True
    if previous and _CONCEDED_END.search(previous_clause):
        return False  # `인구 70만 명 남짓의 작은 현이지만 | … 첫손에 꼽히는 산지다`: the figures conceded, not the ones ranked
    levels, of_clause = [f for f in previous if not f["gap"]], previous_clause
    if 0 < len(own := [f for f in levels if not (f.get("bracketed") and WHOLE_OF_PLACE.match(
            sentence, AFTER_NAME.match(sentence, f["region"].end).end()))]) < len(levels):
        # (not the whole's level aside in brackets: `737곳으로 타이저우시 전체(1,400곳)의 52.6%를 차지하며 | 압도적 1위였다`)
        levels = own
    if previous and not levels:
        levels, of_clause = level_before_gap(pending, clause_at)  # (the gap's region's level before it)
    said = [f for _, fs in pending for f in fs]  # (the figures the sentence's clauses before gave)
    # (`25만 3,000대를 생산해 | 전국 생산량의 40% 이상을 차지하며 | 5년째 1위를`: the level the share is of)
    ranked = level_of_share(level_beside(latest_of_series(levels_ranked(levels), of_clause), said), said, of_clause)
    stated = stated or ([1] if ranked and first_place(clause, sentence[:c_off]) else [])  # (`31.5% 늘어 | 가장 두드러졌다`)
    order = list(dict.fromkeys(id(f["region"]) for f in ranked))
    holders = rank_holders(sentence, regions, here, ranked) if stated else []
    if stated and holders and len(stated) in (1, len(holders)):
        # `미국이 758곳으로 1위를 지켰고 | 중국이 2위, | 인도(71곳)와 …이 그 뒤를`, `… 냈고, | 푸젠성,
        # 상하이시, 후난성이 차례로 8~10위에`: regions of the clause's own hold the ranks, the
        # figures before take none; one region's rank is its next figure's
        st.held = (holders[0].zh or holders[0].written, stated[0], held_measure(clause)) if len(holders) == 1 else None
        st.held_of = measure_of_rank(clause)
        if len(holders) == len(stated) > 1:
            # `베이징시, 선전시(深圳市), 충칭시, 광저우시가 2~5위에 자리했다. 선전시는 3조 …`: so each one's
            st.standing = {(r.zh or r.written): rank for r, rank in zip(holders, stated)}
            st.standing_said = clause
        st.last_rank = stated[-1]
        return True
    if not stated and st.last_rank is not None and order and cue("next").search(clause) \
            and all(f["rank"] is None for f in ranked) and not any(r.subject for r in here):
        # `다롄과 우한이 각각 8.1%, 7.9% 하락해 | 그 뒤를 이었다`: they follow, in order (not where the clause names
        # its own followers: `홍콩으로 향한 물량이 전체의 40% 이상을 차지했고 | 미국, 말레이시아가 그다음이었다`)
        for f in ranked:
            f["rank"] = st.last_rank + 1 + order.index(id(f["region"]))
        st.last_rank = st.last_rank + len(order)
        return True
    if not stated and st.last_rank is not None and cue("next").search(clause) and ranked \
            and all(f["rank"] is not None for f in ranked) and " 순" in sentence[c_off + len(clause):] \
            and [r for r in here if r.subject and r.mark == "topic" and r.end > r.start]:
        # `신장이 … 가장 많고 | 간쑤성이 그 뒤를 이었으며, | 칭하이성(6,120 만 kW), … 순이었다`: a follower named with no
        # figure holds the next rank, the list after going on from it
        st.last_rank += 1
        return False
    if not stated and (st.last_rank is None or cue("scope").search(sentence, 0, c_off)) and len(order) == 1 \
            and cue("next").search(clause) \
            and not any(f["amount"].bound or f["rank"] is not None for f in ranked) and (followers := [r for r in here if r.end > r.start]) \
            and all((r.zh or r.written) != (ranked[0]["region"].zh or ranked[0]["region"].written) for r in followers):
        # `난핑시가 298 억 위안으로 … 절반 가까이를 차지했고, | 싼밍시와 룽옌시가 그 뒤를 이었다`: followers named with no
        # figure of their own put the one region before them first, in a ranking of its own (none before, or one the sentence
        # opens within its scope: `푸젠성 안에서는`) (not a mark it passed: `120 곳 이상을 끌어모으며 …
        # 자리 잡았고, | 닝더시와 허페이시가 뒤를 쫓고 있다`)
        for f in ranked:
            f["rank"] = 1
        st.last_rank = 1 + len(followers)
        return True
    rates = [f for f in ranked if f["amount"].unit in ("%", "%p", "배")]
    # (or a rate the clause before made its subject: `244곳으로 증가율이 24.5%에 달해 | 전국에서 가장 높았다`)
    by_rate = bool(cue("rate").search(clause)) or any(
        RATE_SUBJECT.search(previous_clause, max(0, f["start"] - 12), f["start"]) for f in rates)
    if len(rates) < len(ranked) and (rates or by_rate):
        # `… 위안으로 5.8% 성장하며 | 가장 빠른 성장세를 보였다` ranks the rate, or the change (`61만 명 늘어 | 증가 폭에서도
        # 1위`, not `61곳으로 늘어 | 증가 속도가 가장 빨랐다`); `4,812억 위안으로 … 12.7% 늘어 | 전국 4위에 올랐다` the level
        # (and the share of the whole the level is of, ordered as the levels are: `… 장으로 전국의 38.6%를 차지해 | 1위였다`)
        ranked = (rates or [f for f in ranked if CHANGED_BY.match(previous_clause, f["end"])]) if by_rate else \
            [f for f in ranked if f not in rates or share_taken(previous_clause, f)]
    ranked = rates_not_changes(ranked, clause)
    if _CONCEDED.search(previous_clause) and (MEASURE_TOPIC.match(clause) or _BY_MEASURE.match(clause)) \
            and not any(r.end > r.start and not _SCOPE_RANKED.match(sentence, r.end) for r in here):
        # `상하이는 12건에 그쳤지만 | 건당 평균 투자액은 가장 컸다`, `29% 늘어나는 데 그쳤지만 | 구매액 규모로는 여전히 전국
        # 1 위다`: first in another measure, of no figure
        ranked = []
    elif _SEAT_KEPT.search(clause) and ranked and all(f["amount"].unit in ("%", "%p") and CHANGED_BY.match(previous_clause, f["end"])
                                                     for f in ranked):
        ranked = []  # `미국 수출은 1.9% 감소했지만 | 여전히 최대 시장의 자리를 지켰다`: the seat is the level's, not the change's
    elif CHANGE_WIDTH.search(clause) and change_not_written(previous_clause, ranked):
        ranked = []  # `2.71%에서 2027년 2.93%로 높아져 | 상승 폭이 가장 컸다`: no level is first
    elif CHANGE_WIDTH.search(clause) and (changes := [f for f in levels if written_change(of_clause, f)] or [
            f for f in previous if f["gap"] and CHANGED_BY.match(previous_clause, f["end"])]) \
            and len({id(f["region"]) for f in changes}) == 1:
        # `872억 위안으로 12.4% 줄어 | 주요 도시 가운데 감소 폭이 가장 컸다`, `37건으로 8건 늘어 | …`: the width of the
        # change is ranked, not the level it led to (a change from a level compared with too: `전년(29건)보다 8건
        # 늘어 | 증가 폭이 가장 컸다`); a change in points is one whatever its verb (`69.4%에서 73.5%로 4.1%p 뛰어 | 개선
        # 폭이 가장 컸다`)
        ranked = changes
    named_order = list(dict.fromkeys(id(f["region"]) for f in said if not f["gap"]))
    if len(stated) > 1 and len(stated) == len(named_order) and _THESE_PLACES.match(clause) \
            and all(f["rank"] is None for f in said) and len({f["amount"].unit for f in said if not f["gap"]}) == 1:
        # `베트남향 수출은 37.6% 급증했고 | 멕시코향도 29.4% 늘어, | 두 나라가 증가율 1·2위를 나란히 차지했다`: the places
        # the clauses before gave a figure each, in turn
        for f in said:
            if not f["gap"]:
                f["rank"] = stated[named_order.index(id(f["region"]))]
        st.last_rank = stated[-1]
        return True
    one = len({id(f["region"]) for f in ranked}) == 1
    tie = len(stated) == 1 and len({f["amount"].value for f in ranked}) == 1  # `나란히 5.6% | 공동 3위`
    if stated and ranked and (one or tie) and all(f["rank"] is None or f.get("first_within") for f in ranked):
        for f in ranked:
            f["rank"] = stated[0]
        # (a tie holds as many places as share it: `… 나란히 245억 위안을 기록해 | 공동 3위에 올랐으며, 이어 장쑤성 …,
        # 쓰촨성 … 순이었다` → 5, 6)
        st.last_rank = stated[0] + len({id(f["region"]) for f in ranked}) - 1
        return True
    if len(stated) > 1 and len(stated) == len(order) and all(f["rank"] is None for f in ranked) \
            and len(ranked) == len(order):
        # `간쑤성과 네이멍구자치구는 각각 6.0%, 5.9%를 기록해 | 3위와 4위에`: the regions before, in turn
        for f in ranked:
            f["rank"] = stated[order.index(id(f["region"]))]
        st.last_rank = stated[-1]
        return True
    if len(stated) == 1 and not ranked:
        # `미국이 1위를 지켰지만 | 비중은 11.2%로 떨어지며`: the rank of the figure that follows
        # (not a set the rank is within: `창장삼각주 경제권 41개 도시 가운데 … 선두는 … 상하이시였다`)
        subjects = [r for r in here if r.subject
                    and not SCOPE_OF.match(sentence, AFTER_NAME.match(sentence, r.end).end())]
        st.held = (subjects[0].zh or subjects[0].written, stated[0], None) if len(subjects) == 1 else None
        st.held_of = measure_of_rank(clause)
    return False


def sentence_to_records(st: Paragraph, sentence: str, s_off: int, regions: list[ProseRegion],
                        pending: list[tuple[int, list[dict]]], clause_at: dict[int, str],
                        subject_before: ProseRegion | None) -> None:
    """Make the figures a sentence's clauses gave (`pending`, by clause offset) the paragraph's records, and find the
    region the next sentence goes on about."""
    # (`지난해 4 위였던 광저우는 … 순위가 한 계단 내려앉았다`: the rank it moved to)
    ranks_moved(sentence, st.text[max(0, s_off - 240):s_off], pending)
    about = {id(f["region"]): f["region"] for _, figures in pending for f in figures}
    if len(about) > 1:
        # (not the nation whose whole a bracket gives beside a share: `광둥성의 … 중국 전체 GDP(248 조 … 위안)의 9.6%를
        # 차지했다. | 그러나 성장률은 4.6%로`, 광둥성's)
        asides = {id(f["region"]) for _, figures in pending for f in figures if f["region"].zh == "中国" and f.get("bracketed")}
        asides -= {id(f["region"]) for _, figures in pending for f in figures if not f.get("bracketed")}
        about = {k: r for k, r in about.items() if k not in asides}
    # (nor a region a multiple or a gap is measured from, its figure in brackets: `같은 기간 광둥성 증가율(4.1%)의 5 배를
    # 웃도는 수준이다. | 이 가운데 수출은 …`, about the region before)
    # (nor one passed or compared with, its figure in brackets: `… 760만 무로 구이저우성(720만 무)을 앞지르고 전국 1위에
    # 올랐다. | 찻잎 생산량은 …`, 윈난성's)
    bases = {k for k, r in about.items() if (multiple_base(sentence, r) or is_passed(sentence, r)
                                             or COMPARED_WITH.match(sentence, AFTER_NAME.match(sentence, r.end).end()))
             and all(f.get("bracketed") for _, figures in pending for f in figures if id(f["region"]) == k)}
    about = {k: r for k, r in about.items() if k not in bases}
    st.carried = next(iter(about.values())) if len(about) == 1 else subject_before if bases and not about else None
    # (what a ranking after the sentence may follow: its one region, or the one whose figure is no aside in brackets,
    # `위항구의 R&D 투자액은 412 억 위안으로 항저우시(1,146 억 위안)의 36.0%를 차지했다. | 시후구는 … 그 뒤를 이었고`)
    topical = [r for r in about.values() if r.mark != "figure"]
    told_region = st.carried if st.carried is not None else topical[0] if len(topical) == 1 else None
    if not about and subject_before is not None and only_ahead(sentence, [r for r in regions if r.end > r.start]):
        # `… 2026년 대외무역액이 5,318억 위안에 달했다. | 서부 … 쓰촨성, 충칭시에 이어 3위다. | 증가율은 11.2%로`: a
        # sentence naming only the places ahead of its rank goes on about the region before
        st.carried = subject_before
    if st.carried is not None and st.carried.mark == "direction":
        st.carried = None  # `독일행 수출은 18% 줄었다. | 수출 평균 단가는 …`: the flow's figure only
    for c_off, figures in pending:
        for fig in figures:
            amount, region = fig["amount"], fig["region"]
            if st.years is None:
                st.years = year_reach(st.text, years_in(st.text, st.issue_date) if st.named is None else st.named)
            year, own_year = figure_year(st.text, s_off + c_off + fig["start"], st.years, st.context_year)
            if fig["rank"] and amount.value > 0 and not fig["gap"] and follows_a_fall(clause_at.get(c_off, ""), fig["rank"],
                                                                                       amount.unit, st.out):
                amount = replace(amount, value=-amount.value)  # `허난성은 21만 명 줄어 그다음이었다. | 지린성(18만 명)과 …
                # 랴오닝성(15만 명)이 그 뒤를 이었다`: followers of a ranking of falls, with no verb of their own, fell too
            if fig["rank"] == 1 and not any(at <= s_off + c_off + fig["start"] < end <= s_off + len(sentence)
                                            for at, _, end in st.years):
                # (not a first place looked back on in a sentence its year dates alone, `'37 년 1~3 분기에는 둥관이
                # 6.1%로 증가율 1 위였다`: the ranking after it goes on in the year it was in)
                st.leading = (amount.unit, year)
            elif fig["rank"] and st.leading and st.leading[0] == amount.unit and year != st.leading[1] \
                    and not any(s_off <= at < s_off + len(sentence) for at, _, _ in st.years):
                # `선전은 9 월 말 기준 … 3,386 곳으로 1 위 …. 선전이 생산한 … 2032 년 세계 시장의 70% …. 2 위 광저우(1,402
                # 곳)와 …`: the ranking goes on in its own year, not one a sentence between named for another measure
                year = st.leading[1]
            st.out.append({"region_ko": region.written, "region_zh": region.zh, "value": decimal_text(amount.value),
                        "unit": amount.unit, "rank": fig["rank"], "bound": amount.bound, "approx": amount.approx,
                        "year": year, "own_year": own_year,
                        "target": bool(cue("target").search(sentence)),
                        # (whether plans were spoken of by this sentence's end: results before them are not theirs)
                        "in_plans": st.plans_from < s_off + len(sentence) or bool(cue("plan").search(sentence)),
                        # (whether it is the level a change starts from: `목표를 4.8%에서 5.2%로`)
                        "changed_from": bool(_CHANGED_FROM.match(st.text, s_off + c_off + fig["end"])),
                        "raw": amount.raw})
            if told_region is not None and region is told_region and not fig["gap"]:
                st.told.append((fig, st.out[-1]))
            if fig.get("behind"):
                st.behind[len(st.out) - 1] = fig["behind"]
            if fig.get("past_rank"):
                st.past_ranks.append((st.out[-1], fig["past_rank"]))


def _ranks_just_before(st: Paragraph, pending: list[tuple[int, list[dict]]], c_off: int, figures: list[dict]) -> list[int]:
    """The ranks the clause before stated, or, for a sentence's first clause, the last rank the paragraph stated in a unit
    of the clause's figures (`장시성이 … 8위에 머물렀고, …. | 안후이성은 52억 8,000만 위안으로 그 바로 위였다`)."""
    if pending:
        return [f["rank"] for f in pending[-1][1] if f["rank"] is not None]
    ranked = [rec for rec in st.out if rec["rank"] is not None]
    units = {f["amount"].unit for f in figures}
    return [ranked[-1]["rank"]] if not c_off and ranked and any(rec["unit"] in units for rec in ranked) else []


def ranks_across_paragraph(st: Paragraph, sentence: str, s_off: int, clause: str, c_off: int, figures: list[dict],
                           regions: list[ProseRegion], here: list[ProseRegion], pending: list[tuple[int, list[dict]]]) -> None:
    """Give a clause's figures (at `c_off` in a sentence at `s_off`) the ranks the paragraph holds for them: one their place
    held in a past year, last place, a place above the last, a rank of a list in order or of a region compared with, and
    ranks stated before the regions that hold them."""
    for f in figures:
        if f["rank"] is None and (past := _PAST_LEAD.match(clause, f["end"])):
            # `지난해 12건으로 선두였던 장쑤성은`: the rank the place held then is that figure's (given once the
            # paragraph's ranks are filled in, which it takes no part in: it ranks another year)
            f["past_rank"] = int(past["n"]) if past["n"] else 1
    if not any(f["rank"] is not None for f in figures) and (last := paragraph_last_place(st.text, st.paragraph_before, s_off + c_off, clause)
                                                           or last_province(clause, figures, st.paragraph_before + "\n" + st.text[:s_off])):
        # `시안은 4.9%에 그쳐 최하위로 밀렸다` after `네 도시 가운데`: the last of the set compared; a
        # province last with no set named is last of the country's 31 (`헤이룽장성은 3.6%에 그쳐 최하위`)
        ranked = levels_ranked([f for f in figures if not f["gap"]], clause)
        if len({id(f["region"]) for f in ranked}) > 1:
            ranked = last_of_its_own(clause, ranked)  # (`허난은 62.4%, 허베이는 37.1%로 최하위였다`: 허베이's)
        # (a ranking read from the bottom, last place stated as such, goes up from it: `낮은 쪽부터 보면 정저우가 9.6%로
        # 최하위였고, | 우한 11.2%, 시안 12.7%가 뒤를 이었다` → 10, 9, 8 of ten)
        st.from_bottom = bool(FROM_BOTTOM.search(sentence, 0, c_off + len(clause))) and bool(_LAST_NAMED.search(clause))
        ascending = FOLLOWERS_AFTER.match(sentence, c_off + len(clause)) is not None and not st.from_bottom
        if len({id(f["region"]) for f in ranked}) == 1:
            for f in ranked:
                # (but the least the others then follow leads a ranking from the least: `… 1,286명으로 가장 적었고
                # 칭하이성(1,410명), … 뒤를 이었다` → 1, 2, 3)
                f["rank"] = st.floor = 1 if ascending else last[0]
            # nothing follows last place (`… 나란히 5.2%를` in a later paragraph ties no rank)
            st.last_rank, st.floor = (1, None) if ascending else (None, st.floor)
    elif st.floor is not None and not any(f["rank"] is not None for f in figures):
        st.floor = rank_above(clause, figures, st.floor, st.from_bottom)  # (but places above it may: `그 바로 위를 … 차례로 차지해`)
    elif not any(f["rank"] is not None for f in figures) and cue("above").search(clause) \
            and (stated := _ranks_just_before(st, pending, c_off, figures)):
        # (or above a rank the clause before stated: `충칭이 2,210만 달러로 10위에 머물렀고, | 장시성(…)과 허베이성(…)이
        # 그 위에 자리했다` → 9, 8; or the sentence before, opening one: `장시성이 40억 2,000만 위안으로 8위에 머물렀고, ….
        # | 안후이성은 52억 8,000만 위안으로 그 바로 위였다` → 7)
        st.floor = rank_above(clause, figures, stated[-1])
    # (not one its sentence ranks anew, `… 두 번째로 높은`; a rank naming another, `10위 난징시는`, is the other's)
    for f in figures if st.standing else ():
        if f["rank"] is not None:  # (`… 후베이성, … 순으로 집계됐다. 7 위 후베이성은 270억 위안으로 2.1% 줄어`: ranked anew, once)
            st.standing.pop(f["region"].zh or f["region"].written, None)
    if st.standing and not stated_ranks(_RANK_NAMING.sub("", sentence[c_off:])):
        for f in levels_ranked([f for f in figures if not f["gap"] and f["rank"] is None], clause):
            if st.leading and f["amount"].unit != st.leading[0] and st.standing_said not in sentence[:c_off]:
                continue  # (`산둥성과 저장성도 3 위와 4 위를 유지해 …. … 저장성의 성장률은 … 5.6%로`: the ranking's measure only;
                # but a standing the sentence itself set ranks its next figures, `3~5위는 푸젠성, … 순으로, | 세 지역의 생산량은 각각 …`)
            if other_measure(sentence[:c_off + f["start"]], st.standing_said, regions):
                continue  # (`로봇 기업 수는 선전, …, 둥관 순으로 많았다. | 둥관의 산업용 로봇 보유량은 8만 대를`)
            if f["amount"].unit in ("%", "%p") and (CHANGED_BY.match(clause, f["end"]) or cue("passed").search(st.standing_said)) \
                    and not cue("rate").search(st.standing_said):
                # (nor the rate of one passed in a level: `쓰촨성이 … 허난성을 … 제치고 … 5위에 올랐다. 허난성은 5.5%의 … 성장률`)
                continue  # (`… 청두시가 각각 2위와 3위에 올랐다. 청두시의 주문은 … 27.4% 늘어`: a change, not the level ranked)
            if (rank := st.standing.pop(f["region"].zh or f["region"].written, None)) is not None:
                f["rank"] = rank
    st.compared.update(ranks_compared(sentence, here, figures))
    rank_told_before(st.out, st.compared, [f for _, fs in pending for f in fs] + figures)  # (`… 우루무치 … 1,246 억 위안 …. 난닝이 2,318 억 위안으로 … 2 위 우루무치보다`)
    if st.compared:
        for f in levels_ranked([f for f in figures if not f["gap"] and f["rank"] is None], clause):
            key = f["region"].zh or f["region"].written
            if key in st.compared and st.compared[key][1] == f["amount"].unit \
                    and st.compared[key][0] not in stated_ranks(sentence[c_off:]):
                f["rank"] = st.compared.pop(key)[0]  # `… 2 위 장쑤성보다 846 억 위안 많은 규모다. 장쑤성은 8,690 억 위안을`
                # (and followers go on from it: `베이징은 1,345 억 위안을 기록했고 상하이가 … 그 뒤를 이었다` → 3)
                st.last_rank = f["rank"] if st.last_rank is None or f["rank"] > st.last_rank else st.last_rank
    if st.upcoming:
        # (ranks the clause stated itself are no longer to come: `3~5위 구도는 … 산둥성이 … 3위, … 5위를
        # 지켰다. … 허난성은 6조 9,120억 위안에 그쳐`: 허난성 is not 3rd)
        st.upcoming = [r for r in st.upcoming if all(f["rank"] != r for f in figures)]
        seen: set[int] = set()
        for f in levels_ranked([f for f in figures if not f["gap"] and f["rank"] is None], clause):
            if st.upcoming and id(f["region"]) not in seen:
                seen.add(id(f["region"]))
                f["rank"] = st.last_rank = st.upcoming.pop(0)
