"""The Unicode ranges of the scripts the newsletter mixes, defined once for every stage.

Plain ranges (not `\\p{…}` classes), so the standard library's `re` can use them.
"""

from __future__ import annotations

from kic_extract.compiled import compiled

#: CJK unified ideographs (with extension A and B–G) and compatibility ideographs
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: precomposed Hangul syllables
HANGUL = "\uac00-\ud7a3"

HAN_CHAR = compiled(f"[{HAN}]")

#: the Hangul syllables closed by ㄴ (`큰`, `친`, `인`): a verb's adnominal form ends in one
N_FINAL = "".join(chr(0xAC00 + 28 * k + 4) for k in range(19 * 21))
#: the Hangul syllables closed by ㅆ (`쳤`, `렀`): a past stem ends in one
SS_FINAL = "".join(chr(0xAC00 + 28 * k + 20) for k in range(19 * 21))


def closed_by_n(syllable: str) -> bool:
    """Whether a Hangul syllable ends in ㄴ, as a verb's adnominal form does (`지킨`, `그친`).

    >>> closed_by_n("킨"), closed_by_n("다"), closed_by_n("A")
    (True, False, False)
    """
    return 0 <= ord(syllable) - 0xAC00 < 11172 and (ord(syllable) - 0xAC00) % 28 == 4

#: exactly what the `regex` module's `\\p{Hangul}` and `\\p{Han}` match (jamo, compatibility jamo,
#: radicals, 々 and 〇 included), as ranges for the standard library's `re`, which runs a simple
#: pattern several times faster (tests/test_scripts.py checks them against `regex` code point by
#: code point)
HANGUL_SCRIPT = ("\u1100-\u11ff\u302e-\u302f\u3131-\u318e\u3200-\u321e\u3260-\u327e\ua960-\ua97c\uac00-\ud7a3"
                 "\ud7b0-\ud7c6\ud7cb-\ud7fb\uffa0-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc")
HAN_SCRIPT = ("\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
              "\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\U00016fe2-\U00016fe3\U00016ff0-\U00016ff6\U00020000-\U0002a6df"
              "\U0002a700-\U0002b81e\U0002b820-\U0002cead\U0002ceb0-\U0002ebe0\U0002ebf0-\U0002ee5d\U0002f800-\U0002fa1d"
              "\U00030000-\U0003134a\U00031350-\U00033479")


def is_han(text: str) -> bool:
    """True when every character is a Chinese character.

    >>> is_han("冰絲帶"), is_han("广州"), is_han("Beijing"), is_han("")
    (True, True, False, False)
    """
    return bool(text) and all(HAN_CHAR.match(ch) for ch in text)
