"""Shapes held-out issues 725–732 showed when first read (tests/corpus/heldout): articles numbered after their
category's letter (`A-1.`), rules above and below a masthead, the places that passed a mark counted in native numerals,
a rate the subject is above, the level of the year compared with, a region that is also a word before the measure
and its figure, a tie in a revised target; and, in a PDF's text, contents categories whose mark the font did not
print. Values read by hand from the issues' lines."""

from conftest import ROOT, figures_at, records_of, warnings_of

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings


def test_articles_numbered_after_their_categorys_letter(corpus_issue):
    # 732 l.9 `〔A〕 포커스 차이나` over `  · 지방 양회 개막, … ·········· 2`; l.27 `A-1. 지방 양회 개막, 성급 지역 2034년 성장
    # 목표 점검`, l.39 `A-2. …`, l.61 `B-1. …`, l.80 `B-2. …`, l.93 `C-1. …`, l.108 `C-2. …`, l.124 `D-1. …`, l.142 `D-2. …`
    result = corpus_issue(732)
    assert [(s["category"], s["page_start"], s["title_line"]) for s in records_of(result, "sections")] == [
        ("포커스 차이나", 2, 27), ("포커스 차이나", 3, 39), ("지역 리포트", 4, 61), ("지역 리포트", 6, 80),
        ("스타트업 탐방", 7, 93), ("스타트업 탐방", 8, 108), ("센터 소식", 9, 124), ("센터 소식", 10, 142)]
    assert records_of(result, "sections")[0]["title"] == "지방 양회 개막, 성급 지역 2034년 성장 목표 점검"
    assert warnings_of(result, "toc_entry_not_in_body") == []
    # l.43 `〈표 1〉 주요 성 2033년 분기별 GDP 성장률 (단위: %)` over `지역	1분기	2분기	3분기	4분기` and seven rows
    table = records_of(result, "tables")[0]
    assert table["header"] == ["지역", "1분기", "2분기", "3분기", "4분기"]
    assert table["rows"][0] == ["광둥성", "4.5", "4.2", "3.8", "4.0"]


def test_rules_above_and_below_the_masthead_are_no_title(corpus_issue):
    # 732 l.1 `━━━…`, l.2 `KIC CHINA WEEKLY  주간 중국 창업`, l.3 `No. 732  |  2034년 1월 20일 (금)`, l.5 `━━━…`
    result = corpus_issue(732)
    issue = records_of(result, "issues")[0]
    assert (issue["title"], issue["number"], issue["date"]) == ("KIC CHINA WEEKLY 주간 중국 창업", 732, "2034-01-20")
    assert warnings_of(result, "masthead_unparsed") == []
    # 610 l.2 `═══…`, l.3 `KIC CHINA STARTUP WEEKLY`, l.4 `주간 중국 창업`, l.5 `No. 610  ·  2031.9.19 (금)`, l.6 `═══…`
    assert records_of(corpus_issue(610), "issues")[0]["title"] == "KIC CHINA STARTUP WEEKLY"
    assert not [w for w in warnings_of(corpus_issue(610), "line_unassigned") if w[0] in (2, 6)]


def test_places_that_passed_a_mark_counted_in_native_numerals(corpus_issue):
    # 726 l.70 `2033 년 1~3 분기 투자액이 1,000 억 위안을 넘은 네 개 지역은 베이징(北京), 상하이(上海), 광둥성이었다.`
    result = corpus_issue(726)
    assert figures_at(result, 70)[:3] == [("베이징", "100000000000", None, "min", 2033),
                                          ("상하이", "100000000000", None, "min", 2033),
                                          ("광둥성", "100000000000", None, "min", 2033)]
    assert [line for line, _ in warnings_of(result, "count_mismatch")] == [70]  # (four counted, three named)


def test_a_rate_the_subject_is_above_is_the_others(corpus_issue):
    # 729 l.47 `… 성장률은 장쑤성이 5.1%로 광둥성의 4.6%를 웃돌았다.`
    assert figures_at(corpus_issue(729), 47)[-2:] == [("장쑤성", "5.1", None, None, 2033), ("광둥성", "4.6", None, None, 2033)]


def test_the_level_of_the_year_compared_with_is_that_years(corpus_issue):
    # 730 l.73 `반면 광저우(广州)의 2033 년 투자액은 528 억 위안에 그쳐 2032 년의 611 억 위안보다 13.6% 감소했다.`
    assert figures_at(corpus_issue(730), 73)[:3] == [("광저우", "52800000000", None, None, 2033),
                                                     ("광저우", "61100000000", None, None, 2032),
                                                     ("광저우", "-13.6", None, None, 2033)]
    # 620 l.70 `후베이성(湖北省)은 64 억 위안으로 2030 년의 91 억 위안보다 29.7% 줄었다.` (as `2028 년의 2.84%보다` always was)
    assert figures_at(corpus_issue(620), 70)[:3] == [("후베이성", "6400000000", None, None, 2031),
                                                     ("후베이성", "9100000000", None, None, 2030),
                                                     ("후베이성", "-29.7", None, None, 2031)]


def test_a_region_that_is_also_a_word_before_its_measure_and_figure(corpus_issue):
    # 730 l.87 `광둥성 도시 가운데서는 선전이 GDP 5 조 5,870 억 위안으로 1 위, 광저우가 4 조 5,120 억 위안으로 2 위를 차지했다.`
    assert figures_at(corpus_issue(730), 87)[:2] == [("선전", "5587000000000", 1, None, 2033),
                                                     ("광저우", "4512000000000", 2, None, 2033)]


def test_a_tie_in_revised_targets_ranks_nothing(corpus_issue):
    # 732 l.29 ranks the 2034 targets 하이난성 6.5% (1), 시짱 6% (2), 신장 5.5% (3); l.31 gives 산둥성 5%; l.33 `… 구이저우성과
    # 윈난성은 올해 성장 목표를 나란히 4%로 낮췄다.`: no 4th place
    assert figures_at(corpus_issue(732), 33)[-2:] == [("구이저우성", "4", None, None, 2034), ("윈난성", "4", None, None, 2034)]


def test_contents_categories_whose_mark_the_pdf_did_not_print(tmp_path):
    # 730 l.10 `◼ 정책 브리프`, l.11 `   02 │ 국무원, 「…」 발표 │ 국무원(国务院)`, …, l.13 `◼ 지역 포커스`: ReportLab's font
    # has no `◼`, so its text gives `지역 포커스` right under an entry that closes with its source
    text = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-730.txt").read_text(encoding="utf-8")
    path = tmp_path / "kic-china-weekly-730.txt"
    path.write_text(text.replace("◼ ", ""), encoding="utf-8")
    result = extract_issue(path, path.name, Settings())
    assert [(e["category"], e["page"]) for e in records_of(result, "issues")[0]["toc"]] == [
        ("정책 브리프", 2), ("정책 브리프", 3), ("지역 포커스", 5), ("스타트업 인사이드", 7), ("센터 다이어리", 9),
        ("센터 다이어리", 10)]
    assert [(s["category"], s["title_line"]) for s in records_of(result, "sections")] == [
        ("정책 브리프", 26), ("정책 브리프", 44), ("지역 포커스", 84), ("스타트업 인사이드", 105), ("센터 다이어리", 130),
        ("센터 다이어리", 139)]
