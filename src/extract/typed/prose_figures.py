"""Figures about regions stated in running prose → `figures.json`, in any article.

A paragraph is read sentence by sentence, clause by clause. A figure is an amount with a unit
(`6 조 8,725 억 위안`, `4.2%`, `142 건`); it belongs to the nearest region named before it in
its clause, or else to the region an earlier clause of its sentence makes its topic or subject
(`광둥성은 …`, `광둥성의 …`; a place only located there, `저장성에 생산 기지를`, and a region
qualifying a noun, `선전-홍콩 협력구를`, are not carried on). A region followed by `과의`/`보다`
is compared with, not described; `상하이는 전국에서 유일하게` is about 상하이, not the country.
Regions are the gazetteer's, the country as a whole (`전국`), and places the gazetteer does not
list, by their generic word (`난산구(南山区)`, see `places.find_places`); which region a figure
belongs to is decided clause by clause in `typed.clause_figures` (with `typed.prose_owners` and `typed.prose_joins`);
this module carries what a sentence and a paragraph hold from clause to clause.
A count is not a figure about the region before it when it counts the text's own items or a
band of ranks (`…, 충칭 등 5 개 도시`, `다음은 … 8 곳이다`, `상위 5 개 도시`), or counts a noun the
region only qualifies (`한국 스타트업 12 개 사와`). Ranks come from the clause (`2 위를 기록`),
from a list closed by `순` (`A 5.7%, B 5.2%, C 5.0% 순` → 1, 2, 3, or from `6 위 이하에서는` on),
or from order words (`그 뒤를 이어`, `다음으로`: one past the last rank). A gap figure (`격차 …
1,758 억 위안`) carries no rank, nor does a mark passed beside a level (`6조 280억 위안으로 처음 6조
위안을 돌파하며 8위에`). A rank stated for a region with no figure is its next figure's (`1위 자리는
광둥성의 몫이었다. 광둥성은 14조 …`), or, when another region's figure follows, the rank that region
follows (`싱가포르가 1위 자리를 지킨 가운데 한국이 … 그 뒤를 이었다` → 2).
A figure in brackets right after a region is that region's (`미국(18.5%)과의 차이가`); regions
joined by `·` right before a figure each have it (`장쑤성·산둥성 5%`), as do the regions listed
after a mark as the places that passed it (`10조 위안을 넘긴 곳은 광둥성, 장쑤성, 산둥성`).
The year is the nearest year or period written before the figure in its paragraph (`2025 년`,
`'24년`, `올해`, a bare `9 월`, `1~3 분기`; read by `typed.prose_years`). A paragraph that names
none takes the period the article is about: the one its title names (a title's day date is the
source's, not the data's), else the one the opening paragraph of the article, or of its part
under a heading, gives its own figures or, with none, states for the quantities it reports (`올해
1월 1일부터 … 1,268건`; a month alone states none). `같은 기간` names again the period the last
figures were for (a year dating no figure, `지난해 흥행작`, is not one); a year's own figure in
brackets is that year's (`2024년(-27.1%)에 비해`). A year named further down dates only its own paragraph
(one in a target or forecast, only its sentence); with none of these the year is null, as the
text does not say. Nothing is assigned where no region precedes a figure.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.data import word_list
from kic_extract.typed.cells import same_measure
from kic_extract.typed.clause_figures import DIGIT_AHEAD, clause_to_figures, figure_for
from kic_extract.typed.prose_clauses import clauses, lede_amounts, lede_named
from kic_extract.typed.prose_levels import carry_price_unit
from kic_extract.typed.prose_lists import (
    THESE_IN_TURN,
    places_listed_before,
    counted_in_turn,
    mark_of_counted_set,
    set_named,
    set_opening,
)
from kic_extract.typed.prose_order import (
    FROM_RANK,
    PLACE_TOPIC,
    SUBJECT_PARTICLE,
    fill_ranks_between,
    held_figures,
    lead_followers,
    sole_predicate,
    sole_subject,
)
from kic_extract.typed.clause_amounts import amounts_in, counts_in_words, spread_over_own_list
from kic_extract.typed.share_ranks import rank_bracketed_shares
from kic_extract.typed.prose_owners import COMPARED_WITH
from kic_extract.typed.prose_ranks import (
    DESCRIBING_RANK,
    GOES_ON_OPENING,
    rank_figures,
)
from kic_extract.typed.rank_relations import (
    NEXT_MOST,
    is_passed,
    places_held_after,
    next_least,
    rank_behind,
    rank_of_other,
    rank_passing,
    regions_ahead,
)
from kic_extract.typed.figure_cues import cue, cues, measure_nouns
from kic_extract.typed.prose_regions import COMPASS_PART, THIS_OPENS, ProseRegion, in_quoted_name, sentence_regions
from kic_extract.typed.region_marks import AFTER_NAME, FIRMS_OF_CLASS
from kic_extract.typed.prose_region_sets import BLOC, is_whole_of_share
from kic_extract.typed.paragraph_state import (MEASURE_TOPIC, Paragraph, rank_only_clause, ranks_across_paragraph,
                                               sentence_to_records, sentence_without_amount)
from kic_extract.typed.prose_years import BY_OPENING, SENTENCES
from kic_extract.typed.rank_steps import ranks_ceded
from kic_extract.typed.stated_ranks import ordinals_as_digits, stated_ranks
from kic_extract.typed.paragraph_ranks import (each_of_order, last_rank_of, named_in_order, ranked_so_far, subjects_told)

def _thresholds_only(sentence: str, cut: int) -> bool:
    """Whether every amount in a sentence before `cut` (its first region) is no figure of the region before: the threshold
    of the class of firms named after it (`연 매출 100억 위안이 넘는 문구 기업은 광둥성에 두 곳, …`) or the base of a rate
    (`기업 1곳당 평균 생산액을 보면 샹산현 니트 기업은`).

    >>> s = "연 매출 10 억 위안을 넘는 원저우 제필 기업은 세 곳에"
    >>> _thresholds_only(s, s.index("원저우")), _thresholds_only("매출은 100억 위안으로 광둥성이", 13)
    (True, False)
    >>> _thresholds_only("기업 1곳당 평균 생산액을 보면 샹산현 니트 기업은", 19)
    True
    """
    found = list(amounts_in(sentence[:cut]))
    return bool(found) and all(a.bound and FIRMS_OF_CLASS.match(sentence, end) or sentence.startswith("당", end)
                               for _, a, end in found)


_RANK_IN_PART = compiled(r"(?<!\p{Hangul})(?:성내|시내|도내|권내|역내)\s*\d")  # (a rank within a part: `성내 1 위에`)
_ORG_TOPIC = compiled(r"\s*(?P<latin>[A-Z][A-Za-z0-9&.\-]*)(?:\s+[A-Za-z0-9&.\-]+)*(?:\s?\p{Hangul}{1,6})?(?:은|는|이|가)\s")
# the subject a region heads, a few words on, perhaps after its `의` (`중국 XR 기기 출하량이`, `한국의 비데 시장 규모가`; not
# `한국 스타트업의`, nor the organisation's own within it, `중국 내 협력 거점이`)
_HEADS_SUBJECT = compiled(r"(?!\s+내\s)의?(?:\s+[\p{Hangul}A-Za-z]+){1,3}(?:이|가)\s")


# a region whose level, in brackets, another's is set against (`9.8%로 상하이(9.1%)를 웃돌았다`)
_MEASURED_AGAINST = compiled(r"(?:\([^()]*\d[^()]*\))(?:을|를)\s*(?:\S+\s+)?(?:웃돌|밑돌|상회|하회|앞서|앞섰|앞질)")
# a sentence opening by turning against the one before (`다만`, `그러나`, `하지만`, `반면`)
_TURNING = compiled(r"\s*(?:다만|그러나|하지만|반면|그런데|그렇지만)(?!\p{Hangul})")


# a clause opening with another measure, added to the one before by `도` (`연구개발 투자 비중도 2.5% 이상으로`)
_ANOTHER_MEASURE = compiled(rf"\s*(?:[\p{{Hangul}}A-Za-z]+\s+){{0,3}}\p{{Hangul}}*(?:{measure_nouns()}|비중|점유율|비율)도\s")


def _breaks_down(opening: str) -> bool:
    """Whether a sentence opens by breaking a measure down by something other than place or time (data/figure_cues.tsv,
    `breakdown` and `by_place`).

    >>> _breaks_down("치료 영역별로는 항암제가 27건으로"), _breaks_down("지역별로는 상하이가"), _breaks_down("분기별로는 1 분기")
    (True, False, False)
    """
    return bool(cue("breakdown").match(opening)) or bool((m := BY_OPENING.match(opening)) and m["by"] not in cues("by_place"))


def _ranked_before_its_figure(clause: str, figures: list[dict], here: list[ProseRegion], ahead) -> tuple | None:
    """The rank a clause states for its one subject, which has no figure of its own yet, after the one ahead of it whose
    figure alone the clause gives in brackets (that one takes the rank before): (the subject, its rank, None); else None."""
    stated = stated_ranks(clause)
    listed = [f for f in figures if not f["gap"]]
    subjects = [r for r in here if r.subject and id(r) not in ahead and r.end > r.start]
    if len(stated) != 1 or stated[0] < 2 or len(subjects) != 1 or not listed \
            or not all(id(f["region"]) in ahead and f.get("bracketed") and f["rank"] is None for f in listed):
        return None
    for f in listed:
        f["rank"] = stated[0] - 1
    return subjects[0].zh or subjects[0].written, stated[0], None


def block_to_figures(text: str, context_year: int | None, last_rank: int | None = None, issue_date=None,
                     places: dict[str, str] | None = None, named: list[tuple[int, int]] | None = None,
                     ranked_unit: str | None = None, unit_ranks: dict[str, int] | None = None,
                     paragraph_before: str = "", ranks_before: tuple[tuple[str, int, str], ...] = ()) -> tuple[list[dict], int | None]:
    """Figures of one paragraph, and the last rank it stated (order words in the next one go on from
    it, `ranked_unit` the unit it ranked; `unit_ranks` the last rank the paragraphs before gave each unit;
    `paragraph_before` the part's paragraphs before it, whose set last place may be of; `ranks_before` the (name, rank,
    unit) they gave, the one a clause names just ahead of its subject may hold). A figure's `own_year` tells
    whether the paragraph names its year (else `context_year`); `named` is the paragraph's `years_in`, when the caller
    has read it.

    >>> [(f["region_ko"], f["value"], f["unit"], f["rank"]) for f in block_to_figures(
    ...     "장쑤성은 6 조 6,967 억 위안으로 광둥성과의 격차를 1,758 억 위안까지 좁히며 2 위를 기록했다.", 2025)[0]]
    [('장쑤성', '6696700000000', '위안', 2), ('장쑤성', '175800000000', '위안', None)]
    >>> [(f["region_ko"], f["value"], f["rank"]) for f in block_to_figures(
    ...     "투자 건수는 베이징 612 건, 상하이 540 건, 선전 421 건 순으로 많았으며, 항저우가 318 건으로 그 뒤를 이었다.",
    ...     2025)[0]]
    [('베이징', '612', 1), ('상하이', '540', 2), ('선전', '421', 3), ('항저우', '318', 4)]
    >>> [(f["region_ko"], f["value"], f["rank"]) for f in block_to_figures(
    ...     "수출은 허난성이 9.1%로 가장 높았고, 다음으로 윈난성 7.5%, 푸젠성 6.2% 순이었다. "
    ...     "랴오닝성의 수출은 3.4% 감소했다.", 2025)[0]]
    [('허난성', '9.1', 1), ('윈난성', '7.5', 2), ('푸젠성', '6.2', 3), ('랴오닝성', '-3.4', None)]
    >>> [(f["region_ko"], f["value"], f["rank"]) for f in block_to_figures(
    ...     "기업 수는 베이징이 160 곳으로 가장 많고, 상하이 95 곳, 쓰촨성 64 곳 순이다. "
    ...     "성장률은 청두 5.9%, 항저우 5.8% 순으로 높았다.", None)[0]]
    [('베이징', '160', 1), ('상하이', '95', 2), ('쓰촨성', '64', 3), ('청두', '5.9', 1), ('항저우', '5.8', 2)]
    >>> [(f["region_ko"], f["value"]) for f in block_to_figures(
    ...     "웨이란은 저장성에 생산 기지를 운영하며, 150kWh 배터리를 공급한다. 한국 스타트업 12 개 사와 베이징, "
    ...     "충칭 등 5 개 도시가 참가했다. 광둥성은 1 위를 지켰고 전년 대비 4.1% 증가했다.", None)[0]]
    [('광둥성', '4.1')]
    """
    if not DIGIT_AHEAD.search(text) and not counts_in_words(text):
        return [], last_rank  # every figure is an amount, and every amount has a digit or a count in words
    plans = cue("target").search(text)
    st = Paragraph(text, context_year, issue_date, places, named, ranked_unit, unit_ranks, paragraph_before, last_rank,
                   plans_from=plans.start() if plans else len(text))
    said = ""  # (the sentence before, whose named places the next may count)
    pending: list[tuple[int, list[dict]]] = []  # (each clause's figures, of the sentence read last)
    for sm in SENTENCES.finditer(text):
        sentence, s_off = sm.group(), sm.start()
        said_before, said = said, sentence
        told_before, st.told = st.told, []
        set_before, st.in_set, in_turn = st.in_set, [], {}
        named_before, st.named_here = st.named_here, []  # (the places the sentence before named, as the next may count them)
        subject_before = st.carried if isinstance(st.carried, ProseRegion) else None  # (the region the sentence before was about)
        ranking_before, st.ranking = st.ranking, False  # (whether the sentence before ranked its figures)
        if st.held is not None and _TURNING.match(sentence):
            st.held = None  # `광둥성은 3위로 밀려났다. | 다만 광둥성의 수출액 증가율은 9.8%로`: another measure, set against it
        if (not DIGIT_AHEAD.search(sentence) or PLACE_TOPIC.search(sentence) and not next(amounts_in(sentence), None)
                and not stated_ranks(sentence)) and not counts_in_words(sentence):
            # (a place named with digits of a period only: `1년 새 인구가 가장 많이 불어난 곳은 저장성이다. | 한 해 동안 41만
            # 명이 늘었다`)
            sentence_without_amount(st, sentence, sm.end(), told_before)
            continue
        regions = st.named_here = sentence_regions(sentence, places)
        if "째" in sentence:
            # (a rank written as an ordinal before a region is one in digits: `세 번째 브라질(9.2%)이 네 번째 사우디아라비아(7.9%)를`)
            sentence = ordinals_as_digits(sentence, {r.start for r in regions})
        st.in_set = set_named(sentence, regions)
        if (org := _ORG_TOPIC.match(sentence)) and org["latin"] not in word_list("common_acronyms.txt"):
            # `KIC 중국은 한국 스타트업의 … 4개 권역의 …`: a sentence about an organisation named in Latin
            # letters is about no region but one it makes its own subject
            # (or heads: `IDC는 2026년 중국 XR 기기 출하량이 1,150만 대 안팎으로 … 내다봤다`)
            regions = [r for r in regions if SUBJECT_PARTICLE.match(sentence, at := AFTER_NAME.match(sentence, r.end).end())
                       or _HEADS_SUBJECT.match(sentence, at)]
        if _FORECAST_CLOSE.search(sentence) and (forecasters := [r for r in regions if _FORECASTER.match(sentence, r.end)]):
            # `중국 귀진(國金)증권은 … 보고서에서 창신메모리의 월 생산량이 … 20 만장으로 늘어나 … 것으로 내다봤다`: an analyst
            # a region qualifies forecasts of another; the region holds none of its figures, nor does the one before
            regions = [r for r in regions if r not in forecasters]
            st.carried = None
        # (a region in a quoted name, `'항저우 6 소룡'으로 불리는 …`, is named by no clause)
        first = next((r for r in regions if not in_quoted_name(sentence, r.start, r.end)), None) \
            if st.carried is not None else None
        head = sentence[:first.start] if first else sentence
        if st.carried is not None and (cue("speaker").match(opening := sentence.lstrip()) or _breaks_down(opening)
                                       or (body := _BODY_TOPIC.match(sentence) or _COUNTED_TOPIC.match(sentence)
                                               or _GLOSSED_TOPIC.match(sentence) or _PART_TOPIC.match(sentence)
                                               or _BLOC_TOPIC.match(sentence) or _TIER_TOPIC.match(sentence))
                                       and (first is None or first.start >= body.end())
                                       or _world_subject().search(sentence, 0, first.start if first else len(sentence))):
            # `업계는 내년 판매량이 7 만 대를 넘어설 것으로 …`: what others expect, of no region before; `분야별로는 로봇이
            # 23 건으로 …`: a measure by sector, not by the region before; `국가에너지국은 … 송전선 4 개 노선을 올해
            # 착공할 예정이다`: what a public body does; `10 개 클러스터의 표준 랙은 모두 약 332 만 개로`: a set of things;
            # `… 운영사인 중국중면(中国中免)의 2024년 매출도 …`: a firm's or a person's (no place: `first` is past it);
            # `이 가운데 중부와 서부 지역 기업이 올린 영업수입은 …`: a part of the country, no region of its own; `작황 부진으로 국제
            # 코코아 선물 가격이 … 톤당 1만 2,000달러를 넘어서며`: the world's, not the region's before
            st.carried = None
        if st.carried is not None and not spread_over_own_list(head) \
                and (first is None or DIGIT_AHEAD.search(head) and next(amounts_in(head), None) and not _thresholds_only(sentence, len(head))
                     or all(not r.subject or COMPARED_WITH.match(sentence, r.end) or _MEASURED_AGAINST.match(sentence, r.end)
                            or (r.zh == "中国" or THIS_OPENS.match(sentence)) and is_whole_of_share(sentence, r) for r in regions)):
            # `이 중 수출은 19 조 … 늘었고`: a sentence naming no region goes on about the last one, as do
            # the figures it states before it names one (`지난해 GDP는 10조 … 3위 자리를 굳혔고, … 광둥성·…`)
            # and one naming only the regions it is compared with (`2위 광저우(…)와의 격차는 7,200억 위안으로`, `상하이(9.1%)를
            # 웃돌았다`) or the
            # nation as the whole its share is of (`전국 GDP에서 차지하는 비중은 10.8%로`), or, about what was just said, any
            # wholes (`이는 허베이성 전체의 34.6%, 전국의 8.4%에 해당한다`)
            st.carried = sole_subject(st.carried, places) or (sole_predicate(st.carried, places) if PLACE_TOPIC.search(st.carried)
                                                               else None) if isinstance(st.carried, str) else st.carried
            if st.carried is not None:
                regions = [ProseRegion(0, 0, st.carried.written, st.carried.zh, True)] + regions
        if not regions and st.standing and st.order_named and cue("each").search(sentence):
            regions = list(st.order_named)  # (`… 우한, 난징이 차지했다. | 각각 1조 2,870억 위안, …`: the places in order, named before)
        elif not regions and set_before and THESE_IN_TURN.search(sentence):
            # (`광둥성·장쑤성·저장성·상하이시 네 곳이 … | 이들 지역의 수출입액은 각각 7조 3,100억 위안, …`: the set named before)
            in_turn = {r.zh or r.written: k for k, r in enumerate(set_before, 1)}  # (an order of naming, no ranks)
            regions = named_in_order(set_before, in_turn)
        elif (these := THESE_IN_TURN.search(sentence)) and len(listed := places_listed_before(sentence, regions, these.start())) > 1:
            # (`동북 3개 성은 헤이룽장성, 지린성, 랴오닝성으로, | … 이들 지역의 … 증가율은 각각 25.3%, 21.7%, 19.8%였다`: the
            # places a clause before listed, in turn)
            in_turn = {r.zh or r.written: k for k, r in enumerate(listed, 1)}
        elif not regions and (counted := counted_in_turn(sentence, named_before, said_before)):
            # (`… 시짱자치구가 66.7%로 뒤를 이었다. | 두 지역의 생산량은 각각 7,000톤과 1만 5,000톤으로`: the places before, counted)
            in_turn = {r.zh or r.written: k for k, r in enumerate(counted, 1)}
            regions = named_in_order(counted, in_turn)
        passed_by = None  # a set the sentence counts passing a mark, and the places the next sentence names as its members
        if (mark := mark_of_counted_set(sentence)) and (after := SENTENCES.match(text, sm.end())) \
                and (members := set_opening(after.group(), sentence_regions(after.group(), places), mark[3])):
            passed_by = mark, members
        if not regions and not passed_by:
            if len(ranks := stated_ranks(sentence)) > 1 and not DESCRIBING_RANK.search(sentence):
                # `3~4위 자리에도 변동이 없었다. 산둥성은 5조 …, 저장성은 4조 …`: ranks no region holds yet go to
                # the regions the next figures are about, in order (not ranks naming a set, `1, 2위 두 성의 속도 차이다`)
                st.upcoming = ranks
            continue
        previous, previous_clause = [], ""  # the clause before and its figures (`…증가해 | 증가율이 가장 높았다` too)
        if st.last_rank is None and GOES_ON_OPENING.match(sentence):
            # `… 18.2%가 광둥성에서 이뤄졌다. | 이어 저장성(11.5%), …, 쓰촨성(6.3%) 순이었다`: the list goes on from the one
            # figure the sentence before gave, above them all (`rank_figures`, `_lead_before`)
            previous = [f for _, fs in pending for f in fs]
        pending = []
        clause_at: dict[int, str] = {}  # (each clause of the sentence by its offset)
        if (lede := lede_amounts(sentence)) and (lede_regions := lede_named(sentence, lede[0], regions, len(lede[1]))):
            # `7조 1,830억 위안. 광둥성이 올해 상반기에 올린 경제 규모로, …`, `5.9%와 6.3%. 각각 충칭시와 청두시가 … 기록한
            # 성장률로, …`: figures standing alone before the words naming their regions, in order (and read no more)
            previous = [figure_for(amount, region, start, end) for (start, amount, end), region in zip(lede[1], lede_regions)]
            pending.append((0, previous))
            sentence = " " * lede[0] + sentence[lede[0]:]
        ranked_here = False  # whether a clause before, in this sentence, stated a rank
        for clause, c_off in clauses(sentence):
            figures = clause_to_figures(sentence, clause, c_off, regions)
            if not figures and previous and _ANOTHER_MEASURE.match(clause) and len(owners := {
                    (f["region"].written, f["region"].zh) for f in previous if f["region"] is not None}) == 1:
                # `2027년까지 중국 … 영업수입을 5,500억 위안 안팎으로 늘리고, | 연구개발 투자 비중도 2.5% 이상으로`: another
                # measure of the region the clause before gave its figure, added by `도`
                (written, zh), = owners
                figures = clause_to_figures(sentence, clause, c_off, sorted(
                    [*regions, ProseRegion(c_off, c_off, written, zh, True)], key=lambda r: r.start))
            here = [r for r in regions if c_off <= r.start < c_off + len(clause)]  # the clause's own regions
            if in_turn and (listed := each_of_order(clause, regions, in_turn)):
                figures = listed  # (`… 네 곳이 … | 이들 지역의 수출입액은 각각 7조 3,100억 위안, …`: in turn, unranked)
            elif st.standing and st.order_named and cue("each").search(clause) and not any(r.end > r.start for r in here) \
                    and (listed := each_of_order(clause, st.order_named, st.standing)):
                # `장쑤성, 상하이시, 광둥성 순으로 외자를 많이 끌어들였으며 | 실제 사용액은 각각 1,284억 위안, …`: the amounts
                # listed in turn are the places' a clause before listed in order, as many as they (in the next sentence too:
                # `8위부터 10위까지는 항저우, 우한, 난징이 차지했다. | 각각 1조 2,870억 위안, …이다`)
                figures = listed
            elif (each := cue("each").search(clause)) and not any(r.end > r.start and r.start < c_off + each.start() for r in here) \
                    and len(named_here_before := subjects_told(pending)) > 1 \
                    and (listed := each_of_order(clause, named_here_before,
                                                 {r.zh or r.written: k for k, r in enumerate(named_here_before)})):
                # `독일이 538억 위안으로 2위, 한국이 301억 위안으로 3위였고, | 증가율은 각각 9.2%, 14.5%였다`: the places the
                # clauses before gave figures, in turn (and the clause's other figures after them its own: `… 각각 6.3%,
                # 4.1%에 그쳐 전국 평균(9.2%)에 못 미쳤다`)
                figures = listed + [f for f in figures if f["start"] >= max(g["end"] for g in listed)]
            if not figures and (span := FROM_RANK.search(clause)) and span["a"] and span["to"] and span["b"]:
                # `6 위 쓰촨성(…)부터 10 위 상하이시(…)까지의 순위도 … 같았다. | 쓰촨성 3 조 …, 후베이성 …, … 순이다`: the
                # span's ranks go to the next figures' regions, in order
                st.upcoming, st.last_rank = list(range(int(span["n"]), int(span["to"]) + 1)), int(span["n"]) - 1
                continue
            if not figures and quotes_anew(sentence, clause, c_off):
                continue  # (`"… 3,200곳으로 17.5% 늘었다"며 | "… 것이 가장 큰 경쟁력"이라고`: the second quote's own words)
            if not figures:
                ranked_here = rank_only_clause(st, sentence, s_off, clause, c_off, regions, here, previous, previous_clause,
                                               pending, clause_at, told_before) or ranked_here
                continue
            if st.held is not None and st.held_of and (topic := MEASURE_TOPIC.match(clause)) and st.held_of not in topic.group():
                st.held = None  # `베이징은 투자 금액 2위를 지켰지만 | 투자 건수는 … 12.4% 줄었다`: a rank of another measure
            if st.held is not None:
                mine = held_figures(figures, st.held, clause)
                # (not where the sentence states a rank from here: `후베이성이 선두에 섰다. | … GDP 는 3 조 2,450 억 위안으로
                # … 6.4% 늘어 … 성장률 1 위에 올랐다` ranks the rate, not the level)
                if mine and all(f["rank"] is None for f in figures) and not stated_ranks(sentence[c_off:]):
                    mine[0]["rank"] = st.last_rank = st.held[1]
                    ranked_here = True
                st.held = None
            before = st.last_rank
            passed = {id(r) for r in here if is_passed(sentence, r)}
            if passed and (got := rank_passing(clause, figures, previous, passed)) is not None:
                st.last_rank, ranked_here = got, True
                for r in here:
                    if id(r) in passed and not any(f["region"] is r for f in figures) and not st.standing \
                            and not _RANK_IN_PART.search(clause):
                        # (the one passed, its level told after: `한국(…)은 영국을 제치고 네 번째 시장으로 올라섰으며, | 영국은
                        # 5억 7,000만 위안으로 한 계단 밀려났다` → 5; not in a part, `… 이우를 제치고 성내 1 위에`, nor its rate)
                        st.standing, st.standing_said = {r.zh or r.written: got + 1}, clause
            elif ahead := regions_ahead(sentence, regions, here):
                names = {r.written for r in here if id(r) in ahead}
                ahead_rank = next((rank for name, rank in reversed(ranked_so_far(pending, st.out)) if name in names and rank), None)
                if ahead_rank is None and (NEXT_MOST.search(clause) or cue("next").search(clause)) \
                        and (units := {f["amount"].unit for f in figures if not f["gap"]}):
                    # (or one the part's paragraphs before ranked in the unit: `쓰촨성(四川省)이 증가율 1위에 올랐다. ¶ …
                    # 충칭시의 판매 증가율은 17.4%로 쓰촨성 다음으로 높았다` → 2; `… 수출액은 11억 달러를 넘어서 … 1위를
                    # 지켰다. ¶ 진샹의 뒤를 이은 곳은 린이시 란링현으로, 같은 기간 3억 4,000만 달러어치를` → 2)
                    ahead_rank = next((rank for name, rank, unit in reversed(ranks_before) if name in names and unit in units), None)
                st.last_rank = rank_behind(clause, figures, previous, ahead, st.last_rank, ahead_rank, previous_clause,
                                        frozenset(names))
                if st.last_rank == before and (held := _ranked_before_its_figure(clause, figures, here, ahead)):
                    # `한국은 인도(2,480만 달러)에 이어 다섯 번째 시장이었지만 | 수출액이 2,150만 달러로`: the one ahead the rank
                    # before, the subject's next figure the rank
                    st.held, st.held_of, st.last_rank = held, None, held[1]
                if st.last_rank is None and not st.ranking and ahead_rank is None:
                    # (`… 시범 지역 가운데 가장 낮았다. | 베이징이 34.7%로 상하이 다음으로 낮았고, | … 뒤를 이었다` → 1, 2, 3, 4)
                    st.last_rank = next_least(clause, figures, frozenset(names), st.out)
                ranked_here = ranked_here or st.last_rank != before
            else:
                if (other := rank_of_other(sentence, clause, c_off, here, figures)) is not None:
                    # `싱가포르가 1위 자리를 지킨 가운데 한국이 … 그 뒤를 이었다`: the rank is the other's
                    rank, a, b = other
                    clause = clause[:a] + " " * (b - a) + clause[b:]
                    st.last_rank = before = rank
                ranked_units = [f["amount"].unit for _, fs in pending for f in fs if f["rank"] is not None]
                ranked_units = ranked_units or [f["unit"] for f in st.out if f["rank"] is not None] or [ranked_unit]
                # a ranking of another measure opens anew (`… 5위에 올랐다. | 베이징시의 비율은 6.58%로 …, 상하이시 …`)
                measure = bool(ranked_units) and all(f["amount"].unit != ranked_units[-1] for f in figures)
                if measure and not any(same_measure(f["amount"].unit, ranked_units[-1]) for f in figures) \
                        and not cue("scope").search(sentence, 0, c_off) and cue("next").search(clause) \
                        and len(own := {f["amount"].unit for f in figures}) == 1:
                    # `후난성은 1만 9,800곳으로 4위였지만 증가율은 9.6%로 … 가장 높았다. | 장시성(1만 1,200곳)과 산시성(7,450곳)이 그
                    # 뒤를 이었다`: followers go on from the last rank of their own measure (not in a scope of their own,
                    # `도시별로는 선전시가 … 800건을 넘어섰고, 쑤저우시가 532건으로 뒤를 쫓았다`)
                    back = last_rank_of(next(iter(own)), st.out, pending, unit_ranks or {})
                    st.last_rank = before = back if back is not None else st.last_rank
                # (the lead in a clause before the one right before, that one stating only a bound: `선전이 341 억 위안을
                # 유치해 | 광둥성 전체 금액의 63% 이상을 차지했고, | 광저우가 … 그 뒤를 이었다`)
                lead = pending[-2][1] if len(pending) > 1 and all(f["amount"].bound for f in previous) else previous
                # (a lead in this paragraph, no rank stated in it yet, opens a ranking of its own: `… 6위와 7위에 머물렀다. ¶
                # 진화시가 … 58.6%를 차지했고, 닝보는 14.2%로 그다음이었다`; so when the followers say they are second: `…
                # 공동 5위에 자리했다. ¶ … 청두의 판매액 증가율은 31.5%로 …, 쿤밍이 27.4%로 두 번째로 빨랐다`)
                if not ranked_here and lead_followers(clause, figures, lead, st.last_rank is None or measure
                                                      or bool(lead) and not any(f["rank"] is not None for f in st.out)
                                                      and stated_ranks(clause)[:1] in ([], [2])
                                                      or bool(cue("scope").search(sentence, 0, c_off))
                                                      or _places_scope(sentence, regions, c_off), told_before):
                    st.last_rank, ranked_here = 1, True
                st.last_rank = rank_figures(clause, c_off, figures, st.last_rank, ranked_here or bool(st.upcoming), sentence[c_off + len(clause):],
                                            ranked_units[-1] if ranked_units else None, previous, here, ranking_before,
                                            [f for _, fs in pending for f in fs])
                rank_bracketed_shares(clause, figures, st.out, [f for _, fs in pending for f in fs])
                if not st.standing and (held := places_held_after(clause, c_off, figures, here, st.last_rank)):
                    # (a place listed after the ranked ones with no figure of its own holds its place for its next figure:
                    # `저장성(14.2%)과 광둥성이 차례로 뒤따랐다. | 광둥성의 비중은 8.9%로` → 3)
                    st.standing, st.standing_said = held, clause
                ranked_here = ranked_here or (st.last_rank is not None and (st.last_rank != before or any(
                    f["rank"] is not None for f in figures)))
            ranks_across_paragraph(st, sentence, s_off, clause, c_off, figures, regions, here, pending)
            previous, previous_clause = figures, clause
            pending.append((c_off, figures))
            clause_at[c_off] = clause
            st.ranking = st.ranking or any(f["rank"] is not None for f in figures)
        if passed_by:
            # `3 만 달러를 넘어선 지역은 세 곳이다. | 베이징시, 상하이시, 장쑤성으로, …`: each place the next sentence
            # names passed the mark
            (at, amount, end, _), members = passed_by
            c_off = max((k for k, _ in pending if k <= at), default=0)
            pending.append((c_off, [figure_for(amount, r, at - c_off, end - c_off) for r in members]))
        sentence_to_records(st, sentence, s_off, regions, pending, clause_at, subject_before)
    fill_ranks_between(st.out, st.behind)
    if "당" in text:
        carry_price_unit(st.out)
    for record, rank in st.past_ranks:
        record["rank"] = rank if record["rank"] is None else record["rank"]
    if "위" in text:
        ranks_ceded(text, st.out)  # (`… 충칭에 4 위 자리를 내주고`: the rank now 충칭's)
    return st.out, st.last_rank
# a counted set of things opening a sentence as its topic (`10 개 클러스터의 표준 랙은`, `3 곳은`)
_COUNTED_TOPIC = compiled(r"\s*(?:이들\s*)?\d{1,3}\s*(?:개|곳|대)(?:\s*\p{Hangul}+)?(?:의|은|는|이|가)\s"
                          # (or a set of things counted the sentence picks from: `상위 10건 가운데 달러로 조달한 3건은`,
                          # `수입 게임 12건 가운데서는 한국 게임이 5건으로`)
                          r"|\s*(?:\p{Hangul}+\s+){0,2}?(?:상위|하위)?\s*\d{1,3}\s*(?:개|곳|대|건|개사|명|팀)\s*(?:가운데|중)(?:에서|서)?는?\s")
# a public body opening a sentence as its topic (`국가에너지국은`, `공업정보화부는`, `국가발전개혁위원회는`, `해관총서는`,
# `기패운동관리중심은`, `중국가구협회는`),
# a name of three syllables or more (not `전국은`, `중국은`, `서부는`, `일부는`), no part of a compass (`동남부는`)
_BODY_TOPIC = compiled(r"\s*(?:[\p{Hangul}·]+\s+){0,2}\p{Hangul}{2,}(?:국|(?<![동서남북중])부|위원회|총서|판공실|관리중심|협회|연합회)(?:\([\p{Han}]+\))?(?:은|는)\s")
# an analyst a region names, the sentence's topic (`중국 귀진(國金)증권은`, `중국 신궈두증권 연구원은`), and the verb of a
# forecast or an estimate closing the sentence
_FORECASTER = compiled(r"\s+(?:[\p{Hangul}A-Za-z]+\s*)?(?:\([^()]*\))?\p{Hangul}*(?:증권|증권사|연구원|연구소|리서치|컨설팅)"
                       r"(?:\s+\p{Hangul}+)?(?:은|는)\s")
_FORECAST_CLOSE = compiled(r"(?:내다봤|내다본다|전망했|전망한다|예상했|예상한다|예측했|추산했)\S*\s*$")
# a part of the country by the compass opening a sentence as its topic, perhaps two joined (`이 가운데 중부와 서부 지역
# 기업이`, `서부 지역은`, `연해의 …은`)
_PART_TOPIC = compiled(rf"\s*(?:(?:이|그)\s*(?:가운데|중)\s+)?(?:[^\s\d,.]+\s+){{0,2}}?{COMPASS_PART}(?:\s*(?:와|과|·)\s*{COMPASS_PART})?"
                       r"(?:\s*(?:지역|지방))?(?:\s*\p{Hangul}+)?(?:은|는|이|가|의)\s")


@cache
def _world_subject() -> regex.Pattern[str]:
    """A measure of the world (data/figure_cues.tsv, `world`) made a sentence's subject (`국제 코코아 선물 가격이`, `세계 초콜릿
    시장 규모는`)."""
    return compiled(rf"(?<![\p{{Hangul}}])(?:{cue('world').pattern})\s+(?:[\p{{Hangul}}A-Za-z]+\s+){{0,3}}?[\p{{Hangul}}A-Za-z]*"
                    r"(?:가격|시세|시장|규모|수요|공급|생산량|거래량)(?:은|는|이|가)\s")
# a name glossed with its Chinese opening a sentence as its topic, after a few words describing it (`면세점 최대
# 운영사인 중국중면(中国中免)의 2024년 매출도`, `비야디(比亚迪)는`); a place's gloss is the region the sentence names
_GLOSSED_TOPIC = compiled(r"\s*(?:[\p{Hangul}\w·]+\s+){0,4}?[\p{Hangul}\w·]*\p{Hangul}\(\p{Han}{2,}\)"
                          r"(?:의|은|는|이|가|도)\s")
_BLOC_TOPIC = compiled(rf"\s*{BLOC}(?:의|은|는|이|가|도)\s")  # (`아세안은 1억 2,900만 달러를 기록해`: the bloc's, no region's)
# a tier of cities opening a sentence as its subject (`3선 이하 도시의 매출 증가율은 34.6%로`): a class of cities, no region
_TIER_TOPIC = compiled(r"\s*(?:(?:19|20)\d{2}\s*년\s+)?[1-5]\s*(?:~\s*[1-5]\s*)?선\s*(?:이하|이상)?\s*도시(?:들)?(?:의|은|는|이|가)\s")




# a quotation closed and a connective after it (`… 늘었다"며`, `… 많다"고`)
_QUOTE_CLOSED = compiled(r"[\"”](?:이라|라)?(?:며|면서|고)\s*,?\s*$")


def quotes_anew(sentence: str, clause: str, c_off: int) -> bool:
    """Whether a clause lies in a quotation opened right after the clause before closed one (`그는 "… 3,200곳으로 17.5%
    늘었다"며 | "부품 공급망이 … 모여 | 있는 것이 가장 큰 경쟁력"이라고 말했다`): a second statement, whose rank words rank
    nothing of the first.

    >>> s = '그는 "스타트업은 3,200곳으로 늘었다"며 "공급망이 모여 있는 것이 가장 큰 경쟁력"이라고 말했다.'
    >>> quotes_anew(s, s[s.index('있는'):], s.index('있는')), quotes_anew("A로 늘어 가장 많았다", "가장 많았다", 5)
    (True, False)
    """
    at, opening = c_off + len(clause) - len(clause.lstrip()), None
    for k, ch in enumerate(sentence[:at + 1]):
        if ch == "“" or ch == '"' and opening is None:
            opening = k
        elif ch == "”" or ch == '"':
            opening = None if k < at else opening
    return opening is not None and _QUOTE_CLOSED.search(sentence, 0, opening) is not None


# a place the sentence makes the scope of what follows, perhaps with its whole (`저장성(5,861 억 위안)에서는`)
_IN_PLACE = compiled(r"(?:\([^()]*\))?\s*에서는\s")


def _places_scope(sentence: str, regions: list[ProseRegion], before: int) -> bool:
    """Whether a region before `before` is made the scope of what follows (`저장성(5,861 억 위안)에서는 항저우시가 …`): a
    ranking of its parts opens anew."""
    return any(r.end <= before and _IN_PLACE.match(sentence, r.end) for r in regions)
