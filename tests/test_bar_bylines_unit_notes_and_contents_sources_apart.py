"""Shapes held-out issues 526 and 528 showed when first read (tests/corpus/heldout): bylines of labels with no colon
parted by a bar, a table's unit given in a note under it (`주: 단위는 건.`), a row label's share of a measure
(`(GDP 대비 %)`), and a contents entry's source and page set apart from its title, as a PDF's text gives it. Every
value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from pathlib import Path

from conftest import figures_at, records_of

from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings


def test_headings_over_a_byline_of_labels_parted_by_a_bar(corpus_issue):
    # 528 l.35 `[01] 2029년 지역 소비·투자 지도: …` over l.36 `정리 KIC 중국 리서치팀 | 자료 국가통계국(国家统计局), 각 성 통계공보`
    sections = records_of(corpus_issue(528), "sections")
    assert [(s["line_start"], s["page_start"], s["category"]) for s in sections] == [
        (35, 2, "이슈 브리핑"), (74, 4, "이슈 브리핑"), (110, 5, "이슈 브리핑"), (133, 7, "스타트업 인사이트"),
        (158, 8, "스타트업 인사이트"), (198, 10, "센터 소식"), (220, 11, "센터 소식")]
    assert sections[0]["title"] == "2029년 지역 소비·투자 지도: 광둥성 소매판매 1위 수성, 고정자산투자는 곳곳에서 뒷걸음질"


def test_a_unit_in_a_note_and_a_share_of_a_measure(corpus_issue):
    # 526 l.115 `2029년 지역별·분기별 VC·PE 투자 건수` … l.120 `장쑤성	356	371	349	402	1,487`, l.124 `주: 단위는 건. …`;
    # l.70 `R&D 투입 비중(GDP 대비 %)	6.1	6.3	6.4	6.6`
    amounts = {(a["line"], a["raw"]): (a["value"], a["unit"]) for a in records_of(corpus_issue(526), "amounts")}
    assert amounts[(120, "1,487")] == ("1487", "건") and amounts[(120, "356")] == ("356", "건")
    assert amounts[(70, "6.6")] == ("6.6", "%")


def test_a_contents_source_and_page_apart_from_the_title(tmp_path):
    # 526 l.19–20 `  도시 GDP 순위 재편: 선전의 약진과 ‘신1선 도시’ 경쟁 격화` / `  — 21세기경제보도(21世纪经济报道) ·········· 03`, as
    # Chromium's print reads: no indent, and a blank line between (the source's glyphs set a little larger)
    source = Path(__file__).parent / "corpus" / "heldout" / "kic-china-weekly-526.txt"
    lines = source.read_text(encoding="utf-8").split("\n")
    apart = [line.strip() for line in lines[14:21]]
    apart[5:5] = [""]  # (a blank line after `… 경쟁 격화`)
    path = tmp_path / "kic-china-weekly-526.txt"
    path.write_text("\n".join(lines[:14] + apart + lines[21:]), encoding="utf-8")
    for issue in (source, path):
        toc = records_of(extract_issue(issue, issue.name, Settings()), "issues")[0]["toc"]
        assert [(e["page"], e["category"]) for e in toc[:3]] == [(2, "정책 브리핑"), (3, "지역 리포트"), (5, "지역 리포트")]
        assert (toc[1]["title"], toc[1]["source"]) == ("도시 GDP 순위 재편: 선전의 약진과 ‘신1선 도시’ 경쟁 격화", "21세기경제보도")
        assert (toc[0]["title"], toc[0]["source"]) == ("2030년 지방 양회(两会) 성장률 목표 총정리", "신화사")


def test_a_noun_made_a_verb_wrapped_inside_it():
    # Ghostscript's print of 528 wraps l.42 `… 2024년(4조 7,900억 위안)과 비|교하면 12.4% 많은 규모다`; the issue writes `비교`
    # elsewhere (l.74 `… 11개 도시 경제 성적 비교`), so the halves are one word and the year before stays one compared with
    from kic_extract.pdf.wraps import join_text

    vocabulary = (Path(__file__).parent / "corpus" / "heldout" / "kic-china-weekly-528.txt").read_text(encoding="utf-8")
    vocabulary = vocabulary.replace("비교하면", "")  # (the word itself is only in the wrapped line)
    assert join_text("5년 전인 2024년(4조 7,900억 위안)과 비", "교하면 12.4% 많은 규모다.", True, vocabulary) == \
        "5년 전인 2024년(4조 7,900억 위안)과 비교하면 12.4% 많은 규모다."


def test_these_places_all_passing_a_mark_after_their_ranks(corpus_issue):
    # 525 l.104 `톈진시, 광둥성, 푸젠성이 5~7위로 뒤를 이었으며, 이들 세 지역의 1인당 소득은 모두 6만 위안을 웃돌았다.`
    figures = [f for f in figures_at(corpus_issue(525), 104) if f[1] == "60000"]
    assert figures == [("톈진시", "60000", 5, "min", 2029), ("광둥성", "60000", 6, "min", 2029), ("푸젠성", "60000", 7, "min", 2029)]
