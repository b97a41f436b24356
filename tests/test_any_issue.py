"""Issues the pipeline was not written against (tests/corpus): every value asserted here was read
off the issue's text by hand — furniture, pages, tables over page breaks, amounts and their units,
totals and counts, figures in prose."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.pipeline import extract_issue
from extract.settings import Settings

CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(scope="module")
def issue():
    cache: dict[int, object] = {}

    def get(number: int):
        if number not in cache:
            path = CORPUS / f"kic-china-weekly-{number}.txt"
            cache[number] = extract_issue(path, f"tests/corpus/{path.name}", Settings())
        return cache[number]

    return get


def _dump(result, name):
    return [r.model_dump(mode="json") for r in result.records[name]]


def _warnings(result, *codes):
    return [(w.line, w.message) for w in result.warnings if w.code in codes]


# ── masthead, TOC, pages ───────────────────────────────────────────────────────────────


@pytest.mark.parametrize("number, date", [(301, "2025-10-03"), (302, "2025-10-10"), (303, "2025-10-17")])
def test_masthead_in_any_printed_shape(issue, number, date):
    record = _dump(issue(number), "issues")[0]
    assert (record["number"], record["date"]) == (number, date)


def test_sections_take_their_pages_from_the_page_furniture(issue):
    result = issue(301)
    sections = _dump(result, "sections")
    assert [s["page_start"] for s in sections] == [2, 3, 4, 5, 6, 7]
    assert [e["page"] for e in _dump(result, "issues")[0]["toc"]] == [2, 3, 4, 5, 6, 7]
    # `- 2 -` closes page 2, `주간 중국 창업 제 301 호` opens page 3; the table's header printed again is dropped
    assert {57, 59} <= set(result.coverage.furniture) and 61 not in result.coverage.furniture
    assert result.coverage.repeated == [61]
    assert result.coverage.unassigned == []


def test_a_toc_title_wrapped_onto_a_second_line_is_read_whole(issue):
    toc = _dump(issue(302), "issues")[0]["toc"]
    assert toc[3]["title"] == "한중 경제 교류 주요 지표 점검: 교역·투자·관광 회복세와 남은 과제"
    assert (toc[3]["page"], toc[3]["line_start"], toc[3]["line_end"]) == (5, 20, 21)


def test_a_decimal_cut_by_the_page_furniture_is_put_back(issue):
    texts = [b["text"] for s in _dump(issue(302), "sections") for b in s["blocks"] if b["text"]]
    assert any("전년 동기 대비 15.3% 증가했다" in t for t in texts)


# ── tables ────────────────────────────────────────────────────────────────────────────


def test_a_table_continued_with_its_header_repeated_is_one_table(issue):
    table = _dump(issue(301), "tables")[0]
    assert table["title"] == "표 1) 2025년 상반기 GDP 상위 10개 지역 (단위: 억 위안)"
    assert table["unit"] == "억 위안"
    assert table["header"] == ["지역", "2024년 상반기", "2025년 상반기", "증감액"]
    assert [r[0] for r in table["rows"]] == ["광둥성", "장쑤성", "산둥성", "저장성", "허난성", "쓰촨성",
                                             "후베이성", "푸젠성", "상하이", "후난성", "합계"]


def test_a_row_cut_in_two_by_a_page_break_is_one_row(issue):
    table = _dump(issue(303), "tables")[0]
    assert ["한국", "8,120", "9,930", "18,050"] in table["rows"]
    assert len(table["rows"]) == 8


def test_group_cells_are_filled_down_and_marked(issue):
    offices = next(t for t in _dump(issue(302), "tables") if t["header"][:2] == ["권역", "무역관"])
    by_office = {row[1].split()[0]: row[0] for row in offices["rows"]}
    # 홍콩무역관 is printed after a page break, under the 화남 group cell of the page before
    assert by_office["칭다오무역관"] == "화북" and by_office["홍콩무역관"] == "화남"
    assert by_office["창사무역관"] == "중서부"
    filled_rows = {r for r, c in offices["filled"] if c == 0}
    # 16 offices under 5 printed group names (화북, 동북, 화동, 화남, 중서부)
    assert len(offices["rows"]) == 16 and len(filled_rows) == 11


# ── amounts ───────────────────────────────────────────────────────────────────────────


def _amount(result, row_label, column_label=None):
    found = [a for a in _dump(result, "amounts")
             if a["row_label"] == row_label and (column_label is None or a["column_label"] == column_label)]
    assert len(found) == 1, found
    return found[0]


def test_a_caption_unit_scales_every_cell(issue):
    a = _amount(issue(301), "광둥성", "2025년 상반기")
    assert (a["value"], a["unit"], a["scale"], a["line"]) == ("6872500000000", "위안", "억 위안", 49)


def test_units_come_from_the_row_label_the_cell_or_the_unit_line(issue):
    result = issue(302)
    assert _amount(result, "중국의 대한 직접투자(만 달러)", "2023년")["value"] == "874000000"
    assert _amount(result, "한국의 대중 직접투자(억 위안)", "2024년")["unit"] == "위안"
    card = _amount(result, "중국인 관광객 국내 카드 사용액", "2023년")
    assert (card["value"], card["unit"], card["scale"]) == ("3500000000000", "원", None)
    balance = _amount(result, "무역수지", "2025년(E)")
    assert (balance["value"], balance["unit"]) == ("-5700000000", "달러")
    points = _amount(result, "수출 비중 증감(%p)", "2023년")
    assert (points["value"], points["unit"]) == ("-3.1", "%p")


def test_a_unit_line_above_the_title_applies_to_the_table(issue):
    a = _amount(issue(304), "저공 제조", "2023년")
    assert (a["value"], a["unit"]) == ("182000000000", "위안")


def test_funding_rounds_keep_their_qualifiers(issue):
    rounds = {a["row"]: a for a in _dump(issue(303), "amounts") if a["column_label"] == "투자 금액"}
    got = {k: (Decimal(a["value"]), a["unit"], a["approx"], a["bound"], a["cumulative"]) for k, a in rounds.items()}
    assert got == {
        1: (Decimal("150000000"), "달러", False, None, False),
        2: (Decimal("1000000000"), "위안", True, None, False),
        3: (Decimal("300000000"), "달러", False, None, True),
        4: (Decimal("700000000"), "위안", True, None, False),
        5: (Decimal("500000000"), "위안", False, "min", False),
        6: (Decimal("50000000"), "위안", False, "min", False),
    }


def test_rank_and_year_columns_are_not_amounts(issue):
    result = issue(304)
    ranked = [a for a in _dump(result, "amounts") if a["column_label"] == "순위"]
    assert ranked == []
    table = issue(302)
    assert not [a for a in _dump(table, "amounts") if a["column_label"] == "연도"]


# ── cross-checks ──────────────────────────────────────────────────────────────────────


def test_a_wrong_total_row_is_reported_with_both_figures(issue):
    # 68,725 + 66,967 + … + 26,105 = 403,193; the 2024 and 증감액 columns add up
    assert _warnings(issue(301), "total_mismatch") == [
        (66, "kic-china-weekly-301/t01 합계 2025년 상반기: printed 414,193, but its 10 parts add up to 403,193")]


def test_a_wrong_total_column_is_reported(issue):
    # 유럽연합: 28,640 + 15,380 = 44,020; every other row adds up, and so does the zones' 총계 row
    assert _warnings(issue(303), "total_mismatch") == [
        (52, "kic-china-weekly-303/t01 유럽연합 합계 column: printed 45,020, but its 2 parts add up to 44,020")]


def test_totals_that_add_up_raise_nothing(issue):
    assert _warnings(issue(304), "total_mismatch", "count_mismatch") == []


def test_a_count_in_prose_is_checked_against_the_items_listed(issue):
    assert _warnings(issue(302), "count_mismatch") == [
        (121, "the text says 5개 도시 but lists 4: 충칭, 청두, 시안, 항저우")]


# ── figures in prose ──────────────────────────────────────────────────────────────────


def _figures(result, line):
    return [(f["region_ko"], Decimal(f["value"]), f["unit"], f["rank"]) for f in _dump(result, "figures")
            if f["line"] == line]


def test_ranks_stated_implied_and_given_in_order(issue):
    # 산둥성 3 위; 저장성 `그 뒤를 이었다` → 4; 허난성과 쓰촨성 `각각 5 위와 6 위`
    got = _figures(issue(301), 72)
    assert got[:4] == [("산둥성", Decimal("5004600000000"), "위안", 3), ("저장성", Decimal("4500400000000"), "위안", 4),
                       ("허난성", Decimal("3199700000000"), "위안", 5), ("쓰촨성", Decimal("3146700000000"), "위안", 6)]


def test_a_list_closed_by_order_ranks_its_regions(issue):
    got = _figures(issue(303), 99)
    assert got == [("베이징", Decimal("142"), "건", 1), ("상하이", Decimal("117"), "건", 2),
                   ("선전", Decimal("96"), "건", 3)]


def test_autonomous_regions_by_full_name_and_order_words(issue):
    got = _figures(issue(302), 119)
    assert got[:3] == [("신장위구르자치구", Decimal("18.2"), "%", 1), ("시짱자치구", Decimal("15.6"), "%", 2),
                       ("하이난성", Decimal("12.1"), "%", 3)]
    assert ("홍콩특별행정구", Decimal("1500000"), "명", None) in got


def test_a_rank_before_its_region_and_a_year_compared_with(issue):
    figures = {(f["region_ko"], f["raw"]): f for f in _dump(issue(303), "figures")}
    growth = figures[("광둥성", "5.8%")]  # `'24년 3분기 대비 5.8% 증가`: the year compared with is not the figure's
    assert growth["year"] == 2025
    got = _figures(issue(304), 75)
    assert ("후베이성", Decimal("6.1"), "%", 3) in got


# ── company cards ─────────────────────────────────────────────────────────────────────


def test_company_cards_keep_funding_qualifiers_and_split_latin_names_with_digits(issue):
    cards = {c["name"]: c for c in _dump(issue(301), "companies")}
    job = cards["51Job"]
    assert (job["brand_zh"], job["name_zh"], job["founded"], job["founded_raw"]) == (
        "前程无忧", "前程无忧网络科技有限公司", None, "1998.10")
    assert (job["funding_value"], job["funding_unit"], job["funding_approx"]) == (5700000000, "달러", True)
    welion = cards["웨이란신에너지"]
    assert (welion["funding_value"], welion["funding_bound"], welion["funding_cumulative"]) == (3000000000, "min", True)
    hk = {c["name"]: c for c in _dump(issue(303), "companies")}["유비쉬안"]
    assert (hk["funding_value"], hk["funding_unit"], hk["funding_approx"]) == (1000000000, "홍콩달러", True)


# ── bilingual lists of any organisation ───────────────────────────────────────────────


def test_any_bilingual_list_is_typed(issue):
    entries = _dump(issue(302), "list_entries")
    offices = [(e["row_label"], e["ko"], e["zh"]) for e in entries if e["column_label"] == "무역관"]
    assert len(offices) == 16
    assert offices[0] == ("화북", "베이징무역관", "北京韩国贸易馆")
    # printed after a page break under the 화남 group cell of the page before
    assert ("화남", "홍콩무역관", "香港韩国贸易馆") in offices
    cities = [(e["ko"], e["zh"]) for e in entries if e["column_label"] == "소재 도시"]
    assert cities[-1] == ("창사", "长沙")


def test_the_shipped_icbc_list_is_read_by_the_same_code():
    result = extract_issue(Path(__file__).resolve().parents[1] / "raw" / "kic-china-weekly-268.txt", "raw", Settings())
    zones = [(e.ko, e.zh) for e in result.records["list_entries"] if e.column_label == "국가고신구 명칭"]
    assert len(zones) == 11 and zones[0] == ("광저우고신구", "广州高新技术产业开发区")


def test_every_year_column_is_read_as_an_indicator_year(issue):
    rows = [(i["year"], i["year_label"], i["value"], i["unit"]) for i in _dump(issue(304), "indicators")
            if i["indicator"] == "인공지능 핵심 산업 규모"]
    assert rows == [(2024, "2024년", 900000000000, "위안"), (2027, "2027년(E)", 1500000000000, "위안"),
                    (2030, "2030년(E)", 3000000000000, "위안")]
