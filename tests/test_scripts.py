"""The script ranges given to the standard library's `re` match what `regex`'s properties match."""

import re
import sys

import regex

from kic_extract.scripts import HAN_SCRIPT, HANGUL_SCRIPT

_EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_script_ranges_match_the_regex_properties():
    for ranges, prop in ((HANGUL_SCRIPT, "Hangul"), (HAN_SCRIPT, "Han")):
        assert re.findall(f"[{ranges}]", _EVERY_CHARACTER) == regex.findall(rf"\p{{{prop}}}", _EVERY_CHARACTER), prop
        assert re.findall(f"[^{ranges}]", _EVERY_CHARACTER) == regex.findall(rf"[^\p{{{prop}}}]", _EVERY_CHARACTER), prop
