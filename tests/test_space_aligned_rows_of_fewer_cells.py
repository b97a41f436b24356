"""A row of a space-aligned table with fewer cells than its columns (a total row, a group's blank cell) has each cell
put under the column it stands under, by the printed width of what is before it. Rows read by hand from the issues."""

from __future__ import annotations

from conftest import records_of, warnings_of


def _rows(result, caption_word: str) -> list[list[str | None]]:
    return next(t["rows"] for t in records_of(result, "tables") if t["title"] and caption_word in t["title"])


def test_a_total_row_under_its_column(corpus_issue):
    issue = corpus_issue(983)
    # 983 l.184 `합계` then, under the 금액 column, `208.6`; the ten rounds add up to 206.8 (keyed)
    assert _rows(issue, "10대 투자")[-1] == ["합계", None, None, None, None, "208.6"]
    assert any(line == 184 and "printed 208.6" in message for line, message in warnings_of(issue, "total_mismatch"))


def test_a_blank_group_cell(corpus_issue):
    # 984 l.224 `           하이퍼팜     수직농장 작물 생육 AI               8,000`: the award's cell left blank, filled from
    # the row above (`우수상`)
    rows = _rows(corpus_issue(984), "수상")
    assert ["우수상", "하이퍼팜", "수직농장 작물 생육 AI", "8,000"] in [[c for c in row if c is not None] for row in rows]


def test_a_table_going_on_past_a_pages_furniture(corpus_issue):
    # 984 l.154 `6      저장농림대학     浙江农林大学`, a page break with its footer and head, then `린안구   2,140` under the last two
    # columns and rows 7 and 8: one table, row 6 whole, the rows after the break under the same header (`… 창업자 수(명)`)
    rows = _rows(corpus_issue(984), "대학")
    assert ["6", "저장농림대학", "浙江农林大学", "린안구", "2,140"] in rows
    assert rows[-1] == ["8", "항저우사범대학", "杭州师范大学", "위항구", "3,050"]
    amounts = [(a["raw"], a["unit"]) for a in records_of(corpus_issue(984), "amounts") if a["line"] == 164]
    assert amounts == [("3,050", "명")]


def test_card_lines_of_long_values(corpus_issue):
    # 984 l.194–195 `기업   나오링커지(脑灵科技) 上海脑灵科技有限公司   창립연도   2033.6` / `홈페이지   https://…   자금조달 상황   시리즈
    # B+, 약 1 억 2,000 만 달러`: a card, its funding read
    companies = {c["name"]: c for c in records_of(corpus_issue(984), "companies")}
    card = companies["나오링커지"]
    assert (card["name_zh"], card["brand_zh"], card["founded_raw"]) == ("上海脑灵科技有限公司", "脑灵科技", "2033.6")
    assert (card["funding"], card["funding_value"], card["funding_unit"], card["funding_approx"]) == (
        "시리즈 B+, 약 1억 2,000만 달러", 120000000, "달러", True)


def test_a_barred_table_cut_by_a_page_break(corpus_issue):
    # 994 l.116–128 `| 번호 | 센터 명칭 | 中文名 | 소재 도시 | 참여 기관(곳) |`, rows numbered 1–5 (`| 2 | 국가 휴머노이드 로봇
    # 혁신센터 | 国家人形机器人创新中心 | 상하이 | 41 |`: no contents entry, though its second cell has four words), row 4 cut
    # by a page break (`… | 国家低轨卫星通信创新中心 |`, the footer and head, `산시성 시안 | 22 |`)
    rows = _rows(corpus_issue(994), "혁신센터")
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5"]
    assert rows[3] == ["4", "국가 저궤도 위성통신 혁신센터", "国家低轨卫星通信创新中心", "산시성 시안", "22"]
