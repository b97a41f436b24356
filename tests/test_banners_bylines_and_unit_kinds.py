"""Shapes held-out issues 449–452 showed when first read (tests/corpus/heldout): categories numbered
over indented entries and printed between rules, headings after a heavy bar over a byline in
brackets, units given in a header cell or by kind, counts closed by `여기에 포함된다`, ties. Every
value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def _figures(result, line):
    return [(f["region_ko"], f["value"], f["unit"], f["rank"], f["bound"], f["year"])
            for f in records_of(result, "figures") if f["line"] == line]


def _warnings(result, code):
    return [(w.line, w.message) for w in result.warnings if w.code == code]


def test_numbered_categories_over_indented_entries_and_banners_between_rules(corpus_issue):
    result = corpus_issue(450)
    # l.13 `01 정책·경제` over l.14–15 `   7월 지역별 … ······ 2`, `   R&D 경비 … ······ 4`: a category, named without
    # its number; l.16–17 `   청위(成渝) … 새 성장극으로` / `발돋움 ······ 5`: one entry
    toc = records_of(result, "issues")[0]["toc"]
    assert [(e["category"], e["page"]) for e in toc] == [
        ("정책·경제", 2), ("정책·경제", 4), ("정책·경제", 5), ("스타트업 레이더", 7), ("스타트업 레이더", 8),
        ("KIC 소식", 10), ("KIC 소식", 11)]
    assert toc[2]["title"] == "청위(成渝) 쌍성경제권 5년: 충칭·청두, 서부의 새 성장극으로 발돋움"
    # l.31–33 `━━━` / `01 정책·경제` / `━━━`, on three pages: the category's banner, its rules no furniture
    assert [(s["line_start"], s["page_start"], s["category"]) for s in records_of(result, "sections")] == [
        (35, 2, "정책·경제"), (74, 4, "정책·경제"), (103, 5, "정책·경제"), (142, 7, "스타트업 레이더"),
        (168, 8, "스타트업 레이더"), (209, 10, "KIC 소식"), (230, 11, "KIC 소식")]
    assert not {31, 33, 138, 140, 205, 207} & set(result.coverage.furniture)
    assert {29, 50} <= set(result.coverage.furniture)  # (the running head `KIC CHINA WEEKLY · Vol.450 · …` stays so)


def test_headings_after_a_heavy_bar_over_a_byline_in_brackets(corpus_issue):
    result = corpus_issue(452)
    # l.33 `01 ┃ 1~7월 31개 지역 …` over l.34 `[출처: 경제일보(经济日报)]`
    assert [(s["line_start"], s["page_start"], s["category"]) for s in records_of(result, "sections")] == [
        (33, 2, "이슈 브리핑"), (66, 3, "이슈 브리핑"), (85, 4, "이슈 브리핑"), (128, 6, "산업·스타트업"),
        (163, 8, "산업·스타트업"), (198, 9, "산업·스타트업"), (216, 10, "KIC 현장"), (230, 10, "KIC 현장")]
    # the byline is not the article's opening: l.88 `… 11개 도시의 2027년 경제 성적이 모두 공개됐다` dates l.116's
    # `선전이 4조 2,050억 위안으로 …`
    assert ("선전", "4205000000000", "위안", None, None, 2027) in _figures(result, 116)


def test_a_tie_holds_its_place_and_the_next(corpus_issue):
    # 452 l.118 `후이저우와 마카오가 나란히 5.5%로 공동 1위였고, 선전(4.8%)과 둥관(4.7%)이 그다음이었다`
    figures = _figures(corpus_issue(452), 118)
    assert [f for f in figures if f[3] is not None] == [
        ("후이저우", "5.5", "%", 1, None, 2027), ("마카오", "5.5", "%", 1, None, 2027),
        ("선전", "4.8", "%", 3, None, 2027), ("둥관", "4.7", "%", 4, None, 2027)]


def test_units_from_a_header_cell_a_note_in_brackets_and_by_kind(corpus_issue):
    # 452 l.221 `프로그램 (단위: 개사)	1분기	2분기	7~8월	계`: every figure in 개사
    amounts = records_of(corpus_issue(452), "amounts")
    assert [(a["value"], a["unit"]) for a in amounts if a["line"] == 222] == [
        ("12", "개사"), ("9", "개사"), ("7", "개사"), ("28", "개사")]
    # 450 l.213 `표 3. KIC 중국 파트너 인큐베이터 (2028년 7월 말 기준, 개사)`
    assert [t["unit"] for t in records_of(corpus_issue(450), "tables")][-1] == "개사"
    # 449 l.239–240 `단위: ㎢, 개사` over `지역	산업단지	면적	입주 기업	상장사`: ㎢ the area's, 개사 the companies'
    amounts = records_of(corpus_issue(449), "amounts")
    assert [(a["column_label"], a["value"], a["unit"]) for a in amounts if a["line"] == 241] == [
        ("면적", "95.2", "㎢"), ("입주 기업", "1820", "개사"), ("상장사", "46", "개사")]


def test_counts_closed_by_here_and_listed_with_their_amounts(corpus_issue):
    # 452 l.71 `… 중서부 지역은 6개 지역으로, 쓰촨성, …, 광시좡족자치구(广西壮族自治区)가 여기에 포함된다`: seven
    assert [line for line, _ in _warnings(corpus_issue(452), "count_mismatch")] == [71]
    # 451 l.75 `2조 위안을 웃돈 도시는 모두 네 곳, 즉 상하이(2조 7,080억 위안), 베이징(…), 선전(…)이다`: three
    assert _warnings(corpus_issue(451), "count_mismatch") == [(75, "the text says 4곳 but lists 3: 상하이, 베이징, 선전")]
    # 450 l.125 `국가급 신구는 세 곳, 즉 충칭의 량장신구(两江新区)와 쓰촨의 톈푸신구(天府新区)로`: two; l.127 `다섯 곳, 즉
    # 더양(德阳), …, 쑤이닝(遂宁)도 부품·소재 공급기지로`: five
    assert [line for line, _ in _warnings(corpus_issue(450), "count_mismatch")] == [125]


def test_a_total_of_amounts_written_with_magnitudes_is_warned_of_as_printed(corpus_issue):
    # 450 l.157 `합계	5,547	6,531억 위안	100.0` over amounts adding up to 6,351억 위안
    assert _warnings(corpus_issue(450), "total_mismatch") == [
        (157, "kic-china-weekly-450/t02 합계 투자 금액: printed 6,531억 위안, but its 8 parts add up to 6,351억 위안")]


def test_years_and_bounds_of_compared_months_and_marks_not_reached(corpus_issue):
    # 450 l.55 `… 7월 한 달간 238만 명으로 지난해 같은 달보다 9.1% 증가했다` (issue of 2028-08-25): this July's
    assert ("마카오특별행정구", "9.1", "%", None, None, 2028) in _figures(corpus_issue(450), 55)
    # 449 l.46 `… 지난해 같은 기간의 격차 2,034억 위안보다 좁혀진 것이다`: last year's gap
    figures = _figures(corpus_issue(449), 46)
    assert ("광둥성", "203400000000", "위안", None, None, 2027) in figures
    # 449 l.81 `눈에 띄는 것은 1, 2위 두 성의 속도 차이다. 광둥성의 … 올해 4.5%로 …`: ranks naming the pair rank no rate
    assert all(f[3] is None for f in _figures(corpus_issue(449), 81))
    # 451 l.49 `저장성은 5조 위안에는 못 미쳤지만`: at most
    assert ("저장성", "5000000000000", "위안", None, "max", 2028) in _figures(corpus_issue(451), 49)
