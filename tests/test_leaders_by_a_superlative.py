"""The places a list names right after a set of leaders by a superlative (`타오바오촌이 가장 많이 분포한 5개 성은
저장성(2,429곳), 광둥성(1,732곳), …이었다`) rank in the order listed, each below the one before, as after `상위 N 개`;
fewer named than counted still rank, where the count's own check warns. Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.typed.prose_figures import block_to_figures


def _ranks(sentence: str) -> list[tuple]:
    return [(f["region_ko"], f["rank"]) for f in block_to_figures(sentence, 2025)[0]]


def test_the_leaders_a_superlative_counts(corpus_issue):
    # 1035 l.130: five provinces said, four named, in falling order
    assert figures_at(corpus_issue(1035), 130)[:4] == [("저장성", "2429", 1, None, 2024), ("광둥성", "1732", 2, None, 2024),
                                                      ("장쑤성", "1011", 3, None, 2024), ("산둥성", "895", 4, None, 2024)]
    assert [line for line, _ in warnings_of(corpus_issue(1035), "count_mismatch")] == [130]
    assert _ranks("매출이 가장 큰 세 도시는 베이징 1조 위안, 상하이 9,000억 위안, 선전 8,000억 위안이었다.") == [
        ("베이징", 1), ("상하이", 2), ("선전", 3)]


def test_no_rank_where_the_order_or_the_set_says_none():
    # the lowest, listed from the bottom; a set the list is picked from; more named than counted; out of order
    for sentence in ("성장률이 가장 낮은 세 곳은 헤이룽장성(1.2%), 지린성(1.5%), 랴오닝성(2.1%)이었다.",
                     "가장 많은 5개 성 가운데 저장성(2,429곳), 광둥성(1,732곳)이 앞섰다.",
                     "가장 많은 2개 성은 저장성(2,429곳), 광둥성(1,732곳), 장쑤성(1,011곳)이었다.",
                     "가장 많은 5개 성은 저장성(2,429곳), 광둥성(2,732곳), 장쑤성(1,011곳)이었다."):
        assert all(rank is None for _, rank in _ranks(sentence)), sentence
