"""Shapes held-out issues 573–584 showed when first read (tests/corpus/heldout). Values read by hand from the
issues' lines."""

from conftest import figures_at, records_of, warnings_of


def test_a_year_named_with_the_same_period_and_compared_with_dates_only_its_figure_in_brackets(corpus_issue):
    # 573 l.94 (in `2) 성장 속도`, an article on 2030's first three quarters) `… 톈진은 3.1%로 2029 년 같은 기간(4.0%)보다
    # 성장 폭이 0.9%p 줄었다. 지린성(吉林省)의 사회소비품 소매총액은 전년 동기 대비 0.8% 감소세로 돌아섰으며, 칭하이성(青海省)의
    # 고정자산투자는 … 3.4% 뒷걸음질했다.`
    assert figures_at(corpus_issue(573), 94)[1:] == [
        ("톈진", "3.1", None, None, 2030), ("톈진", "4", None, None, 2029), ("톈진", "-0.9", None, None, 2030),
        ("지린성", "-0.8", None, None, 2030), ("칭하이성", "-3.4", None, None, 2030)]
    # 465 l.93 `2 위 안후이성은 271 만 대로, 2027 년 같은 기간(196 만 대)보다 38.3% 급증하며 광둥성과의 격차를 47 만 대까지
    # 좁혔다.` (an article on 2028)
    assert figures_at(corpus_issue(465), 93)[2:] == [
        ("안후이성", "2710000", 2, None, 2028), ("안후이성", "1960000", None, None, 2027),
        ("안후이성", "38.3", None, None, 2028), ("안후이성", "470000", None, None, 2028)]


def test_a_bound_shared_out_by_each_after_the_last_of_a_list(corpus_issue):
    # 573 l.121 `업계에서는 2031년 연간 수출입이 선전은 5조 5,000억 위안, 상하이는 5조 위안을 각각 넘어설 것으로 내다봤다.`
    assert figures_at(corpus_issue(573), 121) == [("선전", "5500000000000", None, "min", 2031),
                                                  ("상하이", "5000000000000", None, "min", 2031)]


def test_a_rank_kept_until_now_is_not_the_one_held(corpus_issue):
    # 574 l.52 `… '2030 중국 도시 과학기술혁신 지수'에서 선전이 종합 점수 89.6점으로 정상에 올랐다. 2027년 이후 줄곧 1위를 지켜 온
    # 베이징은 88.9점으로 2위로 밀려났고, 상하이는 85.2점으로 3위 자리를 지켰다.`
    assert figures_at(corpus_issue(574), 52) == [("선전", "89.6", 1, None, 2030), ("베이징", "88.9", 2, None, 2030),
                                                 ("상하이", "85.2", 3, None, 2030)]


def test_the_place_that_grew_most_then_its_figure_in_a_sentence_of_its_own(corpus_issue):
    # 576 l.43 `1년 새 인구가 가장 많이 불어난 곳은 저장성(浙江省)이다. 한 해 동안 41만 명이 늘었다. 이어 광둥성(28만 명),
    # 후베이성(湖北省)(12만 명), 장쑤성(江苏省)(9만 명) 순으로 증가 폭이 컸다.`
    assert figures_at(corpus_issue(576), 43) == [
        ("저장성", "410000", 1, None, 2030), ("광둥성", "280000", 2, None, 2030), ("후베이성", "120000", 3, None, 2030),
        ("장쑤성", "90000", 4, None, 2030)]


def test_a_rank_held_years_running_ranks_each_years_figure(corpus_issue):
    # 575 l.211 `안후이성의 신에너지차 생산량은 2029 년 312 만 대, 2030 년 386 만 대로 2 년 연속 전국 1 위를 차지했다.`
    assert figures_at(corpus_issue(575), 211) == [("안후이성", "3120000", 1, None, 2029),
                                                  ("안후이성", "3860000", 1, None, 2030)]


def test_a_level_gone_below_a_marks_line(corpus_issue):
    # 576 l.94 `반면 네이멍구자치구(内蒙古自治区)는 R&D 경비가 1.8% 감소해 뒷걸음질쳤고, 투자 강도도 0.98%로 1% 선 아래로
    # 내려갔다.`: below the 1% line, a mark (`max`), not a fall of 1%
    assert figures_at(corpus_issue(576), 94)[:3] == [("네이멍구자치구", "-1.8", None, None, 2030),
                                                     ("네이멍구자치구", "0.98", None, None, 2030),
                                                     ("네이멍구자치구", "1", None, "max", 2030)]


def test_a_total_columns_unit_is_its_parts_and_counts_joined_before_one_list(corpus_issue):
    # 578 l.108 `도시	대표 산업단지	반도체	로봇	신에너지차	바이오의약	계(개사)` and l.121 `후이저우(惠州)	중카이고신구(仲恺高新区)
    # 260	140	420	90	940`: every count in 개사, and 260 + 140 + 420 + 90 = 910, not 940
    result = corpus_issue(578)
    units = {(a["column_label"], a["raw"]): a["unit"] for a in records_of(result, "amounts") if a["line"] == 121}
    assert units == {("반도체", "260"): "개사", ("로봇", "140"): "개사", ("신에너지차", "420"): "개사",
                     ("바이오의약", "90"): "개사", ("계(개사)", "940"): "개사"}
    assert [line for line, message in warnings_of(result, "total_mismatch")] == [121]
    # l.101 `… 광둥성 9 개 도시와 2 개 특별행정구, 즉 광저우, 선전, 주하이, 포산, 후이저우, 둥관, 중산, 장먼, 자오칭과 홍콩,
    # 마카오로 이뤄진다.`: eleven listed for nine and two; only l.84 `… 성은 네 곳, 즉 광둥성, 쓰촨성, 허난성(河南省), 저장성,
    # 후난성이다` lists more than it says
    assert [line for line, message in warnings_of(result, "count_mismatch")] == [84]


def test_places_passing_a_mark_listed_after_a_count_and_places_listed_as_the_object(corpus_issue):
    # 579 l.51 `… 2030년 GDP가 10조 위안을 넘는 지역은 여전히 4개 성, 즉 광둥·장쑤·산둥·저장뿐이다.`
    result = corpus_issue(579)
    assert figures_at(result, 51)[2:] == [("광둥", "10000000000000", None, "min", 2030), ("장쑤", "10000000000000", None, "min", 2030),
                                          ("산둥", "10000000000000", None, "min", 2030), ("저장", "10000000000000", None, "min", 2030)]
    # l.125 `같은 해 안후이성은 허페이와 우후를 양대 거점으로 삼아 760억 위안을 기록했고, …`: 안후이성's, not 허페이's
    assert ("안후이성", "76000000000", None, None, 2030) in figures_at(result, 125)


def test_a_volume_beside_the_number_of_issues_is_not_the_issues_number(corpus_issue):
    # 580 l.6 `Vol. 12 · 통권 580호`
    issue = records_of(corpus_issue(580), "issues")[0]
    assert (issue["number"], issue["date"]) == (580, "2031-02-21")


def test_an_apostrophe_abbreviating_a_year_opens_no_quote(corpus_issue):
    # 580 l.43 `장쑤성의 수출 증가율은 '29년 4.1%에서 '30년 0.9%로 급격히 꺾였다.`
    assert figures_at(corpus_issue(580), 43) == [("장쑤성", "4.1", None, None, 2029), ("장쑤성", "0.9", None, None, 2030)]
    # 562 l.180 `… 항저우의 유니콘 기업 수는 '25년 37개에서 '29년 52개로 늘었고, …`
    assert figures_at(corpus_issue(562), 180)[:2] == [("항저우", "37", None, None, 2025), ("항저우", "52", None, None, 2029)]


def test_a_card_line_labelled_by_its_round(corpus_issue):
    # 577 l.192–193 `투자 유치 : 시리즈 A 2 억 위안 (2030 년 9 월)` / `엔젤 라운드 : 5,000 만 위안 이상 (2023 년)`
    amounts = [(a["line"], a["value"], a["unit"], a["bound"]) for a in records_of(corpus_issue(577), "amounts")
               if a["line"] in (192, 193)]
    assert amounts == [(192, "200000000", "위안", None), (193, "50000000", "위안", "min")]


def test_a_year_compared_with_in_brackets_makes_no_series_of_its_sentence(corpus_issue):
    # 574 l.80 `… 부가가치는 2029년 2조 1,238억 위안으로 2028년(1조 9,703억 위안)보다 7.8% 늘었다. 처음으로 2조 위안을 넘어선
    # 것으로, 선전 GDP에서 차지하는 비중은 44.6%에 이른다. 2030년 1~3분기에도 …`: the second sentence is 2029's
    figures = figures_at(corpus_issue(574), 80)
    assert ("선전", "2000000000000", None, "min", 2029) in figures and ("선전", "44.6", None, None, 2029) in figures
    # 445 l.90 `… 베이징시(北京市)가 2027 년 22 만 1,000 위안으로 2026 년(21 만 2,000 위안)보다 4.2% 늘며 선두를 지켰다.
    # 상하이시(上海市)가 20 만 3,000 위안으로 2 위였고, …`
    assert ("상하이시", "203000", 2, None, 2027) in figures_at(corpus_issue(445), 90)


def test_a_word_numbering_the_article_under_it_is_no_page_number(corpus_issue):
    # 582 prints `ISSUE 01` (l.32) over its heading and `자료: …` byline, `ISSUE 02` (l.76) … `ISSUE 07` (l.210), one per
    # article; the pages are numbered in the header, `KIC 중국 | 주간 중국 창업 582호 (2031.03.07)    2 / 10` (l.28)
    result = corpus_issue(582)
    sections = [(s["title_line"], s["page_start"], s["category"]) for s in records_of(result, "sections")]
    assert sections == [(33, 2, "이슈 & 정책"), (77, 4, "이슈 & 정책"), (99, 5, "이슈 & 정책"), (125, 6, "스타트업 인사이트"),
                        (155, 7, "스타트업 인사이트"), (194, 9, "센터 소식"), (211, 10, "센터 소식")]
    assert sorted(result.coverage.furniture) == [26, 28, 51, 53, 72, 74, 92, 94, 118, 120, 140, 142, 167, 169, 187, 189,
                                                 206, 208, 224]


def test_a_cell_wrapped_over_a_page_break_under_a_header_of_two_lines(corpus_issue):
    # 583 l.166–167 `순위	기업명	분야	소재지	투자	조달 금액` / `				라운드	(발표 기준)`, l.173 `6	칭윈항공(青云航空)	eVTOL 기체
    # 개발 및 저공	허페이	시리즈 B	8억 위안`, the page's furniture, then l.179 `		운항 서비스`: the rest of the 분야 cell
    table = next(t for t in records_of(corpus_issue(583), "tables") if t["header"][:2] == ["순위", "기업명"])
    assert [row[:3] for row in table["rows"]][5:7] == [["6", "칭윈항공(青云航空)", "eVTOL 기체 개발 및 저공 운항 서비스"],
                                                      ["7", "훙투광전(鸿途光电)", "실리콘 포토닉스"]]
    assert len(table["rows"]) == 10


def test_places_a_mark_held_below_listed_after_their_count(corpus_issue):
    # 584 l.55 `소득 증가율이 4% 미만에 그친 곳은 네 곳, 즉 베이징시, 상하이시, 톈진시, 헤이룽장성, 랴오닝성이었다.`
    assert figures_at(corpus_issue(584), 55) == [(r, "4", None, "max", 2030) for r in ("베이징시", "상하이시", "톈진시",
                                                                                      "헤이룽장성", "랴오닝성")]


def test_cumulative_in_brackets_after_an_amount(corpus_issue):
    # 581 l.193 `▶ 투자 유치: 10 억 위안 이상(누적)`
    amounts = [(a["value"], a["bound"], a["cumulative"]) for a in records_of(corpus_issue(581), "amounts") if a["line"] == 193]
    assert amounts == [("1000000000", "min", True)]


def test_a_year_before_a_look_back_compared_with_still_dates_the_rate(corpus_issue):
    # 582 l.130 `홍콩특별행정구(香港特别行政区)의 스타트업은 지난해 4,870 곳으로 1 년 전보다 9.4% 늘었다.`: 지난해 is not what the
    # rate is compared with (1 년 전 is), so it dates the rate too
    assert figures_at(corpus_issue(582), 130)[:2] == [("홍콩특별행정구", "4870", None, None, 2030),
                                                      ("홍콩특별행정구", "9.4", None, None, 2030)]
