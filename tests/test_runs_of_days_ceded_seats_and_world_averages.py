"""Kinds met in a forty-ninth round (1357 paint, 1359 chocolate, 1361 tissue paper, 1363 door locks): a run of days
opening an article (`2025년 10월 9일부터 11월 11일까지`) is the period its figures are for, not an event's day; a run of
months across two years (`2024년 1월~2025년 10월`) is one period, no series; a top seat given up (`가장 큰 제품군 자리를
내줬다`) ranks nothing; a share of last year's whole (`지난해 연간 규모의 77%`) is this year's; a world's average (`세계
평균(약 5.5kg)`) is no region's figure; and a print's wrap inside `떨어졌고` or a place whose name is also a word (`선` |
`전은`) is closed up; read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at
from kic_extract.pdf.wraps import join_text, spans_word_like_place


def test_a_run_of_days_dates_the_article_and_a_run_of_months_is_one_period(corpus_issue):
    result = corpus_issue(1363)
    # l.91: `… 2025년 10월 9일부터 11월 11일까지 징둥(京东) 플랫폼의 스마트 도어록 거래액은 전년 같은 기간보다 42% 늘었다.`;
    # l.95: `… 광둥성 거래액은 전년 같은 기간보다 27% 늘었고, 쓰촨성은 49% 증가해 상위 5개 지역 가운데 가장 가파른 증가세를`
    assert figures_at(result, 95) == [("광둥성", "27", None, None, 2025), ("쓰촨성", "49", 1, None, 2025)]
    # l.207: `2024년 1월~2025년 10월 투자 유치 상위 8개 기업 가운데 광둥성 기업이 3곳으로 가장 많았고, 저장성이 2곳으로 뒤를
    # 이었다. 장쑤성, 베이징시, 쓰촨성은 각각 1곳이었다.`
    assert figures_at(result, 207) == [
        ("광둥성", "3", 1, None, 2025), ("저장성", "2", 2, None, 2025), ("장쑤성", "1", None, None, 2025),
        ("베이징시", "1", None, None, 2025), ("쓰촨성", "1", None, None, 2025)]


def test_a_seat_given_up_ranks_nothing_and_a_share_of_last_years_whole_is_this_years(corpus_issue):
    result = corpus_issue(1357)
    # l.167: `… 반면 중국의 용제형 도료 비중은 2020년 44.1%에서 2024년 31.9%로 12.2%p 떨어져 수성도료에 가장 큰 제품군 자리를
    # 내줬다.`
    assert figures_at(result, 167)[-3:] == [
        ("중국", "44.1", None, None, 2020), ("중국", "31.9", None, None, 2024), ("중국", "-12.2", None, None, 2024)]
    # l.224: `2025년 1~10월 전국 투자액은 48억 위안으로 이미 지난해 연간 규모의 77%에 이르렀다.`
    assert figures_at(result, 224) == [("전국", "4800000000", None, None, 2025), ("전국", "77", None, None, 2025)]


def test_a_world_average_is_no_regions_figure(corpus_issue):
    # 1361 l.60: `2024년 중국의 1인당 생활용지 소비량은 약 9kg으로 세계 평균(약 5.5kg)을 웃돌았지만, 미국(약 23kg)이나 일본(약
    # 16kg)과는 아직 격차가 크다.`
    assert figures_at(corpus_issue(1361), 60) == [
        ("중국", "9", None, None, 2024), ("미국", "23", None, None, 2024), ("일본", "16", None, None, 2024)]


def test_a_prints_wrap_inside_a_verb_or_a_place_named_like_a_word_closes_up():
    # 1361 l.137 as LibreOffice wraps it: `… 1분기보다 8.7% 떨` | ` 어졌고, 광둥성 …`
    assert join_text("현물 가격은 1분기보다 8.7% 떨", " 어졌고, 광둥성 도매시장의", True, "") \
        == "현물 가격은 1분기보다 8.7% 떨어졌고, 광둥성 도매시장의"
    # 1363 l.99: `… 광저우는 19% 증가했다. 선` | ` 전은 7% 증가에 그쳐`, the document writing `선전시는` elsewhere
    assert join_text("광저우는 19% 증가했다. 선", " 전은 7% 증가에", True, "선전시는 2024년") == "광저우는 19% 증가했다. 선전은 7% 증가에"
    # (the place read as one only where the document writes it as a place's, with a particle or its `시`: not `홍보 선전 활동`)
    assert spans_word_like_place("선", "전은", "선전시는 2024년") and not spans_word_like_place("선", "전은", "홍보 선전 활동")
