"""Compose and compare Hangul syllables from their jamo."""

from __future__ import annotations

import unicodedata

from rapidfuzz.distance import Levenshtein

CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONGSEONG = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ",
             "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]
_BASE = 0xAC00


def compose(initial: str, vowel: str, final: str = "") -> str:
    """One syllable from compatibility jamo.

    >>> compose("ㅈ", "ㅓ", "ㄴ"), compose("ㅇ", "ㅟ")
    ('전', '위')
    """
    return chr(_BASE + (CHOSEONG.index(initial) * 21 + JUNGSEONG.index(vowel)) * 28 + JONGSEONG.index(final))


def decompose(syllable: str) -> tuple[str, str, str]:
    """(initial, vowel, final) of a syllable.

    >>> decompose("쥐"), decompose("롄")
    (('ㅈ', 'ㅟ', ''), ('ㄹ', 'ㅖ', 'ㄴ'))
    """
    index = ord(syllable) - _BASE
    if not 0 <= index < 11172:
        raise ValueError(f"{syllable!r} is not a Hangul syllable")
    return CHOSEONG[index // 588], JUNGSEONG[index % 588 // 28], JONGSEONG[index % 28]


def is_hangul(text: str) -> bool:
    """True when every character is a Hangul syllable.

    >>> is_hangul("광저우"), is_hangul("CATL"), is_hangul("")
    (True, False, False)
    """
    return bool(text) and all(0xAC00 <= ord(ch) <= 0xD7A3 for ch in text)


def _jamo(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def distance(a: str, b: str) -> float:
    """Edit distance of two Hangul strings over their jamo, scaled to 0 (same) … 1.

    >>> distance("우씨", "우시") < distance("촨촨", "훠쥐")
    True
    >>> distance("광저우", "광저우")
    0.0
    """
    x, y = _jamo(a), _jamo(b)
    if not x or not y:
        return 1.0 if x != y else 0.0
    return Levenshtein.distance(x, y) / max(len(x), len(y))  # unit-cost insertions, deletions, substitutions


_PLAIN = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}


def consonant_skeleton(text: str) -> str:
    """The consonants of a Hangul string, tense ones made plain and the silent ㅇ dropped:
    what stays of a transliteration when its vowels are spelled loosely.

    >>> consonant_skeleton("따리엔") == consonant_skeleton("다롄"), consonant_skeleton("시대데이터")
    (True, 'ㅅㄷㄷㅌ')
    """
    out = []
    for ch in text:
        if not is_hangul(ch):
            continue
        initial, _, final = decompose(ch)
        if initial != "ㅇ":
            out.append(_PLAIN.get(initial, initial))
        if final:
            out.append(_PLAIN.get(final, final))
    return "".join(out)
