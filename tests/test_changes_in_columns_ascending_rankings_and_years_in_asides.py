"""Kinds met in a thirty-seventh round (1261 electric heavy trucks, 1263 ice and snow, 1265 pharmacy chains, 1267
pre-made meals), and two units of round 36 (1257 quantum technology): a column of changes in a level under a unit
line of a count and a rate (`단위: 곳, %` over `교환소 수 | 전년 말 대비 증가 | 비중`), minutes and qubits, a ranking led by
the least (`… 1,286명으로 가장 적었고 칭하이성(1,410명), …가 뒤를 이었다`), a year a measure in brackets is of (`2023 년
성장률(23.1%)보다`, `2021년 말(520만 개)보다`), and followers a clause names itself (`… 40% 이상을 차지했고 미국,
말레이시아가 그다음이었다`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of

from kic_extract.pdf.wraps import join_text


def test_a_column_of_changes_in_a_level_is_no_rate(corpus_issue):
    # 1261 l.150-154: `단위: 곳, %` / `순위 | 지역 | 교환소 수 | 전년 말 대비 증가 | 비중` … `3 | 산시성 | 301 | 118 | 14.0`
    assert [(a["value"], a["unit"]) for a in records_of(corpus_issue(1261), "amounts") if a["line"] == 154] == [
        ("301", "곳"), ("118", "곳"), ("14", "%")]


def test_minutes_where_a_label_gives_them_and_qubits(corpus_issue):
    # 1261 l.181-182: `구분 | 1회 교환 시간(분) | 교환소 1곳당 투자비(만 위안) | …` / `상부 교환(크레인식) | 5 | 600 | …`
    assert [(a["value"], a["unit"]) for a in records_of(corpus_issue(1261), "amounts") if a["line"] == 182] == [
        ("5", "분"), ("6000000", "위안")]
    # 1257 l.56: `초전도 양자컴퓨터 최대 큐비트 수(큐비트) | 105 | 1,000 | 5,000`
    assert [(a["value"], a["unit"]) for a in records_of(corpus_issue(1257), "amounts") if a["line"] == 56] == [
        ("105", "큐비트"), ("1000", "큐비트"), ("5000", "큐비트")]


def test_a_ranking_led_by_the_least(corpus_issue):
    # 1265 l.85: `… 2024년 약국 1곳당 인구는 네이멍구자치구가 1,286명으로 가장 적었고 칭하이성(1,410명), 닝샤 후이족
    # 자치구(1,452명)가 뒤를 이었다. …`
    assert figures_at(corpus_issue(1265), 85)[:3] == [
        ("네이멍구자치구", "1286", 1, None, 2024), ("칭하이성", "1410", 2, None, 2024), ("닝샤 후이족 자치구", "1452", 3, None, 2024)]


def test_the_year_a_measure_in_brackets_is_of(corpus_issue):
    # 1267 l.45: `… 2024 년 중국 예제채 시장 규모는 6,105 억 위안으로 전년보다 18.2% 커졌다. 중국 시장의 2023 년 성장률(23.1%)보다는 …`
    assert figures_at(corpus_issue(1267), 45)[2] == ("중국", "23.1", None, None, 2023)
    # 1143 l.49: `… 표준 랙은 2024년 말 880만 개로 2021년 말(520만 개)보다 69% 늘었다.`
    assert figures_at(corpus_issue(1143), 49)[:3] == [
        ("전국", "8800000", None, None, 2024), ("전국", "5200000", None, None, 2021), ("전국", "69", None, None, 2024)]


def test_followers_a_clause_names_itself(corpus_issue):
    # 1267 l.96: `… 광둥성의 예제채 수출액은 약 68 억 위안으로 전년보다 15.3% 증가했다. 홍콩으로 향한 물량이 전체의 40% 이상을
    # 차지했고 미국, 말레이시아가 그다음이었다.`: no rank follows one given a paragraph before
    assert figures_at(corpus_issue(1267), 96) == [
        ("광둥성", "6800000000", None, None, 2024), ("광둥성", "15.3", None, None, 2024), ("홍콩", "40", None, "min", 2024)]


def test_a_list_of_names_joined_by_dots_goes_on_over_a_line():
    # 1265 l.128 as Ghostscript's print wraps it: `… 베이징·톈진` | `·상하이·충칭·저장성·광둥성·쓰촨성·후난성·산둥성 10개 성·시를 …`
    assert join_text("베이징·톈진", "·상하이·충칭·저장성", True, "") == "베이징·톈진·상하이·충칭·저장성"
