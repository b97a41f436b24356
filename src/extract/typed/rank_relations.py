"""Ranks a clause gives by relation to other regions, for `typed.prose_figures`: a region it passed
(`장쑤성을 제치고 1위`), regions ahead of it (`광둥성과 장쑤성에 이어`), the rank of another region it names
(`싱가포르가 1위 자리를 지킨 가운데`), the most or the least after the one named before (`베이징 다음으로 많았다`, `상하이
다음으로 낮았고`), and ranks told before or restated with levels.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.typed.prose_joins import AHEAD_LIST, listed_right_before
from kic_extract.typed.figure_cues import cue
from kic_extract.typed.prose_regions import ProseRegion
from kic_extract.typed.region_marks import AFTER_NAME
from kic_extract.typed.stated_ranks import LEAST, PUSHED_TO, UP_TO_PASSING, ordinal_rank, stated_ranks
from kic_extract.typed.prose_ranks import IN_ORDER, MOVED_TO_BEFORE, RANK_BEFORE, first_place, level_beside, levels_ranked

_RANK_AFTER_SUBJECT = compiled(r"(?:이|가|은|는)\s+(?P<n>\d{1,2})\s*위(?![안원])")


def rank_of_other(sentence: str, clause: str, c_off: int, here: list, figures: list[dict]) -> tuple[int, int, int] | None:
    """A rank the clause states right after a region with no figure of its own in the clause
    (`싱가포르가 1위 자리를 지킨 가운데 한국이 … 투자해 그 뒤를 이었다`): that region's, not the
    figures'; (rank, start, end) of its words in the clause.

    >>> from kic_extract.typed.prose_regions import ProseRegion
    >>> s = "싱가포르가 1위 자리를 지킨 가운데 한국이 51억 달러를 투자해 그 뒤를 이었다."
    >>> rank_of_other(s, s, 0, [ProseRegion(0, 4, "싱가포르", "新加坡", True)], [])
    (1, 4, 8)
    """
    owners = {id(f["region"]) for f in figures}
    for r in here:
        if id(r) in owners or not r.subject:
            continue
        m = _RANK_AFTER_SUBJECT.match(sentence, AFTER_NAME.match(sentence, r.end).end())
        if m and m.end() <= c_off + len(clause):
            return int(m["n"]), m.start() - c_off, m.end() - c_off
    return None


@cache
def _ahead() -> regex.Pattern[str]:
    # (its own figure may come between: `시안시(西安市)의 186만 대에 이어 … 2위였다`)
    return compiled(rf"\s*(?:\([^)]*\)\s*)?(?:의\s+[\d,.]+(?:\s*[\d,.]*[천백십만억조])*\s*[^\s\d]{{0,3}}?(?=에\s))?"
                         rf"(?:{cue('ahead').pattern})")


def regions_ahead(sentence: str, regions: list[ProseRegion], here: list[ProseRegion]) -> set[int]:
    """The ids of the clause's regions (`here`) just ahead of its subject, and of the regions listed right before one, in
    order (`장쑤성(27곳), 저장성(22곳), 산둥성(17곳)에 이어 전국 4위`)."""
    return {id(x) for r in here if is_ahead(sentence, r) for x in listed_right_before(sentence, regions, r, gap=AHEAD_LIST) + [r]}


def is_ahead(sentence: str, region: ProseRegion) -> bool:
    """Whether the words after a region (its Chinese and its figure in brackets aside) make it the
    one just ahead of its clause's subject (figure_cues.tsv kind `ahead`).

    >>> is_ahead("시짱자치구(5.8%)의 뒤를 이어 두 번째로", ProseRegion(0, 5, "시짱자치구", "西藏", True))
    True
    >>> is_ahead("시짱자치구(5.8%)가 뒤를 이었다", ProseRegion(0, 5, "시짱자치구", "西藏", True))
    False
    >>> is_ahead("시안시(西安市)의 186만 대에 이어 2위였다", ProseRegion(0, 3, "시안시", "西安", True))
    True
    """
    return bool(_ahead().match(sentence, AFTER_NAME.match(sentence, region.end).end()))


@cache
def _passed() -> regex.Pattern[str]:
    # (or whose figure it passed or was ahead of: `장쑤성(江苏省)의 10조 6,950억 위안을 870억 위안 차이로 앞섰다`)
    passed = cue("passed").pattern
    return compiled(rf"\s*(?:\([^)]*\)\s*)?(?:(?:을|를)\s+{UP_TO_PASSING}(?:{passed})"
                    rf"|의\s+(?=\d)(?:\S+\s+){{0,3}}?\S+?(?:을|를)\s+{UP_TO_PASSING}(?:{passed}|앞섰|앞서|앞선다))")


def is_passed(sentence: str, region: ProseRegion) -> bool:
    """Whether a region is the one its clause's subject passed (`베이징(271건)을 근소하게 앞지르며`).

    >>> is_passed("베이징(271건)을 근소하게 앞지르며", ProseRegion(0, 3, "베이징", "北京", True))
    True
    >>> is_passed("쓰촨성을 130 억 위안 차이로 제치고", ProseRegion(0, 3, "쓰촨성", "四川省", True))
    True
    >>> is_passed("장쑤성의 10조 6,950억 위안을 870억 위안 차이로 앞섰다", ProseRegion(0, 3, "장쑤성", "江苏", True))
    True
    """
    after = AFTER_NAME.match(sentence, region.end).end()
    # (or one it was ahead of, with its rank written before it: `2위 베이징시(5조 5,300억 위안)를 6,440억 위안 앞섰다`)
    return bool(_passed().match(sentence, after)
                or _AHEAD_OF.match(sentence, after) and RANK_BEFORE.search(sentence, max(0, region.start - 6), region.start))


_RANKED_TOPIC = compiled(r"\s*\d{1,2}\s*위\s+\p{Hangul}+(?:\([^()]*\))?(?:은|는|이|가)\s")  # (`4위 상하이시는 …`)
_AHEAD_OF = compiled(rf"\s*(?:\([^)]*\)\s*)?(?:을|를)\s+{UP_TO_PASSING}(?:앞섰|앞서|앞선다)")


def rank_passing(clause: str, figures: list[dict], previous: list[dict], passed: set[int]) -> int | None:
    """Ranks of a clause whose subject passed other regions: the subject takes the rank stated
    (or first place: `정상에`), the passed the next (`상하이가 … 베이징(271건)을 앞지르며 1위를` →
    상하이 1, 베이징 2), or the rank stated for them (`A를 2위로 밀어내고 정상에`). The subject's
    figures are the clause's own, else those of the clause before (`허난성이 3조 3,150억 위안을
    기록해 | … 쓰촨성을 제치고 5위`). Returns the subject's rank, None when the clause states none."""
    # (a rank written before the region passed is that region's: `… 6 위 허난성(河南省, …)을 … 따돌리고 5 위를`)
    before = _rank_of_passed().search(clause)
    if before:
        clause = clause[:before.start()] + " " * (before.end() - before.start()) + clause[before.end():]
    stated = stated_ranks(clause)
    first = bool(first_place(clause))
    listed = [f for f in figures if not f["gap"]]
    # (its level, not a change or a rate beside it: `산둥성은 6.4% 늘어난 3조 5,960억 위안으로 베이징을 제치고 5위로`)
    mine = levels_ranked([f for f in listed if id(f["region"]) not in passed], clause)
    if not mine and not cue("rate").search(clause):
        # (of the clause before, its level, not the rate beside it: `1,741억 위안으로 3.1% 늘면서 | 광둥성(…)을 밀어내고 2위로`)
        told = [f for f in previous if not f["gap"] and id(f["region"]) not in passed and f["rank"] is None]
        mine = [f for f in told if f["amount"].unit not in ("%", "%p")] or told
    theirs = [f for f in listed if id(f["region"]) in passed]
    pushed = PUSHED_TO.search(clause)
    if (before or pushed) and theirs and not (stated or first):
        for f in theirs:  # (the subject's own rank left unstated: `… | 선전시(35건)를 4위로 밀어냈는데`)
            f["rank"] = int((before or pushed)["n"])
        if before and int(before["n"]) == 2 and len({id(f["region"]) for f in mine}) == 1 and all(f["rank"] is None for f in mine):
            for f in mine:  # (`… 7억 6,000만 달러어치를 수출해 | 두 번째인 이우시(5억 1,000만 달러)를 크게 앞질렀다`: so first)
                f["rank"] = 1
        return int((before or pushed)["n"])
    if before and int(before["n"]) == 2 and not (stated or first) and len({id(f["region"]) for f in mine}) == 1 \
            and all(f["rank"] is None for f in mine):
        for f in mine:  # (`선전 한 곳에서만 97건이 나와 2위 항저우를 크게 앞질렀다`: ahead of the second, so first)
            f["rank"] = 1
        return 1
    if before and not mine and theirs and len(stated) == 1 and not first:
        for f in theirs:  # (`4위 상하이시는 5위 산둥성(40억 3,000만 위안)을 … 따돌렸다`: the subject's rank no figure here holds)
            f["rank"] = int(before["n"])
        return stated[0]
    if not mine and theirs and len(stated) == 1 and not first \
            and (stated_ranks(clause[clause.find(")", max(f["end"] for f in theirs)) + 1:]) == stated
                 or _RANKED_TOPIC.match(clause)):
        return stated[0]  # `단양시는 샤먼시(5.2%)를 앞질러 4위를 지켰다`, `4위 상하이시는 산둥성(…)을 … 따돌렸다`: the subject holds
        # it, no figure of its own here; the passed one's figure in brackets takes none
    if len({id(f["region"]) for f in mine}) != 1 or not (stated or first):
        return None
    own = 1 if first and (not stated or stated[0] != 1) else stated[0]
    other = int(before["n"]) if before else stated[0] if first and stated and stated[0] != 1 else own + 1
    if pushed:
        other = int(pushed["n"])  # `저장성(14만 8,100위안)을 5위로 밀어내고 4위로`: the rank it pushed the other to
    for f in mine:
        f["rank"] = own
    for f in theirs:
        f["rank"] = other
    return max(own, other) if theirs else own




@cache
def _rank_of_passed() -> regex.Pattern[str]:
    # (or before the region whose figure was passed: `2위 장쑤성(江苏省)의 10조 6,950억 위안을 870억 위안 차이로 앞섰다`)
    passed = cue("passed").pattern
    return compiled(rf"(?P<n>\d{{1,2}})\s*위(?:인)?\s+(?=\p{{Hangul}}+(?:\([^()]*\))?(?:(?:을|를)\s+{UP_TO_PASSING}(?:{passed}|앞섰|앞서|앞선다)"
                    rf"|의\s+(?=\d)(?:\S+\s+){{0,3}}?\S+?(?:을|를)\s+{UP_TO_PASSING}(?:{passed}|앞섰|앞서|앞선다)))")


# the most after the one named before it (`베이징 다음으로 많았다`, `… 다음으로 가장 높았다`)
# (what is measured may stand between: `핑두 다음으로 양초 기업이 많은 곳은`)
NEXT_MOST = compiled(r"다음으로\s+(?:(?:[^\s,.]+\s+){0,2}?[^\s,.]+(?:이|가)\s+)?(?:가장\s+|두\s*번째로\s+)?(?:많|높|크|컸|빠르|빨랐)")


def next_most(clause: str, sentence: str, here: list[ProseRegion], ranked) -> list[int]:
    """[the rank] a clause of no figure states by naming the one region just ahead (`시안은 … 31.0% 증가해 | 주요 도시
    가운데 항저우 다음으로 높은 증가율을 보였다` → 2): one past that region's rank in the paragraph (`ranked()`: names and
    ranks so far, asked for only then), else 2; else [].

    >>> s = "시안은 31.0% 증가해 주요 도시 가운데 항저우 다음으로 높은 증가율을 보였다."
    >>> at = s.index("항저우")
    >>> next_most(s[14:], s, [ProseRegion(at, at + 3, "항저우", "杭州", True, "qualifies")], list)
    [2]
    """
    if not NEXT_MOST.search(clause):
        return []
    ahead = [r for r in here if r.end > r.start and is_ahead(sentence, r)]
    if len(ahead) != 1:
        return []
    return [next((rank for name, rank in reversed(ranked()) if name == ahead[0].written and rank), 1) + 1]


# the least after the one named before it (`상하이 다음으로 낮았고`, `… 다음으로 적었다`)
_NEXT_LEAST = compiled(r"다음으로\s+(?:가장\s+|두\s*번째로\s+)?(?:낮|적|작|느리|느렸)")


def next_least(clause: str, figures: list[dict], ahead_names: frozenset[str], earlier: list[dict]) -> int | None:
    """Ranks from the least: a clause naming the one region just ahead of its subject as the least but it (`베이징이
    34.7%로 상하이 다음으로 낮았고`), in a paragraph that ranked nothing yet, ranks the one ahead's last level before it
    (`earlier`: the paragraph's records so far, of its unit, unranked, no mark passed, below the subject's) 1 and the
    subject's 2, so that followers go on from it. Returns 2, else None.

    >>> from kic_extract.typed.cells import CellAmount
    >>> c = "베이징이 34.7%로 상하이 다음으로 낮았고"
    >>> mine = {"gap": False, "start": 5, "end": 10, "region": ProseRegion(0, 3, "베이징", "北京", True),
    ...         "amount": CellAmount(Decimal("34.7"), "%", False, None, False, "34.7%", None), "rank": None}
    >>> theirs = {"region_ko": "상하이", "unit": "%", "value": "29.3", "rank": None, "bound": None}
    >>> next_least(c, [mine], frozenset({"상하이"}), [theirs]), theirs["rank"], mine["rank"]
    (2, 1, 2)
    """
    if len(ahead_names) != 1 or not _NEXT_LEAST.search(clause):
        return None
    mine = levels_ranked([f for f in figures if not f["gap"] and not f["amount"].bound], clause)
    if len({id(f["region"]) for f in mine}) != 1 or len(mine) != 1:
        return None
    level = mine[0]
    theirs = next((r for r in reversed(earlier) if r["region_ko"] in ahead_names and r["unit"] == level["amount"].unit), None)
    if theirs is None or theirs["rank"] is not None or theirs["bound"] or Decimal(theirs["value"]) >= level["amount"].value:
        return None
    theirs["rank"], level["rank"] = 1, 2
    return 2


def rank_behind(clause: str, figures: list[dict], previous: list[dict], ahead: set[int],
                last_rank: int | None, ahead_rank: int | None, previous_clause: str = "",
                ahead_names: frozenset[str] = frozenset()) -> int | None:
    """Ranks of a clause that names the region just ahead of its subject (`ahead`: their ids;
    `ahead_rank`: the rank the paragraph gave that region already). The subject takes the rank
    stated and the one ahead the rank before it (`간쑤성은 5.7% 성장해 | 시짱자치구(5.8%)의 뒤를 이어
    두 번째로` → 간쑤성 2, 시짱자치구 1); with no rank stated, the subjects go on from the rank of the
    one ahead (`상하이가 … 1위였다. 시안(2.0%)과 항저우(1.6%)가 상하이 다음으로 높았다` → 2, 3). The subject's
    figures are the clause's own, else the levels of the clause before (`previous_clause`: `… 9,840 억 위안에서 1 조
    460 억 위안으로 6.3% 늘어, | 광둥성(…)에 이어 2 위를` ranks the 1 조 460 억 only). Returns the last rank."""
    listed = [f for f in figures if not f["gap"]]
    theirs = [f for f in listed if id(f["region"]) in ahead]
    mine = level_beside(levels_ranked([f for f in listed if id(f["region"]) not in ahead], clause), previous)
    if not mine:
        before = [f for f in previous if not f["gap"]]
        mine = levels_ranked(before, previous_clause or None) if all(f["rank"] is None for f in before) else []
    order = list(dict.fromkeys(id(f["region"]) for f in mine))
    stated = stated_ranks(clause)
    # (a rank written before the one ahead is its own: `4 위 항저우시(71 건)에 이어 허페이시가 64 건으로 5 위에`,
    # `3위 저장성(浙江省)(7만 9,960위안)에 이어 장쑤성 6만 6,540위안, … 순이었다`)
    own = {ordinal_rank(m["n"]) for f in theirs if (at := clause.find(f["region"].written)) > 0
           and (m := RANK_BEFORE.search(clause, 0, at))}
    # (or a rank the one ahead was moved to, written before it: `6 위로 밀려난 허난성(河南省)에 이어 후베이성 …`)
    own |= {ordinal_rank(m["n"]) for name in ahead_names if (at := clause.find(name)) > 0
            and (m := MOVED_TO_BEFORE.search(clause, max(0, at - 24), at))}
    # (written after it too where the list runs from the bottom: `아래에서부터 보면, 5위 청두(27%)에 이어 충칭이 31%로 4위`)
    written = own.pop() if len(own) == 1 else None
    if written is not None and (written in stated or not theirs or written - 1 in stated):
        stated = [k for k in stated if k != written]
        ahead_rank = written
    else:
        written = None
    if len(stated) == 1 and len(order) == 1:
        ranks = stated
        ahead_rank = written if written is not None and written == stated[0] + 1 else stated[0] - 1 or None
    elif len(stated) == len(order) > 1:
        ranks = stated
    elif len(stated) <= 1 and len(order) > 1 and len({f["amount"].value for f in mine}) == 1 and cue("tie").search(clause) \
            and (stated or ahead_rank is not None):
        # (a tie after the one ahead shares the rank: `4위 프랑스(…)에 이어 영국과 브라질이 나란히 5,480만 달러를 기록해 | 공동
        # 5위에` → 5, 5)
        ranks = (stated or [ahead_rank + 1]) * len(order)
    elif len(stated) == 1 and ahead_rank is not None and stated[0] == ahead_rank + len(order) > ahead_rank + 1:
        # (the list closing a band the last of them ends: `6 위로 밀려난 허난성에 이어 A …, B …, C …, D … 순으로 상위 10
        # 위권을 형성했다` → 7~10)
        ranks = [ahead_rank + 1 + k for k in range(len(order))]
    elif not stated and order and (ahead_rank is not None or len(order) > 1 and IN_ORDER.search(clause)):
        # (the one ahead, ranked nowhere before, leads a list in order: `베이징에 이어 상하이시 67곳, 선전시 39곳 … 순이었다`)
        ranks = [(ahead_rank or len(ahead)) + 1 + k for k in range(len(order))]
    elif not stated and len(order) == 1 and len(ahead) == 1 and last_rank is None and NEXT_MOST.search(clause):
        # `선전시의 … 기업은 1,020 곳으로 도시 가운데 베이징 다음으로 많았다`: the most but one, the one ahead first
        ranks = [2]
    else:
        return last_rank
    for f in mine:
        f["rank"] = ranks[order.index(id(f["region"]))]
        f["behind"] = ahead_names  # (the rank before it is the named one's: `fill_ranks_between`)
    # (several ahead, listed in order, hold the ranks before: `장쑤성(27곳), 저장성(22곳), 산둥성(17곳)에 이어 전국 4위`)
    ahead_order = list(dict.fromkeys(id(f["region"]) for f in theirs))
    for f in theirs:
        back = len(ahead_order) - 1 - ahead_order.index(id(f["region"]))
        f["rank"] = None if ahead_rank is None or ahead_rank <= back else ahead_rank - back
    return ranks[-1]


def rank_restated_levels(figures: list[dict]) -> None:
    """Give a region's level the rank of the mark a sentence before ranked it by, when the paragraph states the
    level after the mark, in its unit, on its side and near it, with no rank of its own, and no other figure holds
    the rank (`포산시와 둥관시는 나란히 1조 위안을 웃돌며 4위와 5위에 이름을 올렸다. 포산시는 1조 4,260억 위안, 둥관시는
    1조 3,480억 위안이다` → 4, 5)."""
    for k, mark in enumerate(figures):
        if mark["rank"] is None or mark["bound"] not in ("min", "max"):
            continue
        later = [g for g in figures[k + 1:] if g["region_ko"] == mark["region_ko"] and g["unit"] == mark["unit"]]
        if len(later) != 1 or later[0]["rank"] is not None or later[0]["bound"] or sum(
                (f["unit"], f["rank"]) == (mark["unit"], mark["rank"]) for f in figures) != 1:
            continue
        level, bound = Decimal(later[0]["value"]), Decimal(mark["value"])
        # (the level the mark rounds: within twice it, not another measure in its unit, `5.5% 이상 … 1위` then `21.3%`)
        if (bound <= level < 2 * bound) if mark["bound"] == "min" else (bound / 2 <= level < bound):
            later[0]["rank"] = mark["rank"]


def rank_told_before(out: list[dict], compared: dict[str, tuple[int, str]], figures: list[dict]) -> None:
    """Give a rank written before a region a gap is measured against (`2 위 우루무치보다 1,072 억 위안 많았다`) to that
    region's level a sentence before told (`out`, the paragraph's records so far), when the gap ties the two: the
    sentence's one level of the gap's region (`figures`, the sentence's so far) less or more the gap is it (`난닝이 2,318 억 위안으로 …`, `우루무치의 … 1,246 억 위안`). The rank
    is then no longer `compared`'s to give.

    >>> from kic_extract.typed.cells import CellAmount
    >>> def fig(v, gap): return {"amount": CellAmount(Decimal(v), "위안", False, None, False, v, None), "gap": gap, "region": "난닝"}
    >>> out = [{"region_zh": "乌鲁木齐", "region_ko": "우루무치", "unit": "위안", "rank": None, "bound": None,
    ...         "value": "124600000000"}]
    >>> compared = {"우루무치": (2, "위안")}
    >>> rank_told_before(out, compared, [fig("231800000000", False), fig("107200000000", True)])
    >>> out[0]["rank"], compared
    (2, {})
    """
    for key, (rank, unit) in list(compared.items()):
        gaps = [f for f in figures if f["gap"] and f["amount"].unit == unit]
        levels = [f["amount"].value for f in figures if not f["gap"] and f["amount"].unit == unit and not f["amount"].bound
                  and gaps and f["region"] is gaps[0]["region"]]
        if len(levels) != 1 or len(gaps) != 1:
            continue
        wanted = {levels[0] - abs(gaps[0]["amount"].value), levels[0] + abs(gaps[0]["amount"].value)}
        told = next((rec for rec in reversed(out) if key in (rec["region_zh"], rec["region_ko"]) and rec["unit"] == unit
                     and rec["rank"] is None and rec["bound"] is None and Decimal(rec["value"]) in wanted), None)
        if told is not None:
            told["rank"] = rank
            del compared[key]


# (the order word's match may start past `그`: `… 그 바로 위였다`)
_ABOVE_CLOSES = compiled(r"(?:(?:그|한\s*계단)\s*)?(?:바로\s*)?위(?:(?:에|를|로)\s*(?:자리|올랐|올라|차지|섰|서)|였|이었|다(?!\p{Hangul}))")
# (the next from the bottom, said as such: `가장 적은 곳은 산둥성(…)이었고, 허베이성이 … 그다음으로 적었다`)
_NEXT_LEAST = compiled(rf"(?:그\s*)?다음\s*(?:으로|가)\s*(?:가장\s*)?{LEAST}")


def rank_above(clause: str, figures: list[dict], floor: int, from_bottom: bool = False) -> int | None:
    """Give the regions a clause names just above the last place stated (`floor`) their ranks, in the order listed,
    when an order word says so before them (`… 최하위를 벗어나지 못했고, | 그 바로 위를 구이저우성(…)과 시짱자치구(…)가
    차례로 차지해`: 30 and 29 after 31; data/figure_cues.tsv `above`), or, in a ranking read from the bottom
    (`from_bottom`), a word of following anywhere (`우한 11.2%, 시안 12.7%가 뒤를 이었다`), as one saying the next is the
    least (`그다음으로 적었다`) does in any ranking; return the highest rank given, or None."""
    ranked = levels_ranked([f for f in figures if not f["gap"] and f["rank"] is None], clause)
    above = cue("above").search(clause)
    order: list[int] = []
    for f in ranked:
        if id(f["region"]) not in order:
            order.append(id(f["region"]))
    # (the order word anywhere)
    followed = not above and (from_bottom and cue("next").search(clause) is not None or _NEXT_LEAST.search(clause) is not None)
    # (the order word before them, or closing the clause after them: `장시성(…)과 허베이성(…)이 그 위에 자리했다`)
    placed = above is not None and (not any(f["start"] < above.end() for f in ranked)
                                    or all(f["end"] <= above.start() for f in ranked) and _ABOVE_CLOSES.match(clause, above.start()))
    if not order or len(order) >= floor or not (followed or placed):
        return None
    for f in ranked:
        f["rank"] = floor - 1 - order.index(id(f["region"]))
    return floor - len(order)


_JOINED_AFTER = compiled(r"\s*(?:\([^()]*\))?\s*(?:과|와|,|·)\s*$")


def places_held_after(clause: str, c_off: int, figures: list[dict], here: list, last_rank: int | None) -> dict[str, int]:
    """The ranks of places a clause of order words lists after its ranked figures' regions with no figure of their own
    (`저장성(14.2%)과 광둥성이 차례로 뒤따랐다` → 광둥성 3), where the last rank stated counts them: name → rank."""
    ranked = [f for f in figures if f["rank"] is not None]
    if not ranked or last_rank is None or not cue("next").search(clause):
        return {}
    top, last_end = max(f["rank"] for f in ranked), max(f["region"].end for f in ranked)
    bare = [r for r in here if r.end > last_end and r.subject and not any(f["region"] is r for f in figures)]
    if not bare or last_rank - top != len(bare) or not _JOINED_AFTER.search(clause, 0, bare[0].start - c_off):
        return {}
    return {(r.zh or r.written): top + 1 + k for k, r in enumerate(bare)}
