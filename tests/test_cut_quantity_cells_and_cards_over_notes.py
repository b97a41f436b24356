"""A row's last cell cut off by a page break when it is a quantity under a column of quantities, and company cards in
lines of fields over a `※` note. Values read by hand from held-out 911's and 910's lines."""

from conftest import records_of


def test_a_quantity_cut_off_a_row_by_a_page_break_is_its_last_cell(corpus_issue):
    # 911 l.94–98 `\t7\t청두고신구(成都高新区)\t쓰촨성 청두시` / page furniture / `1991년` / `\t8\t허페이고신구(…)\t…\t1991년`:
    # the column `국가급 지정` holds a year in every row
    table = next(t for t in records_of(corpus_issue(911), "tables") if t["header"] and t["header"][-1] == "국가급 지정")
    row = next(r for r in table["rows"] if r[1] == "7")
    assert row == ["A", "7", "청두고신구(成都高新区)", "쓰촨성 청두시", "1991년"]
    assert [r[1] for r in table["rows"]] == [str(n) for n in range(1, 11)]


def test_cards_of_fields_over_a_note_are_company_cards(corpus_issue):
    # 910 l.113–116 `◆ 윈둬우류(云舵物流) ─ 드론 물류` / `본사 광둥성 선전시 룽화구(龙华区) · 설립 2032년` /
    # `최신 라운드 시리즈 B(2037년 6월) · 1억 달러` / `누적 조달 약 2억 3,000만 달러`, prose after each card and, closing the
    # chunk past a page break, `※ 기업 정보는 … 투자 금액은 공개 기준임.` (l.131)
    result = corpus_issue(910)
    cards = [(c["name"], c["name_zh"], c["founded_raw"], c["funding_value"], c["funding_unit"], c["page"])
             for c in records_of(result, "companies") if c["line_start"] >= 113]
    assert cards == [("윈둬우류", "云舵物流", "2032년", 100000000, "달러", 8),
                     ("톈후이싱쭤", "天汇星座", "2030년", 800000000, "위안", 8),
                     ("펑추이항쿵", "风翠航空", "2034년", 120000000, "위안", 9)]
    cumulative = [(a["line"], a["value"], a["approx"], a["bound"]) for a in records_of(result, "amounts")
                  if a["line"] in (116, 121) and a["cumulative"]]
    assert cumulative == [(116, "230000000", True, None), (121, "2000000000", False, "min")]
    # the fields are a card's, no region's figures (`룽화구` was given the card's 1억 달러)
    assert [f for f in records_of(result, "figures") if 114 <= f["line"] <= 129 and f["unit"] in ("달러", "위안")] == []
