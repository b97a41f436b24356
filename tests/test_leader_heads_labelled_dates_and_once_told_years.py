"""Shapes held-out issues 677–692 showed when first read (tests/corpus/heldout): a running head set to the page's
width with leader dots, a masthead date after its label, a count closed by a sentence holding a decimal, `2032년 한
해 동안`, a year told of what once was, a row label naming its measure summed, a card label for the sum raised; a
category right over its first article's heading, a count's noun of two words named in apposition. Values read by
hand from the issues' lines."""

from conftest import figures_at, records_of, warnings_of


def test_a_running_head_set_with_leader_dots_to_the_pages_width(corpus_issue):
    # 684 l.20-21 `ⓒ 글로벌혁신센터(KIC 중국) · 출처를 밝히면 …` / `KIC CHINA WEEKLY · Vol. 684 · 2033.02.18 ·····… 2`
    # (84 characters, most of them dots) between pages: furniture, and the pages it numbers are the sections'
    result = corpus_issue(684)
    assert {20, 21, 34, 35, 49, 50} <= set(result.coverage.furniture)
    assert [s["page_start"] for s in records_of(result, "sections")] == [2, 4, 5, 6, 7, 8, 9]


def test_a_count_whose_sentence_holds_a_decimal_over_the_list_after_it(corpus_issue):
    # 684 l.55 `… 서부 다섯 개 성·자치구가 올해 경제성장률 목표를 5.5% 이상으로 제시했다. 지역별로는 쓰촨성(四川) 6.0%,
    # 구이저우성(贵州) 5.5%, 윈난성(云南) 5.5%, 산시성(陕西) 5.5%, 신장웨이우얼자치구(新疆) 6.5%, 시짱자치구(西藏) 7.0%다.`
    warnings = warnings_of(corpus_issue(684), "count_mismatch")
    assert [line for line, _ in warnings] == [55] and "says 5개 성·자치구 but lists 6" in warnings[0][1]


def test_a_masthead_date_after_its_label_dates_the_issue(corpus_issue):
    # 678 l.5 `발행일 2033 년 1 월 7 일(금)  |  발행 글로벌혁신센터(KIC 중국)  |  센터장 박서연`; l.72 `… 충칭의 지난해
    # 고정자산투자는 1.2% 감소해, …`: last year of an issue of 2033
    result = corpus_issue(678)
    issue = records_of(result, "issues")[0]
    assert (issue["number"], issue["date"], issue["publisher"], issue["director"]) == (
        678, "2033-01-07", "글로벌혁신센터(KIC 중국)", "박서연")
    assert ("충칭", "-1.2", None, None, 2032) in figures_at(result, 72)


def test_a_year_for_one_whole_year_dates_the_ranking_after_it(corpus_issue):
    # 679 l.85 `2032년 한 해 동안 중서부에서 새로 등록된 과학기술형 중소기업은 쓰촨성이 3만 2,400곳으로 가장 많았다. 그 뒤를
    # 이어 후베이성이 2만 9,800곳, 허난성(河南省)이 2만 6,100곳을 기록했다.`: `한` is the numeral, no verb dating an event
    assert figures_at(corpus_issue(679), 85)[:3] == [("쓰촨성", "32400", 1, None, 2032), ("후베이성", "29800", 2, None, 2032),
                                                     ("허난성", "26100", 3, None, 2032)]


def test_a_year_told_of_what_once_was_dates_its_own_sentence(corpus_issue):
    # 683 l.85 `… 간쑤성은 2031 년에도 6.1% 성장한 바 있다. 중부의 안후이성(安徽)과 장시성(江西)도 각각 5.9%, 5.7%의
    # 성장률을 보이며 전국 평균을 웃돌았다.` (an article on 2032)
    figures = figures_at(corpus_issue(683), 85)
    assert [f for f in figures if f[0] in ("안후이성", "장시성") or f[1] == "6.1"] == [
        ("간쑤성", "6.1", None, None, 2031), ("안후이성", "5.9", None, None, 2032), ("장시성", "5.7", None, None, 2032)]


def test_a_row_label_naming_its_measure_summed(corpus_issue):
    # 683 l.49 `첨단 제조 전용 펀드 누적 조성액(억 위안)	860	1,540	3,000`
    amounts = [(a["value"], a["unit"], a["cumulative"]) for a in records_of(corpus_issue(683), "amounts") if a["line"] == 49]
    assert amounts == [("86000000000", "위안", True), ("154000000000", "위안", True), ("300000000000", "위안", True)]


def test_a_card_label_for_the_sum_raised(corpus_issue):
    # 680 l.123 `  · 누적 투자액 약 3억 6,000만 위안` under `● 쉰제로봇(迅捷机器人)`
    amounts = [(a["value"], a["unit"], a["approx"], a["cumulative"]) for a in records_of(corpus_issue(680), "amounts")
               if a["line"] == 123]
    assert amounts == [("360000000", "위안", True, True)]


def test_a_category_right_over_its_first_articles_heading_opens_the_body(corpus_issue):
    # 686 l.25-27, the page after the contents: `◆ 이슈 브리핑` / `■ 2032년 통계공보로 본 중국 경제` / `출처 | 국가통계국(国家统计局),
    # KIC 중국 정리`, no blank line between: the category and the first article, not more contents
    result = corpus_issue(686)
    sections = [(s["category"], s["title"], s["page_start"], s["title_line"]) for s in records_of(result, "sections")]
    assert sections[:2] == [("이슈 브리핑", "2032년 통계공보로 본 중국 경제", 2, 26), ("이슈 브리핑", "지방 양회로 본 2033년 성장률 목표", 3, 46)]
    table = next(t for t in records_of(result, "tables") if t["line_start"] == 31)
    assert table["header"] == ["지표", "1분기", "2분기", "3분기", "4분기"] and table["rows"][0] == ["GDP 성장률(%)", "4.9", "4.8", "4.6", "4.4"]


def test_a_count_whose_noun_is_two_words_named_in_apposition(corpus_issue):
    # 688 l.56 `중서부 다섯 개 핵심 도시인 청두(成都), 충칭(重庆), 우한(武汉), 시안(西安)이 …`: five said, four named
    warnings = warnings_of(corpus_issue(688), "count_mismatch")
    assert [line for line, _ in warnings] == [56] and warnings[0][1].endswith(
        "the text says 5개 핵심 도시 but lists 4: 청두(成都), 충칭(重庆), 우한(武汉), 시안(西安)")


def test_a_figure_alone_in_brackets_describing_the_region_after_it(corpus_issue):
    # 686 l.51 `… 2032년 마이너스 성장(-0.6%)을 기록한 헤이룽장성(黑龙江省)은 2033년 목표를 3% 이상으로 잡았고, 2032년 성장률이
    # 3% 미만에 그친 랴오닝성(辽宁省)은 2033년 목표를 3.5%로 설정했다.`: each figure the region it describes, not the topic of
    # the clause before
    figures = [f for f in figures_at(corpus_issue(686), 51) if f[0] in ("헤이룽장성", "랴오닝성")]
    assert figures == [("헤이룽장성", "-0.6", None, None, 2032), ("헤이룽장성", "3", None, "min", 2033),
                       ("랴오닝성", "3", None, "max", 2032), ("랴오닝성", "3.5", None, None, 2033)]
    # 509 l.88 `작년 1~9월 마이너스 성장(-2.2%)을 기록했던 하이난성은 … 올해 9.1% …`
    assert [f for f in figures_at(corpus_issue(509), 88) if f[0] == "하이난성"] == [
        ("하이난성", "-2.2", None, None, 2028), ("하이난성", "9.1", None, None, 2029)]


def test_the_place_an_event_is_held_in_holds_none_of_its_counts(corpus_issue):
    # 691 l.150 `… 74 개 팀의 신청서를 … 평가해, 4 월 24 일 베이징에서 열리는 본선 무대에 오를 5 개 팀을 확정했다.`: the final's
    # place, no figure of 베이징's
    assert not any(f[0] == "베이징" for f in figures_at(corpus_issue(691), 150))
