"""A forecast's measure broken down right after it, and places counted again in the next sentence, met in the
sixteenth and seventeenth rounds (1097 youth jobs, 1107 battery recycling), read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def _read(text: str, year: int = 2025) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"], f["rank"], f["year"]) for f in block_to_figures(text, year)[0]]


def test_a_forecast_broken_down_by_place(corpus_issue):
    # 1097 l.64: `2026년 대학 졸업 예정자는 1,270만 명으로 또다시 사상 최대를 경신할 전망이다. 지역별로는 광둥성이 약 79만
    # 명으로 가장 많고 허난성(약 76만 명)이 그다음이다.` (an issue of 2026)
    assert figures_at(corpus_issue(1097), 64)[:2] == [("광둥성", "790000", 1, None, 2026), ("허난성", "760000", 2, None, 2026)]
    # a sentence of my own: the forecast opens the paragraph, its breakdown follows
    assert _read("2027년 신차 판매는 3,400만 대에 이를 전망이다. 지역별로는 광둥성이 310만 대로 가장 많다.") == [
        ("광둥성", "3100000", "대", 1, 2027)]
    # a target set after the level a paragraph opened with leaves the breakdown to that level's year (458 l.83)
    assert figures_at(corpus_issue(458), 83)[3] == ("난산구", "215000000000", 1, None, 2027)
    # nor does a forecast reach a sentence that does not break its measure down
    assert _read("2027년 신차 판매는 3,400만 대에 이를 전망이다. 광둥성은 310만 대를 팔았다.") == [
        ("광둥성", "3100000", "대", None, 2025)]


def test_places_counted_again_take_amounts_in_turn(corpus_issue):
    # 1107 l.96: `… 신장위구르자치구가 75.0%로 가장 높았고 시짱자치구가 66.7%로 뒤를 이었다. 두 지역의 생산량은 각각
    # 7,000톤과 1만 5,000톤으로 아직 규모는 크지 않다.`
    assert figures_at(corpus_issue(1107), 96)[2:4] == [("신장위구르자치구", "7000", None, None, 2024),
                                                       ("시짱자치구", "15000", None, None, 2024)]
    # a sentence pair of my own, three cities
    assert _read("수출은 상하이가 가장 많았고 닝보와 칭다오가 뒤를 이었다. 세 도시의 물동량은 각각 4,900만 TEU, "
                 "3,500만 TEU, 2,900만 TEU였다.") == [
        ("상하이", "49000000", "TEU", None, 2025), ("닝보", "35000000", "TEU", None, 2025),
        ("칭다오", "29000000", "TEU", None, 2025)]
    # counted otherwise than named, nothing is given out
    assert _read("수출은 상하이가 가장 많았고 닝보가 뒤를 이었다. 세 도시의 물동량은 각각 4,900만 TEU, 3,500만 TEU, "
                 "2,900만 TEU였다.") == []
