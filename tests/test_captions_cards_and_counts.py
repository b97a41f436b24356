"""Shapes held-out issues 541–544 showed when first read (tests/corpus/heldout): a `단위:` line printed over a
table's title (or a title a blank line over it), a card's name line after an unnumbered kind in brackets (`[기업 카드] 링지로봇(灵肌机器人)`), a count's
list whose first two places are joined by `와`, and one whose last place is a zone named after its city. Every value
asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def _warnings(result, code: str) -> list[tuple[int, str]]:
    return [(w.line, w.message) for w in result.warnings if w.code == code]


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
    assert _warnings(corpus_issue(543), "card_label_unknown") == []


def test_a_count_checked_against_places_joined_by_wa(corpus_issue):
    # 542 l.46 `… 4,500 억 위안을 넘은 도시는 상하이시와 충칭시, 베이징시 세 곳이었다.`: three named, no mismatch; l.157
    # `시범기지 세 곳, 즉` names four
    counts = _warnings(corpus_issue(542), "count_mismatch")
    assert [line for line, _ in counts] == [157]


def test_a_count_checked_against_a_list_closed_by_a_zone(corpus_issue):
    # 543 l.234 `… 상위권에 든 곳은 모두 여섯 곳으로, 청두·충칭·시안·우한·창사경제기술개발구가 이름을 올렸다.`: five named
    assert _warnings(corpus_issue(543), "count_mismatch") == [
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
