"""Shapes 901–908 showed: headings under a mark and a code between bars (`■ Ⅰ-1 ┃ 제목`) and parts numbered by Roman
numerals (`▣ PART Ⅰ  정책·거시`), sources after a two-dot leader (`‥ 금융시보(金融时报)`); contents entries led by their page and a
mark (`02 ◆ 제목 / 출처`); a labelled source under an entry with no indent, as a PDF's text gives it (`출처: …`); a table's
title printed right under a full line ending a sentence, which a print's reader must not join to it; counts broken down by
part (`동부 네 곳, 중부 두 곳, 서부 두 곳으로`), no list. Values read by hand from the issues' lines."""

import regex

from conftest import ROOT, records_of, warnings_of
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings


def _sections(result) -> list[tuple]:
    return [(s["title_line"], s["category"], s["seq"], s["page_start"]) for s in records_of(result, "sections")]


def test_headings_under_a_mark_and_a_code_between_bars(corpus_issue):
    # 904 l.7 `[Ⅰ] 정책·거시`, l.8 ` p.02  Ⅰ-1  중국인민은행, 과학기술 혁신 재대출 한도 증액 ‥ 금융시보(金融时报)`; body l.25
    # `▣ PART Ⅰ  정책·거시`, l.26 `■ Ⅰ-1 ┃ 중국인민은행, 과학기술 혁신 재대출 한도 증액`; pages close with `1 / 11` (l.23) …
    result = corpus_issue(904)
    sections = records_of(result, "sections")
    assert (sections[0]["title_line"], sections[0]["title"], sections[0]["category"], sections[0]["page_start"]) == (
        26, "중국인민은행, 과학기술 혁신 재대출 한도 증액", "정책·거시", 2)
    assert [s["category"] for s in sections] == ["정책·거시"] * 2 + ["지역 경제"] * 2 + ["투자·창업"] * 2 + ["센터 소식"] * 2
    assert [s["page_start"] for s in sections] == [2, 3, 4, 5, 6, 8, 10, 11]
    issue, = records_of(result, "issues")
    assert (issue["toc"][0]["title"], issue["toc"][0]["source"], issue["toc"][0]["source_zh"]) == (
        "중국인민은행, 과학기술 혁신 재대출 한도 증액", "금융시보", "金融时报")


def test_entries_led_by_their_page_and_a_mark(corpus_issue):
    # 902 l.8 `02 ◆ 중국인민은행, 과학기술혁신 재대출 5,000억 위안 증액 / 증권시보(证券时报)`, … l.17 `11 ◆ 5월 주요 행사 일정`;
    # body `Page 2` … over `[01] …` (l.25), `■ KIC 중국 소식` (l.160) over `[07]` (l.162) and `[08]` (l.167)
    result = corpus_issue(902)
    assert _sections(result) == [
        (25, "정책 브리핑", 1, 2), (42, "정책 브리핑", 2, 3), (59, "지역 경제", 3, 4), (87, "지역 경제", 4, 6),
        (113, "투자·스타트업", 5, 8), (132, "투자·스타트업", 6, 9), (162, "KIC 중국 소식", 7, 11), (167, "KIC 중국 소식", 8, 11)]
    issue, = records_of(result, "issues")
    assert [(t["page"], t["source"]) for t in issue["toc"][:2]] == [(2, "증권시보"), (3, "신화사")]


def test_labelled_sources_under_entries_with_no_indent(tmp_path):
    # 908 l.14 `01 국가발전개혁위원회, … 2기 출범 ·········· 2` over l.15 `   출처: 국가발전개혁위원회(国家发展和改革委员会)`; a print's
    # text sets the source flush left, as the entry; headings `[01] …` (l.35) … `[08] …` (l.154), pages closed by `Page 1 of 10`
    text = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-908.txt").read_text(encoding="utf-8")
    path = tmp_path / "kic-china-weekly-908.txt"
    path.write_text(regex.sub(r"(?m)^ +(출처: )", r"\1", text), encoding="utf-8")
    result = extract_issue(path, path.name, Settings())
    assert [(s["title_line"], s["page_start"]) for s in records_of(result, "sections")] == [
        (35, 2), (49, 3), (55, 3), (77, 4), (102, 6), (120, 7), (142, 9), (154, 10)]
    issue, = records_of(result, "issues")
    assert (issue["toc"][0]["source"], issue["toc"][0]["page"]) == ("국가발전개혁위원회", 2)


def test_a_table_title_under_a_full_line_ending_a_sentence_is_no_wrapped_rest():
    # 908's Chromium print: `… 도시별 흐름은 엇갈렸다.` fills its line to the right edge; `〈표 2〉 2037년 1~4월 주요 도시 경제 지표
    # (전년 동기 대비 증가율, %)` under it is the table's title (l.58 of the text), not the paragraph's rest
    from kic_extract.pdf.lines import VisualLine
    from kic_extract.pdf.paragraphs import lines_to_paragraphs

    def line(top: float, text: str, x1: float = 540.0) -> VisualLine:
        return VisualLine(1, top, top + 10, 50, x1, 10.0, text, 40)

    def parts(*texts: str) -> list:
        items = [line(100 + 15 * k, t) for k, t in enumerate(texts)]
        return [p for p, _ in lines_to_paragraphs(items, 540.0, 1.5, type(None)) if p]

    sentence = "주요 도시들이 2037년 1~4월 경제 지표를 잇따라 내놓았다. 도시별 흐름은 엇갈렸다."
    assert parts(sentence, "〈표 2〉 2037년 1~4월 주요 도시 경제 지표 (전년 동기 대비 증가율, %)") == [
        [sentence], ["〈표 2〉 2037년 1~4월 주요 도시 경제 지표 (전년 동기 대비 증가율, %)"]]
    assert len(parts(sentence[:-1] + "고", "수출은 늘었다.")) == 1  # (a line wrapped mid-sentence is joined)


def test_counts_broken_down_by_part_are_no_list(corpus_issue):
    # 905 l.97 `시범기지는 동부 네 곳, 중부 두 곳, 서부 두 곳으로 배분됐다.`: no count against a list on that line
    assert [line for line, _ in warnings_of(corpus_issue(905), "count_mismatch") if line == 97] == []
