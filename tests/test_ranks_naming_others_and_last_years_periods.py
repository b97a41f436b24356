"""Shapes held-out issue 489 showed in its figures (tests/corpus/heldout), met again in 361, 391, 424 and
485: a rank naming another region before its bracket, a same period of last year figures are stated for,
a rank granted before a contrast, and a lead read from the ranks the next regions hold from the second on.
Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import figures_at



def test_a_rank_naming_another_region_before_its_bracket_leaves_an_ordered_list_its_ranks(corpus_issue):
    # 489 l.50 `8위부터 10위까지는 푸젠성(福建省), 상하이시(上海市), 베이징시(北京市) 순이었다. 이 가운데 상하이시는 1조 3,950억
    # 위안, 베이징시는 1조 3,020억 위안으로 … 8위 푸젠성(1조 4,380억 위안)과의 차이는 좁히지 못했다.`
    figures = figures_at(corpus_issue(489), 50)
    assert ("상하이시", "1395000000000", 9, None, 2029) in figures
    assert ("베이징시", "1302000000000", 10, None, 2029) in figures
    assert ("푸젠성", "1438000000000", 8, None, 2029) in figures


def test_a_same_period_of_last_year_that_figures_are_stated_for(corpus_issue):
    # 489 (2029-06) l.46 `…, 지난해 같은 기간 장쑤성이 광둥성에 1,240억 위안 뒤졌던 점을 감안하면`
    assert ("장쑤성", "124000000000", None, None, 2028) in figures_at(corpus_issue(489), 46)
    # 361 (2026-12) l.41 `지난해 같은 기간 광둥성이 장쑤성을 1,640 억 위안 앞섰던 것과 비교하면`
    assert ("광둥성", "164000000000", None, None, 2025) in figures_at(corpus_issue(361), 41)
    # but the period compared with dates nothing: 489 l.56 `지린성(吉林省)은 전년 동기 대비 0.6% 감소하며`
    assert ("지린성", "-0.6", None, None, 2029) in figures_at(corpus_issue(489), 56)


def test_a_rank_granted_before_a_contrast_is_another_measures(corpus_issue):
    # 489 l.123 `반면 시안은 투자 강도 3위임에도 R&D 지출액이 800억 위안에 못 미쳤다.`
    assert ("시안", "80000000000", None, "max", 2028) in figures_at(corpus_issue(489), 123)


def test_a_lead_read_from_the_ranks_held_from_the_second_on(corpus_issue):
    # 489 l.123 `베이징의 R&D 지출은 3,870억 위안으로 유일하게 3,000억 위안을 넘어섰고, 선전(2,950억 위안)과 상하이(2,750억
    # 위안)가 2·3위를 차지했다.`: 베이징 first; the mark it passed ranks nothing
    figures = figures_at(corpus_issue(489), 123)
    assert figures[:4] == [("베이징", "387000000000", 1, None, 2028), ("베이징", "300000000000", None, "min", 2028),
                           ("선전", "295000000000", 2, None, 2028), ("상하이", "275000000000", 3, None, 2028)]
    # 424 l.85 `광둥성이 742억 위안으로 유일하게 700억 위안을 웃돌았고, 쓰촨성과 저장성이 각각 598억 위안, 560억 위안으로
    # 2·3위를 기록했다.`
    figures = figures_at(corpus_issue(424), 85)
    assert [(f[0], f[2], f[3]) for f in figures[:4]] == [("광둥성", 1, None), ("광둥성", None, "min"),
                                                         ("쓰촨성", 2, None), ("저장성", 3, None)]
    # the lead of a list going on (`…뒤를 따랐다. 그다음은 …`) ranks its figure, not the mark it passed: 485 l.147
    # `광둥성이 6,120 억 위안으로 처음 6,000 억 위안을 돌파했고, 장쑤성이 5,240 억 위안으로 바짝 뒤를 따랐다.`
    figures = figures_at(corpus_issue(485), 147)
    assert [(f[0], f[1], f[2], f[3]) for f in figures[:3]] == [
        ("광둥성", "612000000000", 1, None), ("광둥성", "600000000000", None, "min"), ("장쑤성", "524000000000", 2, None)]


def test_last_years_same_period_owning_the_figure_compared_with(corpus_issue):
    # 486 (2029-06) l.61 `마카오특별행정구(澳门特别行政区)를 찾은 방문객은 39 만 명으로 지난해 같은 기간의 41 만 명보다 줄었다.`
    figures = figures_at(corpus_issue(486), 61)
    assert ("마카오특별행정구", "390000", None, None, 2029) in figures
    assert ("마카오특별행정구", "410000", None, None, 2028) in figures
    # 465 (2028) l.47 `광둥성과의 차이는 2,530 억 위안으로 지난해 같은 기간의 3,180 억 위안에 비해 눈에 띄게 좁혀졌다.`
    assert ("장쑤성", "318000000000", None, None, 2027) in figures_at(corpus_issue(465), 47)


def test_the_country_as_the_scope_of_a_lead_is_no_region_to_carry(corpus_issue):
    # 486 l.123 `선전시의 저공경제 관련 기업은 2028 년 말 2,310 개로 전국 최다였고, 드론 배송 건수는 2027 년 62 만 건에서
    # 2028 년 118 만 건으로 크게 늘었다.`: 선전시's deliveries, not the country's
    figures = figures_at(corpus_issue(486), 123)
    assert figures[:3] == [("선전시", "2310", 1, None, 2028), ("선전시", "620000", None, None, 2027),
                           ("선전시", "1180000", None, None, 2028)]
