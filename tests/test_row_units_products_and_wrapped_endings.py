"""Kinds met in a twenty-first round (1133 delivery platforms, 1135 clinical trials, 1137 EV charging, 1139 student
start-ups): a `단위:` line going on to its source after a bar, units a `단위:` line's brackets give some rows, a column of
products (a count times an amount per item) that no row sums, `종` (kinds) as a unit, and endings wrapped off a line in
PDFs (`순으` | `로`, `이었지` | `만`); read by hand from the lines named, and on text of my own."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of

from kic_extract.pdf.wraps import join_text
from kic_extract.segment.tables import row_units, table_unit
from kic_extract.typed.prose_figures import block_to_figures


def _amounts(result, *lines: int) -> list[tuple]:
    return [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] in lines]


def test_a_unit_line_going_on_to_its_source(corpus_issue):
    # 1139 l.60 `베이징\t45\t46\t48\t+2` over `단위: 건 / 출처: 중국 국제 대학생 혁신대회 조직위원회 발표 자료 재구성` (l.76)
    assert _amounts(corpus_issue(1139), 60) == [("45", "건"), ("46", "건"), ("48", "건"), ("2", "건")]
    assert table_unit("단위: 위안 / 출처: 각 지방정부 발표 자료 종합") == "위안"


def test_units_some_rows_take_from_the_brackets(corpus_issue):
    # 1137 l.52: `단위: 만 대(배터리 교환소는 곳, 직류 비중은 %)`; l.54 `공공 충전기\t179.7\t…`, l.57 `공공 중 직류 비중\t42.3\t…`,
    # l.58 `배터리 교환소\t1,973\t…`
    result = corpus_issue(1137)
    assert _amounts(result, 54)[0] == ("1797000", "대")
    assert _amounts(result, 57)[0] == ("42.3", "%")
    assert _amounts(result, 58)[0] == ("1973", "곳")
    assert row_units("단위: 억 위안(수출 건수는 건)") == [("수출 건수", "건")]


def test_a_column_of_products_sums_no_row(corpus_issue):
    # 1139 l.273-276: `구분 | 팀 수 | 팀당 상금(위안) | 상금 합계(위안)` over `최우수상 | 2팀 | 15,000 | 30,000`: the total is
    # a product; the issue's one total fault (l.74, `합계 … 298` where its rows add up to 288) is still told
    assert [line for line, _ in warnings_of(corpus_issue(1139), "total_mismatch")] == [74]


def test_kinds_counted(corpus_issue):
    # 1063 l.201: `하이난성(海南省)에서는 올해 1~9월 해외 미승인 혁신약·의료기기 420종이 …`
    assert ("하이난성", "420", None, None, 2025) in figures_at(corpus_issue(1063), 201)
    figures, _ = block_to_figures("광둥성은 지금까지 신약 90 종 이상을 도입했다. 상하이는 3 종합병원을 지정했다.", 2025)
    assert [(f["region_ko"], f["value"], f["unit"], f["bound"]) for f in figures] == [("광둥성", "90", "종", "min")]


def test_endings_wrapped_off_a_line():
    # LibreOffice's print of 1139 wraps `… 3.9% 순으` | `로 높았다`, Ghostscript's `… 그 뒤를 이었지` | `만 증가율은`
    assert join_text("장쑤성 3.9% 순으", "로 높았다.", False, "") == "장쑤성 3.9% 순으로 높았다."
    assert join_text("청두가 9,800곳으로 그 뒤를 이었지", "만 증가율은", False, "") == "청두가 9,800곳으로 그 뒤를 이었지만 증가율은"
    # a word that may stand alone stays apart (`만 명`, ten thousand)
    assert join_text("참가자는 모두 3", "만 명이다.", False, "") != "참가자는 모두 3만명이다."


def test_the_width_of_a_change_is_ranked_not_its_level(corpus_issue):
    # 396 l.142-145: `선전시(深圳市)는 투자 금액이 872억 위안으로 12.4% 줄어 주요 도시 가운데 | 감소 폭이 가장 컸다`: the fall
    assert [f[1:3] for f in figures_at(corpus_issue(396), 142)][:2] == [("87200000000", None), ("-12.4", 1)]
    figures, _ = block_to_figures("광둥성은 37건으로 8건 늘어 증가 폭이 가장 컸다.", 2025)
    assert [(f["value"], f["rank"]) for f in figures] == [("37", None), ("8", 1)]
