"""Shapes 797–804 showed: a row's first cell cut by a page, its rest printed under the header printed again or alone
over the next row; a count of sites (`4곳의 … 현황은 아래와 같다`) over a table; places named after `개최 도시는`,
closed by the copula after any name; and a notice's paragraph of prose over its fields. Values read by hand from the
issues' lines."""

from conftest import figures_at, records_of, warnings_of


def _table(result, table_id):
    return next(t for t in records_of(result, "tables") if t["table_id"] == table_id)


def test_the_rest_of_a_first_cell_under_the_header_printed_again(corpus_issue):
    # 798 l.111 `쑹산후 국제 청년 창업	둥관	197	64	35.6` | page break | l.116 the header again | l.117 `커뮤니티`
    table = _table(corpus_issue(798), "kic-china-weekly-798/t05")
    assert table["header"] == ["기지명", "소재지", "입주팀(개)", "홍콩·마카오 팀(개)", "누적 투자 유치(억 위안)"]
    assert table["rows"][3] == ["쑹산후 국제 청년 창업 커뮤니티", "둥관", "197", "64", "35.6"]
    assert len(table["rows"]) == 6  # five sites and the total


def test_the_rest_of_a_row_label_after_its_figures(corpus_issue):
    # 802 l.38 `규모 이상 공업	5.2	5.6	5.9` | page break | l.43 `부가가치` | l.44 `수출액(달러 기준)	1.9	-1.3	2.4`
    result = corpus_issue(802)
    assert _table(result, "kic-china-weekly-802/t01")["rows"][-2:] == [
        ["규모 이상 공업 부가가치", "5.2", "5.6", "5.9"], ["수출액(달러 기준)", "1.9", "-1.3", "2.4"]]
    assert ("5.9", "%") in {(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 38}


def test_a_count_of_sites_over_a_table_of_more(corpus_issue):
    # 798 l.104 `취재팀이 방문한 대만구 주요 청년 창업기지 4곳의 입주 현황은 아래와 같다.` over five sites and a total
    (line, message), = warnings_of(corpus_issue(798), "count_mismatch")
    assert line == 104 and message.startswith("the text says 4곳 but lists 5: 첸하이 선강 청년 드림워크스")


def test_places_named_after_a_count_closed_by_the_copula_after_any_name(corpus_issue):
    # 804 l.131 `하반기에는 다섯 개 도시에서 '중국 진출 설명회'를 순회 개최한다. 개최 도시는 우한(武汉), 시안, 허페이, 쑤저우다.`
    assert warnings_of(corpus_issue(804), "count_mismatch") == [
        (131, "the text says 5개 도시 but lists 4: 우한(武汉), 시안, 허페이, 쑤저우")]


def test_a_notices_prose_over_its_fields_states_figures(corpus_issue):
    # 803 l.160 `KIC 중국은 … '한중 혁신 교류회'를 연다. 청두시(成都市)의 2034 년 디지털 경제 핵심 산업 부가가치는 3,150 억
    # 위안으로 전년보다 9.4% 증가했으며, …` over l.161 `모집 대상 : …`, l.162 `모집 기간 : …`
    assert figures_at(corpus_issue(803), 160) == [("청두시", "315000000000", None, None, 2034), ("청두시", "9.4", None, None, 2034)]


def test_the_present_a_past_compared_with_a_target_passed_and_a_venue(corpus_issue):
    result = corpus_issue(801)
    # l.72 `… 2034년 저고도 경제 관련 산업 규모는 우한(武汉) 860억 위안, … 순이었다. 현재 우한에는 드론 완제품 기업만 120곳이
    # 넘게 모여 있고, …`: the present, no year
    assert ("우한", "120", None, "min", None) in figures_at(result, 72)
    # l.56 `2034년 같은 기간 헤이룽장성이 2.1% 성장했던 것과 비교하면 흐름이 꺾인 셈이다. 직할시 가운데서는 톈진(天津)이 1.2%
    # 감소해 …`: the past compared with dates its own figure only
    assert ("헤이룽장성", "2.1", None, None, 2034) in figures_at(result, 56)
    assert ("톈진", "-1.2", None, None, 2035) in figures_at(result, 56)
    # l.75 `후난성(湖南省)과 장시성(江西省)은 같은 해까지 각각 1,200억 위안과 700억 위안을 넘기겠다는 계획이다.`
    assert figures_at(result, 75)[-2:] == [("후난성", "120000000000", None, "min", 2037), ("장시성", "70000000000", None, "min", 2037)]
    # l.161 `지난 9일 베이징 중관춘에서 열린 '2035년 KIC 중국 창업대회' 본선에서 … 상금 3만 위안을 받았다.`: the venue's no figure
    assert figures_at(result, 161) == []
