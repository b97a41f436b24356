"""Ranks held-out issues 549–552 showed when first read (tests/corpus/heldout): a span of ranks whose ends a sentence
names (`6 위 A부터 10 위 B까지`) given in order to the list of figures the next sentence closes with `순`, and a list
following a region moved to a rank and closing a band of ranks (`6 위로 밀려난 A에 이어 … 순으로 상위 10 위권을
형성했다`). Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import figures_at


def test_a_span_named_by_its_ends_ranks_the_next_sentences_list(corpus_issue):
    # 549 l.61 `6 위 쓰촨성(四川省)부터 10 위 상하이시(上海市)까지의 순위도 1 년 전과 같았다. 쓰촨성 3 조 8,760 억 위안, 후베이성
    # 3 조 6,020 억 위안, 푸젠성 3 조 3,150 억 위안, 후난성 3 조 1,870 억 위안, 상하이시 2 조 9,940 억 위안 순이다.`
    assert figures_at(corpus_issue(549), 61)[:5] == [
        ("쓰촨성", "3876000000000", 6, None, 2030), ("후베이성", "3602000000000", 7, None, 2030),
        ("푸젠성", "3315000000000", 8, None, 2030), ("후난성", "3187000000000", 9, None, 2030),
        ("상하이시", "2994000000000", 10, None, 2030)]


def test_a_list_after_a_region_moved_to_a_rank_closing_a_band(corpus_issue):
    # 551 l.52 `6 위로 밀려난 허난성(河南省)에 이어 후베이성(湖北省) 3 조 5,010 억 위안, 푸젠성(福建省) 3 조 2,290 억 위안, 후난성
    # (湖南省) 2 조 8,810 억 위안, 상하이시(上海市) 2 조 8,540 억 위안 순으로 상위 10 위권을 형성했다.`
    assert figures_at(corpus_issue(551), 52)[:4] == [
        ("후베이성", "3501000000000", 7, None, 2030), ("푸젠성", "3229000000000", 8, None, 2030),
        ("후난성", "2881000000000", 9, None, 2030), ("상하이시", "2854000000000", 10, None, 2030)]
