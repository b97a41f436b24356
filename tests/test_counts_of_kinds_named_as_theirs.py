"""Counts of kinds, ministries and places whose list the text names as theirs in so many words: a topic's count then its
list (`모집 분야는 다섯 개로, …다`), a later clause opening with what is counted (`참여 부처는 …이다`), and a next sentence
that says it is the list (`…가 그것이다`, `…가 여기에 해당한다`). Figures read by hand from the issues' lines."""

from __future__ import annotations

from conftest import warnings_of

from kic_extract.typed.count_kinds import kind_counts
from kic_extract.typed.count_words import count_pattern


def _kinds(text: str) -> list[tuple[int, int]]:
    return [(n, len(items)) for n, _, items, _ in kind_counts(text, list(count_pattern().finditer(text)))]


def test_a_topics_count_then_its_list(corpus_issue):
    # 978 l.282 `모집 분야는 다섯 개로, 인공지능·로봇, 바이오헬스, 신에너지, 문화콘텐츠다.`: five said, four named
    assert (282, "the text says 5개 but lists 4: 인공지능·로봇, 바이오헬스, 신에너지, 문화콘텐츠") \
        in warnings_of(corpus_issue(978), "count_mismatch")


def test_a_later_clause_naming_what_is_counted(corpus_issue):
    # 979 l.100 `이번 조치는 6개 부처가 공동으로 마련했으며, 참여 부처는 상무부, 국가발전개혁위원회(…), 재정부(…), 인민은행(…),
    # 국가외환관리국(…)이다.`: six said, five named
    lines = [line for line, message in warnings_of(corpus_issue(979), "count_mismatch") if "6개 부처 but lists 5" in message]
    assert lines == [100]


def test_a_next_sentence_that_is_the_list(corpus_issue):
    # 982 l.88 `이번 명단은 모두 5 개 분야에 걸쳐 있다. 차세대 정보기술, 바이오 제조, 신에너지, 신소재, 저공경제, 상업 우주가
    # 그것이다.`: five said, six named
    assert any(line == 88 and "5개 분야 but lists 6" in message
               for line, message in warnings_of(corpus_issue(982), "count_mismatch"))
    # 981 l.152 `… 국가 데이터센터 클러스터는 총 4 곳이다. 닝샤 중웨이(中卫), 네이멍구 허린거얼(和林格尔), 광시 난닝(南宁), 신장
    # 하미(哈密), 시짱 라싸(拉萨) 클러스터가 여기에 해당한다.`: four said, five named (a county the gazetteer does not know)
    assert any(line == 152 and "4곳 but lists 5" in message
               for line, message in warnings_of(corpus_issue(981), "count_mismatch"))


def test_lists_that_agree_or_are_no_list():
    assert _kinds("중점 산업은 다섯 가지로, 전자정보, 장비제조, 신에너지, 신소재, 바이오의약이다.") == [(5, 5)]
    assert _kinds("지원 분야는 4 개 분야에 걸쳐 있다. 인공지능, 바이오헬스, 모빌리티, 디지털 콘텐츠가 그것이다.") == [(4, 4)]
    text = "지원 대상은 모두 6 개 분야에 이른다. 인공지능, 바이오 등이 그것이다."
    assert _kinds(text) == [(6, 2)]
    assert [k[3] for k in kind_counts(text, list(count_pattern().finditer(text)))] == [True]  # (`등`: some, no mismatch)
    # `각 거점은 …를 맡는다`: what each does, no list of the count; `19개로, 중국·인도에 이어`: a quantity
    assert _kinds("현재 9개 거점을 운영하고 있으며, 각 거점은 입주 상담, 현지 파트너 연결, 정책 설명회를 맡는다.") == []
    assert _kinds("싱가포르가 19개로, 중국·인도에 이어 세 번째로 많았다.") == []
    # a count of its own between: `… 6개 부처가 … 참여 부처는 모두 3 곳이다`
    assert _kinds("6개 부처가 마련했으며, 참여 부처는 모두 3 곳이다.") == []


def test_places_each_located_by_province_and_city(corpus_issue):
    # 983 l.93 `이번에 지정된 지역은 허베이성 슝안신구(雄安新区), 장쑤성 쑤저우시 쿤산시(昆山市), 안후이성 허페이시(合肥市), 후난성 창사시
    # 웨루구(岳麓区), 산시성(陕西省) 시안시(西安市), 구이저우성 구이안신구(贵安新区), 신장위구르자치구 우루무치시(乌鲁木齐市) 8 곳으로, …`:
    # eight said, seven named
    assert any(line == 93 and "8곳 but lists 7" in message for line, message in warnings_of(corpus_issue(983), "count_mismatch"))


def test_a_list_closed_by_all_before_its_count(corpus_issue):
    # 994 l.138 `웨강아오(粤港澳) 대만구는 홍콩(香港)과 마카오(澳门), 광둥성의 광저우, 선전, 주하이, 포산, 후이저우, 둥관, 중산, 장먼,
    # 자오칭까지 총 10 개 도시로 이뤄져 있다.`: ten said, eleven named
    assert any(line == 138 and "10개 도시 but lists 11" in message
               for line, message in warnings_of(corpus_issue(994), "count_mismatch"))


def test_a_ranking_of_parts_of_a_count_is_no_list_of_it(corpus_issue):
    # 999 l.110 `… 최우수(A) 등급을 받은 곳은 모두 212 곳이었다. 성별로는 장쑤성이 31 곳으로 가장 많았고 광둥성 27 곳, 베이징 22 곳,
    # 저장성 19 곳 순이었다.`: the provinces break the 212 down; no list of 212 is named, no mismatch
    assert not [w for w in warnings_of(corpus_issue(999), "count_mismatch") if w[0] == 110]
