"""Kinds met in a twenty-fifth round (1165 computing vouchers, 1167 car exports, 1169 restaurant chains, 1171 rare
earths): a total over whole numbers and halves (`6`, `5`, `3`, `2.5`, `1` under `18.5`: the whole numbers are printed
without their zeros), a mark passed with an adverb between (`150만 대 선을 가뿐히 넘어섰다`), a year up to which a place
stood somewhere (`지난해까지 4위권에 머물던 광저우가`), and a fall shared by amounts each after a region and its measure
(`독일 수출이 12.1%, 미국 수출이 23.5% 줄었다`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.pdf.wraps import join_text
from kic_extract.typed.prose_figures import block_to_figures


def test_a_total_over_whole_numbers_printed_beside_halves(corpus_issue):
    # 1165 l.57-69: `단위: 억 위안` / `구분 | 2023년 | 2024년 | 2025년` / `상하이 | 2 | 4 | 6` / `선전 | 1 | 2 | 5` / (a page
    # break) / `베이징 | 1 | 2 | 3` / `항저우 | 0.5 | 1.5 | 2.5` / `청두 | 1 | 1.2 | 1` / `합계 | 5.5 | 10.7 | 18.5`: 2025 adds
    # up to 17.5
    assert warnings_of(corpus_issue(1165), "total_mismatch") == [
        (69, "kic-china-weekly-1165/t01 합계 2025년: printed 18.5, but its 5 parts add up to 17.5")]


def test_a_mark_passed_with_an_adverb_between(corpus_issue):
    # 1167 l.44: `… 이 가운데 중국의 신에너지차 수출량은 175만 8천 대로 89.4% 급증해 150만 대 선을 가뿐히 넘어섰다.`
    assert figures_at(corpus_issue(1167), 44)[-1] == ("중국", "1500000", None, "min", 2025)


def test_a_year_up_to_which_a_place_stood_dates_nothing_after(corpus_issue):
    # 1167 l.109: `같은 기간 광저우는 … 52만 6천 대를 처리해 2위로 올라섰다. 지난해까지 4위권에 머물던 광저우가 옌타이와 톈진을
    # 한꺼번에 제친 것이다. 산둥성 옌타이(烟台)는 … 47만 9천 대로 3위를 차지했다. 톈진은 46만 3천 대로 4위에 머물렀는데, 3위와의
    # 차이는 1만 6천 대에 불과했다.`
    assert figures_at(corpus_issue(1167), 109) == [
        ("광저우", "526000", 2, None, 2025), ("옌타이", "479000", 3, None, 2025), ("톈진", "463000", 4, None, 2025),
        ("톈진", "16000", None, None, 2025)]


def test_a_fall_shared_by_amounts_each_after_a_region_and_its_measure(corpus_issue):
    # 1171 l.99: `… 국가별로는 독일 수출이 12.1%, 미국 수출이 23.5% 줄었다.`
    assert figures_at(corpus_issue(1171), 99)[2:] == [("독일", "-12.1", None, None, 2025), ("미국", "-23.5", None, None, 2025)]
    # (a rise listed before a fall keeps its sign when the verbs are each its own)
    figures, _ = block_to_figures("독일 수출은 12.1% 늘었고, 미국 수출은 23.5% 줄었다.", 2025)
    assert [(f["region_ko"], f["value"]) for f in figures] == [("독일", "12.1"), ("미국", "-23.5")]


def test_the_connective_of_iteo_left_alone_at_a_lines_start_closes_the_word_before():
    # 1165 l.118 in LibreOffice's print, which breaks Korean between syllables: `… 광둥성(广东省)이 71개로 3위였다. 이` |
    # `어 저장성(浙江省) 52개, 장쑤성(江苏省) 24개, 쓰촨성(四川省) 13개 순이었다.` (then 4 to 6, not 1 to 3)
    assert join_text("3위였다. 이", "어 저장성(浙江省) 52개,", True, "") == "3위였다. 이어 저장성(浙江省) 52개,"
