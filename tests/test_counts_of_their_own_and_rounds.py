"""Shapes held-out issues 585–588 showed when first read (tests/corpus/heldout). Values read by hand from the
issues' lines."""

from conftest import figures_at, warnings_of


def test_a_list_after_a_count_that_holds_a_count_of_its_own_is_the_next_counts(corpus_issue):
    # 587 l.100 `… 중부에서는 허페이(合肥), 우한(武汉), 창사(长沙), 정저우(郑州) 네 곳이, 서부에서는 청두(成都), 충칭(重庆),
    # 시안(西安) 세 곳이 이름을 올렸다.`: four for four and three for three, no mismatch
    assert [w for w in warnings_of(corpus_issue(587), "count_mismatch") if w[0] == 100] == []


def test_a_city_spelt_like_a_word_before_a_round_is_the_word(corpus_issue):
    # 588 l.214 `… 지난 1~3기에는 모두 27개 스타트업이 참가해 …`: 지난 is `last`, not 济南
    assert [f for f in figures_at(corpus_issue(588), 214) if f[0] == "지난"] == []
