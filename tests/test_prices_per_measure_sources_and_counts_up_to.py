"""Kinds met in a twenty-second round (1141 elderly care, 1143 data centres, 1145 Hainan duty-free, 1147 pork and grain):
a price per a measure going on to the bare prices after it (`kg당 12.35위안이었고, 저장성(12.10위안)`), a count up to a
year (`2025년까지 지정된 … 300곳`) and a year since which something has been done (`2017년부터 지정해 온`), a label unit
before a copula (`60만 무였고`), a region's own body as the source of its figures (`상하이시 민정국에 따르면 시내
노인식당은 … 약 2,000곳`), and `이들이` after one region's figure (its people, not a set of places); read by hand from the
lines named, and on text of my own."""

from __future__ import annotations

from conftest import figures_at, paragraph_figures

from kic_extract.typed.prose_figures import block_to_figures


def _units_at(result, line: int) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["unit"]) for f in paragraph_figures(result, line)]


def test_a_price_per_a_measure_goes_on_to_the_prices_after_it(corpus_issue):
    # 1147 l.62 (going on to l.69 over a page break): `… 광둥성으로 kg당 12.35위안이었고, 저장성(12.10위안)과 푸젠성(12.02위안)이
    # 뒤를 이었다. … 산둥성은 10.96위안에 머물러 광둥성과의 격차가 kg당 1.39위안으로 벌어졌고, 허난성도 11.02위안으로 전국
    # 평균을 | 밑돌았다. 동북의 헤이룽장성은 10.58위안으로 …`
    result = corpus_issue(1147)
    assert _units_at(result, 62) == [
        ("광둥성", "12.35", "위안/kg"), ("저장성", "12.1", "위안/kg"), ("푸젠성", "12.02", "위안/kg"),
        ("산둥성", "10.96", "위안/kg"), ("산둥성", "1.39", "위안/kg"), ("허난성", "11.02", "위안/kg"),
        ("헤이룽장성", "10.58", "위안/kg")]
    # l.154: `… 광둥성의 옥수수 도착가는 톤당 2,390위안으로, 주산지 헤이룽장성(2,050위안)보다 340위안 비쌌다.`
    assert _units_at(result, 154)[:3] == [("광둥성", "2390", "위안/톤"), ("헤이룽장성", "2050", "위안/톤"), ("광둥성", "340", "위안/톤")]
    # 1051 l.72: `… 대당 50만 위안 이하를 보조하고, 장쑤성은 성급 스마트공장으로 인증받은 기업에 500만 위안을 일시 지원한다`:
    # a sum of another kind; 1097 l.105: `선전(深圳)은 … 1인당 1만 5,000위안, 석사 2만 5,000위안, 박사 3만 위안의 생활보조금을`
    assert ("장쑤성", "5000000", "위안") in _units_at(corpus_issue(1051), 72)
    assert _units_at(corpus_issue(1097), 105)[:3] == [("선전", "15000", "위안/인"), ("선전", "25000", "위안/인"), ("선전", "30000", "위안/인")]
    # (a total of the currency after it is no price)
    figures, _ = block_to_figures("광둥성은 톤당 2,390위안이었다. 광둥성의 옥수수 매출은 1,200억 위안이다.", 2025)
    assert [f["unit"] for f in figures] == ["위안/톤", "위안"]


def test_a_count_up_to_a_year_and_a_year_since_which(corpus_issue):
    # 1147 l.276: `국가 현대농업산업원(…)은 농업농촌부와 재정부가 2017년부터 지정해 온 농업 분야의 산업단지다. … 최대 1억 위안의
    # 보조금이 지원된다.`; l.278: `2025년까지 지정된 국가급 산업원은 모두 300곳을 넘어섰다. 성별로는 산둥성이 19곳으로 가장 많고,
    # 허난성과 쓰촨성이 각각 17곳으로 공동 2위다. 헤이룽장성은 15곳으로 4위에 올랐다.`
    assert figures_at(corpus_issue(1147), 278) == [
        ("산둥성", "19", 1, None, 2025), ("허난성", "17", 2, None, 2025), ("쓰촨성", "17", 2, None, 2025),
        ("헤이룽장성", "15", 4, None, 2025)]


def test_a_label_unit_before_a_copula(corpus_issue):
    # 1147 l.306: `… 산둥성 서우광시는 2024년 기준 채소 재배 면적이 60만 무였고, 생산량은 450만 톤을 넘어섰다.`
    assert _units_at(corpus_issue(1147), 306) == [("서우광시", "600000", "무"), ("서우광시", "4500000", "톤")]
    # (not a word beginning with the unit's syllable: `3만 주식`)
    figures, _ = block_to_figures("장쑤성은 3만 주식을 보유했다.", 2025)
    assert figures == []


def test_a_regions_own_body_as_the_source(corpus_issue):
    # 1141 l.125: `상하이시 민정국에 따르면 시내 노인식당(长者食堂)은 2024년 말 약 2,000곳으로 늘었고, 하루 이용객은 20만 명을
    # 넘어섰다.`
    assert figures_at(corpus_issue(1141), 125) == [("상하이시", "2000", None, None, 2024), ("상하이시", "200000", None, "min", 2024)]
    # (a body of one region citing another's figures leaves them the other's)
    figures, _ = block_to_figures("베이징시 통계국에 따르면 광둥성은 3,000곳이다.", 2025)
    assert [(f["region_ko"], f["value"]) for f in figures] == [("광둥성", "3000")]


def test_these_after_one_regions_figure_are_its_people(corpus_issue):
    # 1141 l.274: `하이난성 전체로 보면 2024년 '철새 노인' 유입은 150만 명을 넘어섰고, 이들이 현지에서 쓴 돈은 약 420억 위안으로
    # 추산된다.`
    assert figures_at(corpus_issue(1141), 274)[:2] == [("하이난성", "1500000", None, "min", 2024),
                                                       ("하이난성", "42000000000", None, None, 2024)]
