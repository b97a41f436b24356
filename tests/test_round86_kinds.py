"""Round 86 of unseen issues (1653 clipboards, 1655 ink pads, 1657 bookends, 1659 paper napkins), written to the harder
brief and scored once before anything was changed for them: the kinds they showed, each asserted with the values a
reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_ranking_told_from_the_bottom_ranks_nothing_and_a_leader_outpaces_the_others(corpus_issue):
    # 1653 l.68: `2025년 증가율을 아래에서부터 보면 광둥성 3.7%, 장쑤성 4.5%, 푸젠성 6.1%, 저장성 8.0% 순이었고, 장시성은 17.6%로
    # 다른 지역을 크게 따돌렸다.`: how many there are is unsaid, so the list's places are not counted from the top
    assert figures_at(corpus_issue(1653), 68)[:5] == [
        ("광둥성", "3.7", None, None, 2025), ("장쑤성", "4.5", None, None, 2025), ("푸젠성", "6.1", None, None, 2025),
        ("저장성", "8", None, None, 2025), ("장시성", "17.6", 1, None, 2025)]


def test_a_city_named_bare_before_a_known_one_it_is_joined_to(corpus_issue):
    # 1653 l.116: `… 인저우구(鄞州区)가 118억 위안으로 닝하이에 이어 두 번째였고, 츠시와 위야오가 각각 64억 위안, 41억 위안으로
    # 뒤를 이었다.`
    assert figures_at(corpus_issue(1653), 116) == [
        ("인저우구", "11800000000", 2, None, 2025), ("츠시", "6400000000", 3, None, 2025),
        ("위야오", "4100000000", 4, None, 2025)]


def test_counts_of_places_listed_after_a_comma_or_with_towns_unknown_to_the_gazetteer(corpus_issue):
    # 1655 l.117: `수출이 뒷걸음질친 곳은 상위 8 개 성·시 가운데 세 곳, 장쑤성과 톈진시였다.`
    assert warnings_of(corpus_issue(1655), "count_mismatch") == [(117, "the text says 3곳 but lists 2: 장쑤성, 톈진시")]
    # 1653 l.118: `지정된 곳은 네 곳으로 메이린가도, 차오터우후가도, 시뎬진, 창제진, 리양진이다.`; l.216 `… 직거래하는 곳은 세
    # 곳뿐이어서, 판로 다변화가 과제로 꼽힌다.` lists nothing (`뿐`: only)
    assert warnings_of(corpus_issue(1653), "count_mismatch") == [
        (118, "the text says 4곳 but lists 5: 메이린가도, 차오터우후가도, 시뎬진, 창제진, 리양진")]


def test_a_rank_as_an_epithet_a_superlative_within_the_year_and_a_place_within_a_province(corpus_issue):
    issue = corpus_issue(1655)
    # l.115: `… 분기별로 보면 저장성의 4 분기 수출은 4,510 만 달러로 한 해 중 가장 많았다.`: first among quarters
    assert figures_at(issue, 115)[-1] == ("저장성", "45100000", None, None, 2025)
    # l.117: `증가율로 따지면 순위가 뒤바뀐다. 8 위 허베이성이 21.0%로 가장 가파르게 늘었고 푸젠성(15.2%)과 산둥성(11.8%)이
    # 뒤따랐다. … 톈진시는 -6.5%로 감소 폭이 가장 컸다.`
    assert figures_at(issue, 117) == [
        ("허베이성", "21", 1, None, 2025), ("푸젠성", "15.2", 2, None, 2025), ("산둥성", "11.8", 3, None, 2025),
        ("장쑤성", "-2.4", None, None, 2025), ("톈진시", "-6.5", 1, None, 2025)]
    # l.191|194: `2025 년 말 기준 광둥성 내` | page | `1,200 여 개 기관이 이 단말을 쓰고 있으며, 난산구에서만 300 곳이 넘는다.`
    assert figures_at(issue, 194)[:2] == [("광둥성", "1200", None, None, 2025), ("난산구", "300", None, "min", 2025)]


def test_a_subdistrict_named_in_full_without_its_chinese_then_bare(corpus_issue):
    # 1655 l.229: `메이린가도(梅林街道)는 318 개사로 기업 수가 가장 많았고 차오터우후가도(205 개사)가 뒤를 이었다. 인주·패드
    # 생산액만 보면 메이린(3 억 6,000 만 위안)에 이어 차오터우후가 2 억 7,000 만 위안으로 두 번째, 타오위안가도가 2 억
    # 4,000 만 위안으로 세 번째였다.`
    assert figures_at(corpus_issue(1655), 229) == [
        ("메이린가도", "318", 1, None, 2025), ("차오터우후가도", "205", 2, None, 2025),
        ("메이린", "360000000", 1, None, 2025), ("차오터우후", "270000000", 2, None, 2025),
        ("타오위안가도", "240000000", 3, None, 2025)]


def test_a_year_looked_back_to_a_measure_on_a_basis_and_a_firms_revenue(corpus_issue):
    issue = corpus_issue(1657)
    # l.52: `… 2021년만 해도 허난성의 GDP가 쓰촨성보다 5,036억 위안 많았으나 이번에 순위가 뒤집혔다.`
    assert figures_at(issue, 52)[-1] == ("허난성", "503600000000", None, None, 2021)
    # l.146: `… 1인당 종이책 독서량은 2024년 중국 성인 기준 4.79권으로, 전자책(3.52권)보다 1.27권 많았다.`
    assert figures_at(issue, 146)[:2] == [("중국", "4.79", None, None, 2024), ("중국", "3.52", None, None, 2024)]
    # l.171: `… 상하이 펑셴구(奉贤区)는 천광문구(晨光文具)의 본사가 자리한 곳이며, 천광문구의 2024년 매출은 242억 위안이었다.`
    assert figures_at(issue, 171) == [("산터우", "110", None, None, 2022), ("산터우", "96", None, None, 2025)]


def test_packs_counted_and_a_unit_line_naming_the_rows_units(corpus_issue):
    issue = corpus_issue(1659)
    # l.113: `… 출고량은 상하이가 2억 3,000만 팩으로 가장 많았다. 2위 베이징은 1억 9,400만 팩이었고, 청두(成都)와 광저우는
    # 나란히 1억 2,100만 팩으로 공동 3위에 올랐다.`; l.120 `… 선전(深圳)이 9.3팩으로 가장 많았고, 상하이가 9.2팩으로`
    assert figures_at(issue, 113) == [
        ("상하이", "230000000", 1, None, 2025), ("베이징", "194000000", 2, None, 2025),
        ("청두", "121000000", 3, None, 2025), ("광저우", "121000000", 3, None, 2025)]
    assert figures_at(issue, 120)[1:] == [("선전", "9.3", 1, None, 2025), ("상하이", "9.2", 2, None, 2025)]
    # l.55-61: `(단위: 만 톤, 억 위안, %)` over `구분 | 2022년 | 2023년 | 2024년`, rows `설비 생산능력(만 톤) | 1,922.0 | 2,037.1 |
    # 2,126.7` … `시장 규모(억 위안) | 1,453.2 | 1,497.6 | 1,550.7`: each row's unit, the last column's too
    assert [(a["value"], a["unit"]) for a in records_of(issue, "amounts") if a["line"] in (57, 61)] == [
        ("19220000", "톤"), ("20371000", "톤"), ("21267000", "톤"),
        ("145320000000", "위안"), ("149760000000", "위안"), ("155070000000", "위안")]


def test_a_wrap_before_the_connective_ending_and_its_comma_is_inside_the_word():
    # 1653's LibreOffice print wraps l.207 `… 개당 2.9달러에 수출했는` | `데, 이우에서 나가는 …`: one word, as the text has
    # it (the noun `데` of `만드는 데 쓰인다` stays a word of its own)
    from kic_extract.pdf.wraps import join_text

    assert join_text("개당 2.9달러에 수출했는", "데, 이우에서 나가는", False, "") == "개당 2.9달러에 수출했는데, 이우에서 나가는"
    assert join_text("클립보드를 만드는", "데 쓰인다", False, "") == "클립보드를 만드는 데 쓰인다"
