"""How a Korean spelling renders a whole Chinese name: `standard`, `sino`, `variant`, `other`.

The whole name is compared with its readings (kic_extract.names.readings) where each generic part
may be written with any of its Korean words, with its Sino-Korean reading or left out, and where
the text may add a generic word the Chinese leaves out (타이창시 for 太倉): the proper-name part
decides. A spelling close to a reading is a `variant` (also a mix of Mandarin and Sino-Korean
readings: 시베이농민은행); a name taken from another language (위챗 for 微信, 리카싱 for 李嘉誠;
data/loan_names.tsv) or not made from the readings is `other`.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import product

from kic_extract.data import tsv_rows
from kic_extract.names.hangul import consonant_skeleton, distance, is_hangul
from kic_extract.names.parts import generics, split_generic
from kic_extract.names.readings import (initial_sound_rule, pinyin_syllables, read_name, sino_korean, standard_korean,
                                    to_simplified)
from kic_extract.names.translit import PinyinError, syllable_to_hangul

#: a spelling this close (0–1, over jamo) to a reading is a variant of it …
VARIANT_DISTANCE = 0.45
#: … and so is one this close that keeps the reading's consonants (`따리엔` for 다롄)
VARIANT_DISTANCE_SAME_CONSONANTS = 0.6
_MAX_FORMS = 256
_CHAR_DISTANCE = 0.34


@cache
def _brands() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in tsv_rows("loan_names.tsv"):
        out.setdefault(to_simplified(r["zh"]), set()).update(r["ko"].split("|"))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _generic_words() -> tuple[str, ...]:
    """Every Korean word of a generic part, longest first."""
    return tuple(sorted({w for _, words, *_ in generics() for w in words}, key=lambda w: (-len(w), w)))


def _spellings(zh: str, person: bool, sino: bool) -> frozenset[str]:
    """The whole name's standard (or Sino-Korean) spellings, each generic part written with any of
    its Korean words, its own reading, or left out."""
    reading = read_name(zh, person=person)
    whole = reading.ko_sino if sino else reading.ko
    forms = {whole} if whole else set()
    if person:
        return frozenset(forms)
    for standard_only in (False, True):
        forms |= _part_spellings(zh, split_generic(zh, standard_only), sino)
    forms.discard("")
    return frozenset(forms)


def _part_spellings(zh: str, parts: tuple, sino: bool) -> set[str]:
    forms: set[str] = set()
    if len(parts) < 2 or all(p.generic for p in parts):
        return forms
    choices: list[tuple[str, ...]] = []
    syllables = pinyin_syllables(zh, False)
    k = 0
    first_core = True
    for part in parts:
        n = len(part.zh)
        if part.generic:
            own = sino_korean(part.zh) if sino else standard_korean(part.zh, syllables[k:k + n], True)
            choices.append(tuple({*part.translations, own or "", ""}))
        else:
            core = sino_korean(part.zh) if sino else standard_korean(part.zh, syllables[k:k + n], False)
            if sino and not first_core and core:  # the initial-sound rule reads the name's first syllable only
                core = sino_korean(part.zh, initial_rule=False)
            if core is None:
                return forms
            choices.append((core,))
            first_core = False
        k += n
    count = 1
    for c in choices:
        count *= len(c)
    if count <= _MAX_FORMS:
        forms.update("".join(combo) for combo in product(*choices))
    return forms


def _strip_generic_word(text: str) -> str | None:
    for word in _generic_words():
        if text.endswith(word) and len(text) > len(word):
            return text[:-len(word)]
    return None


@cache
def _reading_table() -> dict[str, tuple[str, ...]]:
    return {r["char"]: tuple(r["readings"].split()) for r in tsv_rows("hanja_readings.tsv")}


@lru_cache(maxsize=65536)
def _char_sino(hant: str) -> frozenset[str]:
    """Every Sino-Korean reading of a (traditional) character, with its initial-sound form."""
    readings = set(_reading_table().get(hant, ()))
    first = sino_korean(hant, initial_rule=False)
    if first:
        readings.add(first)
    return frozenset(readings | {initial_sound_rule(r) for r in readings})


def _char_fits(span: str, standard: str, sino: frozenset[str]) -> bool:
    """A Korean span renders one character: one of its Sino-Korean readings, or its Mandarin
    syllable spelled with the same consonants or nearly the same jamo (씨우 for 슈, 귀 for 구이)."""
    if span in sino or span == standard:
        return True
    return consonant_skeleton(span) == consonant_skeleton(standard) or distance(span, standard) <= _CHAR_DISTANCE


def _made_of_readings(text: str, zh: str) -> bool:
    """Whether the text can be cut into spans that each render one character of the name (or one
    generic part by a Korean word): a spelling made from the readings, however mixed."""
    hant = read_name(zh, person=False).zh_hant
    syllables = pinyin_syllables(zh, False)
    if len(hant) != len(zh) or len(syllables) != len(zh) or not all(syllables):
        return False
    try:
        standard = [syllable_to_hangul(s) for s in syllables]
    except PinyinError:
        return False

    def through_chars(starts: set[int], first: int, last: int) -> set[int]:
        for i in range(first, last):
            starts = {q for j in starts for q in range(j + 1, min(len(text), j + 3) + 1)
                      if _char_fits(text[j:q], standard[i], _char_sino(hant[i]))}
        return starts

    reachable, k = {0}, 0
    for part in split_generic(zh):
        end = k + len(part.zh)
        after = through_chars(reachable, k, end)
        if part.generic:  # a generic part may also be written with a Korean word, or left out
            words = {*part.translations, "", sino_korean(part.zh) or ""}
            after |= {j + len(w) for j in reachable for w in words if text.startswith(w, j)}
        reachable, k = after, end
        if not reachable:
            return False
    return len(text) in reachable


def _close(text: str, reading: str) -> bool:
    d = distance(text, reading)
    return d <= VARIANT_DISTANCE or (d <= VARIANT_DISTANCE_SAME_CONSONANTS
                                     and consonant_skeleton(text) == consonant_skeleton(reading))


@lru_cache(maxsize=16384)
def name_form(text: str, zh: str, person: bool = False) -> str:
    """The form of a Korean (or Latin) spelling of a whole name.

    >>> name_form("푸둥신구", "浦东新区"), name_form("쿤산시", "昆山市"), name_form("타이창시", "太倉")
    ('standard', 'standard', 'standard')
    >>> name_form("중국공상은행", "中国工商银行"), name_form("국무원", "国务院"), name_form("샤오펑", "小鹏汽车")
    ('sino', 'sino', 'standard')
    >>> name_form("따리엔", "大连"), name_form("위챗", "微信"), name_form("CATL", "宁德时代")
    ('variant', 'other', 'other')
    >>> name_form("구구음악사", "九九音乐社"), name_form("중국수출입은행", "中国进出口银行")
    ('sino', 'other')
    """
    text = text.replace(" ", "")
    simplified = to_simplified(zh)
    if not is_hangul(text) or text in _brands().get(simplified, ()):
        return "other"
    standard = _spellings(simplified, person, sino=False)
    sino = _spellings(simplified, person, sino=True)
    stripped = _strip_generic_word(text)
    for form, spellings in (("standard", standard), ("sino", sino)):
        if text in spellings or (stripped and stripped in spellings):
            return form
    hant = read_name(simplified).zh_hant
    if len(text) == len(hant) and all(syllable in _char_sino(ch) for syllable, ch in zip(text, hant)):
        return "sino"  # another reading of a character with several (구구음악사 for 九九音乐社)
    if any(_close(text, s) for s in standard | sino) and (
            _made_of_readings(text, simplified) or bool(stripped and _made_of_readings(stripped, simplified))):
        return "variant"
    return "other"
