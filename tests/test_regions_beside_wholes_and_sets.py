"""Whose figure it is, when a sentence names more than its subject: the nation whose whole a share is of, a set of
things counted, a public body, a zone named after a city, a mark others hold, a region passed. Values read by hand
from the lines."""

from __future__ import annotations

from conftest import figures_at, warnings_of


def test_a_share_of_the_nations_whole_is_the_subjects(corpus_issue):
    # 997 l.43 `광둥성(1 위)의 수출은 9,480 억 달러로 중국 전체의 약 22%를 차지했고, 장쑤성(2 위)과 저장성(3 위)이 …`
    figures = figures_at(corpus_issue(997), 43)
    # (the share of the whole ranked with the level it is of, contract `From 1549–1561`)
    assert ("광둥성", "948000000000", 1, None, 2038) in figures and ("광둥성", "22", 1, None, 2038) in figures
    assert not [f for f in figures if f[0] == "중국"]
    # 979 l.84 `창장삼각주 4개 성·시(…)의 1~3분기 GDP는 35조 8,940억 위안으로 중국 전체의 25.2%를 차지했다.`
    assert ("창장삼각주", "25.2", None, None, 2038) in figures_at(corpus_issue(979), 84)


def test_the_nations_whole_in_brackets_is_no_topic_that_goes_on(corpus_issue):
    # 997 l.90 `광둥성의 지난해 GDP 는 … 중국 전체 GDP(248 조 3,000 억 위안)의 9.6%를 차지했다. 그러나 성장률은 4.6%로 중국
    # 전체(4.7%)를 밑돌았고, 올해 목표도 4.5% 안팎으로 …`
    figures = figures_at(corpus_issue(997), 90)
    assert ("광둥성", "4.6", None, None, 2038) in figures and ("중국", "4.7", None, None, 2038) in figures
    assert ("광둥성", "4.5", None, None, 2039) in figures


def test_a_count_after_a_rank_in_brackets_is_the_regions(corpus_issue):
    # 997 l.194 `광둥성(1 위)의 누적 보급 대수는 1 만 3,930 대로 …, 수소충전소도 104 곳으로 가장 많았다. 포산(佛山)과 윈푸(云浮)를 중심으로 …`:
    # the count is the province's, and the two cities after it are no list of it
    assert ("광둥성", "104", 1, None, 2038) in figures_at(corpus_issue(997), 194)
    assert not [line for line, _ in warnings_of(corpus_issue(997), "count_mismatch") if line == 194]


def test_sets_bodies_and_bands_own_no_regions_figure(corpus_issue):
    # 997 l.106 `… 중국의 연산 능력 총량은 2,150 EFLOPS 로 …. 10 개 클러스터의 표준 랙은 모두 약 332 만 개로, …`
    figures = figures_at(corpus_issue(997), 106)
    assert ("중국", "2150", None, None, 2038) in figures and not [f for f in figures if f[1] in ("10", "3320000")]
    # 999 l.104 `신장 동부의 하미(哈密)는 … 3,000 만 kW 를 넘어섰다. 국가에너지국은 … 송전선 4 개 노선을 올해 착공할 예정이다.`
    assert [f[1] for f in figures_at(corpus_issue(999), 104) if f[0] == "하미"] == ["30000000"]
    # 907 l.87 `공업정보화부는 선정 기업에 …, 이 가운데 1,000개를 골라 상장 육성 대상으로 관리할 방침이다.`
    assert not [f for f in figures_at(corpus_issue(907), 87) if f[1] == "1000"]
    # 997 l.177 `5 대 시범 도시군(징진지, 상하이, 광둥, 허베이, 허난)에 대한 중앙 보조금이 …`: the big five, no vehicles
    figures = figures_at(corpus_issue(997), 177)
    assert ("중국", "72000", None, None, 2038) in figures and not [f for f in figures if f[1] == "5"]
    # 468 l.123 `상하이시는 2031 년까지 집적회로·바이오의약·인공지능 3 대 선도산업 규모를 …`
    assert not [f for f in figures_at(corpus_issue(468), 123) if f[1] == "3"]


def test_a_city_naming_a_zone_and_a_mark_others_hold(corpus_issue):
    # 997 l.47 `특히 허난성은 정저우(郑州) 항공항구경제종합실험구의 스마트폰 조립 물량 일부가 동남아로 옮겨가면서 수출이 1,000 억
    # 달러를 밑돌았다.`
    assert ("허난성", "100000000000", None, "max", 2038) in figures_at(corpus_issue(997), 47)
    # 997 l.133 `칭양(庆阳)은 가동률이 58%에 머물러 업계가 손익분기점으로 보는 65%를 밑돌았고, 중웨이(中卫)도 61%에 그쳤다.`
    assert figures_at(corpus_issue(997), 133)[:2] == [("칭양", "58", None, None, 2038), ("중웨이", "61", None, None, 2038)]


def test_the_region_passed_is_no_subject(corpus_issue):
    # 996 l.104 `허페이는 신에너지차와 디스플레이 산업에 힘입어 창사를 제치고 12위(2조 5,870억 위안)로 한 계단 올라섰다.`
    figures = figures_at(corpus_issue(996), 104)
    assert ("허페이", "2587000000000", 12, None, 2038) in figures and not [f for f in figures if f[0] == "창사"]


def test_one_figure_after_each_for_regions_with_their_own(corpus_issue):
    # 996 l.120 `반면 톈진은 '3.5% 이상', 헤이룽장성은 '3% 안팎'으로 목표치를 전년보다 각각 0.5%p 낮췄다.`
    figures = figures_at(corpus_issue(996), 120)
    assert ("톈진", "-0.5", None, None, 2039) in figures and ("헤이룽장성", "-0.5", None, None, 2039) in figures
    # 996 l.132 `다만 랴오닝성의 선양(沈阳)과 다롄(大连)은 상주인구가 각각 0.2%, 0.1% 늘어 …`: the province locates them
    figures = figures_at(corpus_issue(996), 132)
    assert ("선양", "0.2", None, None, 2038) in figures and ("다롄", "0.1", None, None, 2038) in figures


def test_a_city_spelt_like_a_word_as_its_sentences_subject(corpus_issue):
    # 1000 l.92 `웨강아오(粤港澳) 대만구 도시 가운데서는 지난해 선전이 스타트업 투자 유치액 1,850 억 위안으로 가장 많았고, 광저우와 홍콩이
    # 뒤를 이었다.`: 선전 (also 宣傳) the subject, the bay area the set it leads
    figures = figures_at(corpus_issue(1000), 92)
    assert ("선전", "185000000000", 1, None, 2038) in figures and not [f for f in figures if "웨강아오" in f[0]]
    # 453 l.224 `도시별로는 선전이 지난해 저공경제 산업 규모 960 억 위안으로 1 위를 차지했다.`
    assert ("선전", "96000000000", 1, None, 2027) in figures_at(corpus_issue(453), 224)
    # 308 l.121 `샤오미(小米)는 전기 SUV 'YU7'의 인도가 본격화되며 월 판매 4만 대를 처음으로 넘어섰다.`: 인도 (引渡) is no country
    assert figures_at(corpus_issue(308), 121) == []
