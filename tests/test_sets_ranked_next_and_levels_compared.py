"""Shapes 757–764 showed: a set of places counted, then ranked in the next sentence in any unit; a count of what a
list of regions owns, one each; a level compared after `같은 기간의`; the most affected, no first place; a rank the
sentence states over one a sentence before held. Values read by hand from the issues' lines."""

from conftest import figures_at, warnings_of

from kic_extract.typed.count_next import next_sentence_counts
from kic_extract.typed.prose_ranks import first_place


def test_a_set_counted_then_ranked_in_any_unit(corpus_issue):
    # 764 l.38 `… 상반기 GDP 가 1 조 위안을 넘어선 도시는 모두 다섯 곳이다. 상하이(上海)가 2 조 4,100 억 위안으로 가장 많았고
    # 쑤저우(苏州) 1 조 3,260 억 위안, 항저우(杭州) 1 조 1,050 억 위안, 난징(南京) 1 조 240 억 위안 순이었다.`
    assert warnings_of(corpus_issue(764), "count_mismatch") == [
        (38, "the text says 5곳 but lists 4: 상하이, 쑤저우, 항저우, 난징")]
    # 650 l.87 `… 15 개 기업은 다섯 개 지역에서 나왔다. 베이징 6 개, 상하이 4 개, 광둥 3 개, 쓰촨 2 개 순이다.`
    assert warnings_of(corpus_issue(650), "count_mismatch") == [
        (87, "the text says 5개 지역 but lists 4: 베이징, 상하이, 광둥, 쓰촨")]
    # but not a region's own count, nor a count after its own list, nor one of no places
    for text in ("도시별로는 베이징시가 81곳으로 세계 3위를 지켰다. 상하이시 67곳, 선전시 39곳 순이었다.",
                 "베이징·상하이·장쑤성·선전·저장성 등 5개 지역으로 자금이 쏠렸다. 하이뎬구가 612건, 푸둥신구 410건 순이었다.",
                 "올해 대회는 5개 분야로 나눠 신청을 받았다. 베이징시가 41팀, 상하이시 23팀, 광둥성 15팀 순이었다."):
        assert next_sentence_counts(text) == []


def test_a_count_one_for_each_region_listed_is_none_of_theirs(corpus_issue):
    # 764 l.57 `… 베이징(北京), 상하이, 선전(深圳), 구이양(贵阳)의 데이터 거래소 4 곳을 국가급 허브 거래소로 지정하고, …`
    assert figures_at(corpus_issue(764), 57) == []


def test_a_level_compared_after_the_same_period_of_a_year(corpus_issue):
    # 757 l.70 `상하이는 대외 변수의 영향을 가장 크게 받았다. 상반기 상하이의 상품 수출액은 9,870 억 위안으로 … 3.8% 줄었고,
    # 사회소비품 소매판매액 증가율도 2% 미만에 머물렀다. 상하이의 상반기 외국인직접투자(FDI) 실행액은 128 억 달러로,
    # 2033 년 같은 기간의 141 억 달러보다 13 억 달러 감소했다.`: 2033 dates the level compared, not the fall after it;
    # the most affected holds no first place
    assert figures_at(corpus_issue(757), 70) == [
        ("상하이", "987000000000", None, None, 2034), ("상하이", "-3.8", None, None, 2034),
        ("상하이", "2", None, "max", 2034), ("상하이", "12800000000", None, None, 2034),
        ("상하이", "14100000000", None, None, 2033), ("상하이", "-1300000000", None, None, 2034)]
    assert first_place("상하이는 대외 변수의 영향을 가장 크게 받았다.", by_figure=False) is None
    assert first_place("상하이는 수출이 가장 크게 줄었다.", by_figure=False) is not None


def test_a_rank_the_sentence_states_over_one_held_before(corpus_issue):
    # 762 l.28 `중부에서는 후베이성(湖北省)이 선두에 섰다. 2034 년 상반기 후베이성 GDP 는 3 조 2,450 억 위안으로 전년 동기 대비
    # 6.4% 늘어 중부 지역 성장률 1 위에 올랐다. 후난성(湖南省)이 6.1%로 바짝 뒤쫓았고 안후이성(安徽省)은 5.9%로 3 위에 자리했다.`
    assert figures_at(corpus_issue(762), 28) == [
        ("후베이성", "3245000000000", None, None, 2034), ("후베이성", "6.4", 1, None, 2034),
        ("후난성", "6.1", 2, None, 2034), ("안후이성", "5.9", 3, None, 2034)]
