"""The words of a document, asked whether a page break or a wrap split one (see `clean.pagebreaks`)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from functools import cached_property, lru_cache

import regex

from kic_extract.compiled import compiled

_HANGUL_RUN = compiled(r"\p{Hangul}+")
_TOKEN = compiled(r"[\p{L}\p{N}]+")
_HANGUL_CHAR = compiled(r"\p{Hangul}")
_TOKEN_CHAR = compiled(r"[\p{L}\p{N}]")
_GLOSSED = compiled(r"(?<!\p{Hangul})(\p{Hangul}{2,})\(\p{Han}")
#: page-break questions answered by reading the text before it is indexed
_SCANS = 16


class Vocabulary:
    """The words of a document. The first few questions are answered by finding the word in the
    text (a document has a handful of page breaks); past `_SCANS` of them the document is indexed
    once, so each further decision is a lookup and the work stays linear in the input however
    many breaks it has.

    >>> v = Vocabulary("거리는 베이 (베이징의) 새로운")
    >>> v.has_word("베이징"), v.has_word("로운"), v.has_word("징의"), v.has_word("이징"), v.standalone("베이")
    (True, True, True, False, 1)
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._scans = 0

    def _may_scan(self) -> bool:
        self._scans += 1
        return self._scans <= _SCANS

    def _found(self, word: str):
        """Where `word` occurs in the text, overlapping occurrences included."""
        k = self._text.find(word)
        while k >= 0:
            yield k
            k = self._text.find(word, k + 1)

    def _bounded(self, word: str, char: regex.Pattern[str], at_start: bool, at_end: bool) -> Iterator[int]:
        """Occurrences of `word` with no `char` before it (when `at_start`) or none after it
        (when `at_end`)."""
        text, n = self._text, len(word)
        for k in self._found(word):
            free_start = k == 0 or not char.match(text, k - 1)
            free_end = k + n == len(text) or not char.match(text, k + n)
            if (free_start if at_start else True) and (free_end if at_end else True):
                yield k

    @cached_property
    def glossed(self) -> frozenset[str]:
        """The names the document writes glossed with their Chinese (`차오저우(潮州)` gives `차오저우`).

        >>> sorted(Vocabulary("광둥성 차오저우(潮州)가 1위, 제양(揭阳) 2위").glossed)
        ['제양', '차오저우']
        """
        return frozenset(_GLOSSED.findall(self._text))

    @cached_property
    def _runs(self) -> set[str]:
        return set(_HANGUL_RUN.findall(self._text))

    @cached_property
    def _starts(self) -> list[str]:
        return sorted(self._runs)

    @cached_property
    def _ends(self) -> list[str]:
        return sorted(run[::-1] for run in self._runs)

    @cached_property
    def _tokens(self) -> Counter[str]:
        return Counter(_TOKEN.findall(self._text))

    @staticmethod
    def _prefix_of_one(word: str, ordered: list[str]) -> bool:
        k = bisect_left(ordered, word)
        return k < len(ordered) and ordered[k].startswith(word)

    def has_word(self, word: str) -> bool:
        """Whether a run of Hangul in the document starts or ends with `word` (the word with a
        particle after it, or a compound ending in it)."""
        if word and _HANGUL_RUN.fullmatch(word) and self._may_scan():
            # a run starts with the word where no Hangul precedes it, ends with it where none follows
            return any(self._bounded(word, _HANGUL_CHAR, True, False)) or any(
                self._bounded(word, _HANGUL_CHAR, False, True))
        return self._prefix_of_one(word, self._starts) or self._prefix_of_one(word[::-1], self._ends)

    def standalone(self, word: str) -> int:
        """How often `word` stands alone, with no letter or digit on either side."""
        if word and _TOKEN.fullmatch(word) and self._may_scan():
            return sum(1 for _ in self._bounded(word, _TOKEN_CHAR, True, True))
        return self._tokens[word]


@lru_cache(maxsize=4)
def vocabulary_of(text: str) -> Vocabulary:
    """The `Vocabulary` of a text, made once for the few texts being read."""
    return Vocabulary(text)
