"""Issues the pipeline was not written against (tests/corpus): every value asserted here was read
off the issue's text by hand — furniture, pages, tables over page breaks, amounts and their units,
totals and counts, figures in prose."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kic_extract.places import find_places, mandarin_syllables
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

from conftest import records_of

CORPUS = Path(__file__).resolve().parent / "corpus"


def _warnings(result, *codes):
    return [(w.line, w.message) for w in result.warnings if w.code in codes]


# ── masthead, TOC, pages ───────────────────────────────────────────────────────────────


@pytest.mark.parametrize("number, date", [(301, "2025-10-03"), (302, "2025-10-10"), (303, "2025-10-17")])
def test_masthead_in_any_printed_shape(corpus_issue, number, date):
    record = records_of(corpus_issue(number), "issues")[0]
    assert (record["number"], record["date"]) == (number, date)


def test_sections_take_their_pages_from_the_page_furniture(corpus_issue):
    result = corpus_issue(301)
    sections = records_of(result, "sections")
    assert [s["page_start"] for s in sections] == [2, 3, 4, 5, 6, 7]
    assert [e["page"] for e in records_of(result, "issues")[0]["toc"]] == [2, 3, 4, 5, 6, 7]
    # `- 2 -` closes page 2, `주간 중국 창업 제 301 호` opens page 3; the table's header printed again is dropped
    assert {57, 59} <= set(result.coverage.furniture) and 61 not in result.coverage.furniture
    assert result.coverage.repeated == [61]
    assert result.coverage.unassigned == []


def test_a_toc_title_wrapped_onto_a_second_line_is_read_whole(corpus_issue):
    toc = records_of(corpus_issue(302), "issues")[0]["toc"]
    assert toc[3]["title"] == "한중 경제 교류 주요 지표 점검: 교역·투자·관광 회복세와 남은 과제"
    assert (toc[3]["page"], toc[3]["line_start"], toc[3]["line_end"]) == (5, 20, 21)


def test_a_decimal_cut_by_the_page_furniture_is_put_back(corpus_issue):
    texts = [b["text"] for s in records_of(corpus_issue(302), "sections") for b in s["blocks"] if b["text"]]
    assert any("전년 동기 대비 15.3% 증가했다" in t for t in texts)


# ── tables ────────────────────────────────────────────────────────────────────────────


def test_a_table_continued_with_its_header_repeated_is_one_table(corpus_issue):
    table = records_of(corpus_issue(301), "tables")[0]
    assert table["title"] == "표 1) 2025년 상반기 GDP 상위 10개 지역 (단위: 억 위안)"
    assert table["unit"] == "억 위안"
    assert table["header"] == ["지역", "2024년 상반기", "2025년 상반기", "증감액"]
    assert [r[0] for r in table["rows"]] == ["광둥성", "장쑤성", "산둥성", "저장성", "허난성", "쓰촨성",
                                             "후베이성", "푸젠성", "상하이", "후난성", "합계"]


def test_a_row_cut_in_two_by_a_page_break_is_one_row(corpus_issue):
    table = records_of(corpus_issue(303), "tables")[0]
    assert ["한국", "8,120", "9,930", "18,050"] in table["rows"]
    assert len(table["rows"]) == 8


def test_group_cells_are_filled_down_and_marked(corpus_issue):
    offices = next(t for t in records_of(corpus_issue(302), "tables") if t["header"][:2] == ["권역", "무역관"])
    by_office = {row[1].split()[0]: row[0] for row in offices["rows"]}
    # 홍콩무역관 is printed after a page break, under the 화남 group cell of the page before
    assert by_office["칭다오무역관"] == "화북" and by_office["홍콩무역관"] == "화남"
    assert by_office["창사무역관"] == "중서부"
    filled_rows = {r for r, c in offices["filled"] if c == 0}
    # 16 offices under 5 printed group names (화북, 동북, 화동, 화남, 중서부)
    assert len(offices["rows"]) == 16 and len(filled_rows) == 11


# ── amounts ───────────────────────────────────────────────────────────────────────────


def _amount(result, row_label, column_label=None):
    found = [a for a in records_of(result, "amounts")
             if a["row_label"] == row_label and (column_label is None or a["column_label"] == column_label)]
    assert len(found) == 1, found
    return found[0]


def test_a_caption_unit_scales_every_cell(corpus_issue):
    a = _amount(corpus_issue(301), "광둥성", "2025년 상반기")
    assert (a["value"], a["unit"], a["scale"], a["line"]) == ("6872500000000", "위안", "억 위안", 49)


def test_units_come_from_the_row_label_the_cell_or_the_unit_line(corpus_issue):
    result = corpus_issue(302)
    assert _amount(result, "중국의 대한 직접투자(만 달러)", "2023년")["value"] == "874000000"
    assert _amount(result, "한국의 대중 직접투자(억 위안)", "2024년")["unit"] == "위안"
    card = _amount(result, "중국인 관광객 국내 카드 사용액", "2023년")
    assert (card["value"], card["unit"], card["scale"]) == ("3500000000000", "원", None)
    balance = _amount(result, "무역수지", "2025년(E)")
    assert (balance["value"], balance["unit"]) == ("-5700000000", "달러")
    points = _amount(result, "수출 비중 증감(%p)", "2023년")
    assert (points["value"], points["unit"]) == ("-3.1", "%p")


def test_a_unit_line_above_the_title_applies_to_the_table(corpus_issue):
    a = _amount(corpus_issue(304), "저공 제조", "2023년")
    assert (a["value"], a["unit"]) == ("182000000000", "위안")


def test_funding_rounds_keep_their_qualifiers(corpus_issue):
    rounds = {a["row"]: a for a in records_of(corpus_issue(303), "amounts") if a["column_label"] == "투자 금액"}
    got = {k: (Decimal(a["value"]), a["unit"], a["approx"], a["bound"], a["cumulative"]) for k, a in rounds.items()}
    assert got == {
        1: (Decimal("150000000"), "달러", False, None, False),
        2: (Decimal("1000000000"), "위안", True, None, False),
        3: (Decimal("300000000"), "달러", False, None, True),
        4: (Decimal("700000000"), "위안", True, None, False),
        5: (Decimal("500000000"), "위안", False, "min", False),
        6: (Decimal("50000000"), "위안", False, "min", False),
    }


def test_rank_and_year_columns_are_not_amounts(corpus_issue):
    result = corpus_issue(304)
    ranked = [a for a in records_of(result, "amounts") if a["column_label"] == "순위"]
    assert ranked == []
    table = corpus_issue(302)
    assert not [a for a in records_of(table, "amounts") if a["column_label"] == "연도"]


# ── cross-checks ──────────────────────────────────────────────────────────────────────


def test_a_wrong_total_row_is_reported_with_both_figures(corpus_issue):
    # 68,725 + 66,967 + … + 26,105 = 403,193; the 2024 and 증감액 columns add up
    assert _warnings(corpus_issue(301), "total_mismatch") == [
        (66, "kic-china-weekly-301/t01 합계 2025년 상반기: printed 414,193, but its 10 parts add up to 403,193")]


def test_a_wrong_total_column_is_reported(corpus_issue):
    # 유럽연합: 28,640 + 15,380 = 44,020; every other row adds up, and so does the zones' 총계 row
    assert _warnings(corpus_issue(303), "total_mismatch") == [
        (52, "kic-china-weekly-303/t01 유럽연합 합계 column: printed 45,020, but its 2 parts add up to 44,020")]


def test_totals_that_add_up_raise_nothing(corpus_issue):
    assert _warnings(corpus_issue(304), "total_mismatch", "count_mismatch") == []


def test_a_count_in_prose_is_checked_against_the_items_listed(corpus_issue):
    assert _warnings(corpus_issue(302), "count_mismatch") == [
        (121, "the text says 5개 도시 but lists 4: 충칭, 청두, 시안, 항저우")]


# ── figures in prose ──────────────────────────────────────────────────────────────────


def _figures(result, line):
    return [(f["region_ko"], Decimal(f["value"]), f["unit"], f["rank"]) for f in records_of(result, "figures")
            if f["line"] == line]


def test_ranks_stated_implied_and_given_in_order(corpus_issue):
    # 산둥성 3 위; 저장성 `그 뒤를 이었다` → 4; 허난성과 쓰촨성 `각각 5 위와 6 위`
    got = _figures(corpus_issue(301), 72)
    assert got[:4] == [("산둥성", Decimal("5004600000000"), "위안", 3), ("저장성", Decimal("4500400000000"), "위안", 4),
                       ("허난성", Decimal("3199700000000"), "위안", 5), ("쓰촨성", Decimal("3146700000000"), "위안", 6)]


def test_a_list_closed_by_order_ranks_its_regions(corpus_issue):
    got = _figures(corpus_issue(303), 99)
    assert got == [("베이징", Decimal("142"), "건", 1), ("상하이", Decimal("117"), "건", 2),
                   ("선전", Decimal("96"), "건", 3)]


def test_autonomous_regions_by_full_name_and_order_words(corpus_issue):
    got = _figures(corpus_issue(302), 119)
    assert got[:3] == [("신장위구르자치구", Decimal("18.2"), "%", 1), ("시짱자치구", Decimal("15.6"), "%", 2),
                       ("하이난성", Decimal("12.1"), "%", 3)]
    assert ("홍콩특별행정구", Decimal("1500000"), "명", None) in got


def test_a_rank_before_its_region_and_a_year_compared_with(corpus_issue):
    figures = {(f["region_ko"], f["raw"]): f for f in records_of(corpus_issue(303), "figures")}
    growth = figures[("광둥성", "5.8%")]  # `'24년 3분기 대비 5.8% 증가`: the year compared with is not the figure's
    assert growth["year"] == 2025
    got = _figures(corpus_issue(304), 75)
    assert ("후베이성", Decimal("6.1"), "%", 3) in got


def _years(result, line):
    return [(f["region_ko"], f["raw"], f["year"]) for f in records_of(result, "figures") if f["line"] == line]


def test_a_district_the_gazetteer_does_not_list_is_a_region(corpus_issue):
    # `난산구(南山区)의 2024 년 GDP 는 9,500 억 위안을 넘어서며 전국 구(區) 단위 1 위를 지켰다`
    got = [(f["region_ko"], f["region_zh"], Decimal(f["value"]), f["bound"], f["rank"], f["year"])
           for f in records_of(corpus_issue(306), "figures") if f["line"] == 128]
    assert got == [("난산구", "南山区", Decimal("950000000000"), "min", 1, 2024)]
    # without its Chinese, a name ending in 구/현 is a place only where it reads as Mandarin
    assert [(m.written, m.zh) for m in find_places("바오안구는 인구는 지역구 시범구 선거구에 연구는")] == [
        ("바오안구", None), ("선거구", None)]


def test_mandarin_syllables_match_pypinyin():
    from pypinyin.pinyin_dict import pinyin_dict

    from kic_extract.names.translit import PinyinError, plain, syllable_to_hangul

    derived = set()
    for syllable in {plain(p) for readings in pinyin_dict.values() for p in readings.split(",")}:
        try:
            derived.add(syllable_to_hangul(syllable))
        except PinyinError:
            continue  # interjections without a vowel (`hm`, `ng`)
    assert mandarin_syllables() == derived


def test_the_whole_country_written_jeonguk_is_a_region(corpus_issue):
    # `2025년 1~8월 전국 서비스 소매판매액은 전년 동기 대비 5.1% 증가해`
    assert ("전국", Decimal("5.1"), "%", None) in _figures(corpus_issue(305), 76)
    # `전국 신규 등록 경영주체는 같은 기간 2,045 만 개를 넘어섰다`: not 신장's, named the sentence before
    assert _figures(corpus_issue(306), 184) == [("신장위구르자치구", Decimal("14.6"), "%", 1),
                                        ("전국", Decimal("20450000"), "개", None)]
    # `광둥성(广东省)의 … 전국 1 위를 지켰고 전년 동기 대비 4.1% 증가했다`: 광둥성's, the topic
    assert ("광둥성", Decimal("4.1"), "%", None) in _figures(corpus_issue(304), 46)


def test_counts_of_the_texts_own_items_are_not_figures(corpus_issue):
    # `선전의 국가급 과학기술기업 인큐베이터는 48 곳이다. 다음은 구별 대표 인큐베이터 8 곳이다.`
    assert _figures(corpus_issue(304), 219) == [("선전", Decimal("48"), "곳", None)]
    # `한국 스타트업 12 개 사와 투자기관 20 여 곳이 참가했다`: the count of a noun 한국 qualifies
    assert _figures(corpus_issue(304), 244) == []
    # `베이징, 상하이, 광저우(广州), 톈진(天津), 충칭 등 5개 국제소비중심도시를`
    assert [f for f in _figures(corpus_issue(305), 76) if f[0] == "충칭"] == []
    # `코트라 중국 지역 무역관 가운데 다음 5 개 무역관이`; `… 5 위에 올라 … 상위 5 개 도시에 들었다`
    assert _figures(corpus_issue(306), 43) == []
    assert [f for f in _figures(corpus_issue(306), 178) if f[0] == "청두"] == [("청두", Decimal("85.2"), "점", 5)]


def test_a_figure_stays_with_the_topic_not_a_place_named_in_passing(corpus_issue):
    # `장쑤성과 저장성에 생산 기지를 운영하며, 니오(蔚来)의 150kWh 반고체 배터리 팩을`
    assert _figures(corpus_issue(301), 192) == []
    # `선전-홍콩 과학기술혁신 협력구를 … 운영하고, 2027 년까지 … 8 만 개 이상을 육성한다는 목표`: the plan's
    assert _figures(corpus_issue(306), 130) == []
    # `선전에는 … 메이커 공간이 300 곳 이상 모여 있어`: a count of what is located there is the place's
    assert _figures(corpus_issue(302), 163) == [("선전", Decimal("300"), "곳", None)]
    # `상하이(1,180 억 위안)와 선전(960 억 위안)이 2, 3 위를 차지했다`
    assert _figures(corpus_issue(306), 188)[1:] == [("상하이", Decimal("118000000000"), "위안", 2),
                                            ("선전", Decimal("96000000000"), "위안", 3)]


def test_a_figure_takes_the_period_its_paragraph_or_article_names(corpus_issue):
    # the title names it: `2025 중국 창업 도시 지수: …`; a bare `1~9 월` in the paragraph
    assert {y for _, _, y in _years(corpus_issue(306), 178) + _years(corpus_issue(306), 188)} == {2025}
    assert {y for _, _, y in _years(corpus_issue(305), 78)} == {2025}
    # the article's opening paragraph dates its own figures with `올해` … `10 월 8 일 발표`
    assert {y for _, _, y in _years(corpus_issue(302), 117) + _years(corpus_issue(302), 119)} == {2025}
    # a part's opening paragraph: `2025 년 6 월 말 기준 … 기업 수는` dates `각각 50 개 이상` below it
    assert {y for _, _, y in _years(corpus_issue(303), 153)} == {2025}
    # a target year dates its own figure: `2027 년까지 … 3,000 억 위안 이상`, then `2024 년 … 960 억 위안`
    assert _years(corpus_issue(301), 111) == [("광둥성", "3,000억 위안 이상", 2027), ("선전", "960억 위안", 2024),
                                      ("광저우", "520억 위안", 2024)]


def test_a_figure_whose_text_names_no_period_has_no_year(corpus_issue):
    # `2) 지역 분포`: no year; the article's opening paragraph names `2024 년 정부업무보고` (no figure)
    assert {y for _, _, y in _years(corpus_issue(304), 174)} == {None}
    # the title's `(연합뉴스. 2025.11.3)` is the source's date; `2025 년 … 시장 규모` dates its own paragraph
    assert {y for _, _, y in _years(corpus_issue(306), 142)} == {None}
    assert {y for _, _, y in _years(corpus_issue(306), 140)} == {2025, 2030}
    # the opening paragraph's `2025.10.28` is the day the plan was announced
    assert {y for _, _, y in _years(corpus_issue(306), 124)} == {None}


def test_a_target_year_dates_only_its_sentence():
    result = extract_issue(Path(__file__).resolve().parents[1] / "raw" / "kic-china-weekly-268.txt", "raw", Settings())
    # `2021년 … 후베이성은 12.9% … 2022년 후베이성 경제 성장률 목표를 약 7%로 설정했다. 그 뒤를 이어 하이난성과 …`
    got = [(f.region_ko, f.raw, f.year) for f in result.records["figures"] if f.line == 173]
    assert got == [("후베이성", "12.9%", 2021), ("후베이성", "약 7%", 2022), ("하이난성", "11.2%", 2021),
                   ("산시성", "9.1%", 2021)]


# ── company cards ─────────────────────────────────────────────────────────────────────


def test_company_cards_keep_funding_qualifiers_and_split_latin_names_with_digits(corpus_issue):
    cards = {c["name"]: c for c in records_of(corpus_issue(301), "companies")}
    job = cards["51Job"]
    assert (job["brand_zh"], job["name_zh"], job["founded"], job["founded_raw"]) == (
        "前程无忧", "前程无忧网络科技有限公司", None, "1998.10")
    assert (job["funding_value"], job["funding_unit"], job["funding_approx"]) == (5700000000, "달러", True)
    welion = cards["웨이란신에너지"]
    assert (welion["funding_value"], welion["funding_bound"], welion["funding_cumulative"]) == (3000000000, "min", True)
    hk = {c["name"]: c for c in records_of(corpus_issue(303), "companies")}["유비쉬안"]
    assert (hk["funding_value"], hk["funding_unit"], hk["funding_approx"]) == (1000000000, "홍콩달러", True)


# ── bilingual lists of any organisation ───────────────────────────────────────────────


def test_any_bilingual_list_is_typed(corpus_issue):
    entries = records_of(corpus_issue(302), "list_entries")
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


def test_every_year_column_is_read_as_an_indicator_year(corpus_issue):
    rows = [(i["year"], i["year_label"], i["value"], i["unit"]) for i in records_of(corpus_issue(304), "indicators")
            if i["indicator"] == "인공지능 핵심 산업 규모"]
    assert rows == [(2024, "2024년", 900000000000, "위안"), (2027, "2027년(E)", 1500000000000, "위안"),
                    (2030, "2030년(E)", 3000000000000, "위안")]
