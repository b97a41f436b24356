"""Page furniture in the text route: recognised by kind, dropped, pages recorded, joins made as
if the furniture were not there."""

from __future__ import annotations

from pathlib import Path

import pytest

from kic_extract.clean import lines_to_chunks
from kic_extract.clean.furniture import lines_to_candidates, lines_to_pages, page_number_of
from kic_extract.ingest import bytes_to_text, text_to_lines
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw" / "kic-china-weekly-268.txt"


def _lines(text: str):
    return text_to_lines(text)


@pytest.mark.parametrize("text, number", [
    ("- 7 -", 7), ("7 / 34", 7), ("p. 7", 7), ("P7", 7), ("7쪽", 7), ("- 12 / 34 -", 12), ("페이지 3", 3),
])
def test_page_number_shapes(text, number):
    assert page_number_of(text) == (number, True)


@pytest.mark.parametrize("text", ["2021 년 GDP", "제 268 호", "1)", "3.5", "- ▶ 항목 p12"])
def test_lines_that_are_not_page_numbers(text):
    assert page_number_of(text)[1] is False


def test_a_lone_number_in_a_list_is_not_a_page_number():
    text = "주간 중국 창업\n\n순위\n\n1\n\n본문 내용이 이어진다.\n"
    assert lines_to_candidates(_lines(text)) == []


def test_the_masthead_title_is_kept_though_the_running_header_repeats_it():
    body = "\n\n".join(f"{k}번째 쪽의 본문이다.\n\n- {k} -\n\n주간 중국 창업" for k in range(1, 5))
    lines = _lines("주간 중국 창업\n\n제 301 호 (2025.10.3)\n\n" + body + "\n\n마지막 쪽이다.\n")
    found = {f.line for f in lines_to_candidates(lines)}
    assert 1 not in found
    assert {ln.no for ln in lines if ln.text == "주간 중국 창업"} - found == {1}


def _page_break_lines(text: str) -> list[int]:
    """The blank lines of the shipped issue that are its PDF's page breaks (split paragraphs and
    tables), known from the issue's own joins."""
    chunks = lines_to_chunks(text_to_lines(text), Settings())
    return sorted({j.line + 1 for c in chunks for ln in c.lines for j in ln.joins}
                  | set(b for c in chunks for b in c.table_breaks))


STYLES = {
    "footer_then_header": lambda p: ["", f"- {p} -", "", "주간 중국 창업 제 268 호", ""],
    "header_with_count": lambda p: ["", f"주간 중국 창업 | 2022. 02. 23 | {p + 1} / 34", ""],
    "bare_number": lambda p: ["", str(p), ""],
    "tight": lambda p: [f"p. {p}", "KIC 중국 | www.kicchina.org"],
}


def _furnish(text: str, style) -> tuple[str, dict[int, int]]:
    """The issue with furniture at each page break; old line number → new line number."""
    breaks = set(_page_break_lines(text))
    out: list[str] = []
    where: dict[int, int] = {}
    page = 1
    for no, line in enumerate(text.split("\n"), start=1):
        if no in breaks:
            out.extend(style(page))
            page += 1
            continue
        out.append(line)
        where[no] = len(out)
    return "\n".join(out), where


@pytest.fixture(scope="module")
def plain():
    return extract_issue(RAW, "raw/268", Settings())


def _content(result):
    """What the records say, without where they were read from."""
    drop = {"line", "line_start", "line_end", "title_line", "row_lines", "award_line", "page", "page_start",
            "page_end", "table_breaks"}

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in drop}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return {name: strip([r.model_dump(mode="json") for r in records]) for name, records in result.records.items()}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_furniture_at_the_page_breaks_changes_no_record(tmp_path, plain, style):
    text, _ = bytes_to_text(RAW.read_bytes())
    furnished, where = _furnish(text, STYLES[style])
    path = tmp_path / "kic-china-weekly-268.txt"
    path.write_text(furnished, encoding="utf-8")
    result = extract_issue(path, "raw/268", Settings())
    assert _content(result) == _content(plain)
    assert result.coverage.unassigned == []
    furniture_lines = [no for no, ln in enumerate(furnished.split("\n"), start=1)
                       if ln and no not in where.values()]
    assert result.coverage.furniture == furniture_lines
    # the shipped issue's breaks inside text: 7 paragraph joins and 2 continued tables
    assert len(_page_break_lines(text)) == 9


def test_sections_get_the_pages_the_furniture_gives(tmp_path):
    text, _ = bytes_to_text(RAW.read_bytes())
    furnished, _ = _furnish(text, STYLES["footer_then_header"])
    path = tmp_path / "kic-china-weekly-268.txt"
    path.write_text(furnished, encoding="utf-8")
    result = extract_issue(path, "raw/268", Settings())
    pages = lines_to_pages(text_to_lines(furnished))
    assert pages.page_of_line is not None
    starts = [s.page_start for s in result.records["sections"]]
    assert starts == sorted(starts) and starts[0] >= 1
    # a section's page is the page its title line is printed on
    for section in result.records["sections"]:
        assert section.page_start == pages.page_of_line[section.title_line - 1]
