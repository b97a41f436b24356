"""Ranks held-out issues 549–552 showed when first read (tests/corpus/heldout): a span of ranks whose ends a sentence
names (`6 위 A부터 10 위 B까지`) given in order to the list of figures the next sentence closes with `순`, and a list
following a region moved to a rank and closing a band of ranks (`6 위로 밀려난 A에 이어 … 순으로 상위 10 위권을
형성했다`); and with them a kind of zone glossed alone (`종합보세구(综合保税区)`) that is no place, counts checked against
places put somewhere (`…에 들어선다`) and lists holding a noun in `로` (`통로`, `집적회로`), and a total column of a half
year (`상반기 계`). Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import figures_at, warnings_of


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


def test_a_kind_of_zone_glossed_alone_is_no_place(corpus_issue):
    # 551 l.96 `… 종합보세구(综合保税区) 추가 신설을 승인했다.`; l.98 `’29 년 중국 종합보세구의 수출입액은 9 조 1,100 억 위안으로
    # 전년보다 6.8% 늘었다.`: China's, no zone's
    assert figures_at(corpus_issue(551), 98)[:2] == [("중국", "9110000000000", None, None, 2029), ("중국", "6.8", None, None, 2029)]


def test_counts_checked_against_places_put_somewhere_and_not_cut_at_a_noun_in_ro(corpus_issue):
    # 551 l.96 `이번에 새로 지정된 종합보세구는 6 곳으로, 청두(成都), 시안(西安), 구이양(贵阳), 란저우(兰州), 인촨(银川)에 들어선다.`;
    # l.102 `의견은 세 가지 중점 과제, 즉 가공무역의 단계적 이전, 국제 물류 통로 확충, 크로스보더 전자상거래 육성을 제시했다.`: three
    assert warnings_of(corpus_issue(551), "count_mismatch") == [(96, "the text says 6곳 but lists 5: 청두(成都), 시안(西安), 구이양(贵阳), 란저우(兰州), 인촨(银川)")]


def test_a_namely_list_holding_a_noun_in_ro(corpus_issue):
    # 544 l.185 `… 6 개 분야, 즉 인공지능, 집적회로, 바이오의약, 신에너지, 저공경제 …`: five named, the whole of 집적회로
    assert warnings_of(corpus_issue(544), "count_mismatch") == [(185, "the text says 6개 분야 but lists 5: 인공지능, 집적회로, 바이오의약, 신에너지, 저공경제")]


def test_a_total_column_of_a_half_year(corpus_issue):
    # 550 l.124 `순위 | 도시 | 1분기 | 2분기 | 상반기 계`, l.128 `4 | 광저우 | 3,870 | 4,420 | 8,920`: 3,870 + 4,420 = 8,290
    assert warnings_of(corpus_issue(550), "total_mismatch") == [(128, "kic-china-weekly-550/t02 광저우 상반기 계 column: printed 8,920, but its 2 parts add up to 8,290")]
