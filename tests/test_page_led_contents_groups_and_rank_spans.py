"""Shapes held-out issues 481–484 showed when first read (tests/corpus/heldout): a contents list led by
pages whose last category holds one entry, a total inside a group the group goes on after, a list named
later in its count's sentence as what it is, a span of ranks given to a list in order, and pairs
that pass or miss a mark together. Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def _figures(result, line):
    return [(f["region_ko"], f["value"], f["rank"], f["bound"], f["year"])
            for f in records_of(result, "figures") if f["line"] == line]


def test_the_last_category_of_contents_led_by_pages(corpus_issue):
    # 484 l.24 `■ 센터 소식` over l.25 `09  2029 한중 청년 창업 캠프 참가자 모집`, the contents' last entry; the body's
    # l.181 `■ 센터 소식` over l.183 `[07] 2029 한중 청년 창업 캠프 참가자 모집`
    result = corpus_issue(484)
    toc = records_of(result, "issues")[0]["toc"]
    assert (toc[-1]["title"], toc[-1]["page"]) == ("2029 한중 청년 창업 캠프 참가자 모집", 9)
    last = records_of(result, "sections")[-1]
    assert (last["line_start"], last["page_start"], last["category"]) == (183, 9, "센터 소식")


def test_a_total_inside_a_group_and_a_list_named_as_what_it_is(corpus_issue):
    # 484 l.61–64 `디지털경제 규모 | 디지털 산업화 | 조 위안 | 11.2 | 11.9 | 12.7`, ` | 산업 디지털화 | … | 54.6`,
    # ` | 계 | 조 위안 | 58.7 | 62.8 | 68.3`, ` | GDP 대비 비중 | % | 40.5 | 41.2 | 41.7`: the group goes on
    result = corpus_issue(484)
    rows = records_of(result, "tables")[0]["rows"]
    assert ["디지털경제 규모", "계", "조 위안", "58.7", "62.8", "68.3"] in rows
    assert ["디지털경제 규모", "GDP 대비 비중", "%", "40.5", "41.2", "41.7"] in rows
    assert [(w.line, w.message) for w in result.warnings if w.code in ("total_mismatch", "count_mismatch")] == [
        (63, "kic-china-weekly-484/t01 디지털경제 규모 계 2028년: printed 68.3, but its 2 parts add up to 67.3"),
        # l.159 `계획은 우선 '인공지능+' 선도구(先导区) 4곳을 지정했는데, 하이뎬구(海淀区)·차오양구(朝阳区)·다싱구(大兴区)가 그것이다.`
        (159, "the text says 4곳 but lists 3: 하이뎬구(海淀区), 차오양구(朝阳区), 다싱구(大兴区)")]


def test_a_span_of_ranks_given_to_a_list_in_order(corpus_issue):
    # 484 l.40 `6위부터 10위까지는 쑤저우시, 청두시(成都市), 항저우시, 우한시, 난징시 순이었다. … 청두시가 6,842억 위안을 기록하며
    # … 항저우시와 우한시는 각각 5,936억 위안, 5,871억 위안으로 두 도시 모두 6,000억 위안 미만에 머물렀다. 난징시 GDP는 지난해
    # 1분기 4,702억 위안에서 올해 1분기 4,915억 위안으로 …`
    figures = _figures(corpus_issue(484), 40)
    assert [(f[0], f[1], f[2]) for f in figures if f[2]] == [
        ("쑤저우시", "690500000000", 6), ("청두시", "684200000000", 7), ("항저우시", "593600000000", 8),
        ("우한시", "587100000000", 9), ("난징시", "491500000000", 10)]
    assert [(f[0], f[3]) for f in figures if f[1] == "600000000000"] == [("항저우시", "max"), ("우한시", "max")]
    # 404 l.48 `6위부터 10위까지는 허난성(河南省), 후베이성(湖北省), … 순으로 전년과 같았다. 이 가운데 후베이성은 5.6% 성장해
    # 10위권 지역 중 저장성에 이어 두 번째로 높은 성장률을 보였다.`: the rate's own rank, not the list's
    assert [f[2] for f in _figures(corpus_issue(404), 48) if f[1] == "5.6"] == [2]


def test_a_pair_passing_a_mark_together(corpus_issue):
    # 481 l.47 `… 광둥성과 장쑤성 모두 처음으로 16조 위안을 넘어섰다.`
    assert [f[0] for f in _figures(corpus_issue(481), 47) if f[1] == "16000000000000"] == ["광둥성", "장쑤성"]


def test_groups_each_with_their_figure_and_a_set_named_before_its_count(corpus_issue):
    # 483 l.153 `… 베이징 소재 기업이 3 건으로 가장 많았다. 상하이와 선전은 각각 2 건, 항저우·허페이·쑤저우는 각각 1 건이었다.`
    result = corpus_issue(483)
    assert [(f[0], f[1]) for f in _figures(result, 153)] == [
        ("베이징", "3"), ("상하이", "2"), ("선전", "2"), ("항저우", "1"), ("허페이", "1"), ("쑤저우", "1")]
    # l.193 `중서부에서는 청두시(成都市), 우한시(武汉市), 시안시(西安市)가 추격에 나섰지만 지난해 말 기준 관련 기업 수는 세
    # 도시 모두 500개 미만이다.`
    assert [(f[0], f[3]) for f in _figures(result, 193) if f[1] == "500"] == [
        ("청두시", "max"), ("우한시", "max"), ("시안시", "max")]
    # 430 l.106 `새로 가입한 도시는 두 곳, 즉 다롄시(大连市)와 쿤밍시(昆明市)로, 두 도시 모두 1 조 위안을 갓 넘었다.`
    assert [f[0] for f in _figures(corpus_issue(430), 106) if f[3] == "min"] == ["다롄시", "쿤밍시"]


def test_a_caption_ends_its_line_and_a_difference_from_another_regions_level(corpus_issue):
    # 485 l.118 `그림 1) 출처: 중국정보통신연구원(中国信息通信研究院), 2028 년 중국 디지털 경제 구조`, a blank line, then l.120
    # `성별로는 광둥성의 디지털 경제 규모가 8 조 2,100 억 위안으로 수년째 1 위를 지켰다. 장쑤성이 7 조 1,400 억 위안으로 2 위였으며, …`
    result = corpus_issue(485)
    assert [(f[0], f[1], f[2]) for f in _figures(result, 120)][:2] == [
        ("광둥성", "8210000000000", 1), ("장쑤성", "7140000000000", 2)]
    # l.71 `하이난성의 증가율은 2 위 충칭시(重庆市)의 6.2%보다 2.5%p 높았다.`
    assert [(f[0], f[1], f[2]) for f in _figures(result, 71)][-2:] == [("충칭시", "6.2", 2), ("하이난성", "2.5", None)]
    # l.65 `경제 규모 상위 5 개 지역, 즉 광둥성(4.9%), 장쑤성(5.6%), 산둥성(5.5%), 저장성(5.9%), 쓰촨성(5.8%)의 성장률은
    # 지역별로 엇갈렸다.`: the leaders by size, their rates in no order, rank nothing
    assert {f[2] for f in _figures(result, 65)} == {None}


def test_a_count_of_each_is_no_count_of_a_list(corpus_issue):
    # 488 l.145 `… 베이징과 광저우가 각각 두 곳이었다. 선전, 항저우, 쑤저우는 한 곳씩이었다.`: one each, no list of one;
    # the count warned of is l.41's `… 새로 이름을 올린 2선 도시는 일곱 곳으로, 우한(武汉), …, 지난(济南)이다`, listing six
    assert [w.line for w in corpus_issue(488).warnings if w.code == "count_mismatch"] == [41]
