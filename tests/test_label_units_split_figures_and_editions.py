"""Shapes held-out issues 465–468 showed when first read (tests/corpus/heldout): a unit in the row labels'
header with no `단위`, a heading after a block bar, a row's last figure alone past a page break, a set a
rank is picked from, and a report's edition year in a title. Every value asserted here was read off the
issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def test_a_unit_heading_the_row_labels_and_a_heading_after_a_block_bar(corpus_issue):
    # 468 l.91 `도시(억 위안)	1차 산업	2차 산업	3차 산업	계` over l.92 `선전시	26	15,680	24,410	40,116`
    amounts = [(a["column_label"], a["value"], a["unit"]) for a in records_of(corpus_issue(468), "amounts") if a["line"] == 92]
    assert amounts == [("1차 산업", "2600000000", "위안"), ("2차 산업", "1568000000000", "위안"),
                       ("3차 산업", "2441000000000", "위안"), ("계", "4011600000000", "위안")]
    # 466 l.34 `01 ▍11월 70개 대·중도시 신규 주택가격 동향: 1선 도시 하락세 멈췄나`
    sections = records_of(corpus_issue(466), "sections")
    assert [(s["line_start"], s["page_start"], s["category"]) for s in sections][:3] == [
        (34, 2, "이슈 & 정책"), (52, 3, "이슈 & 정책"), (77, 5, "이슈 & 정책")]
    assert sections[0]["title"] == "11월 70개 대·중도시 신규 주택가격 동향: 1선 도시 하락세 멈췄나"


def test_a_rows_last_figure_alone_past_a_page_break_and_a_set_picked_from(corpus_issue):
    # 465 l.54 `산둥성	104,680	110,150` | page break | l.60 `84,220`: the row's third figure
    result = corpus_issue(465)
    assert ["산둥성", "104,680", "110,150", "84,220"] in records_of(result, "tables")[0]["rows"]
    # so the 2028 column adds up; the 2027 total is off; l.111 `상위 10 곳 가운데 중서부 개발구는 세 곳으로, …` lists four
    assert [(w.line, w.message.split(":")[0]) for w in result.warnings if w.code in ("total_mismatch", "count_mismatch")] == [
        (64, "kic-china-weekly-465/t01 합계 2027년"), (111, "the text says 3곳 but lists 4")]
    assert [w.message for w in result.warnings if w.code == "total_mismatch"] == [
        "kic-china-weekly-465/t01 합계 2027년: printed 658,690, but its 6 parts add up to 659,690"]


def test_the_year_of_a_reports_data_beside_its_edition_in_the_title(corpus_issue):
    # 467 l.117 `3. 2028 중국 도시 디지털경제 경쟁력 보고서 발표` over l.119 `<2028 … 보고서>에 따르면 지난해 …`
    assert [(f["region_ko"], f["rank"], f["year"]) for f in records_of(corpus_issue(467), "figures") if f["line"] == 121] == [
        ("베이징시", 1, 2027), ("상하이시", 2, 2027), ("선전시", 3, 2027)]


def test_counts_of_prize_winners_and_of_what_places_hold(corpus_issue):
    # 463 l.262 `수상 기업 다섯 곳, 즉 대상 뉴로브릿지, 최우수상 그린셀랩, 우수상 딥팜과 모빌리티온, 특별상 케이웨이브가
    # 선정됐다`: five winners, two of them one prize's; 467 l.256 `모두 5 개 팀, 즉 대상 그린루트, …, 우수상 오로라센서와
    # 한솔로보, 장려상 데이터팜이다`: no warning for either (their counts' warnings are l.106 and l.119)
    for number, line in ((463, 106), (467, 119)):
        assert [w.line for w in corpus_issue(number).warnings if w.code == "count_mismatch"] == [line]
    # 468 l.188 `6 개 도시, 즉 베이징·상하이·선전·항저우·청두·우한의 9 개 기관으로`: the cities hold the nine, no list of them
    assert [w.line for w in corpus_issue(468).warnings if w.code == "count_mismatch"] == [117]


def test_an_opening_that_states_the_year_its_subject_stood_in(corpus_issue):
    # 468 l.75 `… 웨강아오(粤港澳) 대만구는 지난해에도 중국에서 가장 역동적인 도시군의 위상을 지켰다` dates l.77
    # `도시별로는 선전시가 4조 116억 위안으로 1 위를 지켰다. 홍콩특별행정구는 3조 4,870억 위안(…)으로 2 위를 …`
    figures = [(f["region_ko"], f["value"], f["rank"], f["year"]) for f in records_of(corpus_issue(468), "figures")
               if f["line"] == 77]
    assert figures[:2] == [("선전시", "4011600000000", 1, 2027), ("홍콩특별행정구", "3487000000000", 2, 2027)]


def test_headings_numbered_in_brackets_and_totals_named_after_their_count(corpus_issue):
    # 472 l.31 `[01] 2028년 주요 도시 GDP 성적표: '1조 위안 클럽' 30곳 시대` over `자료: 21세기경제보도(…), 각 시 통계국`
    result = corpus_issue(472)
    assert [(s["line_start"], s["page_start"], s["category"]) for s in records_of(result, "sections")] == [
        (31, 2, "정책·경제 브리핑"), (70, 4, "정책·경제 브리핑"), (94, 5, "정책·경제 브리핑"), (111, 6, "스타트업 인사이트"),
        (130, 7, "스타트업 인사이트"), (168, 9, "센터 소식"), (180, 10, "센터 소식")]
    # l.57 `10개 도시 계			351,610	368,090	-`: a total, its blank cells not filled from 난징's row
    assert records_of(result, "tables")[0]["rows"][-1] == ["10개 도시 계", None, None, "351,610", "368,090", "-"]


def test_a_cells_rest_alone_past_a_page_break_in_a_grouped_table(corpus_issue):
    # 469 l.242 `	간장신구(赣江新区)	장시성	2016	465	1,640` | page break | `		난창(南昌)			`
    rows = [row for t in records_of(corpus_issue(469), "tables") for row in t["rows"] if row[1] == "간장신구(赣江新区)"]
    assert rows == [["중부", "간장신구(赣江新区)", "장시성 난창(南昌)", "2016", "465", "1,640"]]
