"""A round mark that levels just given close in on (`… 나란히 1 조 위안에 바짝 다가섰다`) is no figure of its own, where a
level the place held before still is (`지난해 연간 실적인 688억 위안에 바짝 다가섰다`); a part a place's firms made is that
place's (`8 건은 선전시(深圳市) 기업이 개발했다`); and the count of the places a region's list names is the region's
(`장쑤성 도시는 쑤저우, 타이저우, 난징 3 곳이다`), not its last place's. Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def _read(sentence: str) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"], f["bound"]) for f in block_to_figures(sentence, 2025)[0]]


def test_a_mark_the_levels_given_close_in_on(corpus_issue):
    # 1025 l.201: 상하이 9,847억 위안, 베이징 9,015억 위안 in 2024; `1 조 위안` is the mark both approach
    assert figures_at(corpus_issue(1025), 201) == [("상하이", "984700000000", None, None, 2024),
                                                   ("베이징", "901500000000", None, None, 2024)]
    assert _read("기초연구 경비 비중은 6.99%로 사상 처음 7%에 근접했다.") == []


def test_a_past_level_approached_is_still_a_figure():
    assert _read("하이난성의 올해 1~11월 면세점 매출은 655억 위안으로 지난해 연간 실적인 688억 위안에 바짝 다가섰다.") == [
        ("하이난성", "65500000000", "위안", None), ("하이난성", "68800000000", "위안", None)]
    # a mark alone, with no level given, is still the bound it always was
    assert _read("허난성 GDP는 6조 위안에 육박했다.") == [("허난성", "6000000000000", "위안", "max")]


def test_a_part_made_by_a_places_firms(corpus_issue):
    # 1025 l.78: 베이징 14, 상하이 12, 광둥성 11, 장쑤성 9, 저장성 6 건; of 광둥성's, 8 건 came from 선전시 firms
    assert [(r, v, rank) for r, v, rank, _, _ in figures_at(corpus_issue(1025), 78)] == [
        ("베이징시", "14", 1), ("상하이시", "12", 2), ("광둥성", "11", 3), ("장쑤성", "9", 4), ("저장성", "6", 5),
        ("선전시", "8", None)]
    assert _read("거래의 62%는 하이뎬구(海淀区) 기업이 차지했다.") == [("하이뎬구", "62", "%", None)]


def test_the_count_of_a_regions_places_listed():
    assert _read("상위 10 개 도시 가운데 광둥성 도시는 선전, 광저우 2 곳이다.") == [("광둥성", "2", "곳", None)]
    # not when the count is not the list's, nor across a nation, nor when the list names no region's places
    assert _read("상위 10 개 도시 가운데 광둥성 도시는 선전, 광저우 3 곳이다.") == []
    assert _read("유니콘이 두 자릿수인 중국 도시는 베이징·상하이·선전·항저우·광저우·쑤저우 6곳으로 1년 전과 같았다.") == []
    assert _read("광둥성, 장쑤성, 산둥성 3곳으로 늘었다.") == []


def test_the_count_in_the_issue(corpus_issue):
    # 1025 l.204: the year is the sentence before's (`2024 년 말 기준`), which the key reads as the ranking's 2025
    assert ("장쑤성", "3", None, None, 2024) in figures_at(corpus_issue(1025), 204)
