"""The PDF route on PDFs as other programs write them: a three-page sample printed by five
producers (tests/data/pdf/, made by `make corpus-pdfs`), the corpus renderings committed under
tests/corpus/pdf/, and the look-alike fold both routes share."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from kic_extract.evaluate import AREAS, score_issue
from kic_extract.pdf.read import pdf_to_text, read_pdf
from kic_extract.clean.furniture import lines_to_pages
from kic_extract.ingest import text_to_lines
from kic_extract.pdf.render.pages import text_to_pages
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "pdf"
CORPUS = ROOT / "tests" / "corpus"
PRODUCERS = ("reportlab", "chromium", "libreoffice", "weasyprint", "ghostscript")
WRAP_AT_SPACES = ("reportlab", "chromium")  # the others break Korean lines between any two syllables
RADICALS = re.compile(r"[\u2e80-\u2ef3\u2f00-\u2fd5]")


def records(path: Path) -> tuple[dict, list]:
    result = extract_issue(path, path.name, Settings(), issue_id="sample")
    return {name: [r.model_dump(mode="json") for r in rs] for name, rs in result.records.items()}, result.warnings


@pytest.fixture(scope="module")
def sample_text_records():
    return records(SAMPLE / "sample.txt")[0]


def sample_pdf(producer: str) -> Path:
    path = SAMPLE / f"sample.{producer}.pdf"
    if not path.exists():
        pytest.skip(f"{path.name} is not committed; `make corpus-pdfs` prints it")
    return path


@pytest.mark.parametrize("producer", PRODUCERS)
def test_sample_gives_the_text_routes_records(producer, sample_text_records):
    pdf, warnings = records(sample_pdf(producer))
    text = sample_text_records

    def toc(recs):
        return [(e["title"], e["page"], e["category"]) for e in recs["issues"][0]["toc"]]

    assert toc(pdf) == toc(text) == [("징진지(京津冀) 협동 발전 계획", 2, "Weekly 뉴스"),
                                     ("각 성 인공지능 산업 규모", 2, "Weekly 뉴스"),
                                     ("인공지능 산업 현황", 3, "CHINA 창업")]
    assert [(s["title"], s["category"], s["page_start"]) for s in pdf["sections"]] == \
        [(s["title"], s["category"], s["page_start"]) for s in text["sections"]]
    blocks = [b["text"] or "" for s in pdf["sections"] for b in s["blocks"]]
    wanted = [b["text"] or "" for s in text["sections"] for b in s["blocks"]]
    assert [re.sub(r"\s", "", b) for b in blocks] == [re.sub(r"\s", "", b) for b in wanted]
    if producer in WRAP_AT_SPACES:
        assert blocks == wanted
    else:  # Korean wrapped inside words: the spaces at wraps are read off the document's own words
        assert sum(a == b for a, b in zip(blocks, wanted)) >= len(wanted) - 1
    (table,) = pdf["tables"]
    assert table["header"] == ["번호", "구분", "지역", "규모"]  # the header repeated on page 3 is not a row
    assert [r[0] for r in table["rows"]] == ["1", "2", "3", "4", "5", "6", "7", "*8"]
    assert table["rows"][1] == ["2", "동부", "상하이", "2,100"]  # merged group cell
    assert table["notes"] == ["* 표시는 누적 수치임."]
    assert [w.code for w in warnings if w.code == "pdf_reading"] == []


def test_justified_hanzi_get_no_spaces():
    text, _ = pdf_to_text(sample_pdf("chromium"), Settings())
    assert "징진지(京津冀) 지역의 협동 발전을 위한 새 계획을 발표했다." in text
    assert "베이징(北京), 톈진(天津), 허베이(河北)는" in text


def test_radicals_from_a_browser_print_are_folded_and_recorded(sample_text_records):
    text, _ = pdf_to_text(sample_pdf("chromium"), Settings())
    assert RADICALS.search(text)  # Skia maps shared glyphs back to radicals: ⼈ for 人
    pdf, _ = records(sample_pdf("chromium"))
    blocks = [b for s in pdf["sections"] for b in s["blocks"]]
    folded = [b for b in blocks if "fold_lookalikes" in (b["fixes"] or [])]
    assert folded and all("人工智能" in b["text"] or "京津冀" in b["text"] for b in folded)
    assert not RADICALS.search(json.dumps(pdf, ensure_ascii=False))


def test_lookalike_fold_is_recorded_on_the_text_route(tmp_path):
    source = (SAMPLE / "sample.txt").read_text(encoding="utf-8").replace("인공지능(人工智能)", "인공지능(⼈⼯智能)")
    path = tmp_path / "sample.txt"
    path.write_text(source, encoding="utf-8")
    recs, _ = records(path)
    (block,) = [b for s in recs["sections"] for b in s["blocks"] if "智能" in (b["text"] or "")]
    assert "인공지능(人工智能)" in block["text"] and block["fixes"] == ["fold_lookalikes"]


def test_producer_quirks_do_not_reach_the_user(capfd):
    text, pages, problems, _ = read_pdf(sample_pdf("chromium"), Settings())
    captured = capfd.readouterr()
    assert "FontBBox" not in captured.err and "FontBBox" not in captured.out
    assert problems == [] and pages[-1] == 3


def test_garbled_pages_are_warnings_naming_the_page(tmp_path):
    """A font map that decodes Hangul as Latin-1 letters (as Ghostscript's re-distilling of
    subset fonts can) is reported on the page it happens on; the issue still runs."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    path = tmp_path / "garbled.pdf"
    canvas = Canvas(str(path), invariant=1)
    canvas.setFont("HYSMyeongJo-Medium", 10)
    canvas.drawString(72, 700, "주간 중국 창업")
    canvas.showPage()
    canvas.setFont("HYSMyeongJo-Medium", 10)
    canvas.drawString(72, 700, "광둥ò È공경Ü 산Æ èò 3 ¼년 Þ동계ß")
    canvas.save()
    _, warnings = records(path)
    reading = [w for w in warnings if w.code == "pdf_reading"]
    assert [w.message for w in reading] == [
        "page 2: text looks decoded through a wrong font map (Latin letters inside Korean words)"]
    assert reading[0].line == 3


def corpus_pdfs() -> list[Path]:
    return sorted(p for p in (CORPUS / "pdf").glob("*.pdf")
                  if (CORPUS / f"{p.name.split('.')[0]}.key.json").exists())


@cache
def text_route_scores(stem: str) -> dict:
    key = json.loads((CORPUS / f"{stem}.key.json").read_text(encoding="utf-8"))
    return score_issue(CORPUS / f"{stem}.txt", key)


@pytest.mark.parametrize("pdf", corpus_pdfs(), ids=lambda p: p.name)
def test_corpus_pdf_scores_with_the_text_route(pdf):
    stem = pdf.name.split(".")[0]
    key = json.loads((CORPUS / f"{stem}.key.json").read_text(encoding="utf-8"))
    text_scores = text_route_scores(stem)
    pdf_scores = score_issue(pdf, key)
    for area in AREAS:
        assert pdf_scores[area].f1 >= text_scores[area].f1 - 0.02, area


@pytest.mark.parametrize("key", sorted(CORPUS.glob("*.key.json")), ids=lambda p: p.name)
def test_renderer_finds_the_page_furniture_of_the_key(key):
    text = (CORPUS / key.name.replace(".key.json", ".txt")).read_text(encoding="utf-8")
    found = lines_to_pages(text_to_lines(text))  # the renderer cuts pages where the text route reads them
    assert sorted(f.line for f in found.furniture) == sorted(json.loads(key.read_text())["furniture"])
    assert len(text_to_pages(text)) == max(f.number for f in found.furniture if f.number)  # the last page's number


def test_reportlab_prints_one_pdf_page_per_text_page(tmp_path):
    from kic_extract.pdf.render.producers import page_count, render

    pages = text_to_pages((SAMPLE / "sample.txt").read_text(encoding="utf-8"))
    out = tmp_path / "sample.reportlab.pdf"
    assert render("reportlab", pages, out, fit=True)[0] == len(pages) == page_count(out) == 3


@pytest.mark.skipif(not Path("/usr/share/unicode/EquivalentUnifiedIdeograph.txt").exists(),
                    reason="Unicode data files not installed (apt-get install unicode-data)")
def test_lookalike_table_is_what_the_generator_writes(tmp_path):
    out = tmp_path / "unicode_lookalikes.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_lookalikes.py"), "--out", str(out)], check=True,
                   capture_output=True)
    assert out.read_bytes() == (ROOT / "src" / "extract" / "data" / "unicode_lookalikes.tsv").read_bytes()


def test_lookalike_table_covers_the_radicals_the_newsletter_meets():
    from kic_extract.clean.lookalikes import fold_lookalikes

    assert fold_lookalikes("⼈⼯ ⻄安 ⻓沙 ⻔ ⺠ ʻAʼ ﬁ") == "人工 西安 长沙 门 民 ‘A’ fi"


def _draw_ruled_table(path: Path, rows: list[list[str]], columns: list[float], backdrop: bool) -> None:
    """A page as HTML printers and publishing software draw one: a white backdrop over the whole
    page, a caption, and a table ruled by horizontal lines only, its header centred."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    canvas = Canvas(str(path), pagesize=(595, 842), invariant=1)
    if backdrop:
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(10, 10, 575, 822, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont("HYSMyeongJo-Medium", 9)
    canvas.drawString(48, 760, "표 1) 각 성 인공지능 산업 규모 (단위: 억 위안)")
    y = 750.0
    canvas.setLineWidth(0.6)
    canvas.line(48, y, 547, y)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            left, right = columns[c], columns[c + 1]
            if r == 0:
                canvas.drawCentredString((left + right) / 2, y - 12, text)
            else:
                canvas.drawString(left + 4, y - 12, text)
        y -= 17
        canvas.line(48, y, 547, y)
    canvas.drawString(48, y - 20, "아래 표는 각 성 통계국 발표를 정리한 것이다.")
    canvas.save()


@pytest.mark.parametrize("backdrop", [False, True])
def test_table_ruled_by_horizontal_lines_only(tmp_path, backdrop):
    rows = [["번호", "지역", "규모", "비고"], ["1", "베이징", "3,200", "수도"], ["2", "상하이", "2,100", ""],
            ["3", "광둥성", "2,800", "제조 기반"], ["4", "후베이성", "1,100", ""]]
    path = tmp_path / "ruled.pdf"
    _draw_ruled_table(path, rows, [48, 120, 300, 420, 547], backdrop)
    text, _ = pdf_to_text(path, Settings())
    lines = text.split("\n")
    start = lines.index("번호\t지역\t규모\t비고")
    assert lines[start:start + 5] == ["\t".join(r) for r in rows]
    assert lines[0] == "표 1) 각 성 인공지능 산업 규모 (단위: 억 위안)"
    assert lines[-2] == "아래 표는 각 성 통계국 발표를 정리한 것이다."


def test_merged_group_cells_in_a_table_ruled_by_horizontal_lines(tmp_path):
    """Group labels set in the middle of the two rows they span, the rule between those rows
    stopping short of their column: each label goes to the first row of its group."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    path = tmp_path / "groups.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842), invariant=1)
    canvas.setFont("HYSMyeongJo-Medium", 9)
    columns = [48, 130, 330, 547]
    body = [("동부", "베이징", "3,200"), ("", "상하이", "2,100"), ("중부", "후베이성", "1,100"), ("", "허난성", "900")]
    y = 750.0
    canvas.line(48, y, 547, y)
    for c, text in enumerate(("구분", "지역", "규모")):
        canvas.drawCentredString((columns[c] + columns[c + 1]) / 2, y - 12, text)
    y -= 17
    canvas.line(48, y, 547, y)
    for r, (group, region, size) in enumerate(body):
        canvas.drawString(columns[1] + 4, y - 12, region)
        canvas.drawRightString(columns[3] - 4, y - 12, size)
        if group:
            canvas.drawString(columns[0] + 4, y - 20.5, group)  # centred on the two rows
        y -= 17
        canvas.line(48 if r % 2 else 130, y, 547, y)  # the rule inside a group spares its column
    canvas.save()
    text, _ = pdf_to_text(path, Settings())
    assert text.split("\n")[:5] == ["구분\t지역\t규모", "동부\t베이징\t3,200", "\t상하이\t2,100",
                                    "중부\t후베이성\t1,100", "\t허난성\t900"]


def test_a_place_name_wrapped_between_syllables_is_one_word_again():
    # 304 `… 그 뒤를 이어 쓰촨성(四川省)이 4 조 8,712 억 위안으로 5 위를 기록했다.`: Ghostscript wraps the line
    # inside `쓰촨성`, with a space glyph before `성`; a place's name holds no space
    text, _ = pdf_to_text(CORPUS / "pdf" / "kic-china-weekly-304.ghostscript.pdf", Settings())
    assert "그 뒤를 이어 쓰촨성(四川省)이 4 조" in text


def test_a_full_line_whose_spaces_are_gaps_wraps_inside_a_word():
    # LibreOffice breaks Korean between any two syllables and sets some spaces as gaps with no glyph: a line
    # is full once those gaps count as the spaces they are. 432's print (tests/data/pdf, rendered by
    # `python -m kic_extract.pdf.render --producers libreoffice`) wraps `네|이멍구자치구의`, `비|중은`, `이|었고`,
    # `서|부`; the text reads `광시좡족자치구와 네이멍구자치구의 성장률은`, `R&D 비중은 6.1%로`, `그 뒤를 이었고`
    text, _ = pdf_to_text(SAMPLE / "kic-china-weekly-432.libreoffice.pdf", Settings())
    for phrase in ("광시좡족자치구와 네이멍구자치구의 성장률은", "선전시의 GDP 대비 R&D 비중은 6.1%로",
                   "1,120 억 위안(GDP 대비 3.6%)으로 그 뒤를 이었고", "늘어 서부 1 위를 유지했다",
                   "가장 작은 축에 속하는 칭하이성의 GDP"):
        assert phrase in text
    # (the committed prints of 301 and 308: `차세대 전 기차`, `생산량 이`, `중심으 로` before)
    assert "차세대 전기차 배터리로" in pdf_to_text(CORPUS / "pdf" / "kic-china-weekly-301.libreoffice.pdf", Settings())[0]
    # a line of Ghostscript's with room for just one more glyph broke at a space (`방식이 | 확산되면서`)
    assert "방식이 확산되면서 의류" in pdf_to_text(CORPUS / "pdf" / "kic-china-weekly-303.ghostscript.pdf", Settings())[0]


def test_an_ending_that_never_stands_alone_closes_the_word_before():
    # 432 l.155 `… 투자 심리가 회복되는 모습을 보였다.`: LibreOffice wraps `회복되` | `는 모습을`, with a space glyph before
    # `는`; `는`, `를`, `며` … never stand as words of their own (data/bound_endings.txt)
    text, _ = pdf_to_text(SAMPLE / "kic-china-weekly-432.libreoffice.pdf", Settings())
    assert "투자 심리가 회복되는 모습을 보였다" in text


def test_a_word_written_whole_elsewhere_joins_across_a_spaced_wrap():
    # LibreOffice wraps some words with room left for the next glyph, so its glyphs show a space there: 514 l.41 `… 세 도시
    # 모두 R&D 경` | `비가 1,000억 위안 이상이었다` (`R&D 경비` on five other lines) and 479 l.274 `… 11위에 머` |
    # `물렀다` (`머물렀다` on l.137); the halves are one word the document writes whole
    text, _ = pdf_to_text(SAMPLE / "kic-china-weekly-514.libreoffice.pdf", Settings())
    assert "세 도시 모두 R&D 경비가 1,000억 위안 이상이었다" in text
    text, _ = pdf_to_text(SAMPLE / "kic-china-weekly-479.libreoffice.pdf", Settings())
    assert "2조 1,050억 위안으로 11위에 머물렀다" in text


def test_a_justified_line_ending_short_ends_its_paragraph():
    # LibreOffice justifies the body: a line with no room left for the next line's first word ends at the right edge
    # unless it ends its paragraph. 514's print (tests/data/pdf, rendered by `python -m kic_extract.pdf.render
    # --producers libreoffice`) ends the card line l.190 `설립 2025년 9월 | … | 투자 약 9,000만 달러 (시리즈 A)` 26 pt
    # short, over `스마트폰 화면을 이해하고 …`: the card, then prose, as in the text
    text, _ = pdf_to_text(SAMPLE / "kic-china-weekly-514.libreoffice.pdf", Settings())
    assert "| 투자 약 9,000만 달러 (시리즈 A)\n스마트폰 화면을 이해하고" in text
    assert "| 투자 누적 3억 위안 이상\n저장대학(浙江大学) 출신 창업팀이" in text
    # (so the three cards are read as in the text)
    result = extract_issue(SAMPLE / "kic-china-weekly-514.libreoffice.pdf", "kic-china-weekly-514.libreoffice.pdf", Settings())
    companies = [(c.name, c.funding_value, c.funding_unit) for c in result.records["companies"]]
    assert companies == [("선지즈넝", 300000000, "위안"), ("싱투커지", 90000000, "달러"), ("루이처수쥐", 200000000, "위안")]


def test_a_rule_drawn_in_characters_is_no_line_a_masthead_wraps_into():
    # 722's masthead (tests/corpus/heldout, l.3-6) prints `2033 년 11 월 11 일 (금요일) 발행` between two rules of `━`; Ghostscript's
    # print (tests/data/pdf, rendered by `python -m kic_extract.pdf.render --producers ghostscript`) sets the line under the
    # date so that the rule's width leaves no room for it on the date's line: it is a line of its own, not the date's rest
    path = SAMPLE / "kic-china-weekly-722.ghostscript.pdf"
    text, _ = pdf_to_text(path, Settings())
    assert "\n2033 년 11 월 11 일 (금요일) 발행\n" in text
    issue = extract_issue(path, path.name, Settings()).records["issues"][0]
    assert (issue.number, issue.date.isoformat()) == (722, "2033-11-11")
