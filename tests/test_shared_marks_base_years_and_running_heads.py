"""Shapes held-out issues 519–524 showed when first read (tests/corpus/heldout): a row's cut cell going on after a
blank, a year compared with through `N년 전보다`, one mark shared by a ranked set, points over a region compared with,
and a PDF's running head set with a double space on one page. Every value asserted here was read off the issue's text
by hand."""

from __future__ import annotations

from conftest import figures_at, records_of

from kic_extract.pdf.lines import VisualLine
from kic_extract.pdf.read import drop_running_lines


def test_a_cut_cells_rest_set_off_by_a_blank(corpus_issue):
    # 524 l.191 `5	우한협력센터(武汉合作中心)	후베이성 우한시`, the page's header, l.195 `	둥후고신구	2029년	12`
    result = corpus_issue(524)
    table = next(t for t in records_of(result, "tables") if t["line_start"] == 185)
    assert table["rows"][4] == ["5", "우한협력센터(武汉合作中心)", "후베이성 우한시 둥후고신구", "2029년", "12"]
    assert len(table["rows"]) == 8
    # l.198 `합계				154`: 42 + 28 + 31 + 17 + 12 + 15 + 9 = 154, no warning; the issue's one wrong sum is l.62's
    assert [w.line for w in result.warnings if w.code == "total_mismatch"] == [62]


def test_a_year_written_before_n_years_ago(corpus_issue):
    # 521 l.103–109 `… 허페이는 2029 년 전략적 신흥산` / `업 생산액이 1 년 전보다 15.2% 늘어 증가 폭이 가장 컸고, 청두(10.7%)와
    # 쑤저우(9.9%)가 뒤를 이었다.`: 2029's growth, over the year before
    assert figures_at(corpus_issue(521), 103)[:3] == [("허페이", "15.2", 1, None, 2029), ("청두", "10.7", 2, None, 2029),
                                                      ("쑤저우", "9.9", 3, None, 2029)]


def test_points_over_a_region_compared_with_take_no_rank(corpus_issue):
    # 521 l.132 `2029 년 1~11 월 소매판매 증가율 1 위 하이난성은 최하위 톈진시보다 증가율이 10.1%p 높았다.`
    assert ("하이난성", "10.1", None, None, 2029) in figures_at(corpus_issue(521), 132)


def test_one_mark_shared_by_a_ranked_set_ranks_none(corpus_issue):
    # 523 l.99 `경제 규모 상위 4개 성, 즉 광둥성·장쑤성·산둥성·저장성은 모두 올해 목표를 '5% 안팎'으로 제시했다.`
    assert figures_at(corpus_issue(523), 99) == [("광둥성", "5", None, None, 2030), ("장쑤성", "5", None, None, 2030),
                                                 ("산둥성", "5", None, None, 2030), ("저장성", "5", None, None, 2030)]


def test_a_running_head_set_with_a_double_space_on_one_page():
    # LibreOffice's print of 519 sets page 10's head `주간 중국 창업  제 519 호` with two spaces where the other pages
    # show one: it is the same running head, dropped on every page
    def line(page: int, top: float, text: str, size: float = 8.0) -> VisualLine:
        return VisualLine(page, top, top + size, 50.0, 300.0, size, text, 20.0)

    pages = [[line(p, 36.5, "주간 중국 창업  제 519 호" if p == 10 else "주간 중국 창업 제 519 호"),
              line(p, 120.0, "본문 줄", 9.5), line(p, 794.0, f"- {p} -")] for p in range(2, 12)]
    kept = drop_running_lines(pages, [842.0] * len(pages), 40.0)
    assert [[ln.text for ln in page] for page in kept] == [["본문 줄"]] * len(pages)


def test_a_banner_of_inner_mongolia_glossed_is_a_place(corpus_issue):
    # 522 l.104 `반면 네이멍구자치구(内蒙古自治区)의 준가얼기(准格尔旗)는 석탄 가격 하락 여파로 2029년 GDP가 2.3% 감소해 …`: the
    # banner's fall, not the region's
    assert ("준가얼기", "-2.3", None, None, 2029) in figures_at(corpus_issue(522), 104)
    assert [f for f in figures_at(corpus_issue(522), 104) if f[0] == "네이멍구자치구"] == []


def test_places_listed_with_a_gloss_before_the_generic_word(corpus_issue):
    # 524 l.69 `닝샤후이족자치구, 칭하이(青海)성, 시짱자치구 세 곳은 지난해 수출입 총액이 500억 위안에 미치지 못했다.`: each of the three (the one glossed before its generic word
    # written whole, `칭하이성`)
    figures = [f for f in figures_at(corpus_issue(524), 69) if f[1] == "50000000000"]
    assert figures == [("닝샤후이족자치구", "50000000000", None, "max", 2029), ("칭하이성", "50000000000", None, "max", 2029),
                       ("시짱자치구", "50000000000", None, "max", 2029)]
