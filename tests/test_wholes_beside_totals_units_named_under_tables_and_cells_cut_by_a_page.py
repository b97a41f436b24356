"""Kinds met in a thirty-fourth round (1237 biofuels, 1239 film and drama exports, 1241 shared offices, 1243 e-bikes):
a ranked table closed by its total and then by the whole country (`합계 | 상위 10개 지역 | …` / `전국 | 전체 | …`), a unit
line under a table naming one column's unit (`표 3) 단위: %, 전년 동기 대비는 %p`), a row's last cell alone on the next
page, the topic added to those before over places qualifying an object (`광둥성도 광저우(广州)와 선전(深圳)의 시내버스에
…`), a place in words telling when (`마오밍(茂名) 공장이 완공되는 2027년까지`), a plan to chase a leader by a year to come,
people of an origin counted where they are, a year stating its own level before another place's, and a bound after
a count that another word follows (`40만 개 넘게 회수하며`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_ranked_table_closed_by_its_total_and_then_by_the_whole_country(corpus_issue):
    # 1237 l.83-100: `순위 | 지역 | 2024년 | 2025년 | 증감률` / `1 | 산둥성 | 42.8 | 43.6 | 1.9` … `10 | 네이멍구자치구 | 6.9 |
    # 8.8 | 27.5` / `합계 | 상위 10개 지역 | 213.0 | 221.4 | 2.5` / `전국 | 전체 | 251.8 | 241.0 | -4.3`: the ranks are no
    # amounts, the top ten's 2025 cells add up to 218.4, and the whole is more than the rows picked, not their sum
    result = corpus_issue(1237)
    assert sorted({a["column"] for a in records_of(result, "amounts") if a["line"] in (84, 99, 100)}) == [3, 4, 5]
    assert warnings_of(result, "total_mismatch") == [
        (99, "kic-china-weekly-1237/t01 상위 10개 지역 2025년: printed 221.4, but its 10 parts add up to 218.4")]


def test_a_unit_line_under_a_table_naming_one_columns_unit(corpus_issue):
    # 1241 l.104-112: `도시 | 2024년 1분기 | 2024년 4분기 | 2025년 1분기 | 전년 동기 대비` / `베이징 | 21.4 | 19.8 | 18.6 | -2.8`
    # … / `표 3) 단위: %, 전년 동기 대비는 %p / 출처: 중량롄항`
    assert [(a["value"], a["unit"]) for a in records_of(corpus_issue(1241), "amounts") if a["line"] == 105] == [
        ("21.4", "%"), ("19.8", "%"), ("18.6", "%"), ("-2.8", "%p")]


def test_a_rows_last_cell_alone_on_the_next_page(corpus_issue):
    # 1241 l.209-216: `3 | 뤄신서 裸心社 | 상하이 | 인수합병` / page break / `약 1억 5,000만 달러` / `4 | 멍샹자 梦想加 | …`
    amounts = [(a["row_label"], a["value"], a["unit"], a["approx"]) for a in records_of(corpus_issue(1241), "amounts")
               if a["line"] in (209, 216)]
    assert amounts == [("뤄신서 裸心社", "150000000", "달러", True), ("멍샹자 梦想加", "900000000", "위안", True)]
    assert not [a for a in records_of(corpus_issue(1241), "amounts") if a["line"] == 217 and a["value"] == "5"]


def test_the_topic_added_over_places_qualifying_an_object(corpus_issue):
    # 1237 l.106: `… 광둥성도 광저우(广州)와 선전(深圳)의 시내버스·환경미화 차량에 B5 사용을 의무화해 지난해 약 6만 톤을 소비했다.`
    assert figures_at(corpus_issue(1237), 106)[-1] == ("광둥성", "60000", None, None, 2025)
    # 1241 l.236: `광둥성은 홍콩·마카오 청년의 본토 창업을 돕기 위해 … 2024년 말 기준 성급 이상 기지는 88곳에 이른다.`
    assert figures_at(corpus_issue(1241), 236) == [("광둥성", "88", None, None, 2024)]


def test_a_place_telling_when_and_a_plan_to_chase_the_leader(corpus_issue):
    # 1237 l.168: `… 장쑤성이 92만 톤으로 가장 많고, 저장성(58만 톤), 광둥성(35만 톤), 산둥성(31만 톤) 순이다. 광둥성은 마오밍 공장이
    # 완공되는 2027년까지 생산능력을 120만 톤으로 늘려 장쑤성을 바짝 뒤쫓을 계획이다.`: the province's, and no fifth place
    assert figures_at(corpus_issue(1237), 168)[3:] == [("산둥성", "310000", 4, None, 2025), ("광둥성", "1200000", None, None, 2027)]


def test_people_of_an_origin_are_counted_where_they_are(corpus_issue):
    # 1241 l.240: `… 같은 해 광둥성 기지에 새로 입주한 홍콩·마카오 청년 창업팀은 1,270개로 전년보다 15.2% 늘었고, 누적 입주팀은
    # 4,800개를 넘어섰다.`
    assert figures_at(corpus_issue(1241), 240)[3:] == [
        ("광둥성", "1270", None, None, 2024), ("광둥성", "15.2", None, None, 2024), ("광둥성", "4800", None, "min", 2024)]


def test_a_year_stating_its_own_level_before_another_places(corpus_issue):
    # 1241 l.138: `상하이의 청년 창업 공간 입주율은 2024년 평균 83.5%로 베이징(79.2%)보다 4.3%p 높았다.`
    assert figures_at(corpus_issue(1241), 138) == [
        ("상하이", "83.5", None, None, 2024), ("베이징", "79.2", None, None, 2024), ("상하이", "4.3", None, None, 2024)]


def test_a_bound_after_a_count_another_word_follows(corpus_issue):
    # 1243 l.56: `2025년 1~9월 중서부에서는 쓰촨성이 40만 개 넘게 회수하며 선전했고, …`
    assert figures_at(corpus_issue(1243), 56)[0] == ("쓰촨성", "400000", None, "min", 2025)
