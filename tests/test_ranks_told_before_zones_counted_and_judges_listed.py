"""Four kinds 973–974 (a writer of a new round, unseen) led to: a rank written before a region a gap is measured
against, given to that region's level a sentence before told when the gap ties the two; a superlative of steepness
ranking the rate; a count of the zones a region holds, the scope of its figure; and a count of people closed by the
copula after their names and posts. Values read by hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.typed.counts import sentence_counts
from kic_extract.typed.prose_figures import block_to_figures


def test_a_rank_before_a_region_compared_with_goes_back_to_its_level(corpus_issue):
    # 973 l.90 `우루무치의 1~8 월 소매판매액은 1,246 억 위안으로 … 인촨은 641 억 위안으로 7.2% 늘었고, 라싸는 406 억 위안에
    # 증가율 9.1%를 기록해 5 개 도시 가운데 가장 가파른 오름세를 보였다. 몸집으로는 난닝이 2,318 억 위안으로 가장 컸으며 2 위
    # 우루무치보다 1,072 억 위안 많았다.`: 2,318 − 1,072 = 1,246
    figures = figures_at(corpus_issue(973), 90)
    assert figures[0] == ("우루무치", "124600000000", 2, None, 2038)
    assert ("라싸", "40600000000", None, None, 2038) in figures and ("라싸", "9.1", 1, None, 2038) in figures
    assert figures[-2:] == [("난닝", "231800000000", 1, None, 2038), ("난닝", "107200000000", None, None, 2038)]
    # a gap that does not tie the region's level to the subject's gives it no rank
    out, _ = block_to_figures("우루무치의 소매판매액은 1,246 억 위안이다. 난닝이 2,318 억 위안으로 가장 컸으며 2 위 우루무치보다 "
                              "1,000 억 위안 많았다.", 2038)
    assert out[0]["rank"] is None


def test_a_count_of_zones_a_region_holds_is_no_figure(corpus_issue):
    # 974 l.245 `광시좡족자치구 3 개 고신구의 입주 하이테크 기업은 올해 6 월 말 기준 모두 2,094 개사로 5 개 자치구 가운데 가장 많다.`
    assert figures_at(corpus_issue(974), 245) == [("광시좡족자치구", "2094", 1, None, 2038)]


def test_people_listed_after_their_count_with_the_copula(corpus_issue):
    # 974 l.255 `현장 피칭 심사를 맡은 심사위원단 6 명은 한도윤 KIC 중국 센터장, 츠런왕두이(次仁旺堆) 시짱대학 교수, …,
    # 거쌍줘마(格桑卓玛) 라싸고신구 투자서비스국 국장이다.`: five named
    found = warnings_of(corpus_issue(974), "count_mismatch")
    assert [line for line, _ in found] == [255]
    assert found[0][1].startswith("the text says 6명 but lists 5: 한도윤 KIC 중국 센터장, 츠런왕두이(次仁旺堆) 시짱대학 교수")
    # names alone, with no post, closed by the copula are no list the count is checked against
    assert sentence_counts("수상자 3 명은 모두 청년 창업가다.") == []
