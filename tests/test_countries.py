"""The countries of data/countries.tsv: a well-formed table, found in Korean prose as regions of
level `foreign` (a name that is also a Korean word only in a context that makes it a country),
and China's regions found as before."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from kic_extract.data import tsv_rows
from kic_extract.gazetteer import NATIONS, PLACES, find_regions, regions
from kic_extract.scripts import is_han

ROOT = Path(__file__).resolve().parent.parent
COUNTRIES = tsv_rows("countries.tsv")
HANGUL_WORDS = regex.compile(r"\p{Hangul}+(?: \p{Hangul}+)*")


def _others(row: dict) -> list[str]:
    return [s for s in row["ko_other"].split("|") if s]


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.written, m.zh) for m in find_regions(text, NATIONS)]


def test_every_code_name_and_chinese_name_is_unique():
    for column in ("iso2", "ko", "zh"):
        values = [r[column] for r in COUNTRIES]
        assert len(values) == len(set(values)), column
    assert all(regex.fullmatch(r"[A-Z]{2}", r["iso2"]) for r in COUNTRIES)


def test_names_are_hangul_and_chinese_names_han():
    for r in COUNTRIES:
        assert is_han(r["zh"]), r
        for spelling in (r["ko"], *_others(r)):
            assert HANGUL_WORDS.fullmatch(spelling), r
        assert r["bare"] in ("yes", "no"), r
        assert bool(r["note"]) == (r["bare"] == "no"), r  # the word a name also is, said for each `no`


def test_another_spelling_is_never_another_countrys_name():
    names = {r["ko"]: r["iso2"] for r in COUNTRIES}
    for r in COUNTRIES:
        assert all(names.get(s, r["iso2"]) == r["iso2"] for s in _others(r)), r


def test_chinas_regions_are_not_countries():
    chinese = [r for r in regions() if r.level != "foreign"]
    spellings = {s for r in chinese for s in (r.ko, r.ko_sino, *r.customary, *r.variants)}
    assert {"台湾", "香港", "澳门", "中国"} <= {r.zh for r in chinese}
    assert not {r["zh"] for r in COUNTRIES} & {r.zh for r in chinese}
    assert not {s for r in COUNTRIES for s in (r["ko"], *_others(r))} & spellings
    # every country is a region of level foreign, once
    foreign = [r.zh for r in regions() if r.level == "foreign"]
    assert sorted(foreign) == sorted(r["zh"] for r in COUNTRIES)


@pytest.mark.parametrize(("text", "want"), [
    ("헝가리의 중국 기업 투자 유치액은", [("헝가리", "匈牙利"), ("중국", "中国")]),
    ("독일과 프랑스", [("독일", "德国"), ("프랑스", "法国")]),
    ("베트남에서 생산한", [("베트남", "越南")]),
    ("사우디아라비아는, 사우디가, 아랍에미리트(UAE)의", [("사우디아라비아", "沙特阿拉伯"), ("사우디", "沙特阿拉伯"),
                                               ("아랍에미리트", "阿拉伯联合酋长国")]),
    ("인도네시아에서", [("인도네시아", "印度尼西亚")]),
    ("한국과 미국, 일본의", [("한국", "韩国"), ("미국", "美国"), ("일본", "日本")]),
    ("콩고의", [("콩고", None)]),  # two countries: the text does not say which
    # a name that is also a word: with its own Chinese, or in a list with another country
    ("수단(苏丹)은", [("수단(苏丹)", "苏丹")]),
    ("이집트, 수단과 인도, 이란에", [("이집트", "埃及"), ("수단", "苏丹"), ("인도", "印度"), ("이란", "伊朗")]),
    ("중국·인도 교역", [("중국", "中国"), ("인도", "印度")]),
])
def test_countries_are_found(text, want):
    assert _found(text) == want


@pytest.mark.parametrize("text", [
    "수단을 가리지 않고", "오만한 태도", "결제 수단의 86%", "디지털 경제 인도, 세계적 수준의", "차량 인도는 3월부터",
    "인도(引导)", "‘신질생산력’이란 무엇인가", "(新质生产力)이란", "오만 원을", "부탄가스는", "말리는 것", "조지아 공장의",
    "내몽골", "인도태평양", "리차드는",
])
def test_words_are_not_countries(text):
    assert _found(text) == []


@pytest.mark.parametrize("row", [r for r in COUNTRIES if r["bare"] == "no"], ids=lambda r: r["iso2"])
def test_a_name_that_is_a_word_needs_its_context(row):
    for spelling in (row["ko"], *_others(row)):
        assert _found(f"{spelling}은 {spelling}의 {spelling}에서") == []
        assert _found(f"{spelling}({row['zh']})의") == [(f"{spelling}({row['zh']})", row["zh"])]
        assert _found(f"독일과 {spelling}의")[1:] == [(spelling, row["zh"])]


@pytest.mark.parametrize("row", [r for r in COUNTRIES if r["bare"] == "yes"], ids=lambda r: r["iso2"])
def test_a_name_alone_is_the_country(row):
    for spelling in (row["ko"], *_others(row)):
        (mention,) = find_regions(f"{spelling}의", NATIONS)
        assert mention.written == spelling and row["zh"] in mention.candidates


def test_chinas_regions_are_found_as_without_the_countries():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "raw").glob("*.txt"))
             + sorted((ROOT / "tests" / "corpus").rglob("*.txt"))]
    assert texts
    with_countries = PLACES | NATIONS
    foreign = {r.zh for r in regions() if r.level == "foreign"}
    for text in texts:
        chinese = [m for m in find_regions(text, with_countries) if not set(m.candidates) & foreign]
        assert chinese == find_regions(text, PLACES | {"country"})
        assert not any(set(m.candidates) & foreign for m in find_regions(text, PLACES | {"country"}))


def test_a_figure_in_prose_about_a_country_is_the_countrys():
    from kic_extract.typed.prose_figures import block_to_figures

    figures, _ = block_to_figures("사우디아라비아는 50억 달러를 투자했고, 인도네시아 니켈 생산량은 180만 톤이다.", 2025)
    assert [(f["region_ko"], f["region_zh"], f["value"], f["unit"]) for f in figures] == [
        ("사우디아라비아", "沙特阿拉伯", "5000000000", "달러"), ("인도네시아", "印度尼西亚", "1800000", "톤")]
