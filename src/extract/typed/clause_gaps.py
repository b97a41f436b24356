"""Gaps between regions and leads of one over another in a clause (`typed.clause_figures`): whether an amount is a
difference between two regions (`광둥성보다 9.6%p 높았다`, `격차는 … 좁혀졌다`, `상하이시에 13개 뒤진`) rather than a level,
and the region it is then of: the clause's subject, not the partner it is measured from, nor the region passed, the whole
a share was of, or the one whose level it exceeds."""

from __future__ import annotations

from kic_extract.compiled import compiled
from kic_extract.typed.figure_cues import cue
from kic_extract.typed.prose_order import SUBJECT_PARTICLE
from kic_extract.typed.prose_owners import OF_BEFORE, PAIR_GAP
from kic_extract.typed.prose_region_sets import whole_of_share_before
from kic_extract.typed.prose_regions import WAS, ProseRegion
from kic_extract.typed.rank_relations import is_passed
from kic_extract.typed.region_marks import AFTER_NAME

SPACE = compiled(r"\s+")
# an object's particle closing a word (`광둥성을`): what a subject passes or exceeds
OBJECT = compiled(r"(?:을|를)(?!\p{Hangul})")
# a verb of a level above or below another (`웃돌았다`, `하회했다`)
BY_VERB = compiled(r"웃돌|밑돌|웃돈|밑돈|웃도|밑도|상회|하회")
# what a level is compared with (`광둥성보다`; `… 과 비교해도`, `… 에 비해`: `충칭(598 억 위안)과 비교해도 264 억 위안 많았다`)
THAN = compiled(r"(?:\([^()]*\))?\s*(?:보다|(?:과|와)\s*비교해(?:도|서)?|에\s*비해(?:서)?)\s")
_AMOUNT_ENDS = compiled(r"\d\s*[^\s\d()]{0,4}\s+$")  # (an amount and its unit right before: the word after is its verb)


_WHOLE_PICKED_FROM = compiled(r"(?:\([^()]*\))?(?:\s+[^\s,.\d]+){0,3}?\s+(?:가운데|중에서)\s")


def gap_words_own(lead: str) -> str:
    """The words before an amount that may name it a gap: not a gap word that is the verb of an amount right before it
    (`상하이시에 13개 뒤진 689개로`: `뒤진` is the 13's; the 689 is the level), but a gap noun after another's figure is
    (`우한시(1 만 3,800 개)와의 격차를 2,600 개로`).

    >>> gap_words_own("에 13개 뒤진 "), gap_words_own("에 13 개 뒤진 "), gap_words_own("800 개)와의 격차를 ")
    (' ', ' ', '800 개)와의 격차를 ')
    """
    m = cue("gap").search(lead)
    return lead[m.end():] if m and _AMOUNT_ENDS.search(lead, 0, m.start()) else lead


# a subject's particle, right before what it is compared with
_SUBJECT_THEN = compiled(r"(?:\([^()]*\))?(?:이|가|은|는)\s+")
# a region's measure as the object right before the points (` 전체 성장률을 `)
_EXCEEDED_OBJECT = compiled(r"(?:\([^()]*\))?(?:\s+[^\s,.]+){0,2}?\s*(?:을|를)\s+")  # (or its figure: `광둥성(4.6%)을 `)
_LEVEL_OBJECT_BEFORE = compiled(r"\([^()]*\d[^()]*\)(?:을|를)\s+$")  # (`(약 3,800 억 위안)를 ` right before the amount)
_BOUND_WORD = compiled(r"\s*(?:이상|이하|넘게|가량|정도|가까이)?\s*")
# what marks a region as the one a gap is measured against: `상하이에`, `장쑤성과`, `광둥성보다` (a print may set the
# particle a space apart after a bracket: `광둥성(4.3%) 보다`)
_PARTNER = compiled(r"(?:\([^)]*\)\s?)?(?:성|시)?(?:에|과|와|보다)(?!\S*는)")
# a gap made the topic or the object (`격차는`, `격차를 2024년 4,626억 위안에서 지난해 2,620억 위안으로`)
_GAP_TOPIC = compiled(r"(?:격차|차이)(?:는|가|를)\s")
# a region's level made the object (`시안(西安)의 415 억 위안을 크게 웃돌았고`): the one a gap after it is measured from
_LEVEL_OBJECT = compiled(r"(?:\([^)]*\))?의\s+[\d.,]+(?:\s*[조억만천]\s*[\d,]*)*\s*[^\s\d]*?(?:을|를)\s")
_THAN_BEFORE = compiled(r"[\d%)]\s*보다\s+(?:\S+\s+)?$")
_LEVEL_THAN = compiled(r"\s*보다\s+")  # (a level compared with, then the gap over it: `5,240 억 위안보다 | 940 억 위안`)
_OF_LEVEL = compiled(r"의\s+")  # (the level a region's own: `량장신구의 | 5,240 억 위안`)
# a past level: what a figure was, right after it (`1,758억 위안이던 `)
WAS_AFTER = compiled(rf"\s*{WAS}\s+")
# a difference told only by its size, no figure of its own (`… 18.6위안으로 차이가 컸는데`)
_DIFFERENCE_TOLD = compiled(r"\s*(?:으로|로)\s*(?:차이|격차)(?:가|는)\s*(?:컸|크|큰|뚜렷|벌어|났|상당)")


_TOPIC_THEN_OBJECT = compiled(r"(?:은|는)\s+\p{Hangul}+(?:\([^()]*\))?(?:을|를)\s+(?:약\s*)?")


def exceeded_by(amount) -> bool:
    """Whether an amount's bound is the verb by which one level exceeds another (`5,300위안 웃돌았다`), no bound of its own.

    >>> from kic_extract.typed.cells import CellAmount
    >>> exceeded_by(CellAmount(5300, "위안", False, "min", False, "5,300위안 웃돌", None))
    True
    >>> exceeded_by(CellAmount(3, "배", False, "min", False, "3배를 웃돌", None))
    False
    """
    return bool(_BY_AMOUNT.search(amount.raw))


# an amount, then the verb by which it exceeds, no particle between (`5,300위안 웃돌`; `3배를 웃돌` is a bound)
_BY_AMOUNT = compiled(rf"\d[\d,.]*\s*[^\s을를]*\s+(?:{BY_VERB.pattern})")


def gap_and_its_owner(sentence: str, clause: str, c_off: int, start: int, end: int, amount, figures: list[dict],
                      regions: list[ProseRegion], subjects: list[ProseRegion], k: int, owner: ProseRegion | None,
                      nearest: ProseRegion) -> tuple[bool, ProseRegion]:
    """Whether an amount (from `start` to `end` in the clause at `c_off`) is a gap between two regions or a lead of one
    over another rather than a level, and the region it is then of (`subjects[:k]` those before it, `nearest` the one
    found so far, `owner` the one whose brackets hold it)."""
    pos = c_off + start
    lead = gap_words_own(clause[max(0, start - 12):start].rsplit(", ", 1)[-1])  # (not a clause's before: `… 차이로 따돌렸고, 1조`)
    # (a level right after a region's `의` is that region's, whatever the verb: `광저우(广州)의 7만 1,600곳을 앞질렀다`)
    of_level = OF_BEFORE.fullmatch(sentence, AFTER_NAME.match(sentence, nearest.end).end(), pos) is not None
    # (nor one right after its region's name: `청두 11 곳, 충칭 6 곳으로 차이가 났다` lists levels)
    named_level = nearest.mark == "figure" and SPACE.fullmatch(sentence, AFTER_NAME.match(sentence, nearest.end).end(), pos) is not None
    # (nor the second of levels set side by side, then their difference told large: `이우가 3.2위안, 둥관이 18.6위안으로 차이가
    # 컸는데`)
    contrasted = bool(figures) and _DIFFERENCE_TOLD.match(clause, end) is not None and figures[-1]["amount"].unit == amount.unit \
        and figures[-1]["region"] is not None and figures[-1]["region"] is not nearest
    gap = owner is None and not of_level and not named_level and not contrasted and bool(cue("gap").search(lead + " " + clause[end:end + 6])
                                 # (`1,758억 위안이던 격차`: a past level, unranked; not a region's, named right after it:
                                 # `71억 5,000만 위안이던 바이거우의 가방 수출액은`)
                                 or (was := WAS_AFTER.match(clause, end)) is not None
                                 and not any(r.start == c_off + was.end() for r in regions)
                                 # (the gap at another time: `격차는 7,200억 위안으로, 2년 전의 6,100억 위안보다`)
                                 or THAN.match(clause, end) and _GAP_TOPIC.search(sentence, 0, c_off + start)
                                 # (or any amount of a clause about a gap: `격차는 2026년 4,514억 위안에서 지난해 3,822억 위안으로`;
                                 # points after a region compared with: `하이난성은 최하위 톈진시보다 증가율이 10.1%p 높았다`)
                                 or bool(_GAP_TOPIC.search(clause, 0, start)) or bool(_THAN_BEFORE.search(clause, 0, start))
                                 or amount.unit == "%p" and any(c_off <= r.start < c_off + start and THAN.match(sentence, AFTER_NAME.match(
                                     sentence, r.end).end()) for r in regions)
                                 # (points by which one exceeds another: `중국 전체 성장률을 0.5%p 웃돌았다`; so an amount
                                 # after the other's level in brackets: `마카오의 GDP(약 3,800 억 위안)를 1,600 억 위안 이상 웃돈다`)
                                 or amount.unit == "%p" and bool(BY_VERB.search(clause, start, end + 6))
                                 or bool(_LEVEL_OBJECT_BEFORE.search(clause, max(0, start - 30), start))
                                 and (bool(BY_VERB.match(clause, _BOUND_WORD.match(clause, end).end()))
                                      # (the verb read into the amount as its bound: `평균(4만 300위안)을 5,300위안 웃돌았다`)
                                      or bool(amount.bound) and exceeded_by(amount)))
    # any amount right after the region it is compared with is a gap, the subject's (`쓰촨성은 … 허난성보다 350억 위안
    # 많은 5위로`)
    compared = not gap and owner is None and not of_level and not named_level and any(
        c_off <= r.start < c_off + start and THAN.fullmatch(sentence, AFTER_NAME.match(sentence, r.end).end(), pos)
        for r in regions)
    # (or a figure right after a level compared with, of its unit: `량장신구의 5,240 억 위안보다 940 억 위안 많다`, the
    # subject's lead over it)
    than_level = owner is None and bool(figures) and (compared_region := figures[-1]["region"]) is not None \
        and figures[-1]["amount"].unit == amount.unit and bool(_LEVEL_THAN.fullmatch(clause, figures[-1]["end"], start)) \
        and bool(_OF_LEVEL.fullmatch(sentence, AFTER_NAME.match(sentence, compared_region.end).end(), c_off + figures[-1]["start"]))
    gap = gap or compared or than_level
    if gap and k:
        # a gap is the subject's, not its partner's: `저장성은 87 개로 장쑤성과 11 개 차이로`,
        # `류저우시는 … 이는 1위인 상하이에 10만 1,800대 차이가 난다`, nor the one it passed (`쓰촨성을
        # 130억 위안 차이로 제치고`)
        # (nor a whole a share was stated of before it: `… 중국 전체 생산량의 11.3%를 차지했으며, 2위 허난성과의 격차는`)
        # (nor the whole the subject is one part of: `저장성 카펫 수출 가운데 자싱시의 몫은 38.2%로, 항저우시보다 9.6%p`)
        own = [r for r in subjects[:k] if not _PARTNER.match(sentence, r.end) and not is_passed(sentence, r)
               and not whole_of_share_before(sentence, r, pos)]
        own = [r for r in own if not _WHOLE_PICKED_FROM.match(sentence, r.end)] or own
        # (the first of a pair whose gap it is: `장쑤성과 광둥성의 격차는 … 3,822억 위안으로`)
        own = [r for r in subjects[:k] if PAIR_GAP.match(sentence, r.end)][-1:] or own
        # (nor the one it is ahead of, when another is there: `선전시가 … 1위이며, 광저우시(广州市)를 약 6,700억
        # 위안 앞섰다`)
        own = [r for r in own if not OBJECT.match(sentence, AFTER_NAME.match(sentence, r.end).end())
               and not _LEVEL_OBJECT.match(sentence, AFTER_NAME.match(sentence, r.end).end())] or own
        # (nor the one whose measure it exceeds, right before the gap: `저장성이 4.8% 성장해 중국 전체 성장률을 0.5%p 웃돌았다`)
        own = [r for r in own if not _EXCEEDED_OBJECT.fullmatch(sentence, AFTER_NAME.match(sentence, r.end).end(), pos)] or own
        if than_level:  # (nor the one compared with, nor the city locating it: `충칭 량장신구(两江新区)의 5,240 억 위안보다`)
            own = [r for r in own if r is not compared_region and not SPACE.fullmatch(sentence, r.end, compared_region.start)] or own
        # (not a province locating the city after it: `저장성 사오싱(绍兴)의 … 간저우(赣州)의 3배를 웃돌았다`)
        own = [r for r in own if not any(o.start > r.end and SPACE.fullmatch(sentence, r.end, o.start) for o in own)] or own
        # (the subject right before the one compared with: `간저우가 4,850위안, 둥관이 6,920위안으로 둥관이 간저우보다
        # 2,070위안 높았다`)
        than = [r for r in regions if c_off <= r.start < c_off + start
                and THAN.fullmatch(sentence, AFTER_NAME.match(sentence, r.end).end(), pos)] if compared else []
        own = [r for r in own if than and _SUBJECT_THEN.fullmatch(sentence, r.end, than[0].start)] or own
        in_own_clause = [r for r in own if r.start >= c_off]
        # (the clause's topic over an object before it: `광둥성을 1.0%p 앞선 5.4%를 기록한 장쑤성은 | 광둥성과의
        # 격차를 1,084억 위안까지`)
        # (but the topic right before the object the gap passes: `… 양장시 주방용품 산업 생산액은 820억 위안 안팎으로,
        # 차오안구는 양장시를 466억 위안 앞섰다`)
        in_own_clause = [r for r in in_own_clause if r.mark == "topic"
                         and _TOPIC_THEN_OBJECT.fullmatch(sentence, AFTER_NAME.match(sentence, r.end).end(), pos)] \
            or [r for r in in_own_clause if r.mark == "topic"][:1] or in_own_clause
        # (before the clause, the last topic: `헤이룽장성은 3.1%로 …, 랴오닝성은 4.3%로 사정이 나았지만 | 전국
        # 평균과는 여전히 0.9%p 차이가 났다`)
        # (a topic by its particle over one marked by `의` qualifying the subject of a clause on the way: `쓰촨성은 청두의
        # … 수요가 함께 늘면서 … 증가했고, | 산시성과의 격차를 150 억 위안까지`)
        topics = [r for r in own if r.mark == "topic"]
        earlier = [r for r in topics if SUBJECT_PARTICLE.match(sentence, AFTER_NAME.match(sentence, r.end).end())][-1:] \
            if any(r.start < c_off and OF_BEFORE.match(sentence, AFTER_NAME.match(sentence, r.end).end()) for r in topics[-1:]) \
            else []
        earlier = earlier or topics[-1:] or own[:1]
        nearest = (in_own_clause or earlier or [nearest])[0]
    return gap, nearest
