"""A running total row (`1~11 월 누계`) closes the months it sums and is checked like a 합계 row; a running total column
(`1~7월 누계`) runs down the rows and sums none of its row's cells. Figures read by hand from the tables."""

from __future__ import annotations

from conftest import warnings_of


def test_a_running_total_row_that_does_not_add_up(corpus_issue):
    # 988 t01: production 1 월 … 11 월 add up to 2,309.6 (만 대); the `1~11 월 누계` row (l.83) prints 2,319.6
    assert [(line, message) for line, message in warnings_of(corpus_issue(988), "total_mismatch") if line == 83] == [
        (83, "kic-china-weekly-988/t01 1~11월 누계 생산: printed 2,319.6, but its 11 parts add up to 2,309.6")]


def test_a_running_total_column_is_no_rows_sum(corpus_issue):
    # 346 t03 (l.99–102): `7월 | 1~7월 누계` per kind of car; the 누계 column is no sum of the row's 7월 (its 합계 row is
    # checked down the column: 468.50 + 281.20 + 0.41 = 750.11 against a printed 752.10)
    assert [line for line, message in warnings_of(corpus_issue(346), "total_mismatch") if "누계" in message] == [102]
