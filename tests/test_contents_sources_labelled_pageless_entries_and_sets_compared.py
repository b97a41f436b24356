"""Shapes 813–820 showed beside their regions: contents whose entries have their sources labelled on lines of their
own (`출처: …`), an entry with dashes where its page would stand, a count of places a sentence compares after it
(`… 다섯 개 성의 수출 증가율을 비교하면 …`), and places counted as their kind after those named are included. Values
read by hand from the issues' lines."""

from conftest import figures_at, records_of, warnings_of


def _toc(result) -> list[tuple]:
    issue, = records_of(result, "issues")
    return [(t["title"], t["source"], t["page"]) for t in issue["toc"]]


def test_contents_sources_labelled_under_their_entries(corpus_issue):
    # 818 l.10 `01  3 대 도시권, 2 분기 성장 '남고북저' 뚜렷 ···· 2` over l.11 `      출처: 경제참고보(经济参考报)`; l.12–13 alike
    toc = _toc(corpus_issue(818))
    assert len(toc) == 5
    assert toc[:2] == [("3대 도시권, 2분기 성장 '남고북저' 뚜렷", "경제참고보", 2), ("상무부, 디지털 무역 시범구 2차 지정", "중국신문망", 4)]


def test_an_entry_with_dashes_for_its_page(corpus_issue):
    result = corpus_issue(820)
    # l.18 `  09 │ 제11기 한중 청년 창업캠프 수료` over l.19 `  ── │ 편집자 레터`
    assert _toc(result)[-2:] == [("제11기 한중 청년 창업캠프 수료", None, 9), ("편집자 레터", None, None)]
    sections = records_of(result, "sections")
    assert [(s["title"], s["page_start"]) for s in sections[-2:]] == [("제11기 한중 청년 창업캠프 수료", 9), ("편집자 레터", 10)]


def test_a_count_of_places_a_sentence_compares_after_it(corpus_issue):
    # 820 l.57 `2035년 1~8월 동부 연해 주요 다섯 개 성의 수출 증가율을 비교하면 저장성(浙江省)이 7.2%로 가장 높았고, 장쑤성(江苏省)
    # 5.8%, 광둥성(广东省) 4.9%, 산둥성(山东省) 4.1% 순이었다.`
    assert warnings_of(corpus_issue(820), "count_mismatch") == [
        (57, "the text says 5개 성 but lists 4: 저장성, 장쑤성, 광둥성, 산둥성")]


def test_places_counted_as_their_kind_after_those_included(corpus_issue):
    # 817 l.70 `… 허페이시(合肥市), 시안시(西安市), 창사시(长沙市), 샤먼시(厦门市) 4 곳을 새 시범도시로 지정했다. 2033 년 1 차로
    # 지정된 선전시와 청두시(成都市)를 포함하면 시범도시는 모두 6 곳으로 늘어난다.`: no figure of 청두시's
    assert figures_at(corpus_issue(817), 70) == []
