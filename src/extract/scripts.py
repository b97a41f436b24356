"""The Unicode ranges of the scripts the newsletter mixes, defined once for every stage.

Plain ranges (not `\\p{…}` classes), so the standard library's `re` can use them.
"""

from __future__ import annotations

import re

#: CJK unified ideographs (with extension A and B–G) and compatibility ideographs
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: precomposed Hangul syllables
HANGUL = "\uac00-\ud7a3"

HAN_CHAR = re.compile(f"[{HAN}]")


def is_han(text: str) -> bool:
    """True when every character is a Chinese character.

    >>> is_han("冰絲帶"), is_han("广州"), is_han("Beijing"), is_han("")
    (True, True, False, False)
    """
    return bool(text) and all(HAN_CHAR.match(ch) for ch in text)
