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


def test_regions_listed_ahead_of_a_ranked_subject_hold_the_ranks_before_it(corpus_issue):
    # 586 l.111 `… 쓰촨성은 이번에 세 곳이 추가되면서 12곳이 돼 장쑤성(27곳), 저장성(22곳), 산둥성(17곳)에 이어 전국 4위로
    # 올라섰다.`
    ranked = [(f[0], f[1], f[2]) for f in figures_at(corpus_issue(586), 111) if f[2] is not None]
    assert ranked == [("쓰촨성", "12", 4), ("장쑤성", "27", 1), ("저장성", "22", 2), ("산둥성", "17", 3)]
    # 423 l.90 `도시별로는 상하이(6조 1,050억 위안)와 베이징(5조 4,920억 위안)에 이어 선전(深圳)이 4조 1,200억 위안으로
    # 3위를 차지했다.`
    assert [f[:3] for f in figures_at(corpus_issue(423), 90)[:3]] == [
        ("상하이", "6105000000000", 1), ("베이징", "5492000000000", 2), ("선전", "4120000000000", 3)]


def test_a_namely_list_whose_items_carry_figures_in_brackets(corpus_issue):
    # 586 l.38 `… 6% 이상으로 내건 곳은 다섯 곳, 즉 시짱자치구(7% 이상), 하이난성(6.5% 이상), 신장위구르자치구(6% 이상),
    # 간쑤성(6% 이상)이다.`: five said, four listed
    assert [line for line, message in warnings_of(corpus_issue(586), "count_mismatch")] == [38]


def test_places_passing_a_mark_named_by_a_quoted_club_then_counted_and_listed(corpus_issue):
    # 588 l.42 `… GDP가 1조 위안을 넘는 이른바 ‘조 위안 클럽’ 도시는 여섯 곳으로, 선전·광저우·홍콩·포산·둥관이 이름을
    # 올렸다.`
    figures = [f for f in figures_at(corpus_issue(588), 42) if f[1] == "1000000000000"]
    assert figures == [(r, "1000000000000", None, "min", 2030) for r in ("선전", "광저우", "홍콩", "포산", "둥관")]
