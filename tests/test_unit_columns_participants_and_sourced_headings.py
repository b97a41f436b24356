"""Shapes held-out issues 509–512 showed when first read (tests/corpus/heldout): a `단위` column holding a unit per
another, a list after `즉` closed by the subject of taking part, and body headings numbered as the contents number
them over the line naming their source. Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import figures_at, records_of


def test_a_unit_column_with_a_unit_per_another(corpus_issue):
    # 510 l.70 `지표	단위	2026년	2028년	2031년(목표)`, l.71 `로봇 산업 규모	억 위안	1,850	2,960	5,000 이상`, l.74 `산업용 로봇
    # 밀도	대/만 명	520	610	800`, l.76 `지능형 컴퓨팅 규모	EFLOPS	35	68	150`
    amounts = {(a["line"], a["raw"]): (a["value"], a["unit"], a["bound"]) for a in records_of(corpus_issue(510), "amounts")}
    assert amounts[(71, "1,850")] == ("185000000000", "위안", None)
    assert amounts[(71, "5,000 이상")] == ("500000000000", "위안", "min")
    assert amounts[(74, "610")] == ("610", "대/만 명", None)
    assert amounts[(76, "150")] == ("150", "EFLOPS", None)


def test_a_list_closed_by_the_subject_of_taking_part(corpus_issue):
    # 510 l.175 `… 한국 바이오 스타트업 여섯 곳, 즉 셀바이오랩, 메디스캔, 진로직스, 바이오큐브, 뉴로진이 참가해 …`
    warnings = [(w.line, w.message) for w in corpus_issue(510).warnings if w.code == "count_mismatch"]
    assert warnings == [(175, "the text says 6곳 but lists 5: 셀바이오랩, 메디스캔, 진로직스, 바이오큐브, 뉴로진")]


def test_headings_numbered_as_the_contents_over_their_source(corpus_issue):
    # 512 l.34 `01 동북 3성 진흥 성적표: 랴오닝은 반등, 헤이룽장은 제자리` over l.35 `원문: 21세기경제보도(…) | 정리: KIC 중국 리서치팀`,
    # under contents entries `01  동북 3성 … ··· 2`
    sections = records_of(corpus_issue(512), "sections")
    assert [(s["line_start"], s["page_start"], s["category"]) for s in sections] == [
        (34, 2, "이슈 & 트렌드"), (59, 3, "이슈 & 트렌드"), (90, 4, "이슈 & 트렌드"), (115, 6, "스타트업 인사이트"),
        (142, 7, "스타트업 인사이트"), (173, 8, "센터 소식"), (191, 9, "센터 소식")]
    assert sections[0]["title"] == "동북 3성 진흥 성적표: 랴오닝은 반등, 헤이룽장은 제자리"
    assert [(w.line, w.code) for w in corpus_issue(512).warnings if w.code == "total_mismatch"] == [(131, "total_mismatch")]


def test_a_pairs_gap_with_a_rank_before_the_second(corpus_issue):
    # 510 l.42 `광저우시와 6위 쑤저우시의 격차는 5,300억 위안으로, 1년 전(6,100억 위안)보다 800억 위안 줄었다.`: 광저우시's gap
    figures = [f for f in figures_at(corpus_issue(510), 42) if f[1] in ("530000000000", "610000000000")]
    assert figures == [("광저우시", "530000000000", None, None, 2029), ("광저우시", "610000000000", None, None, 2028)]


def test_a_header_cell_wrapped_onto_a_line_of_its_own(corpus_issue):
    # 515 l.62–63 `지역	2026 년	2027 년	2028 년	전년 대비` / `증감률(%)`, printed again after the page break (l.77–78): one
    # table of ten rows under `표 1) 주요 10 개 성 연간 지역총생산(GRDP) 추이 (억 위안)`
    result = corpus_issue(515)
    table = next(t for t in records_of(result, "tables") if t["line_start"] == 61)
    assert table["header"] == ["지역", "2026년", "2027년", "2028년", "전년 대비 증감률(%)"]
    assert [row[0] for row in table["rows"]][:3] == ["광둥성", "장쑤성", "산둥성"]
    assert len(table["rows"]) == 11
    amounts = {(a["line"], a["raw"]): (a["value"], a["unit"]) for a in records_of(result, "amounts")}
    assert amounts[(64, "151,820")] == ("15182000000000", "위안") and amounts[(79, "57,330")] == ("5733000000000", "위안")
    assert [w.line for w in result.warnings if w.code == "total_mismatch"] == [81]


def test_a_contents_source_on_a_line_of_its_own_naming_two_outlets(tmp_path):
    # 516 l.28–29 `09  청두-충칭 쌍성경제권 출범 10년 차: 서부 성장축으로 우뚝` / `    · 충칭일보(重庆日报)·쓰촨일보(四川日报)`, in the
    # text and as a PDF's text gives it (no indent, one space after the page)
    from pathlib import Path

    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    source = Path(__file__).parent / "corpus" / "heldout" / "kic-china-weekly-516.txt"
    lines = source.read_text(encoding="utf-8").split("\n")
    flat = [line.strip().replace("  ", " ", 1) if 16 <= k <= 31 else line for k, line in enumerate(lines)]
    path = tmp_path / "kic-china-weekly-516.txt"
    path.write_text("\n".join(flat), encoding="utf-8")
    for issue in (source, path):
        toc = records_of(extract_issue(issue, issue.name, Settings()), "issues")[0]["toc"]
        assert [(e["page"], e["source"]) for e in toc[:2]] == [(2, "중국신문망"), (4, "중국자동차공업협회")]
        assert (toc[4]["page"], toc[4]["title"]) == (9, "청두-충칭 쌍성경제권 출범 10년 차: 서부 성장축으로 우뚝")
        assert toc[4]["source"].startswith("충칭일보(重庆日报)·쓰촨일보")
