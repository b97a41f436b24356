"""Shapes unseen issue 1021 (new-energy vehicles and charging) showed when first read: a count whose list the next
sentence names as its targets (`5개 성·자치구를 지정했다. 허난성, …가 대상이며`), a breakdown by firm after a national
figure (`기업별로는 닝더스다이가 점유율 43.2%로 1위`), and a count set for every place of a kind (`모든 현급 행정구역에 …
1곳 이상`). Values read by hand from the lines."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.typed.prose_figures import block_to_figures


def test_a_count_whose_targets_the_next_sentence_lists(corpus_issue):
    # 1021 l.69: five provinces and regions said, four listed
    assert warnings_of(corpus_issue(1021), "count_mismatch") == [
        (69, "the text says 5개 성·자치구 but lists 4: 허난성, 쓰촨성, 광시좡족자치구, 닝샤후이족자치구(宁夏回族自治区)")]


def test_a_breakdown_by_firm_is_no_regions(corpus_issue):
    # 1021 l.97: the nation's 738.6 GWh, up 34.7%; the firms' shares after `기업별로는` are no region's
    assert [(r, v, rank) for r, v, rank, _, _ in figures_at(corpus_issue(1021), 97)] == [
        ("중국", "738.6", None), ("중국", "34.7", None)]
    figures = block_to_figures("광둥성의 판매량은 120만 대였다. 브랜드별로는 비야디가 45만 대로 1위였다.", 2025)[0]
    assert [(f["region_ko"], f["value"], f["rank"]) for f in figures] == [("광둥성", "1200000", None)]


def test_so_many_in_every_place_is_no_total(corpus_issue):
    # 1021 l.67: a fast-charging station or more in every county, and coverage targets: no count of the nation's
    assert [v for _, v, _, _, _ in figures_at(corpus_issue(1021), 67) if v == "1"] == []
    figures = block_to_figures("광둥성은 각 도시마다 혁신센터를 2곳씩 세우고, 올해 모두 12곳을 연다.", 2025)[0]
    assert [(f["region_ko"], f["value"]) for f in figures] == [("광둥성", "12")]


def test_a_count_over_company_cards_is_not_checked_against_their_fields(corpus_issue):
    # 1033 l.143: `다음 3곳을 꼽았다` over three company cards; the first card's four fields are no list of three
    assert [w for w in warnings_of(corpus_issue(1033), "count_mismatch") if w[0] == 143] == []
    # its other count, five said and four listed, is still checked
    assert warnings_of(corpus_issue(1033), "count_mismatch") == [(100, "the text says 5개 도시 but lists 4: 청두, 시안, 허페이, 우한")]


def test_a_list_opened_by_the_last_naming_noun(corpus_issue):
    # 1031 l.104: five cities said, four named after `새로 명단에 오른 곳은`
    assert warnings_of(corpus_issue(1031), "count_mismatch") == [
        (104, "the text says 5개 도시 but lists 4: 장쑤성 쑤저우(苏州), 안후이성 우후, 후난성 주저우(株洲), 쓰촨성 쯔궁(自贡)")]
