"""A prose figure that restates a cell of a table above it, in a part that names no year, has the year of the cell's
column, or, for a column of no year (`증가율(%)`), the latest year the header names. Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at


def test_growth_rates_restating_a_growth_column(corpus_issue):
    # 981: table `자치구 | 2037 년 | 2038 년(계획) | 증가율(%)`, then l.148 `증가율로 줄을 세우면 … 시짱자치구가 22.8%로 가장 높고
    # 신장위구르자치구(16.4%)와 닝샤후이족자치구(13.6%)가 차례로 뒤를 잇는다. 광시좡족자치구는 12.6%로 네 번째였고,
    # 네이멍구자치구는 9.0%로 다섯 곳 가운데 가장 낮았다.`: the rates of 2038's plan over 2037
    assert figures_at(corpus_issue(981), 148) == [
        ("시짱자치구", "22.8", 1, None, 2038), ("신장위구르자치구", "16.4", 2, None, 2038),
        ("닝샤후이족자치구", "13.6", 3, None, 2038), ("광시좡족자치구", "12.6", 4, None, 2038),
        ("네이멍구자치구", "9", 5, None, 2038)]
