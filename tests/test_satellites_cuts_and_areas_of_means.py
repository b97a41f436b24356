"""Kinds met in a twentieth round (1125 phones and appliances, 1127 coal and steel, 1129 rural e-commerce, 1131
satellite internet): satellites and rockets counted in `기` and `발` after a number of two digits and a particle, a cut
(`… 톤을 줄였다`) as a fall, `약` between a place and its figure, a number in a glossed name (`창정(长征) 6호`), a
superlative naming what a place has, the rest of a set (`나머지 10 개 성·자치구는 각각`), places naming the area of
what a figure comes from, and first place by passing the second; read by hand from the lines named, and on sentences of
my own."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def _read(text: str, year: int = 2025) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"], f["rank"], f["bound"]) for f in block_to_figures(text, year)[0]]


def test_satellites_and_rockets(corpus_issue):
    # 1131 l.167: `연간 위성 생산 능력은 우한시가 240기로 가장 크고 창춘시(200기), 상하이시(180기) 순이며, … 타이저우(台州)도 2025년
    # 연 100기 규모의 생산 라인을 갖췄다`
    assert figures_at(corpus_issue(1131), 167)[:4] == [("우한시", "240", 1, None, 2025), ("창춘시", "200", 2, None, 2025),
                                                       ("상하이시", "180", 3, None, 2025), ("타이저우", "100", None, None, 2025)]
    # 1085 l.110, an older issue whose key has them: `창춘은 2025년 기준 연간 200기의 생산능력으로 … 베이징(150기)과 상하이(90기)`
    assert [f[:3] for f in figures_at(corpus_issue(1085), 110)] == [("창춘", "200", 1), ("베이징", "150", 2), ("상하이", "90", 3)]
    assert _read("베이징시는 로켓 총조립 능력을 연 50발 이상으로 늘린다.") == [("베이징시", "50", "발", None, "min")]
    # a phase (`3기 확장`), a term (`제10기`) and shares or weeks (`300 주를`) are none
    assert _read("광저우는 3기 확장 공사를 시작했고, 선전은 제10기 위원회에서 300 주를 매입했다.") == []


def test_a_cut_is_a_fall(corpus_issue):
    # 1127 l.164: `산둥성은 … 2024년까지 내륙 생산능력 1,160만 톤을 줄였다.`
    assert ("산둥성", "-11600000", None, None, 2024) in figures_at(corpus_issue(1127), 164)
    assert _read("허베이성은 조강 생산량을 500만 톤 줄였다.")[0][:3] == ("허베이성", "-5000000", "톤")


def test_about_between_a_place_and_its_figure(corpus_issue):
    # 1131 l.123: `… 투자 유치액이 베이징 약 86억 위안으로 가장 많았고, 상하이(약 52억 위안)와 선전(약 31억 위안)이 뒤를 이었다.`
    assert figures_at(corpus_issue(1131), 123) == [("베이징", "8600000000", 1, None, 2025),
                                                   ("상하이", "5200000000", 2, None, 2025), ("선전", "3100000000", 3, None, 2025)]


def test_a_number_in_a_glossed_name(corpus_issue):
    # 1131 l.135: `… 타이위안(太原)위성발사센터에서 창정(长征) 6호 개량형 로켓에 실려 발사됐다.`
    assert [f for f in figures_at(corpus_issue(1131), 135) if f[1] == "6"] == []


def test_a_superlative_naming_what_a_place_has(corpus_issue):
    # 1129 l.267: `전국 최대 소상품 도매시장이 있는 이우(义乌)시의 2024 년 전자상거래 거래액은 3,500 억 위안을 넘어섰다.`
    assert ("이우시", "350000000000", None, "min", 2024) in figures_at(corpus_issue(1129), 267)
    # the place itself the largest still ranks (`경제 규모가 가장 큰 …`, an adnominal right before it, describes it)
    assert _read("광둥성이 14조 위안으로 가장 많았다.")[0][3] == 1


def test_the_rest_of_a_set(corpus_issue):
    # 1129 l.111: `… 저장성이 2 곳으로 가장 많았고, 나머지 10 개 성·자치구는 각각 1 곳이 선정됐다.`
    assert figures_at(corpus_issue(1129), 111) == [("저장성", "2", 1, None, 2025)]


def test_places_naming_an_area_of_means(corpus_issue):
    # 1125 l.97: `저장성(浙江省)은 올해 닝보(宁波)와 츠시(慈溪) 일대의 소형 가전을 앞세워 178억 달러로 2위에 올랐다.`
    assert figures_at(corpus_issue(1125), 97)[0] == ("저장성", "17800000000", 2, None, 2025)


def test_first_by_passing_the_second(corpus_issue):
    # 1125 l.207: `도시 기준으로는 선전 한 곳에서만 97건이 나와 2위 항저우(杭州)를 크게 앞질렀다.`
    assert ("선전", "97", 1, None, 2025) in figures_at(corpus_issue(1125), 207)
    # passing the third says no rank of its own
    assert _read("청두는 52건으로 3위 우한을 앞질렀다.")[0][3] is None
