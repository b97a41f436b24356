"""Shapes held-out issues 541–544 showed when first read (tests/corpus/heldout): a `단위:` line printed over a
table's title (or a title a blank line over it), a card's name line after an unnumbered kind in brackets (`[기업 카드] 링지로봇(灵肌机器人)`), a count's
list whose first two places are joined by `와`, and one whose last place is a zone named after its city. Every value
asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_unit_line_over_the_title_is_the_tables_unit(corpus_issue):
    # 543 l.244 `단위: 억 위안`, l.245 `표 3) 쓰촨·충칭·산시 주요 국가급 경제기술개발구`, l.247 `… 청두경제기술개발구(…) … 1,862`,
    # l.262 `합계 … 7,806`
    result = corpus_issue(543)
    table = next(t for t in records_of(result, "tables") if t["title"] == "표 3) 쓰촨·충칭·산시 주요 국가급 경제기술개발구")
    assert (table["unit"], table["line_start"]) == ("억 위안", 244)
    amounts = {a["line"]: (a["value"], a["unit"]) for a in records_of(result, "amounts") if a["table_id"] == table["table_id"]}
    assert amounts[247] == ("186200000000", "위안") and amounts[262] == ("780600000000", "위안")


def test_a_card_named_after_a_kind_in_brackets(corpus_issue):
    # 543 l.191 `[기업 카드] 링지로봇(灵肌机器人)` / `설립: 2026 년 3 월 | …` / `투자 유치: 시리즈 B 4억 위안 (2030 년 5 월) / …`;
    # l.202 `[기업 카드] 싱하이즈넝(星海智能)` / `설립: 2024 년 8 월 | …` / `투자 유치: 시리즈 C 2억 8,000만 달러 / …`
    cards = [(c["name"], c["name_zh"], c["founded_raw"], c["funding_value"], c["funding_unit"])
             for c in records_of(corpus_issue(543), "companies")]
    assert cards[:2] == [("링지로봇", "灵肌机器人", "2026년 3월", 400000000, "위안"),
                         ("싱하이즈넝", "星海智能", "2024년 8월", 280000000, "달러")]
    assert len(cards) == 3
    assert warnings_of(corpus_issue(543), "card_label_unknown") == []


def test_a_count_checked_against_places_joined_by_wa(corpus_issue):
    # 542 l.46 `… 4,500 억 위안을 넘은 도시는 상하이시와 충칭시, 베이징시 세 곳이었다.`: three named, no mismatch; l.157
    # `시범기지 세 곳, 즉` names four
    counts = warnings_of(corpus_issue(542), "count_mismatch")
    assert [line for line, _ in counts] == [157]


def test_a_count_checked_against_a_list_closed_by_a_zone(corpus_issue):
    # 543 l.234 `… 상위권에 든 곳은 모두 여섯 곳으로, 청두·충칭·시안·우한·창사경제기술개발구가 이름을 올렸다.`: five named
    assert warnings_of(corpus_issue(543), "count_mismatch") == [
        (234, "the text says 6곳 but lists 5: 청두, 충칭, 시안, 우한, 창사경제기술개발구")]


def test_a_title_a_blank_line_over_the_unit_line_is_the_tables_title():
    # 302's Ghostscript print sets `표 1) 한중 경제 교류 주요 지표`, a blank line, then `단위: 억 달러` over the header (as the
    # text's l.147–148 print them together)
    from pathlib import Path

    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    pdf = Path(__file__).parent / "corpus" / "pdf" / "kic-china-weekly-302.ghostscript.pdf"
    tables = records_of(extract_issue(pdf, pdf.name, Settings()), "tables")
    assert [(t["title"], t["unit"]) for t in tables if t["unit"] == "억 달러"] == [("표 1) 한중 경제 교류 주요 지표", "억 달러")]


def test_a_total_row_counting_its_rows_in_the_name_column(corpus_issue):
    # 541 l.235 `계	7 곳	1,268.93	9,049` under `… | 산업단지 | 면적(㎢) | 입주 첨단기업(개)`: the count is an amount of the
    # total row, which keeps `계` as its label
    amounts = [(a["row_label"], a["column_label"], a["value"], a["unit"])
               for a in records_of(corpus_issue(541), "amounts") if a["line"] == 235]
    assert amounts == [("계", "산업단지", "7", "곳"), ("계", "면적(㎢)", "1268.93", "㎢"), ("계", "입주 첨단기업(개)", "9049", "개")]


def test_a_total_rows_count_checked_against_the_names_above_it(tmp_path, corpus_issue):
    # 541 l.235 `계	7 곳	1,268.93	9,049` over seven parks: the count agrees, the firms (8,949 added up) do not
    assert warnings_of(corpus_issue(541), "total_mismatch") == [
        (235, "kic-china-weekly-541/t06 계 입주 첨단기업(개): printed 9,049, but its 7 parts add up to 8,949")]
    # and the same table with its count printed one too high
    from pathlib import Path

    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    text = (Path(__file__).parent / "corpus" / "heldout" / "kic-china-weekly-541.txt").read_text(encoding="utf-8")
    assert "\n계\t7 곳\t" in text
    planted = tmp_path / "kic-china-weekly-541.txt"
    planted.write_text(text.replace("\n계\t7 곳\t", "\n계\t8 곳\t"), encoding="utf-8")
    assert (235, "kic-china-weekly-541/t06 계 산업단지: printed 8 곳, but the column names 7") \
        in warnings_of(extract_issue(planted, planted.name, Settings()), "total_mismatch")


def test_kukga_after_a_count_is_a_noun_not_a_count_of_countries(corpus_issue):
    # 491 l.123 `… 서부 4 개 국가 컴퓨팅 허브, 즉 구이저우(贵州), 네이멍구(内蒙古), 간쑤(甘肃), 닝샤(宁夏) 허브를 중심으로 …`:
    # four hubs named, no count of countries (l.99's `세 곳, 즉` naming four is the issue's one miscount)
    assert [line for line, _ in warnings_of(corpus_issue(491), "count_mismatch")] == [99]


def test_a_band_of_chief_industries_qualified_by_a_word(corpus_issue):
    # 512 l.103 `량장신구는 4대 주력 산업, 즉 스마트 커넥티드 신에너지차·전자정보·바이오의약·첨단 장비·디지털 경제를 …`: five named
    assert warnings_of(corpus_issue(512), "count_mismatch") == [
        (103, "the text says 4대 주력 but lists 5: 스마트 커넥티드 신에너지차, 전자정보, 바이오의약, 첨단 장비, 디지털 경제")]
    # 379 l.220 `전자정보·바이오의약·디지털경제를 3대 주력 산업으로 두고 있다`: no three vehicles
    assert [f for f in figures_at(corpus_issue(379), 220) if f[1] == "3"] == []
