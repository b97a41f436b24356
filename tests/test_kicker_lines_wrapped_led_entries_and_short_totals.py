"""Shapes held-out issues 501–504 showed when first read (tests/corpus/heldout): a category kicker numbering its
article on a line of its own over the heading and its byline, an entry led by its page wrapped with no indent
(as a PDF's text gives it), a total row whose last column holds words, and a name with a number inside after
the word that opens it. Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from pathlib import Path

from conftest import figures_at, records_of

from kic_extract.ingest import text_to_lines
from kic_extract.names.mentions import lines_to_mentions
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

HELDOUT = Path(__file__).parent / "corpus" / "heldout"


def test_a_kicker_numbering_its_article_on_a_line_of_its_own(corpus_issue):
    # 504 l.34 `[이슈 브리핑 01]` / l.35 `1~7월 중국 신규 과기형 기업 등록 동향: 권역별 격차 확대` / l.36 `글 · 중국경제망(…)`;
    # l.110 `[산업 & 스타트업 01]` on three pages under the running header, no page number
    result = corpus_issue(504)
    sections = records_of(result, "sections")
    assert [(s["line_start"], s["page_start"], s["category"]) for s in sections] == [
        (35, 2, "이슈 브리핑"), (79, 4, "이슈 브리핑"), (111, 6, "산업 & 스타트업"), (136, 8, "산업 & 스타트업"),
        (167, 10, "산업 & 스타트업"), (193, 11, "KIC 소식"), (206, 12, "KIC 소식")]
    assert sections[2]["title"] == "반도체 장비 국산화 지역별 점검: 장쑤·상하이·베이징 3강 구도"
    assert not {110, 135, 166} & set(result.coverage.furniture)
    # the issue's faults, and no other warning of a total or a count
    assert [(w.code, w.line) for w in result.warnings if w.code in ("total_mismatch", "count_mismatch")] == [
        ("total_mismatch", 61), ("count_mismatch", 86)]


def test_an_entry_led_by_its_page_wrapped_with_no_indent(tmp_path):
    # 502 l.24–25 `10   [인터뷰] 저우밍(周明) … 선전에서` / `     양산 검증받아야"`, as a PDF's text gives it: no indent
    lines = (HELDOUT / "kic-china-weekly-502.txt").read_text(encoding="utf-8").split("\n")
    assert lines[24].startswith("     양산")
    lines[24] = lines[24].lstrip()
    path = tmp_path / "kic-china-weekly-502.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = extract_issue(path, path.name, Settings())
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["category"], e["page"]) for e in toc[-2:]] == [("KIC 소식", 10), ("KIC 소식", 11)]
    assert [s["category"] for s in records_of(result, "sections")][-2:] == ["KIC 소식", "KIC 소식"]


def test_a_total_row_whose_last_column_holds_words(corpus_issue):
    # 501 l.236 `합계	571.5	37,220	16,600	` under `원구	면적(㎢)	입주기업(개)	영업수입(억 위안)	주력 산업`: each sum in its column
    result = corpus_issue(501)
    total = [(a["raw"], a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 236]
    assert total == [("571.5", "571.5", "㎢"), ("37,220", "37220", "개"), ("16,600", "1660000000000", "위안")]
    assert not [w for w in result.warnings if w.code == "total_mismatch" and w.line == 236]


def test_a_name_with_a_number_inside_after_the_word_that_opens_it():
    # 501 l.195 `베이징대학 제3병원(北京大学第三医院)과 공동 개발한 …`
    text = (HELDOUT / "kic-china-weekly-501.txt").read_text(encoding="utf-8")
    pairs = [(m.text, m.zh) for m in lines_to_mentions(text_to_lines(text)) if m.line == 195]
    assert ("베이징대학 제3병원", "北京大学第三医院") in pairs



def test_a_year_compared_with_after_its_own_figure_dates_nothing_after(corpus_issue):
    # 503 (the first half of 2029) l.105 `쑤저우시(苏州市)는 1 조 3,420 억 위안으로 6 위를 차지했다. '27 년 상반기(1 조 2,180 억
    # 위안)와 비교하면 2 년 사이 10.2% 늘어난 규모다. 청두시(成都市)와 항저우시(杭州市)는 각각 1 조 2,960 억 위안, 1 조 2,710 억
    # 위안으로 7·8 위를 기록했다.`
    figures = figures_at(corpus_issue(503), 105)
    assert ("쑤저우시", "1218000000000", None, None, 2027) in figures
    assert ("쑤저우시", "10.2", None, None, 2029) in figures
    assert ("청두시", "1296000000000", 7, None, 2029) in figures
    # and years on are counted from it: 405 l.84 `안후이성의 생산량은 2025년 168만 대에서 1년 만에 40% 넘게 불어났고` (2026)
    assert ("안후이성", "40", None, "min", 2026) in figures_at(corpus_issue(405), 84)


def test_a_kicker_under_the_running_header_of_a_pdf_is_kept(tmp_path):
    # 504 as a PDF: `[산업 & 스타트업 01]` … `03` at the top of three of twelve pages, under the running header
    from kic_extract.pdf.fixture import text_to_pdf

    path = tmp_path / "kic-china-weekly-504.pdf"
    text_to_pdf((HELDOUT / "kic-china-weekly-504.txt").read_text(encoding="utf-8"), path, number=504)
    sections = records_of(extract_issue(path, path.name, Settings()), "sections")
    assert [s["category"] for s in sections] == ["이슈 브리핑"] * 2 + ["산업 & 스타트업"] * 3 + ["KIC 소식"] * 2
    assert sections[3]["title"] == "스타트업 카드: 저고도경제(低空经济) 유망 기업 4선"


def test_a_pdf_keeps_a_kicker_at_the_top_of_a_few_of_its_pages():
    # 504's `[산업 & 스타트업 01]`, `02`, `03` first on three of twelve pages (as a printer that drops the running header sets
    # them), and a footer on every page: the footer goes, the kickers stay
    from kic_extract.pdf.lines import VisualLine
    from kic_extract.pdf.read import drop_running_lines

    def line(page: int, top: float, text: str) -> VisualLine:
        return VisualLine(page, top, top + 10, 50, 400, 10.0, text, 20)

    kickers = {5: "[산업 & 스타트업 01]", 7: "[산업 & 스타트업 02]", 9: "[산업 & 스타트업 03]"}
    pages = []
    for k in range(12):
        page = [line(k, 30, kickers[k])] if k in kickers else []
        page += [line(k, 200, "본문 문장이 이어진다.") for _ in range(3)]
        page += [line(k, 820, "글로벌혁신센터(KIC 중국) · 무단 전재 및 재배포 금지")]
        pages.append(page)
    kept = drop_running_lines(pages, [842.0] * 12, 36.0)
    assert [ln.text for page in kept for ln in page if ln.text.startswith("[")] == list(kickers.values())
    assert not [ln for page in kept for ln in page if ln.text.startswith("글로벌")]


def test_a_region_close_behind_the_leader_is_second(corpus_issue):
    # 502 l.54 `지난해 안후이성이 6.2%로 중부 선두에 섰고 후베이성(6.0%)이 바짝 추격했다. 허난성 5.3%, 후난성 5.1%, 장시성 5.0%가
    # 차례로 뒤를 이었다.`
    figures = figures_at(corpus_issue(502), 54)
    assert [(f[0], f[2]) for f in figures[:5]] == [("안후이성", 1), ("후베이성", 2), ("허난성", 3), ("후난성", 4), ("장시성", 5)]
    # but not one chasing another named as its object: 475 l.87 `청두시는 2 조 6,000 억 위안을 넘어서며 항저우시를 바짝 추격했고`
    assert ("청두시", "2600000000000", None, "min", 2028) in figures_at(corpus_issue(475), 87)


def test_a_mark_shared_by_regions_joined_beside_another_regions_level(corpus_issue):
    # 503 l.152 `간쑤성과 닝샤후이족자치구의 데이터센터용 평균 전기요금은 kWh 당 0.3 위안 미만으로, 베이징시(0.62 위안)의
    # 절반에도 못 미친다.`
    figures = [(f[0], f[1], f[3]) for f in figures_at(corpus_issue(503), 152)]
    assert figures[:3] == [("간쑤성", "0.3", "max"), ("닝샤후이족자치구", "0.3", "max"), ("베이징시", "0.62", None)]
