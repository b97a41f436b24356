"""The words of a count stated in prose (`5 개 도시`, `다섯 곳`, `8 대 중점 과제`): the pattern that finds one, the number
it states and the words naming what it counts. Shared by the readers that check a count against its list
(`typed.counts`, `typed.count_kinds`).
"""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first
from kic_extract.typed.cells import band
from kic_extract.typed.numerals import COUNTERS, native_alternation, native_numerals

# what may follow a counter as no noun of its own (`5 곳은`, `다섯 개로`, `세 곳뿐이어서`)
PARTICLES = frozenset(["은", "는", "이", "가", "을", "를", "의", "로", "으로", "으", "에", "와", "과", "도", "이나", "뿐"])

# a count: a number, a counter word (`개`, `가지`, `곳`, `팀`, …, `대` only before a band noun:
# `8 대 중점 과제`) and what is counted, if named (`5 개 도시는`, `다음 5 가지다`); a native numeral of two or more
# may count a noun of places with no counter between (`상위 다섯 나라로는`, `세 도시가`): the counter is then empty
_COUNTED_BARE = ("나라", "국가", "도시", "지역")


@cache
def count_pattern() -> regex.Pattern[str]:
    counters = "|".join(c for c in COUNTERS if c != "대") + f"|(?={band()})대"
    words = native_alternation(one=True)
    # (a numeral of two syllables or more may stand against its counter, as a PDF's text may set it: `다섯개 지역`)
    long = "|".join(longest_first(w for w in native_numerals() if len(w) > 1))
    no_counter = rf"(?<=(?<!\p{{Hangul}})(?:{native_alternation()})\s+)(?=(?:{'|'.join(_COUNTED_BARE)})(?:{'|'.join(longest_first(PARTICLES))}|\s))"
    return compiled(
        rf"(?<![\d.,])(?P<n>\d{{1,3}}|(?<!\p{{Hangul}})(?:(?:{words})(?=\s)|(?:{long})(?=(?:{counters}))))\s*"
        rf"(?P<counter>{counters}|{no_counter})(?!씩)"  # (`한 곳씩`: each)
        r"(?!\p{Hangul}*\s*(?:이상|이하|미만|초과))(?:\s*(?!이라|이다|이며|이고|이었)"  # (`국가` a noun: `4 개 국가 허브`)
        r"(?:주요\s+)?"  # (the main ones, and what they are: `6 개 주요 산지에`)
        r"(?!있|없)"  # (a verb of being there, no noun: `산업단지가 다섯 곳 있는데,`)
        # (`도` a particle only where no other follows it, nor a `·` joining another noun: `4개 진·가도는`, `6개 가도·진은`)
        # (or a name in quotes: `5개 '공예 특색 산업 클러스터'는`)
        r"(?P<noun>['‘][\p{Hangul}\s·]{1,24}['’]|\p{Hangul}{1,8}?(?:·\p{Hangul}{1,4}?){0,3})(?!(?<=국)가)(?=으로|[은는이가을를의로에와과]|도(?![은는이가을를의·])|였|다(?=[.\s]|$)|\s|$|[,:(])"
        r"|(?<=곳)(?=\s|,)|(?=다[.\s]|이라고|이다|이었다|였다|입니다|[:.]|\s*,\s*(?:즉|곧)\s|\())")


def count_number(m) -> int:
    return int(m["n"]) if m["n"].isdigit() else native_numerals()[m["n"]]


def counted_words(m) -> str:
    """The counter and what it counts, as written: `개 도시`, `가지`, `개국`."""
    if not m["noun"] or m["noun"] in PARTICLES:
        return m["counter"]
    return m["counter"] + m.string[m.end("counter"):m.start("noun")] + m["noun"]
