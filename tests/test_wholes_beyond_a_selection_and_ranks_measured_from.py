"""Kinds met in a thirty-second round (1221 power grids, 1223 sports, 1225 education technology, 1227 carbon fibre and
graphene): a `전체` row under a table of the main rows only (`주요국별 …`), a rank measured from (`1 위와는 532 억 kWh
차이가`), and a follower named with no figure before a `순` list (`간쑤성이 그 뒤를 이었으며, 칭하이성(…), … 순이었다`); read
by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, warnings_of


def test_a_whole_row_under_a_table_of_the_main_rows_only(corpus_issue):
    # 1223 l.143-154: `표 3) 주요국별 스포츠용품 수출액` / … / `브라질 | 2.9 | 3.6 | 24.1` / `전체 | 193.3 | 187.3 | -3.1`: every
    # country's exports, not the eight listed (the issue's own fault is on l.77)
    assert [line for line, _ in warnings_of(corpus_issue(1223), "total_mismatch")] == [77]
    # (but `전체 | 합계` under the main rows still sums them: 312 l.79 `전체 | 합계 | 3,239,900`, its nine rows 3,229,900)
    assert warnings_of(corpus_issue(312), "total_mismatch") == [
        (79, "kic-china-weekly-312/t01 전체 신규 등록 기업: printed 3,239,900, but its 9 parts add up to 3,229,900")]


def test_a_rank_measured_from_and_a_follower_with_no_figure(corpus_issue):
    # 1221 l.84: `광둥성의 1~9 월 전력소비량은 7,012 억 kWh 로 전국 1 위를 지켰다. … 장쑤성은 6,480 억 kWh 로 그 뒤를 이었으나 1 위와는
    # 532 억 kWh 차이가 났다. 산둥성과 저장성은 각각 5,960 억 kWh, 4,880 억 kWh 로 3 위와 4 위에 올랐다.`
    assert figures_at(corpus_issue(1221), 84)[2:4] == [
        ("장쑤성", "648000000000", 2, None, 2025), ("장쑤성", "53200000000", None, None, 2025)]
    # l.231: `… 서북 지역에서는 신장이 1 억 2,000 만 kW 로 가장 많고 간쑤성이 그 뒤를 이었으며, 칭하이성(6,120 만 kW),
    # 닝샤회족자치구(4,350 만 kW) 순이었다.`
    assert figures_at(corpus_issue(1221), 231)[2:] == [
        ("신장", "120000000", 1, None, 2025), ("칭하이성", "61200000", 3, None, 2025),
        ("닝샤회족자치구", "43500000", 4, None, 2025)]
