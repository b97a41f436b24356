"""Kinds met in a thirtieth round (1205 nuclear power, 1207 water treatment, 1209 AI in health care, 1211 fresh-food
e-commerce): a column whose cells give their own unit under a unit line (`단위: 억 위안, %` over `2023년 | 2024년 | 증가율`
whose rates read `9.5%`), a list named as what something is for (`…, 광시좡족자치구가 대상으로`), the first of its kind in the
country (`전국 최초의 … 시범구로 지정된 곳`), a `순` list closing its clause before another (`… 순으로, 닝샤후이족자치구는
…`), a name's ordinal (`화룽 1호`) and a mark passed in a clause that goes on (`99%를 넘지만`); read by hand from the lines
named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of

from kic_extract.typed.gdp import split_clauses


def test_a_column_whose_cells_give_their_own_unit_leaves_the_rest_to_the_others(corpus_issue):
    # 1211 l.50-53: `표 1) …` / `단위: 억 위안, %` / `순위 | 지역 | 2023년 | 2024년 | 증가율` / `1 | 광둥성 | 742.0 | 812.4 | 9.5%`
    amounts = [(a["value"], a["unit"]) for a in records_of(corpus_issue(1211), "amounts") if a["line"] == 53]
    assert amounts == [("74200000000", "위안"), ("81240000000", "위안"), ("9.5", "%")]


def test_a_list_named_as_what_something_is_for(corpus_issue):
    # 1211 l.109: `행동방안은 우선 중서부 6개 지역을 시범 지역으로 지정했다. 쓰촨성, 충칭, 허난성, 후난성, 광시좡족자치구가 대상으로, …`
    assert warnings_of(corpus_issue(1211), "count_mismatch") == [
        (109, "the text says 6개 지역 but lists 5: 쓰촨성, 충칭, 허난성, 후난성, 광시좡족자치구")]


def test_the_first_of_its_kind_in_the_country_is_no_figure_of_the_country(corpus_issue):
    # 1209 l.120: `… 닝샤후이족자치구(宁夏回族自治区)는 2018 년 전국 최초의 ‘인터넷+의료건강’ 시범구로 지정된 곳이지만, 2024 년에는
    # 인터넷병원 수가 158 곳으로 늘어나는 데 그쳐 증가율이 5.3%에 머물렀다.`
    assert figures_at(corpus_issue(1209), 120)[3:5] == [
        ("닝샤후이족자치구", "158", None, None, 2024), ("닝샤후이족자치구", "5.3", None, None, 2024)]


def test_an_order_list_closing_its_clause_before_another(corpus_issue):
    # 1209 l.122: `… 닝샤후이족자치구(21.9 곳), 하이난성(4.6 곳), 베이징(4.5 곳), 저장성(4.2 곳) 순으로, 닝샤후이족자치구는 전국 평균의
    # 9 배를 넘었다.`
    assert figures_at(corpus_issue(1209), 122)[1:] == [
        ("닝샤후이족자치구", "21.9", 1, None, 2024), ("하이난성", "4.6", 2, None, 2024), ("베이징", "4.5", 3, None, 2024),
        ("저장성", "4.2", 4, None, 2024), ("닝샤후이족자치구", "9", None, "min", 2024)]
    # (but not where each of the places listed takes an amount after it: `8~10위는 푸젠성·상하이시·베이징시 순으로, 각각 …`)
    assert [c for c, _ in split_clauses("A, B, C 순으로, 각각 3%, 2%, 1%였다.")] == ["A, B, C 순으로, 각각 3%, 2%, 1%였다."]


def test_a_names_ordinal_and_a_mark_passed_in_a_clause_that_goes_on(corpus_issue):
    # 1205 l.80: `화룽 1호는 … 2021년 1월 푸젠성 푸칭(福清) 원전에서 세계 첫 화룽 1호 …`: a reactor's name, no count
    assert figures_at(corpus_issue(1205), 80) == []
    assert not [a for a in records_of(corpus_issue(1205), "amounts") if a["unit"] == "호"]
    # 1207 l.84: `… 상하이와 베이징은 소각·건조 설비를 갖춰 슬러지 무해화 처리율이 99%를 넘지만, …`
    assert figures_at(corpus_issue(1207), 84)[2:] == [("상하이", "99", None, "min", 2024), ("베이징", "99", None, "min", 2024)]
