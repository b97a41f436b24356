"""A caption's unit for the money columns as a whole (`(금액 단위: 억 위안)`) goes to every amount column whose header
gives no unit of its own, the rates keeping theirs. Values read by hand from the table."""

from __future__ import annotations

from conftest import records_of


def test_the_money_columns_take_the_captions_unit(corpus_issue):
    # 990 l.44–46 `표 1) 2038 년 1~11 월 수출입 상위 8 개 지역 (금액 단위: 억 위안)` / `지역 | 수출입 | 전년 동기 대비(%) | 수출 |
    # 전국 비중(%)` / `광둥성 | 123,460 | 3.2 | 78,150 | 20.4`
    row = [(a["column_label"], a["value"], a["unit"]) for a in records_of(corpus_issue(990), "amounts") if a["line"] == 46]
    assert row == [("수출입", "12346000000000", "위안"), ("전년 동기 대비(%)", "3.2", "%"), ("수출", "7815000000000", "위안"),
                   ("전국 비중(%)", "20.4", "%")]
