"""Kinds met in a fifty-second round (1381 mirrors, 1383 wallpaper, 1385 dry cells, 1387 soap): rolls counted
(`만 롤`); a `단위:` line naming a row's unit after the table's (`(단위: 억 개, 수출액은 억 달러)` over a `수출액` row); a
place that is also a word (`선전`) opening a clause with `에는`, its count far after it; a nation's firms given a share
right after them (`중국 업체는 27%에`); and, in a print, a wrap splitting such a place that only a table's row label
writes elsewhere (`가` | `나는` under a `가나` row); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of

from kic_extract.pdf.wraps import join_text


def test_rolls_are_counted_and_a_total_is_checked_in_them(corpus_issue):
    # 1383 l.158: `단위: 만 롤, %` over `지역 | 2023년 | 2024년 | 증감률`; l.160: `저장성 | 21,860 | 23,140 | 5.9`
    issue = corpus_issue(1383)
    assert [(a["value"], a["unit"]) for a in records_of(issue, "amounts") if a["line"] == 160] == [
        ("218600000", "롤"), ("231400000", "롤"), ("5.9", "%")]
    # l.170: `합계 | 48,850 | 51,915 | 6.3`: the 2024 rows add up to 50,915; the rates are no parts of a sum
    assert [line for line, _ in warnings_of(issue, "total_mismatch")] == [170]
    assert "51,915" in warnings_of(issue, "total_mismatch")[0][1]
    # l.155: `2024년 생산량 1위인 저장성은 2억 3,140만 롤을 생산했고 광둥성(1억 250만 롤)과 장쑤성(6,830만 롤)이 그 뒤를 이었다.`
    assert figures_at(issue, 155) == [("저장성", "231400000", 1, None, 2024), ("광둥성", "102500000", 2, None, 2024),
                                      ("장쑤성", "68300000", 3, None, 2024)]


def test_a_unit_line_names_the_unit_of_one_row(corpus_issue):
    # 1385 l.50: `(단위: 억 개, 수출액은 억 달러)`; l.56: `수출량 | 289.7 | …`; l.57: `수출액 | 28.4 | 30.6 | 29.8 | 31.5`
    amounts = records_of(corpus_issue(1385), "amounts")
    assert [(a["value"], a["unit"]) for a in amounts if a["line"] == 57] == [
        ("2840000000", "달러"), ("3060000000", "달러"), ("2980000000", "달러"), ("3150000000", "달러")]
    assert [(a["value"], a["unit"]) for a in amounts if a["line"] == 56][0] == ("28970000000", "개")


def test_a_word_like_place_opening_a_clause_with_eneun_owns_its_count(corpus_issue):
    # 1385 l.162: `후이저우는 … 약 40%를 담당한다. 선전에는 신왕다(欣旺达) 등 휴대폰·노트북용 소형 이차전지 팩 기업을 포함해 관련
    # 기업이 1,300곳을 넘고, …`
    assert figures_at(corpus_issue(1385), 162) == [("후이저우", "40", None, None, 2024),
                                                   ("선전", "1300", None, "min", 2024)]


def test_a_share_right_after_a_nations_firms_is_the_nations(corpus_issue):
    # 1385 l.243: `2019년만 해도 세계 시장에서 일본 업체 점유율은 48%, 중국 업체는 27%에 그쳤다. 그러나 2024년에는 중국 업체
    # 점유율이 45%로 올라 일본(31%)을 14%p 앞질렀다.`
    figures = figures_at(corpus_issue(1385), 243)
    assert figures[:2] == [("일본", "48", None, None, 2019), ("중국", "27", None, None, 2019)]
    assert ("중국", "45", None, None, 2024) in figures


def test_a_wrap_splits_a_place_a_table_labels_a_row_with():
    # 1359 printed by LibreOffice: `… 1년 전보다 16.3% 줄었다. 가` | `나는 감소율이 20.1%로 더 컸다.`, the table above it
    # labelling a row `가나 | 18,920 | 15,110 | -20.1`; `가나` is a word too (the prose writes it nowhere else)
    left = "2025년 수입국별로 보면 코트디부아르에서 들여온 물량이 1만 7,880톤으로 가장 많았지만 1년 전보다 16.3% 줄었다. 가"
    right = " 나는 감소율이 20.1%로 더 컸다."
    table = "\n국가\t2024년\t2025년\t증감률\n코트디부아르\t21,350\t17,880\t-16.3\n가나\t18,920\t15,110\t-20.1"
    assert join_text(left, right, False, "본문 줄" + table).endswith("줄었다. 가나는 감소율이 20.1%로 더 컸다.")
    assert join_text(left, right, False, "본문 줄").endswith("줄었다. 가 나는 감소율이 20.1%로 더 컸다.")
