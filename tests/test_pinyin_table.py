"""The prebuilt pinyin table is the installed pypinyin's, and reads text as pypinyin does."""

import random

from pypinyin import Style
from pypinyin import pinyin as pypinyin_reading
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

from kic_extract.names.build_pinyin_table import FILE, OUT, package_tables, table_text
from kic_extract.names.pinyin_table import is_phrase, pinyin


def _reference(text: str) -> list[str]:
    return [p[0] for p in pypinyin_reading(text, style=Style.TONE, errors=lambda s: [""] * len(s))]


def test_pinyin_table_file_is_the_installed_pypinyin_tables():
    assert (OUT / FILE).read_text(encoding="utf-8") == table_text(*package_tables())


def test_every_phrase_and_a_sample_of_characters_read_as_pypinyin_reads_them():
    phrases = sorted(PHRASES_DICT)
    assert all(is_phrase(p) for p in phrases[::50])
    chars = [chr(cp) for cp in sorted(PINYIN_DICT)[::7]]
    for text in phrases[::3] + chars:
        assert pinyin(text) == _reference(text), text


def test_mixed_text_reads_as_pypinyin_reads_it():
    """Phrases cut and run together, characters with no reading, and what is not Chinese at all:
    the cut into words (longest phrase from the left) is where a reader could part from pypinyin."""
    rng = random.Random(16)
    phrases = sorted(PHRASES_DICT)
    pool = [chr(cp) for cp in sorted(PINYIN_DICT)[:300]] + list("5Gab -·、\u9fff\U0002a6df") + ["\u3400"]
    for _ in range(3000):
        if rng.random() < 0.5:
            text = "".join(rng.choice(phrases)[: rng.randint(1, 5)] for _ in range(rng.randint(1, 4)))
        else:
            text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 8)))
        assert pinyin(text) == _reference(text), text
    for text in ("长飞光纤", "中华人民共和国成立", "重庆", "单霁翔", "5G城", "", "广州ABC市"):
        assert pinyin(text) == _reference(text), text
