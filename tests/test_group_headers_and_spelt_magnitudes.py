"""Shapes 957–958 showed at first sight (a writer of a new round, in a layout of its own): a header on two lines
whose group cell gives the unit over the years under it, thousands and hundreds spelt before the large unit they
count (`4천 5백만 달러`), a per cent band (`4%대 초반`), a change narrowing (`0.4%p 좁아졌다`), and a name whose Chinese
holds a Latin letter (`원다V신소재(文达V新材料)`). Values read by hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_group_header_over_years_gives_its_unit_to_the_columns_under_it(corpus_issue):
    # 957 l.38–39 `도시\t1분기 GDP(억 위안)\t\t증가율(%)` over `\t2037년\t2038년\t`; l.42 `선전\t10,880\t11,470\t5.4`
    result = corpus_issue(957)
    amounts = [(a["column_label"], a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 42]
    assert amounts == [("1분기 GDP(억 위안) 2037년", "1088000000000", "위안"),
                       ("1분기 GDP(억 위안) 2038년", "1147000000000", "위안"), ("증가율(%)", "5.4", "%")]
    # l.58 `합계\t89,880\t96,420\t-`: the 2038 column's ten parts add up to 94,420
    assert [line for line, _ in warnings_of(result, "total_mismatch")] == [58]


def test_thousands_and_hundreds_spelt_before_the_large_unit_they_count(corpus_issue):
    # 957 l.192 `- 누적 투자: 약 4천 5백만 달러`
    amount = next(a for a in records_of(corpus_issue(957), "amounts") if a["line"] == 192)
    assert (amount["value"], amount["unit"], amount["approx"], amount["cumulative"]) == ("45000000", "달러", True, True)


def test_a_per_cent_band_is_no_figure_and_a_narrowing_change_is_a_fall(corpus_issue):
    # 957 l.64 `… 반면 광저우는 4.0% 증가에 그쳐 4%대 초반에 머물렀는데, …`
    assert [f for f in figures_at(corpus_issue(957), 64) if f[0] == "광저우"] == [("광저우", "4", None, None, 2038)]
    # 958 l.60 `증감률에서는 후베이성이 5.7%로 8개 성 가운데 가장 높았으나 증가 폭은 지난해보다 0.4%p 좁아졌다.`
    assert ("후베이성", "-0.4", None, None, 2038) in figures_at(corpus_issue(958), 60)


def test_a_cards_name_whose_chinese_holds_a_latin_letter(corpus_issue):
    # 957 l.203 `3) 소재: 원다V신소재(文达V新材料)`; 958 l.181 `2) 링궁X로켓(灵弓X火箭)`
    names = {(c["name"], c["name_zh"]) for n in (957, 958) for c in records_of(corpus_issue(n), "companies")}
    assert {("원다V신소재", "文达V新材料"), ("링궁X로켓", "灵弓X火箭")} <= names
