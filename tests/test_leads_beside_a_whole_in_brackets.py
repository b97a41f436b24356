"""A lead whose whole is written in brackets beside it (`저장성(5,861 억 위안)에서는 항저우시가 … 29.1%를 차지했고`, `위항구의
… 412 억 위안으로 항저우시(1,146 억 위안)의 36.0%를 차지했다`) is first when the next clause or sentence follows it (`그 뒤를
이었다`); a place made the scope of a clause opens its ranking anew. Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at


def test_a_lead_inside_a_place_made_the_scope(corpus_issue):
    issue = corpus_issue(984)
    # l.70 `2038 년 상반기 저장성(5,861 억 위안)에서는 항저우시(杭州市)가 1,708 억 위안으로 29.1%를 차지했고, 닝보시(宁波市)가
    # 1,056 억 위안으로 그 뒤를 이었다.`, after a paragraph ranking provinces down to 30th
    assert figures_at(issue, 70) == [("저장성", "586100000000", None, None, 2038), ("항저우시", "170800000000", 1, None, 2038),
                                     ("항저우시", "29.1", None, None, 2038), ("닝보시", "105600000000", 2, None, 2038)]
    # l.129 `2037 년 말 광둥성(1 억 2,880 만 명)에서는 광저우시가 1,905 만 명으로 14.8%를 차지했고, 선전시가 1,842 만 명으로 그 뒤를
    # 이었다.`
    figures = figures_at(issue, 129)
    assert ("광저우시", "19050000", 1, None, 2037) in figures and ("선전시", "18420000", 2, None, 2037) in figures


def test_a_lead_beside_the_whole_it_is_a_share_of(corpus_issue):
    # 984 l.143 `2037 년 위항구의 R&D 투자액은 412 억 위안으로 항저우시(1,146 억 위안)의 36.0%를 차지했다. 시후구는 238 억 위안으로
    # 그 뒤를 이었고, …`
    figures = figures_at(corpus_issue(984), 143)
    assert ("위항구", "41200000000", 1, None, 2037) in figures and ("시후구", "23800000000", 2, None, 2037) in figures
    assert ("항저우시", "114600000000", None, None, 2037) in figures


def test_a_figure_in_brackets_after_a_noun_is_the_topics(corpus_issue):
    # 981 l.109 `광둥성은 410 곳으로 세 번째였지만, 한 해 동안 새로 늘어난 수(52 곳)는 베이징(31 곳)보다 많았다.`: the topic
    # particle after the bracket describes no region after it
    figures = figures_at(corpus_issue(981), 109)
    assert ("광둥성", "52", None, None, 2037) in figures and ("베이징", "31", None, None, 2037) in figures
    # 924 l.30 `온라인 판매 비중이 40%를 웃도는 저장성은 …`: a verb read with the figure, describing the region after it
    assert ("저장성", "40", None, "min", 2037) in figures_at(corpus_issue(924), 30)


def test_a_bracketed_figure_with_a_word_before_it(corpus_issue):
    # 993 l.185 `2038 년 말 네이멍구자치구의 그린수소 생산능력은 연 42 만 톤으로 신장위구르자치구(연 18 만 톤)의 2.3 배에 이른다.`
    figures = figures_at(corpus_issue(993), 185)
    assert ("신장위구르자치구", "180000", None, None, 2038) in figures and ("네이멍구자치구", "420000", None, None, 2038) in figures


def test_a_lead_over_a_level_compared_with(corpus_issue):
    # 993 l.252 `… 톈푸신구의 경제 규모는 청두(3 조 1,800 억 위안) 전체의 19.4%에 해당하며, 충칭 량장신구(两江新区)의 5,240 억
    # 위안보다 940 억 위안 많다.`: the lead is 톈푸신구's
    figures = figures_at(corpus_issue(993), 252)
    assert ("톈푸신구", "94000000000", None, None, 2038) in figures and ("량장신구", "524000000000", None, None, 2038) in figures
    # 412 l.91 `… 87곳으로 전년의 64곳보다 23곳 많았다.`: a level of its own a year before, the lead its own too
    assert ("홍콩특별행정구", "23", None, None, 2026) in figures_at(corpus_issue(412), 91)
