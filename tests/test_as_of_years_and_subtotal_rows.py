"""Shapes held-out issues 557–560 showed when first read (tests/corpus/heldout): as-of dates, subtotal rows,
first place beside a figure, marked lists and acronyms in names. Values read by hand from the
issues' lines."""

from conftest import figures_at, names_at, records_of, warnings_of


def test_a_paragraph_opening_with_an_as_of_date_dates_the_article_after_a_background_year(corpus_issue):
    # 557 l.245 `'동수서산'은 … 2022 년 8 대 국가 컴퓨팅 허브와 10 대 데이터센터 클러스터 배치가 확정됐다.` (background),
    # l.247 `2030 년 6 월 말 기준 8 대 허브 가운데 … 내몽골자치구(内蒙古自治区)로 42 EFLOPS 에 달했다. 내몽골자치구의 …
    # 규모는 지난해 말 29 EFLOPS 에서 반년 만에 크게 늘었다. 구이저우성은 38 EFLOPS 로 2 위였고, …`,
    # l.253 (after a page break) `데이터센터 랙 가동률은 닝샤후이족자치구 78.4%, 간쑤성 74.1%, … 순으로 높았다.`
    result = corpus_issue(557)
    assert figures_at(result, 247) == [("내몽골자치구", "42", 1, None, 2030), ("내몽골자치구", "29", None, None, 2029),
                                       ("구이저우성", "38", 2, None, 2030), ("닝샤후이족자치구", "31", 3, None, 2030)]
    assert figures_at(result, 253)[:2] == [("닝샤후이족자치구", "78.4", 1, None, 2030), ("간쑤성", "74.1", 2, None, 2030)]


def test_a_groups_subtotal_row_named_with_its_group_keeps_its_blank_cells(corpus_issue):
    # 558 l.125 `선전 소계			81`, l.135 `광저우 소계			107` (under ` 	중신광저우지식성(中新广州知识城)	신에너지차 부품	17`)
    table = next(t for t in records_of(corpus_issue(558), "tables") if any(r[0] == "선전 소계" for r in t["rows"]))
    rows = {r[0]: r for r in table["rows"] if r[0] and r[0].endswith("소계")}
    assert rows["선전 소계"] == ["선전 소계", None, None, "81"]
    assert rows["광저우 소계"] == ["광저우 소계", None, None, "107"]


def test_a_rise_most_notable_beside_its_figure_is_first(corpus_issue):
    # 559 l.130 `증가율로 보면 하이난성(海南省)이 31.5% 늘어 가장 두드러졌다. 하이난 자유무역항이 2025년 말 섬 전체 봉관(封关)
    # 운영에 들어간 뒤 외자 유입이 꾸준히 늘고 있다는 분석이다. 그다음은 신장위구르자치구(18.2%), 윈난성(云南省, 12.6%)
    # 순이었다.` (the year an event began dates nothing after it)
    assert figures_at(corpus_issue(559), 130) == [("하이난성", "31.5", 1, None, 2030), ("신장위구르자치구", "18.2", 2, None, 2030),
                                                  ("윈난성", "12.6", 3, None, 2030)]
    # 554 l.85 `증가율로는 신장위구르자치구가 18.6% 급증해 가장 두드러졌다. … 그다음은 하이난성(12.4%)이었으며 안후이성이
    # 9.8%로 세 번째였다.`
    assert [f[:3] for f in figures_at(corpus_issue(554), 85)] == [("신장위구르자치구", "18.6", 1), ("하이난성", "12.4", 2),
                                                                  ("안후이성", "9.8", 3)]
    # 509 l.126 `1차 시범도시 가운데 선전시의 성과가 가장 두드러진다. 선전시의 2028년 저공경제 산업 규모는 1,200억 위안을
    # 넘어섰고, …`: no figure beside it, no rank
    assert figures_at(corpus_issue(509), 126)[0] == ("선전시", "120000000000", None, "min", 2028)


def test_a_count_whose_items_each_open_with_a_mark(corpus_issue):
    # 560 l.72 `시범구에는 세 가지 특례, 즉 ▲신기술·신제품의 규제 샌드박스 우선 적용 ▲과학기술 성과 전환 수익의 연구진 배분 비율
    # 상향 ▲외국인 연구인력 비자·체류 절차 간소화가 주어진다.`: three, as the text says
    assert [w for w in warnings_of(corpus_issue(560), "count_mismatch") if w[0] == 72] == []


def test_a_common_acronym_with_the_word_before_it_is_a_name():
    # 559 l.186 `편집자 주: 최근 투자가 몰리고 있는 체화형 AI(具身智能) 분야에서 …`, 402 l.118 `… 대표되는 임바디드 AI(具身智能)가`
    assert ("체화형 AI", "具身智能") in names_at(559, 186)
    assert ("임바디드 AI", "具身智能") in names_at(402, 118)


def test_the_same_period_is_not_a_year_recalled_to_compare_with(corpus_issue):
    # 559 l.122 `… 올해 1~8월 중국의 실제 사용 외자(FDI)는 6,215억 위안으로 … 3.2% 감소했다. 2029년 1~8월 중국의 FDI가 9.7%
    # 줄었던 것과 비교하면 감소 폭은 눈에 띄게 축소됐다. 같은 기간 중국에 새로 설립된 외자기업은 3만 8,412곳으로 11.6% 늘었다.`
    assert figures_at(corpus_issue(559), 122)[2:] == [("중국", "-9.7", None, None, 2029), ("중국", "38412", None, None, 2030),
                                                      ("중국", "11.6", None, None, 2030)]


def test_the_bay_areas_cities_are_places_unglossed(corpus_issue):
    # 558 l.94 `… 마카오특별행정구의 GDP 는 4,150 억 파타카로 전년보다 6.2% 늘었고, 자오칭은 성장률이 1.8%에 그쳐 …`:
    # 자오칭 (肇庆, data/gazetteer.tsv) is the subject, not the region before it
    assert figures_at(corpus_issue(558), 94)[-1] == ("자오칭", "1.8", None, None, 2029)
