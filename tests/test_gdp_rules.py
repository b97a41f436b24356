"""The GDP prose reader's pairing rules and cross-checks, on sentences written to test them."""

from __future__ import annotations

from kic_extract.ingest import Line
from kic_extract.report import Report
from kic_extract.typed import TypedContext
from kic_extract.typed.gdp import _Block, check_readings, check_sectors, read_block


def read(text: str, heading_line: int = 10):
    report = Report("t")
    ctx = TypedContext("t", [], [], report, [Line(heading_line, text)])
    block = {"kind": "paragraph", "text": text, "line_start": heading_line, "line_end": heading_line}
    records = read_block(_Block(ctx, {"section_id": "t/s01"}, block, 2021))
    return [(r["region_zh"], r["metric"], r["value"], r["rank"], r["bound"]) for r in records], report


def test_paired_lists_with_each():
    got, report = read("쓰촨성과 허난성은 각각 5,661억 위안과 5,620억 위안으로 전국 2, 3위를 차지했다.")
    assert got == [("四川", "gdp", 566_100_000_000, 2, None), ("河南", "gdp", 562_000_000_000, 3, None)]
    assert not report.warnings


def test_a_bound_shared_by_a_list():
    got, _ = read("상하이, 안후이성의 GDP는 각각 처음으로 4조 위안을 초과했으며 간쑤성(甘肃)은 1조 위안을 돌파했다.")
    assert got == [("上海", "gdp", 4 * 10**12, None, "min"), ("安徽", "gdp", 4 * 10**12, None, "min"),
                   ("甘肃", "gdp", 10**12, None, "min")]


def test_fewer_values_than_regions_assigns_none_and_warns():
    got, report = read("후베이성, 저장성, 장쑤성은 각각 13.6%, 10.2%를 기록했다.")
    assert got == []
    assert [w["code"] for w in report.warnings] == ["gdp_list_mismatch"]


def test_ranks_in_a_clause_of_their_own_go_to_the_clause_before():
    got, _ = read("장쑤성의 GDP도 11조 6,400억 위안으로 근접한 수치를 기록하며 2위를 달성했다. 전년 대비 8.6% 증가했다.")
    assert got == [("江苏", "gdp", 11_640_000_000_000, 2, None), ("江苏", "gdp_growth", 8.6, None, None)]


def test_sector_and_per_capita_context():
    got, _ = read("2차 산업의 성장률은 베이징이 23.2%로 가장 눈에 띄는 성장률을 보였다.")
    assert got == [("北京", "value_added_secondary_growth", 23.2, 1, None)]
    got, _ = read("베이징의 1인당 GDP는 183,900 위안으로 계속 1위를 유지했고 상하이 2위, 푸젠성의 1인당 GDP가 10만 위안을 넘었다.")
    assert got == [("北京", "gdp_per_capita", 183_900, 1, None), ("上海", "gdp_per_capita", None, 2, None),
                   ("福建", "gdp_per_capita", 100_000, None, "min")]


def test_targets_changes_and_bands_are_not_figures():
    got, _ = read("2022년 후베이성 경제 성장률 목표를 약 7%로 설정했다.")
    assert got == []
    got, _ = read("장쑤성은 2020년 대비 1조 3,700억 위안 증가하며 전년 대비 8.6% 증가했다.")
    assert got == [("江苏", "gdp_growth", 8.6, None, None)]
    got, _ = read("산둥성과 저장성은 3조 위안 수준에 도달한 3조 3,187억 위안과 3조 1,170억 위안으로 전국 3, 4위를 차지했다.")
    assert [(g[0], g[2], g[3]) for g in got] == [("山东", 3_318_700_000_000, 3), ("浙江", 3_117_000_000_000, 4)]


def test_reaching_a_round_amount_is_a_lower_bound_and_an_exact_one_is_not():
    got, _ = read("산둥성의 GDP는 새롭게 8조 위안에 도달하여 GDP 8조 3100억 위안으로 전국 3위를 차지했다.")
    assert got == [("山东", "gdp", 8 * 10**12, None, "min"), ("山东", "gdp", 8_310_000_000_000, 3, None)]
    got, _ = read("광둥성의 3차 산업 부가가치는 6조 9,146억 8,200만 위안에 도달했다.")
    assert got == [("广东", "value_added_tertiary", 6_914_682_000_000, None, None)]


def _rec(region, metric, value, rank=None, bound=None, line=1):
    return {"region_zh": region, "region_ko": region, "metric": metric, "value": value, "rank": rank, "bound": bound,
            "raw": str(value), "line": line}


def test_cross_checks_fire_on_bad_figures():
    report = Report("t")
    check_sectors([_rec("全国", "gdp", 100), _rec("全国", "value_added_primary", 10),
                   _rec("全国", "value_added_secondary", 40), _rec("全国", "value_added_tertiary", 60)], report)  # 110
    check_readings([
        _rec("广东", "gdp", 5, rank=1), _rec("江苏", "gdp", 9, rank=2),  # rank 1 below rank 2 in one paragraph
        _rec("山东", "gdp_growth", 8.0), _rec("山东", "gdp_growth", 8.5, line=7),  # two values for one metric
    ], report)
    assert [w["code"] for w in report.warnings] == ["gdp_sectors_sum", "gdp_rank_order", "gdp_conflict"]


def test_cross_checks_accept_consistent_figures():
    report = Report("t")
    check_sectors([_rec("全国", "gdp", 100), _rec("全国", "value_added_primary", 10),
                   _rec("全国", "value_added_secondary", 40), _rec("全国", "value_added_tertiary", 50)], report)
    check_readings([_rec("广东", "gdp", 9, rank=1), _rec("江苏", "gdp", 5, rank=2),
                    _rec("河南", "gdp", 6, rank=3, bound="max")], report)
    # 639 l.51: `하이난성(海南省)은 4 분기 성장률이 8.3%까지 치솟아 연간 성장률 6.0%를 크게 웃돌았고`: two measures one line tells
    # apart, not one printed twice
    check_readings([_rec("海南", "gdp_growth", 8.3, line=51), _rec("海南", "gdp_growth", 6.0, line=51)], report)
    assert report.warnings == []


def test_ranks_in_different_paragraphs_or_values_of_different_years_are_not_compared():
    report = Report("t")
    check_readings([_rec("广东", "gdp", 9, rank=1), _rec("重庆", "gdp", 3, rank=2, line=5),  # `직할시 가운데 2위`
                    {**_rec("山东", "gdp_growth", 5.4), "year": 2025}, {**_rec("山东", "gdp_growth", 5.0), "year": 2026}],
                   report)
    assert report.warnings == []
