"""Shapes held-out issues showed after they were scored (tests/corpus/heldout): a gloss that goes on with a
figure (`자오칭(肇庆, 3,100억 위안)`), a city glossed bare and later written with `시`, a place listed with
no figure of its own in an order, a sentence naming only the region a gap is measured from, and a set
counted with `만` passing a mark. Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def _figures(result, line):
    return [(f["region_ko"], f["region_zh"], f["value"], f["rank"], f["bound"], f["year"])
            for f in records_of(result, "figures") if f["line"] == line]


def test_a_gloss_going_on_with_a_figure_names_the_place(corpus_issue):
    # 470 l.64 `… 마카오(4,100억 위안)와 자오칭(肇庆, 3,100억 위안)이 각각 10위, 11위로 뒤를 이었다.`
    result = corpus_issue(470)
    assert _figures(result, 64)[-2:] == [("마카오", "澳门", "410000000000", 10, None, 2028),
                                         ("자오칭", "肇庆", "310000000000", 11, None, 2028)]
    # l.66 `… 반면 자오칭의 상주인구는 전년보다 0.4% 줄며 또다시 뒷걸음질했다.`: 자오칭's, not 둥관's before it
    assert _figures(result, 66)[-1] == ("자오칭", "肇庆", "-0.4", None, None, 2028)
    # 400 l.100 `… 베이징 하이뎬구(海淀区)가 412곳으로 선전 난산구(南山区, 236곳)를 크게 앞섰다.` glosses 난산구 for the whole issue
    assert {f["region_zh"] for f in records_of(corpus_issue(400), "figures") if f["region_ko"] == "난산구"} == {"南山区"}


def test_a_city_glossed_bare_and_later_written_with_its_generic_word(corpus_issue):
    # 470 l.79 `중부에서는 네 곳, 즉 우후(芜湖)·뤄양(洛阳)·이창(宜昌)이 …`, then l.81 `창저우는 … 9,000억 위안을 넘어서며
    # … 우후시의 로봇 산업 매출은 420억 위안으로 전년 대비 15.2% 늘었다.`
    assert _figures(corpus_issue(470), 81) == [("창저우", "常州", "900000000000", None, "min", 2028),
                                               ("우후시", "芜湖市", "42000000000", None, None, 2028),
                                               ("우후시", "芜湖市", "15.2", None, None, 2028)]


def test_a_place_listed_without_a_figure_holds_its_place_in_the_order(corpus_issue):
    # 470 l.160 `광둥성이 1,980억 위안으로 가장 많았고 베이징시, 장쑤성(1,760억 위안)이 그 뒤를 이었다.`
    assert [(f[0], f[2], f[3]) for f in _figures(corpus_issue(470), 160)] == [
        ("광둥성", "198000000000", 1), ("장쑤성", "176000000000", 3)]


def test_a_sentence_naming_only_the_region_a_gap_is_measured_from(corpus_issue):
    # 470 l.58 `선전(深圳)은 작년 지역총생산 4조 1,800억 위안으로 대만구 1위 자리를 지켰다. 2위 광저우(广州, 3조 4,600억
    # 위안)와의 격차는 7,200억 위안으로, 2년 전인 2026년의 6,100억 위안보다 더 벌어졌다.`: the gaps are 선전's
    assert [(f[0], f[2], f[3], f[5]) for f in _figures(corpus_issue(470), 58)] == [
        ("선전", "4180000000000", 1, 2028), ("광저우", "3460000000000", 2, 2028), ("선전", "720000000000", None, 2028),
        ("선전", "610000000000", None, 2026), ("선전", "5.4", None, 2028)]
    # 416 l.195 `이 가운데 베트남과의 교역이 3,410억 위안으로 전체의 38.1%를 차지했다.`: trade with a region is no gap
    assert [f[0] for f in _figures(corpus_issue(416), 195) if f[2] == "38.1"] == ["베트남"]


def test_a_set_counted_with_only_passes_the_mark_each(corpus_issue):
    # 470 l.148 `베이징·상하이·선전 세 곳만 투자액 1,000억 위안을 넘어섰다.`; 448 l.53 `상하이시, 베이징시, 선전시 세 도시만
    # 2 조 위안을 넘어섰다.`
    assert [f[0] for f in _figures(corpus_issue(470), 148) if f[4] == "min"] == ["베이징", "상하이", "선전"]
    assert [(f[0], f[2]) for f in _figures(corpus_issue(448), 53) if f[4] == "min"] == [
        ("상하이시", "2000000000000"), ("베이징시", "2000000000000"), ("선전시", "2000000000000")]
