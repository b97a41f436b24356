"""Issues as a PDF prints them when its producer sets no space between paragraphs (a Typst print of the held-out
issues showed each): the text then has no blank line to part a masthead from the contents under it, a caption from the
paragraph above it (texts print such captions too: a short line right over a table's rows), or an article's heading
from its first table. Held-out issues are read as printed and with those blank lines taken out; every value asserted
was read off the issues' text by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT, records_of, warnings_of

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

HELDOUT = ROOT / "tests" / "corpus" / "heldout"


def _without_lines(tmp_path: Path, number: int, drop: set[int]):
    """The held-out issue `number` with the (blank) lines `drop` taken out, extracted."""
    lines = (HELDOUT / f"kic-china-weekly-{number}.txt").read_text(encoding="utf-8").split("\n")
    assert all(not lines[k - 1].strip() for k in drop)  # only blank lines go
    path = tmp_path / f"kic-china-weekly-{number}.txt"
    path.write_text("\n".join(t for k, t in enumerate(lines, 1) if k not in drop), encoding="utf-8")
    return extract_issue(path, path.name, Settings())


def test_a_contents_title_under_a_heavy_bar_ends_the_masthead_above_it(tmp_path):
    # 934 l.1–7: the masthead's lines, then `┃ 이번 호 차례` and the entries, the blank lines between taken out
    result = _without_lines(tmp_path, 934, {6, 8, 12, 16})
    issue = records_of(result, "issues")[0]
    assert (issue["number"], issue["publisher"]) == (934, "글로벌혁신센터(KIC 중국)")
    titles = [(s["category"], s["title"], s["page_start"]) for s in records_of(result, "sections")]
    assert titles[:3] == [("Weekly 뉴스", "서부 12개 성·자치구·시, 1~10월 수출입 성적 엇갈려", 2),
                          ("Weekly 뉴스", "하이난 자유무역항, 중점 산업단지가 성장 이끈다", 3),
                          ("이슈 분석", "도시별 '작은 거인' 기업 지도 다시 그려졌다", 5)]
    assert len(titles) == 7
    assert warnings_of(result, "masthead_unparsed") == []


@pytest.mark.parametrize(("number", "title", "unit", "first_line"), [
    (910, "광둥성 주요 도시 디지털경제 규모", "억 위안", 52),  # l.51 `… 따르면 2036…` / l.52 the title / l.53 `단위: 억 위안`
    (912, "주요 거시경제 지표 추이", "%", 29),  # l.28 `소비 진작을 위해서는 …` / l.29 the title / l.30 `단위: %`
])
def test_a_plain_title_over_a_unit_line_right_under_a_paragraph_is_the_table_s(corpus_issue, number, title, unit, first_line):
    table = next(t for t in records_of(corpus_issue(number), "tables") if t["line_start"] in (first_line, first_line + 1))
    assert (table["title"], table["unit"], table["line_start"]) == (title, unit, first_line)


@pytest.mark.parametrize(("number", "title", "first_line"), [
    (910, "국가급 신구 현황(지정 순, 일부)", 70),  # l.69 `중국에는 현재 19곳의 국가급 신구가 있다. …` / l.70 / l.71 `번호 신구 …`
    (674, "표 1 | 분기별 창업 지표", 43),  # l.42 `시장감독관리총국 통계에 따르면 …` / l.43 / l.44 `지표 2031년 4분기 …`
    (899, "‘인공지능+’ 제조업 주요 지표", 59),  # l.58 `국무원은 3 월 27 일 …` / l.59 / l.60 `지표 2036 년 …`
])
def test_a_short_line_right_over_a_table_s_rows_under_a_paragraph_is_its_title(corpus_issue, number, title, first_line):
    table = next(t for t in records_of(corpus_issue(number), "tables") if t["line_start"] in (first_line, first_line + 1))
    assert (table["title"], table["line_start"]) == (title, first_line)


def test_a_title_naming_its_columns_units_right_under_a_paragraph_gives_them(tmp_path):
    # 936 l.88 a paragraph, l.90 `국가 인공지능 혁신응용 선도구 현황 (입주기업: 개, 산업 규모: 억 위안)`, the blank l.89 taken
    # out; row 1 `… 베이징시 1,260 2,140`
    result = _without_lines(tmp_path, 936, {89})
    table = next(t for t in records_of(result, "tables") if t["title"] and t["title"].startswith("국가 인공지능"))
    amounts = [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["table_id"] == table["table_id"]]
    assert amounts[:2] == [("1260", "개"), ("214000000000", "위안")]


def test_a_numbered_heading_straight_over_its_first_table_opens_its_article(tmp_path):
    # 936 l.120 `◆ CHINA 창업 ◆`, l.122 `1. AI·바이오 유망 스타트업 2 곳 — …`, l.124 `기업 선쓰즈넝 …` (a card as a table),
    # the blank lines l.121 and l.123 taken out; the next article `2. 12 월 둘째 주 주요 투자 유치` follows on p. 9
    result = _without_lines(tmp_path, 936, {121, 123})
    titles = [(s["category"], s["title"], s["page_start"]) for s in records_of(result, "sections")]
    assert titles[-2:] == [("CHINA 창업", "AI·바이오 유망 스타트업 2 곳", 8), ("CHINA 창업", "12월 둘째 주 주요 투자 유치", 9)]
