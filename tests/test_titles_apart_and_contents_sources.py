"""Shapes held-out issues 545–548 showed when first read (tests/corpus/heldout): a table's title, or its title and
`단위:` line, set a blank line apart over its header, and contents entries numbered in turn, each with its source
in square brackets under its page, and the year of an undated article's first dated results going on to the
next paragraphs of their measure, and counts in native numerals given to each (`세 건씩`). Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def _table(result, title: str) -> tuple[dict, dict]:
    table = next(t for t in records_of(result, "tables") if t["title"] == title)
    return table, {(a["line"], a["column_label"]): (a["value"], a["unit"])
                   for a in records_of(result, "amounts") if a["table_id"] == table["table_id"]}


def test_a_title_a_blank_line_over_the_header(corpus_issue):
    # 545 l.50 `표 1) 2029 년 GDP 상위 10 개 성급 지역 (억 위안)`, a blank line, l.52 `순위 | 지역 | 2027 년 | … | 증가율(%)`,
    # l.53 `1 | 광둥성 | 158,420 | 165,310 | 172,050 | 4.9`
    table, amounts = _table(corpus_issue(545), "표 1) 2029년 GDP 상위 10개 성급 지역 (억 위안)")
    assert (table["unit"], table["line_start"]) == ("억 위안", 50)
    assert amounts[(53, "2027년")] == ("15842000000000", "위안") and amounts[(53, "증가율(%)")] == ("4.9", "%")


def test_a_title_and_its_unit_line_a_blank_line_over_the_header(corpus_issue):
    # 546 l.155 `표 3) 6월 1~3주차 분야별 주요 투자 라운드`, l.156 `단위: 억 위안`, a blank line, l.158 `분야 | 기업 | … | 금액`
    table, amounts = _table(corpus_issue(546), "표 3) 6월 1~3주차 분야별 주요 투자 라운드")
    assert (table["unit"], table["line_start"]) == ("억 위안", 155)
    assert amounts[(159, "금액")] == ("1200000000", "위안")  # l.159 `반도체 | 신치웨이(芯启微) | … | 12.0`


def test_contents_sources_in_square_brackets_under_numbered_entries(corpus_issue):
    # 548 l.12–18: `  01  2029년 성급 지역 인구 변동: … 감소 ·········· 2` / `      [국가통계국(国家统计局)]` / `  02  웨강아오대만구
    # (粤港澳大湾区) 5년 성적표… 선전·광저우 ‘쌍두마차’` / `      체제 굳혀 ·········· 4` / `      [21세기경제보도(21世纪经济报道)]` / …
    toc = records_of(corpus_issue(548), "issues")[0]["toc"]
    assert [(e["category"], e["title"], e["source"], e["source_zh"], e["page"]) for e in toc[:3]] == [
        ("지역·경제", "2029년 성급 지역 인구 변동: 광둥·저장 늘고 동북·중부는 감소", "국가통계국", "国家统计局", 2),
        ("지역·경제", "웨강아오대만구(粤港澳大湾区) 5년 성적표… 선전·광저우 ‘쌍두마차’ 체제 굳혀", "21세기경제보도", "21世纪经济报道", 4),
        ("지역·경제", "상하이, 외국인 창업비자 시 전역으로 확대", "해방일보", "解放日报", 5)]
    assert len(toc) == 7


def test_the_first_dated_results_date_the_next_paragraphs_of_their_measure(corpus_issue):
    # 548, an article whose title names no year: l.77 `도시별로는 선전(深圳)이 지난해 4조 1,200억 위안으로 선두에 섰고 …`
    # (the issue dated 2030-07-12), l.79 `홍콩특별행정구(…)의 GDP는 3조 2,600억 홍콩달러로 3.1% 성장했고, …`, l.81 `… 광저우
    # 톈허구(天河区)는 7,020억 위안, 선전 푸톈구(福田区)는 6,480억 위안으로 각각 2위와 3위였다.`
    from conftest import figures_at

    assert figures_at(corpus_issue(548), 79)[:3] == [
        ("홍콩특별행정구", "3260000000000", None, None, 2029), ("홍콩특별행정구", "3.1", None, None, 2029),
        ("마카오특별행정구", "415000000000", None, None, 2029)]
    assert figures_at(corpus_issue(548), 81)[1:] == [("톈허구", "702000000000", 2, None, 2029), ("푸톈구", "648000000000", 3, None, 2029)]


def test_a_rate_per_mille(corpus_issue):
    # 548 l.53 `시짱자치구(西藏自治区)는 … 자연증가율이 7.8‰로 31개 지역 중 1위였다.`
    from conftest import figures_at

    assert ("시짱자치구", "7.8", 1, None, 2029) in figures_at(corpus_issue(548), 53)
    assert [f["unit"] for f in records_of(corpus_issue(548), "figures") if f["line"] == 53 and f["value"] == "7.8"] == ["‰"]


def test_counts_in_native_numerals_given_to_each(corpus_issue):
    # 547 l.140 `지역별로는 상하이와 선전이 각각 세 건씩을 가져갔고, 허페이·광저우·우한·베이징이 한 건씩이었다.`
    from conftest import figures_at

    assert figures_at(corpus_issue(547), 140) == [
        ("상하이", "3", None, None, 2030), ("선전", "3", None, None, 2030), ("허페이", "1", None, None, 2030),
        ("광저우", "1", None, None, 2030), ("우한", "1", None, None, 2030), ("베이징", "1", None, None, 2030)]
    # 533 l.137 `… 광둥성이 선전과 광저우 두 곳을 배출했고, 나머지 성·직할시는 한 곳씩이다.`: the rest's, named nowhere
    assert [f for f in figures_at(corpus_issue(533), 137) if f[1] == "1"] == []


def test_contents_sources_in_square_brackets_where_a_pdfs_text_keeps_no_indent(tmp_path):
    # 548 l.11–18 as a PDF's text gives them, every line flush left: `01 … 감소 ·········· 2` / `[국가통계국(国家统计局)]` / …
    from pathlib import Path

    from kic_extract.pipeline import extract_issue
    from kic_extract.settings import Settings

    lines = (Path(__file__).parent / "corpus" / "heldout" / "kic-china-weekly-548.txt").read_text(encoding="utf-8").split("\n")
    flush = tmp_path / "kic-china-weekly-548.txt"
    flush.write_text("\n".join(ln.lstrip() if 11 <= k <= 18 else ln for k, ln in enumerate(lines, 1)), encoding="utf-8")
    toc = records_of(extract_issue(flush, flush.name, Settings()), "issues")[0]["toc"]
    assert [(e["category"], e["source"], e["page"]) for e in toc[:3]] == [
        ("지역·경제", "국가통계국", 2), ("지역·경제", "21세기경제보도", 4), ("지역·경제", "해방일보", 5)]
