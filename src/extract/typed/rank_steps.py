"""Ranks a region moved to by steps (`순위가 한 계단 내려앉았다`, `두 계단 뛰어올랐다`) from a rank the text gives it
before: one it held (`지난해 4 위였던 광저우는`, `2027 년 정상을 차지했던 광둥성은`), or the one it was passed at (`장쑤성이 …
광둥성을 제치고 선두에 올랐고, 광둥성은 … 한 계단 내려앉았다`: second). For `typed.prose_figures`; a step with its new
rank written (`두 계단 오른 5위`, `6위로 한 계단`) is the stated rank's, and is left to it.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.typed.numerals import native_numerals
from kic_extract.typed.prose_ranks import levels_ranked


@cache
def _step() -> regex.Pattern[str]:
    words = "|".join(longest_first(w for w in native_numerals() if len(w) == 1))
    return compiled(rf"(?<!\S)(?P<k>\d|{words})\s*계단(?:씩)?\s*(?:(?P<down>내려앉|내려섰|내려서|밀려|밀렸|하락|떨어|미끄러|후퇴)"
                    r"|(?P<up>올라|올랐|오른|오르|상승|뛰어|끌어올|도약))")


# a rank written right by the step (`6위로 한 계단`, `한 계단 오른 5위`, `한 계단 내려앉은 6 위였다`)
_RANK_AT_STEP = compiled(r"\d{1,2}\s*위(?:로|에)?\s*$")
_RANK_AFTER_STEP = compiled(r"\p{Hangul}*\s*\d{1,2}\s*위")
# a rank the region held, written before it (`4 위였던 광저우는`, `정상을 차지했던 광둥성은`, `선두였던`)
_HELD = compiled(r"(?:(?P<n>\d{1,2})\s*위|(?P<top>정상|선두|1\s*위\s*자리))(?:였던|이던|이었던|(?:를|을)\s*(?:차지|지키|지켰|달리)\S*던)"
                 r"\s+(?:\S+\s+)?$")
# what passed it, and the rank it took (`광저우를 515 억 위안 차이로 따돌리고 4 위에 올랐다`, `광둥성(广东省)을 제치고
# 선두에 올랐고`)
_PASSED = r"(?:\([^()]*\))?(?:을|를)\s+(?:\S+\s+){0,4}?(?:제치|제쳤|따돌리|따돌렸|앞지르|앞질러|앞질렀|밀어내|밀어냈)\S*\s+" \
    r"(?:\S+\s+){0,3}?(?:(?P<n>\d{1,2})\s*위|(?P<top>선두|정상))(?:에|로)\s*(?:올|오르|올라)"


@cache
def _passed(written: str) -> regex.Pattern[str]:
    return compiled(regex.escape(written) + _PASSED)


def _rank_held(before: str, written: str, down: bool) -> int | None:
    """The rank the region written `written` held, from the text `before` its mention: written right before it, or, when
    it moved down, the rank of what passed it."""
    if held := _HELD.search(before[-40:]):
        return 1 if held["top"] else int(held["n"])
    if not down:
        return None
    passes = list(_passed(written).finditer(before))
    return None if not passes else 1 if passes[-1]["top"] else int(passes[-1]["n"])


def ranks_moved(sentence: str, before: str, pending: list[tuple[int, list[dict]]]) -> None:
    """Rank, in place, the level before a step in `sentence` of the region it moves, the last named before the step, from
    the rank the sentence or the text `before` it gives that region before. `pending` holds each clause's offset in the
    sentence and its figures, each with its `region` (offsets in the sentence), `start` (in the clause), `amount`,
    `rank` and `gap`. A rate is left alone (`5.5%의 성장률을 기록하고도 한 계단 내려앉았다`: the ranking is of levels).

    >>> from kic_extract.typed.prose_regions import ProseRegion
    >>> from kic_extract.typed.cells import CellAmount
    >>> from decimal import Decimal
    >>> s = "지난해 4 위였던 광저우는 2 조 7,115 억 위안에 머물며 순위가 한 계단 내려앉았다."
    >>> fig = {"region": ProseRegion(s.index("광저우"), s.index("광저우") + 3, "광저우", "广州", True), "rank": None,
    ...        "gap": False, "start": s.index("2 조"),
    ...        "amount": CellAmount(Decimal("2711500000000"), "위안", False, None, False, "2 조 7,115 억 위안", None)}
    >>> ranks_moved(s, "", [(0, [fig])]); fig["rank"]
    5
    >>> fig["rank"] = None
    >>> ranks_moved("광저우는 2 조 7,115 억 위안에 머물며 6위로 한 계단 내려앉았다.", "", [(0, [fig])]); fig["rank"] is None
    True
    """
    for step in _step().finditer(sentence):
        if _RANK_AT_STEP.search(sentence, max(0, step.start() - 12), step.start()) \
                or _RANK_AFTER_STEP.match(sentence, step.end()):
            continue  # (the new rank written: the stated rank's)
        named = [f for c_off, figures in pending for f in figures
                 if c_off + f["start"] < step.start() and f["region"].start < step.start() and not f["gap"]]
        if not named:
            continue
        moved = named[-1]["region"]
        own = [f for f in named if (f["region"].zh or f["region"].written) == (moved.zh or moved.written)]
        if any(f["rank"] is not None for f in own):
            continue
        held = _rank_held(before + sentence[:moved.start], moved.written, step["down"] is not None)
        k = int(step["k"]) if step["k"].isdigit() else native_numerals()[step["k"]]
        if held is None or step["down"] is None and held - k < 1:
            continue
        rank = held + k if step["down"] else held - k
        for f in [f for f in levels_ranked(own) if f["amount"].unit not in ("%", "%p")][-1:]:
            f["rank"] = rank


# a rank given up to a region named before it (`광저우는 … 충칭에 4 위 자리를 내주고`, `상하이(1,105 억 위안)에 1 위 자리를
# 내주고`, `선전에 1위를 빼앗겼다`): that region's
_CEDED_TO = compiled(r"(?<!\p{Hangul})(?P<to>\p{Hangul}{2,12})(?:\([^()]*\))?에(?:게)?\s+(?P<n>\d{1,2})\s*위(?:\s*자리)?(?:를|을)\s*"
                     r"(?:내주|내준|내줬|내줘|넘겨주|넘겨준|넘겨줬|빼앗|뺏)(?!기?지\s*(?:않|못))")


def ranks_ceded(text: str, out: list[dict]) -> None:
    """Rank, in place, the level of a region a paragraph says another gave a rank up to (`… 충칭에 4 위 자리를 내주고`): its
    one unranked level of the paragraph (`out`, the paragraph's records), or its first; not a rate.

    >>> out = [{"region_ko": "충칭", "value": "4348000000000", "unit": "위안", "rank": None},
    ...        {"region_ko": "광저우", "value": "4312000000000", "unit": "위안", "rank": 5}]
    >>> ranks_ceded("충칭은 … 앞질렀다. 광저우는 4 조 3,120 억 위안에 그치며 충칭에 4 위 자리를 내주고 5 위로 밀려났고", out)
    >>> out[0]["rank"]
    4
    """
    for m in _CEDED_TO.finditer(text):
        rank = int(m["n"])
        own = [r for r in out if r["region_ko"] == m["to"] and r["unit"] not in ("%", "%p", "배")]
        if own and not any(r["rank"] is not None for r in own):
            own[0]["rank"] = rank  # (its level, stated before a gap it may have: `… 광저우를 360 억 위안 차이로`)
