"""Round 84 of unseen issues (1637 tape dispensers, 1639 monitor stands, 1641 strainers, 1643 whistles), written to the
harder brief and scored once before anything was changed for them: the kinds they showed, each asserted with the values
a reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at, records_of

from kic_extract.clean.word_joins import decide_join
from kic_extract.typed.prose_figures import block_to_figures


def test_a_table_row_a_text_tool_wrapped_inside_a_page_is_one_row(corpus_issue):
    # 1637 ll.216–217, after a page's furniture: `청하이구\t광둥성 산터우시\t174` over `15.7\t58.4`
    rows = next(t["rows"] for t in records_of(corpus_issue(1637), "tables") if t["line_start"] == 209)
    assert rows[2] == ["청하이구", "광둥성 산터우시", "174", "15.7", "58.4"] and len(rows) == 5


def test_units_of_a_unit_line_go_to_the_columns_naming_their_kind(corpus_issue):
    # 1643 ll.201–203: `(단위: 개사, 억 위안)` over `지역 | 기업 수 | 생산액 | 수출액`, `롄샤진(莲下镇) | 312 | 18.6 | 7.9`
    assert [(a["value"], a["unit"]) for a in records_of(corpus_issue(1643), "amounts") if a["line"] == 203] == [
        ("312", "개사"), ("1860000000", "위안"), ("790000000", "위안")]


def test_a_bloc_made_the_subject_holds_its_own_figures(corpus_issue):
    # 1637 l.43: `… 미국이 2억 1,200만 달러로 가장 많았고 유럽연합(EU)이 1억 3,600만 달러로 뒤따랐다. 아세안은 1억 2,900만
    # 달러를 기록해 EU와의 차이를 700만 달러까지 좁혔으며, 일본과 멕시코는 각각 6,100만 달러, 4,800만 달러로 4위와 5위에 …`
    assert figures_at(corpus_issue(1637), 43) == [("미국", "212000000", 1, None, 2025), ("일본", "61000000", 4, None, 2025),
                                                  ("멕시코", "48000000", 5, None, 2025)]


def test_the_latest_year_of_a_series_opening_a_paragraph_dates_what_follows(corpus_issue):
    # 1637 l.121: `2023년 3억 9,650만 개였던 전국 테이프커터 생산량은 2024년 4억 910만 개로 3.2% 늘었다. 저장성이 홀로 1억
    # 8,460만 개를 만들어 전국 생산량의 45.1%를 책임졌는데, …`
    assert figures_at(corpus_issue(1637), 121)[3:] == [("저장성", "184600000", None, None, 2024),
                                                       ("저장성", "45.1", None, None, 2024)]


def test_ranks_read_from_the_bottom_and_a_range_of_ranks_given_in_turn(corpus_issue):
    # 1637 l.123: `2024년 순위를 아래에서부터 보면, 상위 8개 지역 가운데 상하이가 560만 개로 가장 적었고 안후이성(980만 개)이 그
    # 위였다. … 중간권인 3~5위는 푸젠성, 장쑤성, 산둥성 순으로, 세 지역의 생산량은 각각 4,350만 개, 2,780만 개, 1,640만 개였다.`
    figures = figures_at(corpus_issue(1637), 123)
    assert figures[:2] == [("상하이", "5600000", 8, None, 2024), ("안후이성", "9800000", 7, None, 2024)]
    assert figures[5:] == [("푸젠성", "43500000", 3, None, 2024), ("장쑤성", "27800000", 4, None, 2024),
                           ("산둥성", "16400000", 5, None, 2024)]
    # 1643 l.135: `상위 여섯 개 성 가운데 생산량이 가장 적은 곳은 산둥성(1억 1,900만 개)이었고, 허베이성이 1억 4,300만 개로
    # 그다음으로 적었다.`
    assert figures_at(corpus_issue(1643), 135)[:2] == [("산둥성", "119000000", 6, None, 2025),
                                                       ("허베이성", "143000000", 5, None, 2025)]


def test_ranks_of_levels_before_a_rate_of_a_rank_named_later_and_of_a_leader_its_followers_name(corpus_issue):
    issue = corpus_issue(1641)
    # l.44: `… 충칭은 57 억 위안으로 10 개 산지 중 맨 끝인 10 위에 머문 데다 증가율마저 -0.9%로 뒷걸음질쳤다.`
    assert figures_at(issue, 44)[2:] == [("충칭", "5700000000", 10, None, 2025), ("충칭", "-0.9", None, None, 2025)]
    # l.48: `… 안지현(安吉县)이 … 186 억 위안으로 1 위를 지켰고, 두 번째는 142 억 위안을 올린 푸젠성 젠어우시(建瓯市)였다.`
    assert figures_at(issue, 48)[:2] == [("안지현", "18600000000", 1, None, 2025), ("젠어우시", "14200000000", 2, None, 2025)]
    # l.52: `푸젠성 안에서는 난핑시(南平市)가 298 억 위안으로 성 전체 생산액의 절반 가까이를 차지했고, 산밍시와 룽옌시가 그 뒤를
    # 이었다.`
    assert figures_at(issue, 52) == [("난핑시", "29800000000", 1, None, 2025)]


def test_a_measure_glossed_with_its_abbreviation_is_no_company(corpus_issue):
    # 1637 l.97: `업계는 광둥성 대형 업체들의 시장 점유율(CR10)이 2023년 31.5%에서 2025년 37.9%로 높아질 것으로 내다봤다.`
    assert figures_at(corpus_issue(1637), 97) == [("광둥성", "31.5", None, None, 2023), ("광둥성", "37.9", None, None, 2025)]


def test_native_counts_by_a_year_to_come(corpus_issue):
    # 1637 l.73: `2025년 10월 현재 닝하이의 상장 문구기업은 세 곳에 불과하다. 닝하이는 이를 2027년까지 다섯 곳으로 늘리고,
    # 스마트 공장도 20곳을 새로 짓겠다고 밝혔다.`
    assert figures_at(corpus_issue(1637), 73) == [
        ("닝하이", "3", None, None, 2025), ("닝하이", "5", None, None, 2027), ("닝하이", "20", None, None, 2027)]
    # 1639 l.235: `2025년 말 현재 닝하이에는 … 기업이 다섯 곳 있으며, 닝하이현은 2027년까지 이를 열 곳으로 늘릴 방침이다.`
    assert figures_at(corpus_issue(1639), 235) == [("닝하이", "5", None, None, 2025), ("닝하이현", "10", None, None, 2027)]
    # 1637 l.73's first sentence, its noun of four syllables cut to two (that one is left unread): `… 세 곳에 불과하다`
    figures, _ = block_to_figures("2025년 10월 현재 닝하이의 상장 기업은 세 곳에 불과하다.", 2025, places={"닝하이": "宁海"})
    assert [(f["region_ko"], f["value"], f["unit"]) for f in figures] == [("닝하이", "3", "곳")]


def test_a_name_the_document_glosses_opens_a_word_after_a_page_break(corpus_issue):
    # 1641 ll.87–90: `… 1 인당 수출액은 4 만 2,000 달러 남짓으로` | furniture | `차오저우(3 만 1,000 달러)를 앞질렀다.`
    assert figures_at(corpus_issue(1641), 87)[-1] == ("차오저우", "31000", None, None, 2024)
    words = "도시별로는 광둥성 차오저우(潮州)가 1 위였고"
    assert decide_join("수출액은 4 만 2,000 달러 남짓으로", "차오저우(3 만 1,000 달러)를", words) == "space"
    assert decide_join("수출액은 4 만 2,000 달러 남짓으로", "차오저우(3 만 1,000 달러)를", "") == "word"  # (no gloss to go by)
