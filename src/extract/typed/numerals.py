"""Native Korean numerals before a counter (`세 곳`, `다섯 가지`, `한 곳`): data/ordinals.tsv, one source for every
reader that counts in words."""

from __future__ import annotations

from functools import cache

from kic_extract.compiled import longest_first
from kic_extract.data import tsv_rows

#: the counter words a count is made of (`세 곳`, `5 개`, `다섯 가지`, `12 개 팀`)
COUNTERS = ("개", "가지", "곳", "팀", "건", "명", "대")


@cache
def native_numerals() -> dict[str, int]:
    """The numerals and their values: data/ordinals.tsv's words (`첫` is an ordinal's only), 한 for one, and the
    compounds of a ten and a unit (`열두` 12, `스물한` 21; `스무` stands alone).

    >>> n = native_numerals()
    >>> n["다섯"], n["한"], "첫" in n, n["열두"], n["스물한"], n["서른다섯"], "스무한" in n
    (5, 1, False, 12, 21, 35, False)
    """
    words = {**{r["word"]: int(r["rank"]) for r in tsv_rows("ordinals.tsv") if r["word"] != "첫"}, "한": 1}
    units = {w: n for w, n in words.items() if n < 10}
    tens = {w: n for w, n in words.items() if n % 10 == 0 and w != "스무"}
    return {**words, **{t + u: n + m for t, n in tens.items() for u, m in units.items()}}


def native_alternation(one: bool = False) -> str:
    """The numerals as a pattern's alternation, longest first, from two on (`one`: 한 too).

    >>> alt = native_alternation().split("|")
    >>> alt.index("열두") < alt.index("열") and alt.index("스물한") < alt.index("스물"), "한" in alt, "한" in native_alternation(True)
    (True, False, True)
    """
    return "|".join(longest_first((w for w, n in native_numerals().items() if one or n > 1)))


# a count in native numerals, two or more (`세 지역`, `열두 곳`), as a pattern's group
NATIVE_COUNT = f"(?:{native_alternation()})"


def count_value(written: str) -> int | None:
    """A count written in digits or in native numerals, or None for a word that is neither (`여러`).

    >>> count_value("12"), count_value("열두"), count_value("여러")
    (12, 12, None)
    """
    return int(written) if written.isdigit() else native_numerals().get(written)
