"""Shapes held-out issues 453–456 showed when first read (tests/corpus/heldout): sets of places over a
mark with their noun qualified or counted before the list, a rank stated ahead of a series, a level
compared with in brackets, a set a rank is picked from, a title's own number in the contents. Every
value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from kic_extract.evaluate import _unit

from conftest import records_of


def _figures(result, line):
    return [(f["region_ko"], f["value"], f["unit"], f["rank"], f["bound"], f["year"])
            for f in records_of(result, "figures") if f["line"] == line]


def test_each_place_of_a_set_over_a_mark_passed_it(corpus_issue):
    # 455 l.239 `상주인구가 1,200 만 명을 넘는 중서부 도시는 다섯 곳, 즉 충칭시, 청두시, 우한시, 시안시, 정저우시다`
    over = [f[0] for f in _figures(corpus_issue(455), 239) if f[1:3] == ("12000000", "명") and f[4] == "min"]
    assert over == ["충칭시", "청두시", "우한시", "시안시", "정저우시"]
    # 456 l.96 `1 억 킬로와트를 넘어선 성급 지역은 세 곳, 즉 네이멍구자치구, 신장위구르자치구, 허베이성, 간쑤성이다`
    over = [f[0] for f in _figures(corpus_issue(456), 96) if f[1:3] == ("100000000", "kW") and f[4] == "min"]
    assert over == ["네이멍구자치구", "신장위구르자치구", "허베이성", "간쑤성"]
    # 451 l.139 `R&D 경비가 3,000억 위안을 넘어선 지역은 다섯 곳으로, 광둥성·장쑤성·베이징시·저장성·산둥성이 여기에 해당한다`
    over = [f[0] for f in _figures(corpus_issue(451), 139) if f[1] == "300000000000" and f[4] == "min"]
    assert over == ["광둥성", "장쑤성", "베이징시", "저장성", "산둥성"]
    # 411 l.45 `11위 안후이성(安徽省)과 12위 베이징시(北京市)도 나란히 5조 위안을 웃돌았다`: a mark both passed
    assert [f for f in _figures(corpus_issue(411), 45) if f[1] == "5000000000000"] == [
        ("안후이성", "5000000000000", "위안", 11, "min", 2026), ("베이징시", "5000000000000", "위안", 12, "min", 2026)]


def test_a_rank_ahead_of_a_series_and_a_level_compared_with(corpus_issue):
    result = corpus_issue(455)
    # l.97 `선전시가 가장 높았는데, 2022 년 5.81%에서 지난해 6.52%로`: the latest is first
    assert _figures(result, 97)[:2] == [("선전시", "5.81", "%", None, None, 2022), ("선전시", "6.52", "%", 1, None, 2027)]
    # l.62 `장시성은 1 년 전(4.6%)보다 성장률이 1.2%p 높아져 … 개선 폭이 가장 컸다`: last year's level takes no rank
    assert ("장시성", "4.6", "%", None, None, 2027) in _figures(result, 62)
    # l.144 `청두시는 이번에 210 ㎢의 시험비행 공역을 확보해 10 곳 가운데 가장 넓은 공역을`: the ten are no figure
    assert _figures(result, 144) == [("청두시", "210", "㎢", 1, None, 2028)]
    # l.235 `충칭시의 성장률은 5.7%로 2022 년(2.6%)의 두 배를 넘었다. 청두시가 … 차지하는 비중은 36.7%로`: 2022 dates
    # only what it is a multiple of
    assert ("청두시", "36.7", "%", None, None, 2027) in _figures(result, 235)


def test_a_count_closed_by_the_copula_going_on(corpus_issue):
    # 455 l.97 `성 평균을 웃돈 곳은 4 개 도시, 즉 선전시, 광저우시, 둥관시, 주하이시, 후이저우시였으며,`
    assert [(w.line, w.message) for w in corpus_issue(455).warnings if w.code == "count_mismatch"] == [
        (97, "the text says 4개 도시 but lists 5: 선전시, 광저우시, 둥관시, 주하이시, 후이저우시")]


def test_a_titles_own_number_among_unnumbered_contents_entries(corpus_issue):
    # 456 l.18 `5 대 자치구 풍력·태양광 설비 급증… 네이멍구, 2 억 킬로와트 시대 ··········· 4`
    toc = records_of(corpus_issue(456), "issues")[0]["toc"]
    assert (toc[1]["title"], toc[1]["page"]) == ("5대 자치구 풍력·태양광 설비 급증… 네이멍구, 2억 킬로와트 시대", 4)


def test_the_scorer_compares_a_unit_by_what_it_stands_for():
    assert _unit("억 킬로와트") == _unit("억kW") and _unit("킬로와트") != _unit("킬로와트시")


def test_a_footer_two_pages_print_above_their_number(corpus_issue):
    # 453 l.105–106 `ⓒ KIC 중국 · www.kicchina.org` over `- 4 -`, again at l.250–251 only: a footer
    assert {105, 250} <= set(corpus_issue(453).coverage.furniture)
    # (447 l.120 and l.210 `KIC 중국 · www.kicchina.org` over `- 5 -`, `- 9 -`)
    assert {120, 210} <= set(corpus_issue(447).coverage.furniture)


def test_subtotals_named_with_their_unit_in_a_rank_column(corpus_issue):
    # 453 l.135 `순위	기업	…	유치 금액	소재지` … l.152 `소계(위안)	-	-	-	44 억 위안	-`: the ranks are no amounts
    result = corpus_issue(453)
    amounts = [a for a in records_of(result, "amounts") if 136 <= a["line"] <= 153]
    assert not [a for a in amounts if a["column_label"] == "순위"]
    assert [(a["row_label"], a["value"], a["unit"]) for a in amounts if a["line"] in (152, 153)] == [
        ("소계(위안)", "4400000000", "위안"), ("소계(달러)", "495000000", "달러")]
    assert not [w for w in result.warnings if w.code == "amount_unreadable"]
