"""A mark the places listed after it passed (`… 넘은 곳은 A와 B뿐이다`) is each listed place's, the last one
closed by `뿐` too; places listed with their own figures in brackets (`… 못 미친 곳은 A(4.1%)와 B(4.9%)`) have those
figures, not the mark. Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.gazetteer import find_regions


def test_a_name_closed_by_ppun_is_a_name():
    assert [m.written for m in find_regions("안후이성과 후베이성뿐이다. 쓰촨성뿐만 아니라")] == ["안후이성", "후베이성", "쓰촨성"]


def test_every_place_of_a_namely_list_closed_by_ppun_passed_the_mark(corpus_issue):
    # 516 l.48 `투자 증가율 1~3위는 차례로 시짱자치구(14.2%), 신장위구르자치구(11.8%), 네이멍구자치구(9.6%)였다. 이 가운데
    # 투자가 10% 넘게 늘어난 곳은 두 곳, 즉 시짱자치구와 신장위구르자치구뿐이다.`
    assert figures_at(corpus_issue(516), 48)[3:] == [
        ("시짱자치구", "10", None, "min", 2029), ("신장위구르자치구", "10", None, "min", 2029)]
    # 445 l.77 `… 성장률이 5.5%를 넘은 곳은 세 곳, 즉 저장성·후베이성·산둥성뿐이었다.`
    assert figures_at(corpus_issue(445), 77)[2:] == [
        ("저장성", "5.5", None, "min", 2028), ("후베이성", "5.5", None, "min", 2028), ("산둥성", "5.5", None, "min", 2028)]


def test_a_lone_place_closed_by_ppun_passed_the_mark(corpus_issue):
    # 539 l.81 `… 쓰촨성 6.1% 순으로 뒤를 이었다. 경제 규모 상위 10개 지역 가운데 성장률이 6%를 넘은 곳은 쓰촨성뿐이었다.`
    # (the mark is 쓰촨성's, not 닝샤's, named two figures before)
    assert figures_at(corpus_issue(539), 81)[3:5] == [("쓰촨성", "6.1", 4, None, 2030), ("쓰촨성", "6", None, "min", 2030)]


def test_places_listed_with_their_own_figures_do_not_take_the_mark(corpus_issue):
    # 339 l.68 `경제 규모 상위 10곳 중 성장률이 5%에 못 미친 곳은 광둥성(4.1%)과 후난성(4.9%) 두 곳이었다.`
    assert figures_at(corpus_issue(339), 68)[3:5] == [("광둥성", "4.1", None, None, 2025), ("후난성", "4.9", None, None, 2025)]
    # 360 l.100 `R&D 투입 강도가 3%를 넘은 6개 지역은 베이징(6.71%), 상하이(4.55%), 톈진(3.76%), …`
    assert [f for f in figures_at(corpus_issue(360), 100) if f[1] == "3"] == []
