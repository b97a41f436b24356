"""A list after a count may hold a group the text counts itself (`11 개 도시, 즉 광저우·…·자오칭(肇庆)의 광둥성 9 개 도시와
홍콩…, 마카오…로`): the group's items and the items after it are the count's, so eleven cities are listed, not nine;
a group whose own count differs, or of another noun, is not taken so. Values read by hand from the issues' lines."""

from conftest import warnings_of

from kic_extract.typed.counts import sentence_counts


def test_a_group_counted_inside_the_list_is_not_a_missing_item(corpus_issue):
    # 549 l.106 `선정된 곳은 9 개 도시, 즉 허페이(合肥)·…·주하이(珠海)다.` names eight: still warned;
    # l.131 `웨강아오대만구(粤港澳大湾区)는 11 개 도시, 즉 광저우·선전·…·자오칭(肇庆)의 광둥성 9 개 도시와
    # 홍콩특별행정구(香港特别行政区), 마카오특별행정구(澳门特别行政区)로 이뤄져 있다.` names eleven
    assert [line for line, _ in warnings_of(corpus_issue(549), "count_mismatch")] == [106]


def test_the_items_after_the_group_join_it():
    [(n, counted, items, open_list)] = sentence_counts(
        "창장삼각주 도시군은 5 개 도시, 즉 난징·쑤저우·우시의 장쑤성 3 개 도시와 항저우(杭州), 상하이로 출발했다.")
    assert (n, counted, items, open_list) == (5, "개 도시", ["난징", "쑤저우", "우시", "항저우(杭州)", "상하이"], False)


def test_a_group_counted_otherwise_is_not_joined():
    # the group's count differs from its items (two named, three said): only the group is read
    [(_, _, items, _)] = sentence_counts(
        "창장삼각주 도시군은 5 개 도시, 즉 난징·쑤저우의 장쑤성 3 개 도시와 항저우(杭州), 상하이로 출발했다.")
    assert items == ["난징", "쑤저우"]
