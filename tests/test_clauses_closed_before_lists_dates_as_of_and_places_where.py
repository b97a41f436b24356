"""Shapes 861–868 showed: a list of places after a clause closed by `…하고`; a figure dated by what it is counted as of,
written after it (`… 2036 년 6 월 기준 가장 많았다`); the places a sentence opens with as where something took place,
after a count (`… 다섯 곳이다. 베이징(北京), …, 우시(无锡)에서 …`); a contents entry's source in round brackets opening
with a number (`(21 세기경제보도)`). Values read by hand from the issues' lines."""

from conftest import figures_at, records_of, warnings_of


def test_a_list_after_a_clause_closed_by_its_verb(corpus_issue):
    # 861 l.83 `… <… 조치 통지>를 공동으로 하달하고, 선전(深圳), 허페이(合肥), 청두(成都), 항저우(杭州) 4 개 도시를 1 차 선행
    # 시범구로 지정했다`: four named, four counted, nothing to warn of (`하달하고` closes the clause before the list)
    assert warnings_of(corpus_issue(861), "count_mismatch") == []


def test_a_figure_dated_by_what_it_is_counted_as_of(corpus_issue):
    # 861 l.100 `장쑤성의 2035 년 전고체 배터리 생산 능력은 25GWh 로 전국 1 위였고, … 도시별로는 장쑤성 창저우(常州)에
    # 소재·셀·장비 기업 42 곳이 모여 있어 2036 년 6 월 기준 가장 많았다`
    figures = figures_at(corpus_issue(861), 100)
    assert ("장쑤성", "25", 1, None, 2035) in figures
    assert ("창저우", "42", 1, None, 2036) in figures


def test_places_where_something_took_place_after_a_count(corpus_issue):
    # 868 l.99 `2036년 상반기 새로 유니콘 기업을 배출한 도시는 다섯 곳이다. 베이징(北京), 상하이(上海), 선전(深圳), 항저우(杭州),
    # 허페이(合肥), 우시(无锡)에서 새 유니콘이 탄생했다`: five said, six named
    assert warnings_of(corpus_issue(868), "count_mismatch") == [
        (99, "the text says 5곳 but lists 6: 베이징(北京), 상하이(上海), 선전(深圳), 항저우(杭州), 허페이(合肥), 우시(无锡)")]


def test_a_contents_source_in_brackets_opening_with_a_number(corpus_issue):
    # 862 l.11 `  02 …… 2036 년 상반기 중국 경제 성적표 (국가통계국)`, l.12 `  04 …… 장강 삼각주 주요 도시 상반기 경제 동향
    # (21 세기경제보도)`
    issue, = records_of(corpus_issue(862), "issues")
    assert [(t["title"], t["source"], t["page"]) for t in issue["toc"][:2]] == [
        ("2036년 상반기 중국 경제 성적표", "국가통계국", 2), ("장강 삼각주 주요 도시 상반기 경제 동향", "21 세기경제보도", 4)]
