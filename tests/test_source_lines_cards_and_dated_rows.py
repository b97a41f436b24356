"""Shapes held-out issues 457–460 showed when first read (tests/corpus/heldout): numbered headings over
the bare name of their source, a kind printed over a heading, cards on one line, rows dated by month
and day, units in a note under a table, a list of names cut by a page break, counts listed in the
next sentence. Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def _sections(result):
    return [(s["line_start"], s["page_start"], s["category"], s["tag"]) for s in records_of(result, "sections")]


def _warnings(result, code):
    return [(w.line, w.message) for w in result.warnings if w.code == code]


def test_numbered_headings_over_the_name_of_their_source(corpus_issue):
    # 460 l.33–34 `01 31개 성 R&D 투입 성적표: …` over `국가통계국(国家统计局)·과학기술부(科学技术部) 발표 종합`, l.70–71
    # `02 웨강아오 대만구(…) …` over `난팡일보(南方日报)`, l.123–124 `04 …` over `편집부`
    result = corpus_issue(460)
    assert _sections(result) == [(33, 2, "이슈 브리핑", None), (70, 3, "이슈 브리핑", None), (106, 5, "이슈 브리핑", None),
                                 (123, 6, "스타트업 인사이트", None), (149, 7, "스타트업 인사이트", None),
                                 (195, 9, "센터 소식", None), (209, 10, "센터 소식", None)]
    # the source line is no opening paragraph: l.36 `… 작년 중국의 연구개발(R&D) 경비는 4조 5,940억 위안으로`
    assert ("중국", "4594000000000", 2027) in [(f["region_ko"], f["value"], f["year"])
                                              for f in records_of(result, "figures") if f["line"] == 36]


def test_a_kind_printed_over_a_numbered_heading_is_its_tag(corpus_issue):
    # 458 l.93–94 `투자 리포트` over `04  9 월 중국 스타트업 대형 투자 라운드 점검` (the contents: `04  [투자 리포트] …`)
    assert _sections(corpus_issue(458))[3:] == [
        (94, 6, "스타트업 인사이트", "투자 리포트"), (124, 7, "스타트업 인사이트", "스타트업 탐방"),
        (145, 8, "스타트업 인사이트", "데이터"), (174, 10, "센터 소식", None), (202, 11, "센터 소식", "공지")]


def test_cards_printed_on_one_line(corpus_issue):
    result = corpus_issue(458)
    cards = [t for t in records_of(result, "tables") if t["kind"] == "company_card"]
    # l.126 `[기업 카드] 하이란에너지저장(海澜储能) | 설립 2019 년 | 본사 장쑤성 창저우 | 분야 … | 누적 투자 유치 30억 위안 이상`
    assert [c["title"] for c in cards] == ["하이란에너지저장(海澜储能)", "칭윈칩(擎云芯片)", "샤오무AI(小木AI)"]
    assert cards[0]["rows"][:2] == [["설립", "2019년"], ["본사", "장쑤성 창저우"]]
    # l.130 `… | 이번 라운드 18억 4,000만 위안, 누적 약 40억 위안`; l.140 `… | 시리즈 A 약 8,500만 달러, 누적 1억 2,000만 달러 가량`
    amounts = [(a["value"], a["unit"], a["approx"], a["cumulative"]) for a in records_of(result, "amounts")
               if a["line"] in (126, 130, 140)]
    assert amounts == [("3000000000", "위안", False, True), ("1840000000", "위안", False, False),
                       ("4000000000", "위안", True, True), ("85000000", "달러", True, False),
                       ("120000000", "달러", True, True)]


def test_rows_dated_by_month_and_day_and_their_total(corpus_issue):
    # 458 l.102 `일자	기업	분야	라운드	금액` … l.117 `합계				86.4` under `단위: 억 위안`: 8.5 + 15.0 + 약 6.0 + 12.8
    # + 20 이상 + 9.7 + 18.4 is 90.4
    result = corpus_issue(458)
    assert not [a for a in records_of(result, "amounts") if a["column_label"] == "일자"]
    assert _warnings(result, "total_mismatch") == [
        (117, "kic-china-weekly-458/t01 합계 금액: printed 86.4, but its 7 parts add up to 90.4")]
    # 460 l.131 `일자	기업	소재지	분야	라운드	투자액(위안)` over `10.08	쥐광생물(聚光生物)	…	약 12억`
    amounts = [(a["row_label"], a["value"], a["unit"], a["approx"]) for a in records_of(corpus_issue(460), "amounts")
               if a["line"] == 132]
    assert amounts == [("쥐광생물(聚光生物)", "1200000000", "위안", True)]


def test_a_unit_in_the_note_under_a_table_and_a_list_cut_by_a_page_break(corpus_issue):
    result = corpus_issue(460)
    tables = records_of(result, "tables")
    # l.47 `※ 단위: 억 위안(기업 비중 제외). 자료: 국가통계국` right under the rows
    assert (tables[0]["unit"], tables[0]["rows"][-1][0]) == ("억 위안", "기업 비중(%)")
    assert _warnings(result, "total_mismatch") == [
        (46, "kic-china-weekly-460/t01 합계 2026년: printed 42,150, but its 4 parts add up to 42,510")]
    # l.94 `중산(中山)	520	12.0	50	밍양(明阳), ` | page break | l.100 `무린썬(木林森)`: the list goes on in its cell
    rows = tables[1]["rows"]
    assert rows[6] == ["중산(中山)", "520", "12.0", "50", "밍양(明阳), 무린썬(木林森)"] and len(rows) == 10


def test_a_count_listed_in_the_next_sentence(corpus_issue):
    # 458 l.176 `… 기관이 모두 일곱 곳이라고 밝혔다. 톈진빈하이고신구(天津滨海高新区), …, 시안고신구(西安高新区)가 새로
    # 이름을 올렸다`: six
    assert [line for line, _ in _warnings(corpus_issue(458), "count_mismatch")] == [176]


def _figures(result, line):
    return [(f["region_ko"], f["value"], f["unit"], f["rank"], f["bound"], f["year"])
            for f in records_of(result, "figures") if f["line"] == line]


def test_cities_a_table_names_without_gloss_and_zones_by_their_generic_word(corpus_issue):
    # 459 l.109–111 `	몐양시	1.36	1.52	11.8` …; l.101 `이빈시가 16.9%로 가장 높았고, 몐양시(11.8%)와 충칭고신구(10.6%)가
    # 뒤를 이었다. … 충칭경제기술개발구도 1억 8,100만 달러에 그치며 감소세로 돌아섰다(-6.7%)`
    figures = _figures(corpus_issue(459), 101)
    assert [f for f in figures if f[3] is not None] == [
        ("이빈시", "16.9", "%", 1, None, 2028), ("몐양시", "11.8", "%", 2, None, 2028), ("충칭고신구", "10.6", "%", 3, None, 2028)]
    assert ("충칭경제기술개발구", "-6.7", "%", None, None, 2028) in figures


def test_a_figure_describing_the_region_compared_with_and_a_rank_of_growth(corpus_issue):
    result = corpus_issue(459)
    # l.103 `쓰촨성 4개 도시가 23억 3,800만 달러로 9.0% 증가해, 6.5% 늘어난 충칭시(15억 9,000만 달러)보다`
    assert ("충칭시", "6.5", "%", None, None, 2028) in _figures(result, 103)
    # l.241 `안후이성은 2025년 39곳에서 올해 61곳으로 늘어 증가 속도가 가장 빨랐다`: the speed is first, no level
    assert [f for f in _figures(result, 241) if f[0] == "안후이성"] == [
        ("안후이성", "39", "곳", None, None, 2025), ("안후이성", "61", "곳", None, None, 2028)]
    # 424 l.93 `항저우의 상주인구는 1,302만 명으로 한 해 전보다 17만 6,000명 늘어 증가 폭 1위를 차지했다`: the change
    assert _figures(corpus_issue(424), 93)[:2] == [("항저우", "13020000", "명", None, None, 2027),
                                                 ("항저우", "176000", "명", 1, None, 2027)]


def test_places_after_the_ranked_and_the_sino_korean_hui_autonomous_region(corpus_issue):
    result = corpus_issue(460)
    # l.58 `… 톈진시가 3.82%로 3위를 차지했으며 광둥성(3.76%)과 장쑤성(3.52%)이 그 뒤에 자리했다`
    assert [f[:4] for f in _figures(result, 58)][2:5] == [("톈진시", "3.82", "%", 3), ("광둥성", "3.76", "%", 4),
                                                        ("장쑤성", "3.52", "%", 5)]
    # l.60 `다음으로 닝샤회족자치구가 17.3%, 하이난성이 15.9%를 기록했다`: 回族 read as Sino-Korean, 宁夏 all the same
    assert [(f["region_ko"], f["region_zh"], f["rank"]) for f in records_of(result, "figures") if f["line"] == 60][1:3] == [
        ("닝샤회족자치구", "宁夏", 2), ("하이난성", "海南", 3)]
