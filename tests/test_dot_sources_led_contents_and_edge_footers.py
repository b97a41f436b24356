"""Shapes held-out issues 505–508 showed when first read (tests/corpus/heldout): a contents entry's source after a
middle dot, a contents entry's page before a name whose Korean reads its number, contents entries led by their page
with no indent (as a PDF's text gives them) and a heading printed with radicals for its Chinese, a total row naming
its group before the count, a list of places qualifying the subject chosen, and a footer line on two pages only.
Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import records_of

from kic_extract.ingest import text_to_lines
from kic_extract.names.mentions import lines_to_mentions
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

HELDOUT = Path(__file__).parent / "corpus" / "heldout"


def test_a_contents_source_after_a_middle_dot(corpus_issue):
    # 506 l.12–13 ` 2  창장삼각주(长三角) 3성 1시 R&D 경비 비교…투입 강도는 상하이, 증가율은` / `    안후이성이 1위 · 과학기술부(科学技术部)`
    toc = records_of(corpus_issue(506), "issues")[0]["toc"]
    assert [(e["title"], e["source"], e["page"]) for e in toc[:2]] == [
        ("창장삼각주(长三角) 3성 1시 R&D 경비 비교…투입 강도는 상하이, 증가율은 안후이성이 1위", "과학기술부", 2),
        ("서부 12개 성·구·시 고정자산투자, 신장 '질주'·구이저우 '주춤'", "21세기경제보도", 3)]
    assert [s["line_start"] for s in records_of(corpus_issue(506), "sections")][:3] == [34, 61, 84]


def test_a_page_before_a_name_whose_korean_reads_its_number():
    # 506 l.12 ` 2  창장삼각주(长三角) …`: 삼 reads 三, the 2 is the entry's page
    text = (HELDOUT / "kic-china-weekly-506.txt").read_text(encoding="utf-8")
    assert [(m.text, m.zh) for m in lines_to_mentions(text_to_lines(text)) if m.line == 12] == [("창장삼각주", "长三角")]


def test_contents_led_by_their_page_with_no_indent_and_a_heading_in_radicals(tmp_path):
    # 506's contents as a PDF's text gives them, `2 창장삼각주(⻓三⾓) …` with no indent, its first heading in radicals
    lines = (HELDOUT / "kic-china-weekly-506.txt").read_text(encoding="utf-8").split("\n")
    for k in range(11, 24):
        lines[k] = re.sub(r"^\s*(\d{1,2})\s+", r"\1 ", lines[k]).lstrip()
    lines[33] = lines[33].replace("长三角", "⻓三⾓")
    assert lines[11].startswith("2 창장") and lines[12].startswith("안후이성이")
    path = tmp_path / "kic-china-weekly-506.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = extract_issue(path, path.name, Settings())
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["page"], e["category"]) for e in toc] == [(2, "차이나 브리핑"), (3, "차이나 브리핑"), (4, "차이나 브리핑"),
                                                         (5, "스타트업 포커스"), (6, "스타트업 포커스"), (7, "스타트업 포커스"),
                                                         (9, "KIC 소식"), (10, "KIC 소식")]
    sections = records_of(result, "sections")
    assert [(s["line_start"], s["page_start"]) for s in sections][:2] == [(34, 2), (61, 3)]


def test_a_total_row_naming_its_group_before_the_count(corpus_issue):
    # 508 l.77 `중부 6개 성 계	313,680	328,820	345,480	4.8`: 2028's parts add up to 344,580
    warnings = [(w.line, w.message) for w in corpus_issue(508).warnings if w.code == "total_mismatch"]
    assert warnings == [(77, "kic-china-weekly-508/t01 중부 6개 성 계 2028년(억 위안): printed 345,480, but its 6 parts add up "
                             "to 344,580")]


def test_a_list_of_places_qualifying_the_subject_chosen(corpus_issue):
    # 508 l.94 `… 지역 기지는 모두 여섯 곳으로, 창사(长沙)·난창(南昌)·허페이·정저우(郑州)·타이위안(太原)의 첨단기술산업개발구가
    # 이름을 올렸다.`
    warnings = [(w.line, w.message) for w in corpus_issue(508).warnings if w.code == "count_mismatch"]
    assert warnings == [(94, "the text says 6곳 but lists 5: 창사(长沙), 난창(南昌), 허페이, 정저우(郑州), 타이위안(太原)")]


def test_a_pdf_drops_a_line_first_or_last_on_two_pages_word_for_word():
    # 508's `ⓒ KIC 중국 · 출처를 밝히고 자유롭게 활용하십시오` (l.70, l.151), set by a printer first on two of ten pages
    from kic_extract.pdf.lines import VisualLine
    from kic_extract.pdf.read import drop_running_lines

    def line(page: int, top: float, text: str) -> VisualLine:
        return VisualLine(page, top, top + 8, 50, 400, 7.5, text, 20)

    footer = "ⓒ KIC 중국 · 출처를 밝히고 자유롭게 활용하십시오"
    pages = [([line(k, 23, footer)] if k in (3, 7) else []) + [line(k, 300, f"본문 {k}") for _ in range(3)] for k in range(10)]
    kept = drop_running_lines(pages, [842.0] * 10, 36.0)
    assert not [ln for page in kept for ln in page if ln.text == footer]
    assert sum(len(page) for page in kept) == 30
