"""The prebuilt simplified-to-traditional table is the installed OpenCC's, and converts text as
OpenCC's s2t converter does."""

import random

import opencc

from kic_extract.names.build_traditional_table import FILE, OUT, package_tables, table_text
from kic_extract.names.traditional_table import table, to_traditional


def test_traditional_table_file_is_the_installed_opencc_tables():
    assert (OUT / FILE).read_text(encoding="utf-8") == table_text(*package_tables())


def test_every_phrase_and_character_converts_as_opencc_converts_it():
    reference = opencc.OpenCC("s2t")
    t = table()
    phrases = [p.decode("utf-8") for p in t.phrases]
    chars = sorted(t.chars) + sorted(t.normal) + [chr(cp) for cp in range(0x4E00, 0xA000, 5)]
    for text in phrases[::2] + chars:
        assert to_traditional(text) == reference.convert(text), text


def test_mixed_text_converts_as_opencc_converts_it():
    """Phrases cut and run together (overlapping candidates: the longest from the left wins),
    characters with and without a conversion, compatibility ideographs, and what is not Chinese."""
    reference = opencc.OpenCC("s2t")
    rng = random.Random(16)
    t = table()
    phrases = [p.decode("utf-8") for p in t.phrases]
    pool = sorted(t.chars)[:300] + sorted(t.normal)[:50] + list("5Gab -·、한\u9fff\U0002a6df") + ["\u3400"]
    for _ in range(5000):
        if rng.random() < 0.6:
            text = "".join(rng.choice(phrases)[rng.randint(0, 2):][: rng.randint(1, 6)] for _ in range(rng.randint(1, 4)))
        else:
            text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 8)))
        assert to_traditional(text) == reference.convert(text), text
    for text in ("广州", "头发 发展", "干部 干净", "香港特别行政区", "国家发展和改革委员会", "", "广州ABC市"):
        assert to_traditional(text) == reference.convert(text), text
