"""Shapes 961–964 showed at first sight (two writers of a new round: a mid-year review in the house style, and the
text as a layout-keeping extractor gives it): a table whose columns are lined up by runs of spaces, a running head
with its page number far to the right (`주간 중국 창업 제963호 ……… 1`) on the first line over the masthead, a count
presenting the numbered list under it, card fields and labels a tab apart with no colon, a paragraph opening on the
day results came out, the nation a share is of in mid-sentence, and a lead stated before a clause of its share.
Values read by hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_table_lined_up_by_spaces_is_read_as_a_table(corpus_issue):
    # 963 l.113–121 `도시      투자 건수(건)    투자 금액(억 위안)    비중 변화(%p)` / … / `둥관      74               61.2
    # 0.4` / … / `계        1,049            1,635.7               -` (its parts add up to 1,049 and 1,479.5)
    result = corpus_issue(963)
    amounts = [(a["row_label"], a["column_label"], a["value"], a["unit"]) for a in records_of(result, "amounts")
               if a["line"] == 118]
    assert amounts == [("둥관", "투자 건수(건)", "74", "건"), ("둥관", "투자 금액(억 위안)", "6120000000", "위안"),
                       ("둥관", "비중 변화(%p)", "0.4", "%p")]
    assert 121 in [line for line, _ in warnings_of(result, "total_mismatch")]


def test_a_running_head_with_its_number_far_right_is_furniture_and_the_masthead_under_it_is_read(corpus_issue):
    # 963 l.2 `주간 중국 창업 제963호          …          1`, l.35 `… 2`: heads; l.5–7 `주간 중국 창업` / `` /
    # `제 963 호 (2038. 07. 09)`; 964 likewise
    for number, date in ((963, "2038-07-09"), (964, "2038-07-16")):
        result = corpus_issue(number)
        issue = records_of(result, "issues")[0]
        assert (issue["number"], issue["date"]) == (number, date)
        assert 2 in result.coverage.furniture
    assert [s["page_start"] for s in records_of(corpus_issue(963), "sections")][:2] == [2, 4]


def test_counts_presenting_the_list_under_them_or_placed_in_their_items(corpus_issue):
    # 961 l.113 `통지는 민간자본이 지분 50% 이상을 보유할 수 있는 7 개 분야를 제시했다.` over `①` … `⑥` (six)
    assert 113 in [line for line, _ in warnings_of(corpus_issue(961), "count_mismatch")]
    # 964 l.115 `… 서부 지역에 배치된 허브는 5곳으로, 네이멍구자치구, 구이저우성, 간쑤성, 닝샤후이족자치구에 자리하고 있다.`
    assert 115 in [line for line, _ in warnings_of(corpus_issue(964), "count_mismatch")]


def test_card_labels_and_values_a_tab_apart(corpus_issue):
    # 962 l.189–193 `■ 99바이오(久久生物) 天津久久生物科技有限公司` / `설립\t2032.9\t본사\t톈진 빈하이신구` / … /
    # `투자 유치\t2033.6 엔젤(2,000만 위안), …` / `누적 투자\t9 억 위안 이상`
    card = next(c for c in records_of(corpus_issue(962), "companies") if c["name"] == "99바이오")
    assert (card["name_zh"], card["founded_raw"], card["funding_value"], card["funding_unit"]) == (
        "久久生物", "2032.9", 20000000, "위안")


def test_the_year_of_a_list_published_on_a_day_and_figures_after_the_nations_share(corpus_issue):
    # 962 l.92 `공업정보화부는 6 월 27 일 제 20 차 … 명단을 공시했다. … 3,260 개사로, 지난해 발표된 제 19 차(3,100 개사)보다
    # 160 개사 많다.` / l.110 `광둥성은 438 개사로 두 차례 연속 1 위를 차지하며 전국의 13.4%를 점했다.`: this year's list
    assert figures_at(corpus_issue(962), 110)[:2] == [("광둥성", "438", 1, None, 2038), ("광둥성", "13.4", None, None, 2038)]
    result = corpus_issue(961)
    # 961 l.70 `베이징은 742 억 위안을 끌어모아 금액 기준 1 위에 올랐다. 전국의 23.1%에 해당하는 규모로, 지난해 같은 기간의
    # 647 억 위안보다 14.6% 늘었고 전국 대비 비중도 0.6%p 높아졌다.`
    assert figures_at(result, 70)[:5] == [("베이징", "74200000000", 1, None, 2038), ("베이징", "23.1", None, None, 2038),
                                          ("베이징", "64700000000", None, None, 2037), ("베이징", "14.6", None, None, 2038),
                                          ("베이징", "0.6", None, None, 2038)]
    # l.72 `… 성 내에서는 선전이 341 억 위안을 유치해 광둥성 전체 금액의 63% 이상을 차지했고, 광저우가 126 억 위안으로 그 뒤를
    # 이었다.`; l.96 `광저우와 청두는 나란히 5 억 위안씩 줄었다.`
    figures = figures_at(result, 72)
    assert ("선전", "34100000000", 1, None, 2038) in figures and ("광저우", "12600000000", 2, None, 2038) in figures
    assert [f for f in figures_at(result, 96) if f[1] == "-500000000"] == [
        ("광저우", "-500000000", None, None, 2038), ("청두", "-500000000", None, None, 2038)]


def test_a_deadline_after_the_issues_year_in_a_title_dates_no_result(corpus_issue):
    # 966 l.85 `2. 상무부 "외자기업 재투자 세액공제 2040 년까지 연장" — 상무부(商务部)`; l.91 `… "장쑤성이 약 610 억 위안으로
    # 가장 많은 외자를 유치했고, …`: the deadline dates no result of the article
    figures = figures_at(corpus_issue(966), 91)
    assert figures[0][:3] == ("장쑤성", "61000000000", 1) and all(f[4] != 2040 for f in figures)
