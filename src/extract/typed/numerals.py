"""Native Korean numerals before a counter (`세 곳`, `다섯 가지`, `한 곳`): data/ordinals.tsv, one source for every
reader that counts in words."""

from __future__ import annotations

from functools import cache

from kic_extract.data import tsv_rows

#: the counter words a count is made of (`세 곳`, `5 개`, `다섯 가지`, `12 개 팀`)
COUNTERS = ("개", "가지", "곳", "팀", "건", "명", "대")


@cache
def native_numerals() -> dict[str, int]:
    """The numerals and their values: data/ordinals.tsv's words (`첫` is an ordinal's only) and 한 for one.

    >>> native_numerals()["다섯"], native_numerals()["한"], "첫" in native_numerals()
    (5, 1, False)
    """
    return {**{r["word"]: int(r["rank"]) for r in tsv_rows("ordinals.tsv") if r["word"] != "첫"}, "한": 1}


def native_alternation(one: bool = False) -> str:
    """The numerals as a pattern's alternation, longest first, from two on (`one`: 한 too).

    >>> native_alternation()
    '다섯|여섯|일곱|여덟|아홉|두|세|네|열'
    """
    return "|".join(sorted((w for w, n in native_numerals().items() if one or n > 1), key=len, reverse=True))
