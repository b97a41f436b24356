"""Pages that set their paragraphs only a little farther apart than their lines, and contents with no title right
under the masthead. Typst prints of held-out issues (`tests/data/pdf/kic-china-weekly-9NN.typst.pdf`: 0.55 em between
lines, 0.75 em between paragraphs, every heading, caption and contents entry a paragraph of its own) and held-out 915's
text show them (and `kic-china-weekly-936.typst-tight.pdf`, printed with no space between paragraphs at all); every value
asserted was read off the issues' text by hand."""

from __future__ import annotations

from functools import cache

import pytest
from conftest import ROOT, records_of, warnings_of

from kic_extract.pdf.lines import VisualLine
from kic_extract.pdf.paragraphs import lines_to_paragraphs, paragraph_opening
from kic_extract.pipeline import extract_issue
from kic_extract.settings import Settings

PRINTS = ROOT / "tests" / "data" / "pdf"


@cache
def _print(number: int, producer: str = "typst"):
    path = PRINTS / f"kic-china-weekly-{number}.{producer}.pdf"
    return extract_issue(path, path.name, Settings())


def _titles(result) -> list[tuple[str, str, int]]:
    return [(s["category"], s["title"], s["page_start"]) for s in records_of(result, "sections")]


def test_contents_under_the_masthead_with_no_title_and_no_blank_line(corpus_issue):
    # 915 l.1–19: `메일 : info@kicchina.org` / `‘주간 중국 창업’에 실린 글의 저작권은 …` / `Weekly 뉴스` / `- ▶ 국무원, … p2`
    # …, no blank line anywhere: the contents open at their first category line
    result = corpus_issue(915)
    issue = records_of(result, "issues")[0]
    assert (issue["number"], issue["director"], issue["phone"]) == (915, "박서진", "+86-10-8456-2290")
    assert [(e["title"], e["page"]) for e in issue["toc"]][:2] == [
        ("국무원, 「저고도 경제 고품질 발전 행동방안(2037~2039년)」 발표", 2),
        ("2037년 상반기 31개 성·자치구·직할시 경제 성적표", 3)]
    assert [e["source"] for e in issue["toc"]] == [
        "국무원판공청", "디이차이징", "쓰촨일보", "칭커연구센터", None, "안후이일보", None, None]
    assert warnings_of(result, "masthead_unparsed") == []
    # l.50, l.69: the second article's figures, in its own section
    gdp = [(f["region_ko"], f["value"], f["rank"], f["section_id"]) for f in records_of(result, "figures")
           if f["line"] == 69 and f["unit"] == "위안"]
    assert gdp[:2] == [("광둥성", "11638000000000", 1, "kic-china-weekly-915/s02"),
                       ("장쑤성", "11294000000000", 2, "kic-china-weekly-915/s02")]


def test_a_print_with_contents_right_under_the_masthead_reads_every_article():
    # 933's print: the masthead's lines, `Weekly 뉴스`, the entries and the rights notice, one paragraph each
    result = _print(933)
    assert _titles(result) == [
        ("Weekly 뉴스", "1~3분기 31개 성·시 경제 성적표, 광둥성 선두 수성", 2),
        ("Weekly 뉴스", "창장삼각주시범구, 행정 경계 넘은 일체화 실험", 4),
        ("이슈 분석", "벤처 자금, 중서부 내륙 도시로 향한다", 5),
        ("이슈 분석", "2036년도 국가고신구 종합평가 결과", 7),
        ("CHINA 창업", "저공경제(低空经济) 유망 스타트업 3선", 8),
        ("CHINA 창업", "허페이 '양자 거리'에 몰리는 청년 창업자", 9),
        ("KIC 중국 NEWS", "2037 한중 청년 창업 교류회 결과 보고", 10)]
    assert records_of(result, "issues")[0]["rights"].startswith("‘주간 중국 창업’의 저작권은 ‘KIC 중국’에 있습니다.")


def test_a_heading_set_a_little_apart_is_no_wrap_of_the_line_above():
    # 939's print, p.6: `2. 【지역분석】 중서부 도시의 반격, 디지털경제 성장률 상위권 휩쓸어` fills its line; the paragraph under it,
    # 0.2 em farther than a wrap, opens with `중국정보통신연구원(中国信息通信研究院)이 집계한 …`
    result = _print(939)
    section = next(s for s in records_of(result, "sections") if s["title"].startswith("중서부 도시의 반격"))
    assert (section["category"], section["tag"], section["page_start"]) == ("이슈 분석", "지역분석", 6)
    assert section["blocks"][0]["text"].startswith("중국정보통신연구원(中国信息通信研究院)이 집계한 2037년")
    # l.117 `… 청두(成都) 4,870억 위안, 충칭 4,520억 위안, 우한(武汉) 4,310억 위안 순이었다.`
    ranked = [(f["region_ko"], f["value"], f["rank"]) for f in records_of(result, "figures")
              if f["section_id"] == section["section_id"] and f["rank"] and f["region_ko"] in ("청두", "충칭", "우한")]
    assert ranked == [("청두", "487000000000", 1), ("충칭", "452000000000", 2), ("우한", "431000000000", 3)]


@pytest.mark.parametrize("number, producer, title, row, column, value", [
    # 935 l.44–47 `2037 년 1~3 분기 지역별 GDP 상위 10 곳` / `단위: 억 위안, %` / … / `1	광둥성	172,480	4.9`
    (935, "typst", "2037년 1~3분기 지역별 GDP 상위 10 곳", "광둥성", "GDP", "17248000000000"),
    # 936 l.90–92 `국가 인공지능 혁신응용 선도구 현황 (입주기업: 개, 산업 규모: 억 위안)` / … / `… 1,260	2,140`
    (936, "typst", "국가 인공지능 혁신응용 선도구 현황 (입주기업: 개, 산업 규모: 억 위안)", "베이징 하이뎬 선도구", "산업 규모",
     "214000000000"),
    # the same, printed with no space at all between paragraphs (`typst-tight`): the caption's first word would not have
    # fitted at the end of the paragraph's last line, `… 연평균 증가율이 31%를 넘는다.`, yet it is no wrap of it
    (936, "typst-tight", "국가 인공지능 혁신응용 선도구 현황 (입주기업: 개, 산업 규모: 억 위안)", "베이징 하이뎬 선도구",
     "산업 규모", "214000000000"),
])
def test_captions_closing_a_paragraph_over_a_table_are_the_tables(number, producer, title, row, column, value):
    # the caption lines sit right under the paragraph's last sentence, the table a block's space below them
    result = _print(number, producer)
    table = next(t for t in records_of(result, "tables") if t["title"] == title)
    amounts = [(a["value"], a["scale"]) for a in records_of(result, "amounts")
               if a["table_id"] == table["table_id"] and a["row_label"] == row and a["column_label"] == column]
    assert amounts == [(value, "억 위안")]
    paragraphs = [b["text"] for s in records_of(result, "sections") for b in s["blocks"] if b["kind"] == "paragraph"]
    assert not any(title.replace(" ", "") in (t or "").replace(" ", "") for t in paragraphs)


def _line(top: float, text: str = "본문 한 줄을 채우는 글자들") -> VisualLine:
    return VisualLine(1, top, top + 10.5, 50, 540.0, 10.5, text, 200.0)


def test_paragraph_opening_takes_a_recurring_pitch_just_over_the_line_spacing():
    # lines 13.4 pt apart (1.28 of 10.5 pt), paragraphs 15.5 pt (1.48): halfway between, rounded to 0.05 each
    tops = [0.0, 13.4, 28.9, 42.3, 57.8, 71.2, 86.7, 100.1, 115.6]
    assert paragraph_opening([_line(t) for t in tops], 1.3) == 1.4
    # paragraphs twice the line spacing apart (the other producers): 1.22 of the line spacing
    tops = [0.0, 16.0, 32.0, 58.0, 74.0, 100.0, 116.0]
    assert paragraph_opening([_line(t) for t in tops], 1.5) == 1.83
    # a line set apart by that pitch opens a line of its own, no blank one, though the line above left no room
    paragraphs = lines_to_paragraphs([_line(0.0), _line(15.5, "2. 다음 기사의 제목")], 540.0, 1.3, type(None), opening=1.4)
    assert [p for p, _ in paragraphs] == [["본문 한 줄을 채우는 글자들"], ["2. 다음 기사의 제목"], []]
    paragraphs = lines_to_paragraphs([_line(0.0), _line(13.4, "이어지는 줄")], 540.0, 1.3, type(None), opening=1.4)
    assert [p for p, _ in paragraphs] == [["본문 한 줄을 채우는 글자들", "이어지는 줄"], []]
