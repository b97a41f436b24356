"""A sentence that breaks a measure down by sector, industry or stage (`분야별로는`, `업종별로는`) states figures of
no region, even right after a sentence about one. Values read by hand from the issues' lines."""

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def test_a_breakdown_by_sector_after_a_region_s_sentence_is_no_region_s(corpus_issue):
    # 885 l.117 `… 허페이는 … '허페이 모델'로 주목받아 왔다. 분야별로는 체현지능 로봇이 23 건으로 가장 많았고, 반도체(19 건)와
    # 바이오·의료(17 건)가 그 뒤를 이었다. 달러화 표시 투자 비중은 11%로 …`
    got = figures_at(corpus_issue(885), 117)
    assert [f for f in got if f[0] == "허페이"] == [("허페이", "4600000000", 2, None, 2036)]
    # 898 l.100-101 `… 상하이시는 … 투자 건수가 전월 대비 14.2% 줄었다. | 업종별로는 인공지능 분야가 172건으로 가장 많았으며, …
    # 평균 투자 금액은 6,700만 위안으로 1년 전보다 11% 늘었다.`
    assert [f for f in figures_at(corpus_issue(898), 100) if f[0] == "상하이시"] == [("상하이시", "-14.2", None, None, 2037)]


def test_a_sentence_about_a_region_goes_on_without_a_breakdown():
    text = "선전시는 4월 한 달 동안 14건을 성사시켰다. {}반도체가 전체 투자 금액의 41%를 차지했다."
    by_sector, _ = block_to_figures(text.format("분야별로는 "), 2037)
    assert [(f["region_ko"], f["value"]) for f in by_sector] == [("선전시", "14")]
    going_on, _ = block_to_figures(text.format("이 가운데 "), 2037)
    assert [(f["region_ko"], f["value"]) for f in going_on] == [("선전시", "14"), ("선전시", "41")]
