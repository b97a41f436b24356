"""The clauses of a sentence the prose-figures reader reads one at a time (for `typed.prose_figures`): the
clauses `gdp.split_clauses` cuts, joined where a cut falls inside one statement.
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled
from kic_extract.typed.gdp import split_clauses
from kic_extract.typed.prose_regions import GOES_ON, cue


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
    """
    out: list[tuple[str, int]] = []
    for clause, offset in split_clauses(sentence):
        if out and (out[-1][0].endswith("에서") or _ends_ahead().search(out[-1][0])
                    or _ORDER_WORD.fullmatch(out[-1][0]) or _INCLUDING.search(out[-1][0]) or _DONE_THEN.search(out[-1][0])):
            out[-1] = (sentence[out[-1][1]:offset + len(clause)], out[-1][1])
        else:
            out.append((clause, offset))
    return out


# (a deed the next clause goes on from, `재작년 처음으로 6조 위안을 돌파한 데 이어 | 작년 6조 2,970억 위안을 기록하며`)
_DONE_THEN = compiled(r"\p{Hangul}\s+데\s*이어$")
_INCLUDING = compiled(r"(?:을|를)\s*(?:비롯해|비롯하여)$")  # (not `포함해`: `… 다섯 곳을 포함해 | 시범도시는 모두 12곳`)
_ORDER_WORD = compiled(rf"\s*(?:(?:그\s*)?뒤를\s*)?{GOES_ON}\s*")  # (`이어`, `그 뒤를 이어` standing alone)


@cache
def _ends_ahead() -> regex.Pattern[str]:
    return compiled(rf"(?:{cue('ahead').pattern}|{cue('passed').pattern})\S*$")
