"""The figure cues the prose readers share (data/figure_cues.tsv: order words, the nation, units of a
share, …) and the nouns naming a measured quantity (data/measure_nouns.txt), as compiled patterns."""

from __future__ import annotations

from functools import cache

import regex

from kic_extract.compiled import compiled, longest_first, phrase
from kic_extract.data import tsv_rows, word_list
from kic_extract.gazetteer import PARTICLES


def measure_nouns() -> str:
    """The nouns naming a measured quantity (data/measure_nouns.txt), longest first, as an alternation."""
    return "|".join(regex.escape(n) for n in longest_first(word_list("measure_nouns.txt")))


@cache
def measure_word() -> regex.Pattern[str]:
    """A word ending in a measure's noun (`무역액`, `디지털 무역액`'s last word), no particle after it."""
    return compiled(rf"\p{{Hangul}}*(?:{measure_nouns()})")


@cache
def cues(kind: str) -> tuple[str, ...]:
    return tuple(r["phrase"] for r in tsv_rows("figure_cues.tsv") if r["kind"] == kind)


@cache
def cue(kind: str) -> regex.Pattern[str]:
    """The phrases of a kind, where no phrase of `not_<kind>` starts (`다음으로 미뤘다` is no order word); a space in a
    phrase is any white space, a line break of the paragraph too (`… 푸젠성(15.7%)이 뒤를` | `이었다`).

    >>> bool(cue("next").search("푸젠성(15.7%)이 뒤를" + chr(10) + "이었다")), bool(cue("next").search("다음으로 미뤘다"))
    (True, False)
    """
    pattern = "|".join(phrase(p) for p in cues(kind))
    if nots := cues(f"not_{kind}"):
        pattern = f"(?!{'|'.join(phrase(p) for p in nots)})(?:{pattern})"
    return compiled(pattern)


@cache
def nation_pattern() -> regex.Pattern[str]:
    # (or made an adverb: `전국적으로 … 계량기관은 3,100곳 남짓이다`)
    return compiled(rf"(?<!\p{{Hangul}})(?:{cue('nation').pattern})(?=[{PARTICLES}]|적으로(?!\p{{Hangul}})|[^\p{{Hangul}}]|$)")
