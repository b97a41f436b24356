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
