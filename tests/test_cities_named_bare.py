"""`long_cities_bare` reads a word as a city's name and a particle by looking the word's two possible cuts up, where the
reader once ran one pattern of every name: it must find what that pattern finds, on every text of the corpus."""

from __future__ import annotations

from pathlib import Path

import regex

from kic_extract.compiled import longest_first
from kic_extract.typed.count_lists import city_names
from kic_extract.typed.prose_articles import long_cities_bare

CORPUS = Path(__file__).parent / "corpus"


def test_the_cities_named_bare_are_those_one_pattern_of_every_name_finds():
    names = longest_first(k for k in city_names() if not k.endswith("시") and len(k) >= 3)
    pattern = regex.compile(rf"(?<!\p{{Hangul}})(?P<city>{'|'.join(names)})"
                            r"(?=(?:은|는|이|가|의|에|에서|와|과|도|으로|로|을|를)(?!\p{Hangul}))")
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("**/*.txt"))]
    texts.append("싱타이가 헝수이의 우하이 옌타이항 옌타이에서 치치하얼로부터 주하이이다")
    found = 0
    for text in texts:
        expected = {m["city"] for m in pattern.finditer(text)}
        assert long_cities_bare(text) == expected
        found += len(expected)
    assert found > 1000  # (the corpus names such cities over a thousand times)
