"""Kinds met in reading 1187 (drug licensing) again: a lead given up (`장쑤성에 선두를 내줬다`: no first place), the
period `같은 기간` names after a level the results were measured against (`2024년 한 해 … 519억 달러를 크게 웃도는`),
firms of a city named with their Chinese as a province's means (`쓰촨성도 청두(成都)의 바이리톈헝(百利天恒)과 …를 앞세워`),
a figure read with its own verb before a noun (`1,000억 위안을 넘어선 단지는`), a list of sites a count closes, a cap
(`3,000만 위안 한도`), a rank of growth with no rate given, and what one country's firms did to another's goods
(`한국 기업이 중국 후보물질을 들여온 계약도 4건`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures
from kic_extract.typed.prose_ranks import first_place


def test_a_lead_given_up_is_no_first_place(corpus_issue):
    # 1187 l.164: `상하이는 계약금액이 102.1% 늘었는데도 장쑤성에 선두를 내줬다. 2024년 같은 기간만 해도 상하이가 142억 달러로
    # 장쑤성(118억 달러)을 앞섰다.`
    assert figures_at(corpus_issue(1187), 164)[0] == ("상하이", "102.1", None, None, 2025)
    assert first_place("선두 자리를 빼앗겼다") is None
    assert first_place("선두를 내주지 않았다") is not None  # (kept)


def test_the_same_period_is_the_results_not_the_level_they_passed(corpus_issue):
    # 1187 l.40: `2025년 1~3분기 … 103건, … 1,015억 달러에 달했다. 2024년 한 해 동안 중국이 기록한 519억 달러를 크게 웃도는 규모로`;
    # l.42: `같은 기간 중국 기업이 받은 선급금은 약 48억 달러로 전년 동기 대비 61.3% 증가했다. … 9억 8,500만 달러로, …`
    assert figures_at(corpus_issue(1187), 42) == [
        ("중국", "4800000000", None, None, 2025), ("중국", "61.3", None, None, 2025), ("중국", "985000000", None, None, 2025)]


def test_a_citys_firms_named_in_chinese_are_the_provinces_means(corpus_issue):
    # 1187 l.170: `… 쓰촨성도 청두(成都)의 바이리톈헝(百利天恒)과 커룬보타이(科伦博泰)를 앞세워 21억 달러로 133.3% 늘었다.`
    assert figures_at(corpus_issue(1187), 170)[-2:] == [
        ("쓰촨성", "2100000000", None, None, 2025), ("쓰촨성", "133.3", None, None, 2025)]
    # (a bracket of no Chinese is a figure of the region before: `마카오특별행정구(澳门特别行政区)의 GDP(약 3,800 억 위안)를`)
    figures, _ = block_to_figures("쿤산시는 이미 2025 년 마카오특별행정구(澳门特别行政区)의 GDP(약 3,800 억 위안)를 "
                                  "1,600 억 위안 이상 웃돈다.", 2025)
    assert [(f["region_ko"], f["value"]) for f in figures][:1] == [("마카오특별행정구", "380000000000")]


def test_a_figure_read_with_its_verb_and_a_list_a_count_closes(corpus_issue):
    # 1187 l.240: `2024년 기준 바이오의약 생산액이 1,000억 위안을 넘어선 단지는 쑤저우 바이오베이, 상하이 장장과학성, 베이징
    # 중관춘 생명과학원, 우한 광구 바이오성 5곳이다.`: the sites' mark and their number, no city's
    assert figures_at(corpus_issue(1187), 240) == []
    # (a region right after such a figure is still described by it; `미만` is no verb: `3% 미만에 그친 랴오닝성(辽宁省)은`)
    figures, _ = block_to_figures("2024년 생산액이 1,000억 위안을 넘어선 우한은 3위였다.", 2025)
    assert [(f["region_ko"], f["bound"]) for f in figures] == [("우한", "min")]
    figures, _ = block_to_figures("헤이룽장성(黑龙江省)은 목표를 3% 이상으로 잡았고, 2032년 성장률이 3% 미만에 그친 "
                                  "랴오닝성(辽宁省)은 목표를 3.5%로 설정했다.", 2033)
    assert [(f["region_ko"], f["value"], f["bound"]) for f in figures][1] == ("랴오닝성", "3", "max")
    # (but each of the regions listed holds it: `저장성, 장쑤성, 산둥성이 각각 1곳이었다`)
    figures, _ = block_to_figures("베이징이 4곳으로 가장 많았고 저장성, 장쑤성, 산둥성이 각각 1곳이었다.", 2025)
    assert [(f["region_ko"], f["value"]) for f in figures][1:] == [("저장성", "1"), ("장쑤성", "1"), ("산둥성", "1")]


def test_a_cap_a_growth_rank_and_one_countrys_firms_acting(corpus_issue):
    # 1187 l.273: `… 쑤저우시는 라이선스 아웃 계약금액의 최대 5%를 기업당 연간 3,000만 위안 한도에서 보조한다.`
    assert figures_at(corpus_issue(1187), 273)[-1] == ("쑤저우시", "30000000", None, "max", 2025)
    # 1187 l.92: `증가세는 쑤저우가 가장 가팔랐다. 쑤저우는 2023년 5개에서 2025년 1~10월 9개로 늘었고, …`: the growth's first
    # place, no rate given, ranks no count
    assert figures_at(corpus_issue(1187), 92)[:2] == [("쑤저우", "5", None, None, 2023), ("쑤저우", "9", None, None, 2025)]
    # 1187 l.67: `… 일본 7건 순이었다. 한국 기업이 중국 후보물질을 들여온 계약도 4건 있었다.`
    assert figures_at(corpus_issue(1187), 67)[-1] == ("한국", "4", None, None, 2025)
