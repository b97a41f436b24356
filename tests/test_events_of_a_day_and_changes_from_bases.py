"""Kinds met going back over 1139 (student start-ups): an opening paragraph dating its figures by the day an event
ended (`10월 18일 … 막을 내렸다`) while a year it names only tells since when something has been so (`지난해부터 …
쓰고 있다`) or when it was founded (`2015년 … 출발한`); a place compared with named right after a count (`3,600곳으로
헤이룽장성보다`), which is no set of places counted; and the width of a change from a level in brackets (`전년(29건)보다
8건 늘어 증가 폭이 가장 컸다`); read by hand from the lines named, and on text of my own."""

from __future__ import annotations

import datetime as dt

from conftest import figures_at

from kic_extract.typed.article_years import stated_year
from kic_extract.typed.prose_figures import block_to_figures


def _figures(text: str, year: int = 2024) -> list[tuple]:
    figures, _ = block_to_figures(text, year)
    return [(f["region_ko"], f["value"], f["rank"], f["year"]) for f in figures]


def test_the_day_an_event_ended_dates_its_figures(corpus_issue):
    # 1139 (issue of 2024-11-06) l.38: `… 전국 결선이 10월 18일 상하이교통대학(上海交通大学)에서 사흘 일정을 마치고 막을 내렸다.
    # 2015년 ‘인터넷+ 대학생 혁신창업대회’로 출발한 이 대회는 지난해부터 지금의 이름을 쓰고 있다. … 5,400여 개 대학에서 …`;
    # the part after the table, l.84: `홍콩(香港) 지역 대학 팀은 금상 5건을 받아 2023년(3건)보다 2건 늘었다` is of 2024
    assert figures_at(corpus_issue(1139), 84)[:3] == [("홍콩", "5", None, None, 2024), ("홍콩", "3", None, None, 2023),
                                                      ("홍콩", "2", None, None, 2024)]
    day = dt.date(2024, 11, 6)
    assert stated_year("대회는 10월 18일 막을 내렸다. 이번 대회에는 5,400여 개 대학이 참가했다.", day) == 2024
    # (a month after the issue's is last year's; a day with nothing held on it dates nothing)
    assert stated_year("박람회는 12월 3일 폐막했다. 관람객은 30만 명이었다.", day) == 2023
    assert stated_year("10월 18일 현장을 찾았다. 관람객은 30만 명이었다.", day) is None


def test_a_year_since_which_something_holds_dates_nothing_after_it():
    day = dt.date(2024, 11, 6)
    assert stated_year("이 제도는 지난해부터 시행되고 있다. 올해 신청은 1,200건이었다.", day) == 2024
    assert stated_year("1998년 창립한 협회는 회원사 3,000곳을 두고 있다.", day) is None
    # (a period's start still dates what it counts: `… 1월 1일부터 … 까지`)
    assert stated_year("지난해 1월 1일부터 6월 30일까지 투자는 1,268건이었다.", day) == 2023


def test_a_place_compared_with_is_no_set_counted(corpus_issue):
    # 1139 l.138: `헤이룽장성은 같은 기간 신규 등록이 2,100곳으로 5.2% 줄었고, 랴오닝성은 3,600곳으로 헤이룽장성보다 1,500곳
    # 많았다.`
    assert figures_at(corpus_issue(1139), 138) == [
        ("헤이룽장성", "2100", None, None, 2024), ("헤이룽장성", "-5.2", None, None, 2024),
        ("랴오닝성", "3600", None, None, 2024), ("랴오닝성", "1500", None, None, 2024)]
    # (a count of the provinces just listed is still no province's: `… 푸젠성 4 개 성의`)
    assert [f[:2] for f in _figures("장쑤성, 저장성, 산둥성, 푸젠성 4 개 성의 기업은 모두 늘었다.")] == []


def test_the_width_of_a_change_from_a_level_in_brackets(corpus_issue):
    # 1139 l.54: `개최지 상하이는 금상이 전년(29건)보다 8건 늘어 증가 폭이 가장 컸다.`
    assert figures_at(corpus_issue(1139), 54)[:2] == [("상하이", "29", None, None, 2023), ("상하이", "8", 1, None, 2024)]
    assert _figures("충칭시는 투자가 전년(12억 위안)보다 3억 위안 줄어 감소 폭이 가장 컸다.") == [
        ("충칭시", "1200000000", None, 2023), ("충칭시", "-300000000", 1, 2024)]
