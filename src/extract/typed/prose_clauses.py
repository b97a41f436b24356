"""The clauses of a sentence the prose-figures reader reads one at a time (for `typed.prose_figures`): the
clauses `gdp.split_clauses` cuts, joined where a cut falls inside one statement; and the amounts a sentence may open
with alone, before the words naming their regions.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.typed.gdp import split_clauses
from kic_extract.typed.clause_amounts import amounts_in
from kic_extract.typed.figure_cues import cue
from kic_extract.typed.numerals import NATIVE_COUNT
from kic_extract.typed.prose_regions import GOES_ON, ProseRegion


def clauses(sentence: str) -> list[tuple[str, int]]:
    """The clauses of a sentence with their offsets (`gdp.split_clauses`), but a word ending in the
    particle `에서` closes no clause (`서` there is not a connective ending), nor does the word that
    makes a region the one ahead of the clause's subject (`베이징에 이어`, `…의 뒤를 이어`) or the
    one it passed (`베이징을 앞지르며 | 1위를`), nor an order word standing alone (`이어 후베이성 …`), nor a
    list's first item (`광저우(…)를 비롯해 | 쑤저우(…), 청두(…)가 차례로 5~7 위에`), nor a deed the next clause
    goes on from (`… 돌파한 데 이어 | 작년 6조 2,970억 위안을 기록하며`).

    >>> [c for c, _ in clauses("상하이는 전국에서 유일하게 10만 대 이상인 도시이며, 선전이 뒤를 이었다.")]
    ['상하이는 전국에서 유일하게 10만 대 이상인 도시이며', '선전이 뒤를 이었다.']
    >>> [c for c, _ in clauses("시짱(5.8%)의 뒤를 이어 두 번째로 높았고 베이징에 이어 상하이가 2위다.")]
    ['시짱(5.8%)의 뒤를 이어 두 번째로 높았고', '베이징에 이어 상하이가 2위다.']
    >>> [c for c, _ in clauses("베이징 공항을 통해 입국한 외국인은 2,064만 명이다.")]
    ['베이징 공항을 통해 입국한 외국인은 2,064만 명이다.']
    >>> [c for c, _ in clauses("다음으로 산둥성이 14.9%, 이어 광둥성이 12.8%를 기록했다.")]
    ['다음으로 산둥성이 14.9%, ', '이어 광둥성이 12.8%를 기록했다.']
    """
    out: list[tuple[str, int]] = []
    for clause, offset in _after_rank_words(_order_words_on(sentence, split_clauses(sentence))):
        if out and (out[-1][0].endswith("에서") or _ends_ahead().search(out[-1][0])
                    and not (_ends_passing().search(out[-1][0]) and _OWN_TOPIC_OPENS.match(clause))
                    or _ORDER_WORD.fullmatch(out[-1][0]) or _INCLUDING.search(out[-1][0]) or _DONE_THEN.search(out[-1][0])
                    or _INCLUDED_IN.search(out[-1][0]) and _COUNT_IN_WORDS_OPENS.match(clause)
                    or _POSTPOSITION.search(out[-1][0])):
            out[-1] = (sentence[out[-1][1]:offset + len(clause)], out[-1][1])
        else:
            out.append((clause, offset))
    return out


# a rank word closing a clause by a comma, a new subject after it (`베이징이 71위안으로 두 번째, | 선전과 항저우가 …`)
_RANK_WORD_COMMA = compiled(r"(?:\d\s*위|번\s*째),\s+(?=\p{Hangul}+(?:\([^()]*\))?(?:과|와|이|가|은|는)\s)")


def _after_rank_words(parts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The clauses, each also parted after a rank word its comma closes before a new subject (`베이징이 71위안으로 두
    번째, 선전과 항저우가 나란히 64위안으로 공동 3위였다` is two).

    >>> [c for c, _ in _after_rank_words([("베이징이 71위안으로 두 번째, 선전과 항저우가 나란히 64위안으로 공동 3위였다.", 0)])]
    ['베이징이 71위안으로 두 번째, ', '선전과 항저우가 나란히 64위안으로 공동 3위였다.']
    """
    out = []
    for clause, offset in parts:
        start = 0
        for m in _RANK_WORD_COMMA.finditer(clause):
            out.append((clause[start:m.end()], offset + start))
            start = m.end()
        out.append((clause[start:], offset + start))
    return out


@cache
def _ends_passing() -> regex.Pattern[str]:
    return compiled(rf"(?:{cue('passed').pattern})\S*$")


# a clause opening with a topic or subject of its own, which the one passed before is not (`… 선전(12.3%)을 앞질렀고, | 충칭은
# 11.8%로 세 번째로 높았다`)
_OWN_TOPIC_OPENS = compiled(r"\p{Hangul}{2,8}(?:\([^()]*\))?(?:은|는|이|가)\s")
# (a deed the next clause goes on from, `재작년 처음으로 6조 위안을 돌파한 데 이어 | 작년 6조 2,970억 위안을 기록하며`)
_DONE_THEN = compiled(r"\p{Hangul}\s+데\s*이어$")
# (a verb form standing for a postposition, `공항을 통해 | 입국한 외국인은`, `…에 대해`: no clause of its own; a purpose,
# `…을 위해`, is one)
_POSTPOSITION = compiled(r"(?:을|를|에|에게)\s*(?:통해|통하여|대해|대하여|관해|관하여|의해|의하여)$")
_INCLUDING = compiled(r"(?:을|를)\s*(?:비롯해|비롯하여)$")  # (not `포함해`: `… 다섯 곳을 포함해 | 시범도시는 모두 12곳`)
# (but `포함해` before a count in words of the places it includes: `우장을 포함해 | 세 곳이 … 지정됐다`)
_INCLUDED_IN = compiled(r"(?:을|를)\s*(?:포함해|포함하여)$")
_COUNT_IN_WORDS_OPENS = compiled(rf"\s*(?:{NATIVE_COUNT})\s*(?:곳|개)(?:이|가)\s")
_ORDER_WORD = compiled(rf"\s*(?:(?:그\s*)?뒤를\s*)?{GOES_ON}\s*")  # (`이어`, `그 뒤를 이어` standing alone)
# an order word after a comma closing a clause (`다음으로 산둥성이 14.9%, 이어`): it opens the next one
_ORDER_WORD_CLOSING = compiled(rf"(?<=,\s*)(?:{GOES_ON})\s*$")


def _order_words_on(sentence: str, parts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The clauses of a sentence, an order word closing one after a comma moved to open the next (`…, 이어 | 광둥성이 …`)."""
    out = list(parts)
    for k in range(len(out) - 1):
        if (m := _ORDER_WORD_CLOSING.search(out[k][0])) is not None:
            (text, at), (after, after_at) = out[k], out[k + 1]
            out[k], out[k + 1] = (text[:m.start()], at), (sentence[at + m.start():after_at + len(after)], at + m.start())
    return out


@cache
def _ends_ahead() -> regex.Pattern[str]:
    return compiled(rf"(?:{cue('ahead').pattern}|{cue('passed').pattern})\S*$")


# amounts standing alone before the sentence that names them (`7조 1,830억 위안. `, `5.9%와 6.3%. `), and the words
# naming them, closing a clause (`… 올린 경제 규모로, `)
_LEDE_REST, _NAMED_AS = compiled(r"[\s,·와과및]*"), compiled(r"\s*[^,.]*\p{Hangul}(?:으로|로),\s")
# words describing a place, then the place named with the copula closing the sentence (`가장 많은 … 흡수한 곳은 상하이시였다.`)
_PLACE_IS = compiled(r"[^,.\d]*\s(?:곳|지역|도시)은\s+(?=\p{Hangul}+(?:\(\p{Han}+\))?(?:이었다|였다|이다|다)\.?$)")


def lede_amounts(sentence: str) -> tuple[int, list] | None:
    """Where the amounts a sentence opens with, alone and closed by a full stop, end, and the amounts (`7조 1,830억 위안.
    광둥성이 …`, `5.9%와 6.3%. 각각 …`); None when it opens otherwise.

    >>> [a.raw for _, a, _ in lede_amounts("5.9%와 6.3%. 각각 충칭시와 청두시가")[1]], lede_amounts("성장률은 5.9%다. 청두시는")
    (['5.9%', '6.3%'], None)
    >>> [a.raw for _, a, _ in lede_amounts("3만 4,000명, 가장 많은 귀국 인재를 흡수한 곳은 상하이시였다.")[1]]
    ['3만 4,000명']
    """
    stop = sentence.find(". ")
    if (comma := sentence.find(", ")) >= 0 and (stop < 0 or comma < stop) and _PLACE_IS.match(sentence, comma + 2):
        stop = comma  # (one amount, then the place it is: `3만 4,000명, 가장 많은 … 흡수한 곳은 상하이시였다`)
    if stop < 0 or not (found := list(amounts_in(sentence[:stop]))):
        return None
    at = 0
    for start, _, end in found:
        if not _LEDE_REST.fullmatch(sentence, at, start):
            return None
        at = end
    return (stop + 2, found) if _LEDE_REST.fullmatch(sentence, at, stop) else None


def lede_named(sentence: str, at: int, regions: list[ProseRegion], count: int) -> list[ProseRegion] | None:
    """The regions the words after amounts standing alone name as what they were (`광둥성이 올해 상반기에 올린 경제
    규모로, …`; `각각 충칭시와 청두시가 … 기록한 성장률로, …` for two): the subjects of that clause, closed by `로,`, one for
    each amount; None when they are not named so."""
    if count == 1 and (place := _PLACE_IS.match(sentence, at)):
        # `…, 가장 많은 귀국 인재를 흡수한 곳은 상하이시였다`: the place the clause names with the copula
        return [r for r in regions if r.start == place.end()][:1] or None
    named = _NAMED_AS.match(sentence, at)
    subjects = [r for r in regions if named and r.subject and at <= r.start and r.end <= named.end()]
    if not subjects or count > 1 and not sentence.startswith("각각", at):
        return None
    return subjects[:count] if len(subjects) >= count else None
