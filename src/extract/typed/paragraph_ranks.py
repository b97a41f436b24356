"""The ranks a paragraph has given so far, for `typed.prose_figures`: the last rank of a measure, the places ranked so
far, followers after a fall, ranks written before the regions gaps are measured against, a ranking of another measure,
the places an ordered list named, and the amounts given to them in turn (`각각`).
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.gazetteer import EVERY_LEVEL, find_regions
from kic_extract.typed.cells import same_measure
from kic_extract.typed.clause_figures import figure_for
from kic_extract.typed.prose_order import last_place, names_own_set, only_ahead
from kic_extract.typed.clause_amounts import amounts_in
from kic_extract.typed.prose_owners import COMPARED_WITH
from kic_extract.typed.figure_cues import cue
from kic_extract.typed.prose_regions import ProseRegion
from kic_extract.typed.prose_years import measure_nouns

# a rank written before the region a figure is compared with (`이는 2 위 장쑤성보다 846 억 위안 많은 규모다`)
_RANK_COMPARED = compiled(r"(?P<n>\d{1,2})\s*위(?:인)?\s+$")


def only_ahead_of_told(sentence: str, regions: list[ProseRegion], told: list[tuple[dict, dict]]) -> bool:
    """`only_ahead`, past the region the sentence before told of named again as the topic (`… 청두의 GDP 는 4 조 5,230 억
    위안으로 … | 청두는 부성급 도시 가운데 선전, 광저우에 이어 3 위를 유지했다`)."""
    return only_ahead(sentence, [r for r in regions if not (
        r.mark == "topic" and any(record["region_ko"] == r.written for _, record in told))])
# the words a clause opens with as its topic or subject (`투자 건수는 … 줄었다`, `건당 평균 투자액이 8,000 만 위안으로`)
def ranked_so_far(pending: list, out: list[dict]) -> list[tuple[str, int | None]]:
    """(name, rank) of the paragraph's figures so far, the sentence's pending ones first as the loop keeps them."""
    return [(f["region"].written, f["rank"]) for _, fs in pending for f in fs] + [(f["region_ko"], f["rank"]) for f in out]


# a verb of change a clause states of its own figures (`… 12% 늘어`, `… 3.1% 감소`)
_OWN_CHANGE = compiled(r"늘|증가|줄|감소|성장|상승|하락|확대|축소|오르|올랐|내렸|내려|떨어|뒷걸음")


def follows_a_fall(clause: str, rank: int, unit: str, out: list[dict]) -> bool:
    """Whether a figure ranked `rank` by a clause of followers (`그 뒤를 이었다`) that states no change of its own comes
    right after a fall of its unit ranked just before it, in the paragraph's records so far (`out`)."""
    ahead = [f for f in out if f["rank"] == rank - 1 and f["unit"] == unit]
    ahead = [f for f in ahead if f["region_ko"] == ahead[-1]["region_ko"]]  # (every figure of it so ranked: its level)
    return bool(ahead) and all(f["value"].startswith("-") for f in ahead) and bool(cue("next").search(clause)) \
        and not _OWN_CHANGE.search(clause)


def last_rank_of(unit: str, out: list[dict], pending: list[tuple[int, list[dict]]], unit_ranks: dict[str, int]) -> int | None:
    """The last rank given to a measure in `unit` (money in any currency): in the paragraph so far (its records `out`, then
    the sentence's `pending` clauses), else in the paragraphs before (`unit_ranks`); None where none was."""
    ranks = [f["rank"] for f in out if f["rank"] is not None and same_measure(f["unit"], unit)]
    ranks += [f["rank"] for _, fs in pending for f in fs if f["rank"] is not None and same_measure(f["amount"].unit, unit)]
    return ranks[-1] if ranks else next((r for u, r in reversed(unit_ranks.items()) if same_measure(u, unit)), None)


# the rest of a sentence naming what follows the figure before (`…, 칭하이성(1,410명), 닝샤(1,452명)가 뒤를 이었다`)
FOLLOWERS_AFTER = compiled(r"[^.]{0,120}?(?:뒤를\s*이었|뒤를\s*이어|그\s*뒤를|뒤따랐)")


def paragraph_last_place(text: str, before: str, at: int, clause: str) -> list[int]:
    """`last_place` of the clause at `at`, the set it is last of named in its paragraph or else in a paragraph before
    (`… 6 개 도시 가운데 1 위를 지켰다. | … | … 시안시가 1 조 4,420 억 위안으로 최하위였다`)."""
    return last_place(text, at, clause) or (last_place(f"{before} {text}", len(before) + 1 + at, clause)
                                            if before and not names_own_set(clause) else [])


def ranks_compared(sentence: str, here: list[ProseRegion], figures: list[dict]) -> dict[str, tuple[int, str]]:
    """The ranks written right before the regions the clause's gaps are measured against, by region, with the gap's unit.

    >>> s = "광둥성이 9,536 억 위안으로 1 위 자리를 지켰는데, 이는 2 위 장쑤성보다 846 억 위안 많은 규모다."
    >>> r = ProseRegion(s.index("장쑤성"), s.index("장쑤성") + 3, "장쑤성", "江苏省", False)
    >>> gap = [a for _, a, _ in amounts_in(s)][-1]
    >>> gap.raw, ranks_compared(s, [r], [{"gap": True, "amount": gap}])
    ('846 억 위안', {'江苏省': (2, '위안')})
    """
    gaps = {f["amount"].unit for f in figures if f["gap"]}
    if len(gaps) != 1:
        return {}
    return {(r.zh or r.written): (int(m["n"]), next(iter(gaps))) for r in here
            if COMPARED_WITH.match(sentence, r.end) and (m := _RANK_COMPARED.search(sentence[max(0, r.start - 8):r.start]))}


# a noun made its sentence's topic (`둥관의 산업용 로봇 보유량은`, `… 기업 수는`; not a basis, `지역별로는`, `6위까지는`)
_TOPIC_NOUN = compiled(r"(?<!\S)(?P<noun>[\p{Hangul}A-Za-z]+)(?<!로|에서|까지|부터|에)(?:은|는)\s")


def other_measure(before: str, ranked: str, regions: list[ProseRegion]) -> bool:
    """Whether the words ranking the places (`ranked`) make a measure their topic and the words before a figure in its
    sentence make another one theirs (`로봇 기업 수는 … 순으로 많았다` | `둥관의 산업용 로봇 보유량은 8만 대를`, `포산은 6만
    대`), a region made the topic aside.

    >>> other_measure("둥관의 산업용 로봇 보유량은 ", "도시별 로봇 기업 수는 선전, 둥관 순으로 많았다.", [])
    True
    >>> other_measure("충칭시의 GDP는 ", "서부 도시 GDP 순위는 충칭시, 청두시 순이다.", [])
    False
    >>> other_measure("실제 사용액은 ", "지역별로는 장쑤성, 상하이시 순으로 외자를 많이 끌어들였으며", [])  # (no measure ranked)
    False
    """
    names = {r.written for r in regions}
    return any(m["noun"] not in names for m in _TOPIC_NOUN.finditer(ranked)) \
        and any(m["noun"] not in ranked for m in _TOPIC_NOUN.finditer(before) if m["noun"] not in names)


def measure_of_rank(clause: str) -> str | None:
    """The measure (data/measure_nouns.txt) a clause names right before the rank it states (`투자 금액 2위를 지켰지만` →
    `투자 금액`), if any."""
    if measured := _measured_rank().search(clause):
        return measured["what"]
    # (or the subject a first place is said of, no place: `장쑤성은 단지 수가 가장 많지만` → `단지 수`)
    if (first := _FIRST_OF_SUBJECT.search(clause)) and not find_regions(first["what"], EVERY_LEVEL):
        return first["what"]
    return None


_FIRST_OF_SUBJECT = compiled(r"(?<!\S)(?P<what>\p{Hangul}+(?:\s+\p{Hangul}+)?)(?:이|가)\s+(?:전국에서\s+)?(?:가장|제일)\s")


@cache
def _measured_rank() -> regex.Pattern[str]:
    # (`투자 금액 2위`, or by the measure named as a basis: `건수로는 2 위였지만`, `금액 기준으로도 1위`)
    return compiled(rf"(?P<what>{measure_nouns()})(?:\s*기준)?\s*(?:으로는|로는|에서는|으로도|로도|에서도)?\s*\d{{1,2}}\s*위")


def named_in_order(regions: list[ProseRegion], order: dict[str, int]) -> list[ProseRegion]:
    """The regions an ordered list names (`order`: name → rank), as a sentence after may name them again (no place in it)."""
    return [ProseRegion(0, 0, r.written, r.zh, True) for r in regions if (r.zh or r.written) in order]


def subjects_told(pending: list[tuple[int, list[dict]]]) -> list[ProseRegion]:
    """The places named in the sentence whose figures its clauses before gave, each once, in order."""
    out: list[ProseRegion] = []
    for _, figures in pending:
        for f in figures:
            r = f["region"]
            if r is not None and r.end > r.start and all((r.zh or r.written) != (o.zh or o.written) for o in out):
                out.append(r)
    return out


_RUN_GAP = compiled(r"[\s,·]*(?:와|과|및)?\s*")  # (between amounts listed in turn: `6.3%, 4.1%`, `7,000톤과 1만 5,000톤`)


def each_of_order(clause: str, before: list[ProseRegion], standing: dict[str, int]) -> list[dict]:
    """The amounts a clause lists after `각각`, one to each place an ordered list before it names (`standing`: name →
    rank), in turn; none unless they are as many, of one unit, and none a bound."""
    ordered = sorted((r for r in before if (r.zh or r.written) in standing), key=lambda r: standing[r.zh or r.written])
    if not (each := cue("each").search(clause)):
        return []
    amounts = [(start, amount, end) for start, amount, end in amounts_in(clause) if start >= each.end()]
    # (the run of amounts right after it, not a level they are compared with after: `각각 6.3%, 4.1%에 그쳐 전국 평균(9.2%)에`)
    run = next((k for k in range(1, len(amounts)) if not _RUN_GAP.fullmatch(clause, amounts[k - 1][2], amounts[k][0])), len(amounts))
    amounts = amounts[:run]
    if len(amounts) < 2 or len(amounts) != len(ordered) or len({a.unit for _, a, _ in amounts}) != 1 \
            or any(a.bound for _, a, _ in amounts):
        return []
    return [figure_for(amount, r, start, end) for (start, amount, end), r in zip(amounts, ordered)]
