"""Shapes held-out issues 473–476 showed when first read (tests/corpus/heldout): a heading's kind before a
dash with the rest of its title after it, a count of a band a region is first in, a list's first item
before `를 비롯해`, a set of districts counted after a mark, the leaders counted as a subject, and a
target quoted before the region that set it. Every value asserted here was read off the issue's text by
hand."""

from __future__ import annotations

from conftest import records_of


def _figures(result, line):
    return [(f["region_ko"], f["value"], f["rank"], f["bound"], f["year"])
            for f in records_of(result, "figures") if f["line"] == line]


def test_a_kind_before_a_dash_is_part_of_the_title_not_a_source(corpus_issue):
    # 474 l.151 `04 | 스타트업 카드 ─ 저공경제·합성생물·산업 AI 기업 3곳`, l.177 `05 | 산업단지 탐방 ─ 선전 ‘20+8’ …`
    sections = records_of(corpus_issue(474), "sections")
    assert [(s["title"], s["page_start"], s["source"]) for s in sections[3:5]] == [
        ("스타트업 카드 ─ 저공경제·합성생물·산업 AI 기업 3곳", 7, None),
        ("산업단지 탐방 ─ 선전 ‘20+8’ 산업클러스터를 떠받치는 핵심 단지", 8, None)]
    assert [s["line_start"] for s in sections] == [37, 78, 113, 151, 177, 229, 247]


def test_a_band_a_region_is_first_in_is_no_count_of_a_list(corpus_issue):
    # 473 l.139 `성장률에서는 청두가 6.1%로 10 대 도시 중 가장 높았다. 충칭 5.9%, 항저우 5.7%, 선전 5.6% 순으로 …`
    # warned of only l.105 `… 6 개 도시, 즉 상하이, 광저우(广州), 선전(深圳), 항저우(杭州), 청두(成都)를 지정했다`
    assert [(w.line, w.message) for w in corpus_issue(473).warnings if w.code == "count_mismatch"] == [
        (105, "the text says 6개 도시 but lists 5: 상하이, 광저우(广州), 선전(深圳), 항저우(杭州), 청두(成都)")]


def test_a_lists_first_item_before_including_and_districts_passing_a_mark(corpus_issue):
    # 473 l.135 `충칭에 밀려난 광저우(3 조 5,480 억 위안)를 비롯해 쑤저우(3 조 1,270 억 위안), 청두(2 조 8,090 억 위안)가
    # 차례로 5~7 위에 이름을 올렸다.`
    result = corpus_issue(473)
    assert _figures(result, 135) == [("광저우", "3548000000000", 5, None, 2028), ("쑤저우", "3127000000000", 6, None, 2028),
                                     ("청두", "2809000000000", 7, None, 2028)]
    # l.149 `… 이로써 GDP 1 조 위안 이상인 구는 세 곳, 즉 푸둥신구·하이뎬구·난산구로 늘었다.`
    assert [f[0] for f in _figures(result, 149) if f[3] == "min"] == ["푸둥신구", "하이뎬구", "난산구"]
    # l.145 `원저우(温州)와 쉬저우(徐州)는 … ‘1 조 위안 클럽’ 도시를 32 곳으로 늘렸다.`: the club's count, no city's
    assert [f[1] for f in _figures(result, 145) if f[0] == "쉬저우"] == ["1000000000000"]


def test_the_leaders_counted_as_a_subject_hold_their_share(corpus_issue):
    # 473 l.180 `금액 기준으로도 광둥성이 95 억 6,000 만 위안으로 1 위였으며, 상위 세 지역이 전체 공개 금액의 68%를 차지했다.`
    assert [f[1] for f in _figures(corpus_issue(473), 180)] == ["104", "96", "81", "9560000000"]
    # 413 l.78 `… 한편 상위 10개 지역이 전국 GDP에서 차지하는 비중은 60.9%로 집계됐다.`: no region's share
    assert "60.9" not in [f[1] for f in _figures(corpus_issue(413), 78)]


def test_a_target_quoted_before_the_region_that_set_it(corpus_issue):
    # 475 l.96 `목표치가 가장 높은 곳은 '7% 이상'을 내건 시짱자치구였다. 하이난성(海南省)이 6.5% 안팎으로 2 위였고, …`
    assert _figures(corpus_issue(475), 96)[:2] == [("시짱자치구", "7", 1, "min", 2029), ("하이난성", "6.5", 2, None, 2029)]
