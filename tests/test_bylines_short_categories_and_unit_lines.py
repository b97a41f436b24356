"""Shapes held-out issues 530 and 532 showed when first read (tests/corpus/heldout): one byline signing several
articles (`출처: KIC 중국`), a short category line over a contents entry of one line, a row's label whose words in
brackets a page break carried to the next page, a column's unit in brackets under a table's title, and a count whose
list follows a colon in its own sentence. Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def test_a_byline_signing_several_articles_is_no_page_furniture(corpus_issue):
    # 530 l.146–147 `06. KIC 중국 협력 인큐베이터 …` / `출처: KIC 중국`, again under l.168 and l.177; the pages' own
    # furniture is the footer `글로벌혁신센터(KIC 중국) · info@kicchina.org` over `KIC China Weekly No.530 | … | N / 12`
    result = corpus_issue(530)
    furniture = set(result.coverage.furniture)
    assert not furniture & {147, 169, 178}
    assert {28, 29, 143, 144, 174, 175} <= furniture
    sections = records_of(result, "sections")
    assert [(s["line_start"], s["page_start"], s["category"]) for s in sections[-3:]] == [
        (146, 10, "스타트업 인사이트"), (168, 11, "센터 소식"), (177, 12, "센터 소식")]


def test_a_short_category_over_an_entry_of_one_line(corpus_issue):
    # 532 l.22–24 `KIC 센터 소식` over `KIC 중국 파트너 인큐베이터 네트워크, 6개 도시 11곳으로 확대 ········· 9` and
    # `2030 한중 청년 창업캠프 참가자 모집 ······ 10`; l.12–13 an entry wrapped before its page (`… 서부의` / `추격 ···· 2`)
    result = corpus_issue(532)
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["page"], e["category"]) for e in toc] == [
        (2, "이슈 & 정책"), (4, "이슈 & 정책"), (5, "이슈 & 정책"), (6, "스타트업 레이더"), (7, "스타트업 레이더"),
        (9, "KIC 센터 소식"), (10, "KIC 센터 소식")]
    assert toc[0]["title"] == "2029년 31개 성급 지역 주민소득 지도: 상하이·베이징 양강 속 서부의 추격"
    assert toc[5]["title"] == "KIC 중국 파트너 인큐베이터 네트워크, 6개 도시 11곳으로 확대"
    assert [s["category"] for s in records_of(result, "sections")][-2:] == ["KIC 센터 소식", "KIC 센터 소식"]


def test_a_row_label_whose_bracketed_words_a_page_break_carried_over(corpus_issue):
    # 532 l.48 `사회소비품 소매총액	조 위안	54.5	56.8	59.1`, the page's footer and header, l.54 `(온라인 포함)`,
    # l.55 `온라인 소매판매액	조 위안	18.4	19.7	21.0`: one table of seven rows
    table = records_of(corpus_issue(532), "tables")[0]
    assert table["title"] == "표 1) 주민 소득·소비 주요 지표 (2027~2029년)"
    assert table["rows"][-2:] == [["사회소비품 소매총액 (온라인 포함)", "조 위안", "54.5", "56.8", "59.1"],
                                  ["온라인 소매판매액", "조 위안", "18.4", "19.7", "21.0"]]


def test_a_columns_unit_in_brackets_under_the_title(corpus_issue):
    # 532 l.131 `표 2) 2030 년 1~2 월 주요 도시 VC·PE 투자 현황`, l.132 `(금액: 억 위안)`, l.133 `도시	투자 건수(건)	투자 금액	…`,
    # l.134 `베이징	312	486.5	12.4`, l.142 `합계	1,392	1,804.4	6.1`
    result = corpus_issue(532)
    table = records_of(result, "tables")[1]
    assert (table["line_start"], table["title"]) == (131, "표 2) 2030년 1~2월 주요 도시 VC·PE 투자 현황")
    amounts = {(a["line"], a["raw"]): (a["value"], a["unit"]) for a in records_of(result, "amounts")}
    assert amounts[(134, "486.5")] == ("48650000000", "위안") and amounts[(134, "312")] == ("312", "건")
    assert amounts[(142, "1,804.4")] == ("180440000000", "위안")


def test_a_count_whose_list_follows_a_colon(corpus_issue):
    # 532 l.108 `시범도시로 지정된 곳은 다음 7곳이다: 베이징, 상하이, 선전, 항저우, 구이양(贵阳), 청두.`: six named
    warnings = [w for w in corpus_issue(532).warnings if w.code == "count_mismatch"]
    assert [(w.line, w.message) for w in warnings] == [
        (108, "the text says 7곳 but lists 6: 베이징, 상하이, 선전, 항저우, 구이양(贵阳), 청두")]
