"""Shapes 813–820 showed: figures about the regions made of several that national strategies name (`창장삼각주`,
`징진지`, `웨강아오대만구`), a set a lead or a figure is picked from (`… 41개 도시 가운데 선두는 …`, `… 네 곳 가운데서는`),
counts of a table's items and of a set named by its rank (`… 4곳의 입주 현황은 아래와 같다`, `세계 4대 만구`, `3대 …
권역`), an opening paragraph dating its article by a venture market's period, and a counter spelt apart from its
noun (`612 개 사`). Values read by hand from the issues' lines."""

from conftest import figures_at, records_of


def _figures(result, line: int) -> list[tuple]:
    return [(f["region_ko"], f["region_zh"], f["value"], f["unit"], f["rank"])
            for f in records_of(result, "figures") if f["line"] == line]


def test_regions_made_of_several_ranked_like_provinces(corpus_issue):
    result = corpus_issue(818)
    # l.32 `… 창장삼각주(长三角) 지역총생산은 12 조 9,400 억 위안으로 3 대 도시권 가운데 가장 컸다. 웨강아오대만구(粤港澳大湾区) 내지
    # 도시들이 4 조 6,100 억 위안으로 그 뒤를 이었고, 징진지(京津冀)는 4 조 4,200 억 위안으로 3 위였다.`
    assert _figures(result, 32) == [("창장삼각주", "长三角", "12940000000000", "위안", 1),
                                    ("웨강아오대만구", "粤港澳大湾区", "4610000000000", "위안", 2),
                                    ("징진지", "京津冀", "4420000000000", "위안", 3)]
    # l.44 `… 웨강아오대만구가 5.1%로 가장 높았고, 창장삼각주는 4.9%로 1 분기보다 0.3%p 낮아졌다. 징진지는 4.8%에 그쳤지만 …`
    assert _figures(result, 44) == [("웨강아오대만구", "粤港澳大湾区", "5.1", "%", 1), ("창장삼각주", "长三角", "4.9", "%", None),
                                    ("창장삼각주", "长三角", "-0.3", "%p", None), ("징진지", "京津冀", "4.8", "%", None)]
    # l.54 `… 탕산시(唐山市)는 … 공업 부가가치가 4.8% 감소했다. 징진지의 2 분기 도시 조사실업률은 5% 미만으로 유지됐다.`
    assert figures_at(result, 54)[-2:] == [("탕산시", "-4.8", None, None, 2035), ("징진지", "5", None, "max", 2035)]


def test_a_figure_of_one_picked_from_a_set_of_places_listed(corpus_issue):
    # 818 l.52 `창장삼각주의 상하이시(上海市), 장쑤성(江苏省), 저장성(浙江省), 안후이성(安徽省) 네 곳 가운데서는 안후이성이 2 분기
    # 5.6%로 가장 빠르게 성장했다.`: 안후이성's, first, and none of the others'
    assert [f for f in figures_at(corpus_issue(818), 52) if f[1] == "5.6"] == [("안후이성", "5.6", 1, None, 2035)]


def test_the_lead_among_a_region_s_cities_is_the_city_s(corpus_issue):
    # 540 l.39 `창장삼각주 경제권 41개 도시 가운데 1분기 GDP 선두는 단연 상하이시였다. 상하이시의 1분기 GDP는 1조 2,460억 위안으로, …`
    assert figures_at(corpus_issue(540), 39)[0] == ("상하이시", "1246000000000", 1, None, 2030)


def test_counts_of_a_table_s_items_and_of_a_set_named_by_rank_are_no_figures(corpus_issue):
    # 541 l.218 `<표 2>는 대만구의 대표 과학기술 산업단지 7 곳의 면적과 입주 첨단기업 수를 정리한 것이다.`
    assert figures_at(corpus_issue(541), 218) == []
    # 428 l.103 `… “… 대만구가 세계 4대 만구 경제권으로서의 위상을 굳히고 있다”고 평가했다.`
    assert figures_at(corpus_issue(428), 103) == []
    # 410 l.196 `… 업계는 주장삼각주, 창장삼각주, 청위(成渝) 지역을 3대 저공경제 권역으로 꼽는다.`: the three just listed
    assert [f for f in figures_at(corpus_issue(410), 196) if f[0] == "청위"] == []


def test_an_opening_paragraph_dates_its_article_by_a_venture_market_s_period(corpus_issue):
    result = corpus_issue(814)
    # l.72 `… 2035 년 상반기 웨강아오대만구(粤港澳大湾区) 주요 도시의 벤처투자는 건수와 금액 모두 전년 동기보다 늘었다.` over
    # l.74 `선전은 투자 건수 1,284 건, 투자액 612 억 5,000 만 위안으로 두 지표 모두 1 위를 차지했고, 광저우가 투자액 298 억
    # 4,000 만 위안으로 그 뒤를 이었다. 홍콩의 투자액은 245 억 위안으로 전년 동기보다 4.6% 감소했지만 …`
    assert figures_at(result, 74)[:5] == [("선전", "1284", 1, None, 2035), ("선전", "61250000000", 1, None, 2035),
                                          ("광저우", "29840000000", 2, None, 2035), ("홍콩", "24500000000", None, None, 2035),
                                          ("홍콩", "-4.6", None, None, 2035)]


def test_a_counter_spelt_apart_from_its_noun(corpus_issue):
    # 814 l.120 `… 중국의 양자 정보 관련 기업은 612 개 사로 집계됐다. 도시별로는 허페이가 96 개 사로 가장 많았고 베이징(北京)
    # 72 개 사, 상하이(上海) 65 개 사 순이었다.`
    assert _figures(corpus_issue(814), 120)[:4] == [("중국", "中国", "612", "개사", None), ("허페이", "合肥", "96", "개사", 1),
                                                    ("베이징", "北京", "72", "개사", 2), ("상하이", "上海", "65", "개사", 3)]
    # 315 l.266 `… 베이징 이좡(亦庄) 로봇 산업단지 관계자가 … 소개했고, 입주 기업 5 개 사가 투자 유치 발표(IR)를 진행했다.`:
    # the clause's own subject, no figure of the place
    assert figures_at(corpus_issue(315), 266) == []
    # 334 l.217 `… 베이징시 23개 팀, 상하이시 14개 팀, 광둥성 11개 팀이었고, …`
    assert [(f[0], f[2], f[3]) for f in _figures(corpus_issue(334), 217)] == [
        ("베이징시", "23", "팀"), ("상하이시", "14", "팀"), ("광둥성", "11", "팀")]
