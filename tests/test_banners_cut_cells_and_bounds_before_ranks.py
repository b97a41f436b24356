"""Shapes held-out issues 709–716 showed when first read (tests/corpus/heldout): a banner of two marks, `같은 기간` after a
year a measure is compared with, the rest of a cell past a page break under a table whose caption is set as a row, a
region that is also a word before its year and figure, a city's figure before its district's rank, a bound before a
rank; and, in a PDF, a qualifier wrapped between its syllables. Values read by hand from the issues' lines."""

from conftest import ROOT, figures_at, records_of, warnings_of

from kic_extract.pdf.wraps import join_text
from kic_extract.segment.patterns import category_name


def test_a_banner_of_two_marks_and_a_note_after_the_contents(corpus_issue):
    # 710 l.9-19 `■ 이슈 브리핑` / `  01  상반기 지역별 … ······ 2` / … / `■ 센터 다이어리` / `  05  KIC 중국, 청두서 … ···· 8`,
    # a blank line, `본지에 실린 기사는 …` (a note, no entry); l.23 `◆◇ 이슈 브리핑 ◇◆`, l.117 `◆◇ 센터 다이어리 ◇◆`
    assert category_name("◆◇ 이슈 브리핑 ◇◆") == "이슈 브리핑"
    result = corpus_issue(710)
    assert [(e["category"], e["page"]) for e in records_of(result, "issues")[0]["toc"]] == [
        ("이슈 브리핑", 2), ("이슈 브리핑", 4), ("스타트업 인사이트", 5), ("스타트업 인사이트", 7), ("센터 다이어리", 8)]
    assert [(s["category"], s["page_start"], s["title_line"]) for s in records_of(result, "sections")] == [
        ("이슈 브리핑", 2, 25), ("이슈 브리핑", 4, 54), ("스타트업 인사이트", 5, 68), ("스타트업 인사이트", 7, 95),
        ("센터 다이어리", 8, 119)]
    assert warnings_of(result, "category_inferred") == []


def test_the_same_period_after_a_year_compared_with(corpus_issue):
    # 710 l.28 `… 2033년 상반기 중국의 … FDI는 4,386억 위안으로 전년 동기보다 3.7% 감소했다. 감소 폭은 지난해 연간 감소율보다
    # 크게 줄었다. 같은 기간 중국에 새로 설립된 외자기업은 2만 6,870곳으로 9.4% 늘어 …`: the first half of 2033 again
    assert figures_at(corpus_issue(710), 28)[2:] == [("중국", "26870", None, None, 2033), ("중국", "9.4", None, None, 2033)]


def test_the_rest_of_a_cell_past_a_page_break_under_a_captioned_table(corpus_issue):
    # 711 l.151-164 `KIC 중국 협력 거점 현황 (2033 년 8 월 기준)\t\t\t` over `권역	도시	협력 기관	입주 기업(개사)`; l.157
    # `	쑤저우(苏州)	쑤저우공업원구 진지후(金鸡湖)	7`, the page's furniture, l.161 `		창업센터`
    table = next(t for t in records_of(corpus_issue(711), "tables") if t["line_start"] <= 157 <= t["line_end"])
    assert ["화동", "쑤저우(苏州)", "쑤저우공업원구 진지후(金鸡湖) 창업센터", "7"] in table["rows"]
    assert len(table["rows"]) == 8 and table["rows"][-1] == ["합계", None, None, "70"]
    # (491 l.69-89: the header's second line printed again over the page, `\t\t\t\t성장률(%)`, goes on in no cell of l.79)
    amounts = [(a["value"], a["unit"]) for a in records_of(corpus_issue(491), "amounts") if a["line"] == 79]
    assert ("4.8", "%") in amounts


def test_a_region_that_is_also_a_word_and_a_citys_figure_before_its_districts_rank(corpus_issue):
    # 711 l.96 `… 도시별 완제품 생산량에서는 선전이 지난해 2 만 3,000 대를 생산해 선두에 섰고, 베이징이 1 만 1,000 대로 2 위였다.`
    figures = figures_at(corpus_issue(711), 96)
    assert ("선전", "23000", 1, None, 2032) in figures and ("베이징", "11000", 2, None, 2032) in figures
    # 711 l.133 `허페이시의 2032 년 … 생산액은 1 조 2,600 억 위안으로 …. … 바오허구(包河区)는 2032 년 GDP 1,980 억 위안으로
    # 허페이시 구·현 가운데 2 위를 기록했다.`: the city holds no rank among its districts
    figures = figures_at(corpus_issue(711), 133)
    assert figures[0] == ("허페이시", "1260000000000", None, None, 2032)
    assert ("바오허구", "198000000000", 2, None, 2032) in figures


def test_a_bound_passed_before_a_rank(corpus_issue):
    # 716 l.92 `… 완성품 출하량에서는 상하이가 2033년 상반기 1만 1,000대를 넘겨 1위를 차지했다.` (not `1 대 1`, a ratio)
    assert ("상하이", "11000", 1, "min", 2033) in figures_at(corpus_issue(716), 92)


def test_a_cumulative_word_wrapped_between_its_syllables():
    # LibreOffice's print of 713 wraps l.125 `… 시리즈 B 약 4억 위안(2033.04) / 누` | `적 약 6억 3,000만 위안` with a space glyph
    # before `적`; the issue writes `누적` nowhere else, but a sum's word is known whole (data/qualifiers.tsv)
    text = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-713.txt").read_text(encoding="utf-8")
    text = text.replace("/ 누적 약", "/ 누\n적 약")
    assert join_text("시리즈 B 약 4억 위안(2033.04) / 누", " 적 약 6억 3,000만 위안", True, text) == \
        "시리즈 B 약 4억 위안(2033.04) / 누적 약 6억 3,000만 위안"
