"""Shapes met in held-out issues 925–932 and 939–940, each read by kind: a title's tag in guillemets or full-width brackets
(`«평가» …`, `［산업분석］ …`) and a contents entry with a bullet after its page (`04쪽 · …`); a column whose cells give
their own unit (`8.1만 개`) takes none of the caption's, and a header's kind decides the rest (`유니콘 수`, `기업가치`,
`신규 진입`); a list already closed as its clause's complement (`…, 푸젠성으로, 모두 8곳의`) is no later count's.
Values read by hand from the issues' lines."""

from conftest import records_of, warnings_of


def _toc(result) -> list[tuple]:
    return [(e["page"], e["tag"], e["title"]) for e in records_of(result, "issues")[0]["toc"]]


def test_tags_in_guillemets_and_full_width_brackets(corpus_issue):
    # 926 l.14 `P.03 ｜ «평가» 국가급 고신구 2036년 종합평가 결과 ― 과학기술부(科学技术部)`
    result = corpus_issue(926)
    assert _toc(result)[1] == (3, "평가", "국가급 고신구 2036년 종합평가 결과")
    assert [s["title"] for s in records_of(result, "sections")][1] == "국가급 고신구 2036년 종합평가 결과"
    assert warnings_of(result, "toc_title_differs") == []
    # 928 l.13 `  02쪽 · 1~9월 수출입 동향, 지역별 명암 엇갈려 / 해관총서(海关总署)`,
    # l.16 `  04쪽 · ［산업분석］ 바이오제조, 다음 성장 엔진으로 / 제일재경(第一财经)`
    result = corpus_issue(928)
    assert _toc(result)[0] == (2, None, "1~9월 수출입 동향, 지역별 명암 엇갈려")
    assert _toc(result)[2] == (4, "산업분석", "바이오제조, 다음 성장 엔진으로")
    assert warnings_of(result, "toc_title_differs") == []


def _cells(result, line: int) -> list[tuple]:
    return [(a["column_label"], a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == line]


def test_a_column_giving_its_own_units_takes_none_of_the_caption_s(corpus_issue):
    # 927 l.45 `단위: 억 위안, %, %p` over `순위 | 지역 | GDP | 성장률 | 성장률 증감 | 고신기술기업`,
    # l.47 `1	광둥성	163,480	4.9	+0.2	8.1만 개`
    assert _cells(corpus_issue(927), 47) == [("GDP", "16348000000000", "위안"), ("성장률", "4.9", "%"),
                                            ("성장률 증감", "0.2", "%p"), ("고신기술기업", "81000", "개")]


def test_units_of_different_kinds_go_to_the_columns_naming_them(corpus_issue):
    # 932 l.98 `표 3. 주요 도시 유니콘 기업 현황 (2037년 6월 말 기준, 단위: 개사, 억 달러)` over
    # `순위 | 도시 | 유니콘 수 | 기업가치 | 신규 진입`; l.110 `합계		274	11,980	32`
    assert _cells(corpus_issue(932), 110) == [("유니콘 수", "274", "개사"), ("기업가치", "1198000000000", "달러"),
                                             ("신규 진입", "32", "개사")]


def test_a_list_closed_as_its_clause_s_complement_is_no_later_count_s(corpus_issue):
    # 929 l.49 `이번에 새로 이름을 올린 5개 성은 쓰촨성, 후난성, 안후이성, 장시성, 푸젠성으로, 모두 8곳의 시범구가 지정됐다.`
    assert warnings_of(corpus_issue(929), "count_mismatch") == []
    # 909 l.157 `허페이시는 집적회로, 신형 디스플레이, 인공지능, 신에너지차의 네 가지 선도 산업을`: `회로` is a noun's own
    assert [line for line, _ in warnings_of(corpus_issue(909), "count_mismatch")] == []


def test_words_a_print_wraps_before_an_ending_or_after_a_count_are_joined_as_written():
    from pathlib import Path

    from kic_extract.pdf.read import pdf_to_text
    from kic_extract.settings import Settings

    # 479 l.115 `… 닝샤후이족자치구는 6,250억 위안이었다.`, LibreOffice's print wrapping `위안` | `이었다.` (the copula's past
    # after a noun; `그 뒤를` | `이었다` is a verb and keeps its space)
    text, _ = pdf_to_text(Path(__file__).parent / "data" / "pdf" / "kic-china-weekly-479.libreoffice.pdf", Settings())
    assert "닝샤후이족자치구는 6,250억 위안이었다." in " ".join(text.split())


def test_a_category_framed_by_a_mark_on_both_sides(corpus_issue):
    # 940 l.10 `〓 Weekly 뉴스 〓` in the contents, l.24 the same banner over the body's first article
    result = corpus_issue(940)
    assert [s["category"] for s in records_of(result, "sections")][:3] == ["Weekly 뉴스"] * 3
    assert not any(s["category_inferred"] for s in records_of(result, "sections"))


def test_a_grid_of_companies_under_a_card_like_header_is_a_table(corpus_issue):
    # 940 l.96 `중국 배터리 기업 주요 해외 생산기지 비교(2037년 말 기준)`, l.97 `기업	생산기지	투자액	연간 생산능력	현지 고용`,
    # l.98 `닝더스다이	헝가리 데브레첸	73억 유로	100GWh	9,000명`
    result = corpus_issue(940)
    [table] = [t for t in records_of(result, "tables") if t["line_start"] == 96]
    assert (table["kind"], table["header"], table["rows"][0]) == (
        "other", ["기업", "생산기지", "투자액", "연간 생산능력", "현지 고용"],
        ["닝더스다이", "헝가리 데브레첸", "73억 유로", "100GWh", "9,000명"])
    assert not [w for w in warnings_of(result, "card_label_unknown") if 96 <= w[0] <= 104]
