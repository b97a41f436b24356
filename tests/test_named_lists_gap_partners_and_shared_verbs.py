"""Shapes held-out issues 477–480 showed when first read (tests/corpus/heldout): a list closed by `…가 그
주인공이다`, a count's noun glossed before `즉`, a next sentence counting its own list, groups of regions
each with a figure, a verb of passing shared by amounts after their own topics, a gap's partner, a rank
written before the region ahead, a place described by a rate and then named, and falls written as `위축`
and `둔화`. Every value asserted here was read off the issue's text by hand."""

from __future__ import annotations

from conftest import records_of


def _figures(result, line):
    return [(f["region_ko"], f["value"], f["rank"], f["bound"], f["year"])
            for f in records_of(result, "figures") if f["line"] == line]


def _count_warnings(result):
    return [(w.line, w.message) for w in result.warnings if w.code == "count_mismatch"]


def test_lists_closed_by_their_role_glossed_nouns_and_a_next_sentence_with_its_own_count(corpus_issue):
    # 478 l.84 `지난해 새로 ‘1조 위안 클럽’에 가입한 도시는 세 곳으로, 웨이팡(潍坊)·사오싱(绍兴)·자싱(嘉兴)·린이(临沂)가 그 주인공이다.`
    assert _count_warnings(corpus_issue(478)) == [
        (84, "the text says 3곳 but lists 4: 웨이팡(潍坊), 사오싱(绍兴), 자싱(嘉兴), 린이(临沂)")]
    # 480 l.196 `… 7개 구(区), 즉 난산구(南山区)·푸톈구(福田区)·룽강구(龙岗区)·바오안구·룽화구(龙华区)·광밍구(光明区)에 …`
    assert _count_warnings(corpus_issue(480)) == [
        (196, "the text says 7개 구 but lists 6: 난산구(南山区), 푸톈구(福田区), 룽강구(龙岗区), 바오안구, 룽화구(龙华区), 광밍구(光明区)")]
    # 479 l.266 `… 1년 새 세 곳 늘었다. 신규 진입 도시는 세 곳, 즉 다롄(大连)·쉬저우(徐州)·탕산(唐山)이다.`: no warning
    assert [line for line, _ in _count_warnings(corpus_issue(479))] == [159]


def test_groups_of_regions_each_with_a_figure_and_a_shared_verb_of_passing(corpus_issue):
    result = corpus_issue(477)
    # l.181 `지역별로 보면 베이징(北京)과 선전(深圳)이 각각 3건, 상하이(上海)와 항저우(杭州)가 2건씩이었다.`
    assert [(f[0], f[1]) for f in _figures(result, 181)] == [("베이징", "3"), ("선전", "3"), ("상하이", "2"), ("항저우", "2")]
    # l.88 `… 닝샤회족자치구(宁夏回族自治区)는 6,000억 위안을, 시짱자치구는 3,000억 위안을 처음으로 넘어섰다.`
    assert [(f[0], f[1], f[3]) for f in _figures(result, 88) if f[1] in ("600000000000", "300000000000")] == [
        ("닝샤회족자치구", "600000000000", "min"), ("시짱자치구", "300000000000", "min")]
    # l.110 `황푸구(黄埔区)에 입주한 관련 기업만 180곳이 넘으며, …`
    assert ("황푸구", "180", None, "min", 2028) in _figures(result, 110)
    # 369 l.124 `… 광시좡족자치구(广西壮族自治区)는 180곳, 칭하이성(青海省)은 40곳 미만에 불과하다.`: 미만 is 40곳's alone
    assert [(f[0], f[3]) for f in _figures(corpus_issue(369), 124)][1:] == [("광시좡족자치구", None), ("칭하이성", "max")]


def test_a_gaps_partner_and_the_pair_a_gap_is_between(corpus_issue):
    # 480 l.188 `선전은 48만 6,000곳으로 상하이에 2만 6,000곳 뒤졌지만, 인구 1,000명당 신규 창업 기업 수는 27.3곳으로
    # 상하이(20.6곳)를 앞섰다.`
    assert [(f[0], f[1]) for f in _figures(corpus_issue(480), 188)][2:] == [
        ("선전", "486000"), ("선전", "26000"), ("선전", "27.3"), ("상하이", "20.6")]
    # 479 l.84 `장쑤성과 광둥성의 격차는 2026년 4,514억 위안에서 지난해 3,822억 위안으로 줄었다.`
    result = corpus_issue(479)
    assert [(f[0], f[1], f[4]) for f in _figures(result, 84)][:2] == [
        ("장쑤성", "451400000000", 2026), ("장쑤성", "382200000000", 2028)]
    # 478 l.72 `11위 톈진(2조 1,300억 위안)은 10위 난징에 600억 위안 뒤지며 …`: the gap takes no rank
    assert _figures(corpus_issue(478), 72)[:2] == [("톈진", "2130000000000", 11, None, 2028), ("톈진", "60000000000", None, None, 2028)]


def test_ranks_after_the_region_ahead_and_a_place_described_by_a_rate(corpus_issue):
    # 480 l.107 `3위 저장성(浙江省)(7만 9,960위안)에 이어 장쑤성(江苏省) 6만 6,540위안, 톈진시(天津市) 6만 4,980위안,
    # 광둥성(广东省) 6만 2,150위안 순이었다.`
    assert [(f[0], f[2]) for f in _figures(corpus_issue(480), 107)] == [
        ("저장성", 3), ("장쑤성", 4), ("톈진시", 5), ("광둥성", 6)]
    # 479 l.157 `지난해 가장 가파른 증가세를 보인 곳은 신장위구르자치구였다. … 수출입이 4,980억 위안으로 18.7% 늘었다.
    # 네이멍구자치구(内蒙古自治区)는 … 17.9% 증가해 그 뒤를 이었다.`
    assert [(f[0], f[1], f[2]) for f in _figures(corpus_issue(479), 157)][:3] == [
        ("신장위구르자치구", "498000000000", None), ("신장위구르자치구", "18.7", 1), ("네이멍구자치구", "17.9", 2)]
    # 381 l.46 `가장 큰 관심을 모은 곳은 저장성이다. 저장성 GDP 는 10 조 200 억 위안으로 … 전국 4 위를 기록했다.`
    assert _figures(corpus_issue(381), 46)[0][:3] == ("저장성", "10020000000000", 4)


def test_falls_written_as_shrinking_and_slowing(corpus_issue):
    # 478 l.82 `… 마카오특별행정구(澳门特别行政区)는 카지노 매출 둔화로 경제가 2.3% 위축됐다.`
    assert ("마카오특별행정구", "-2.3", None, None, 2028) in _figures(corpus_issue(478), 82)
    # 479 l.129 `… 지린성(吉林省)도 3.4%로 2027년(4.1%)보다 0.7%p 둔화했다.`
    assert _figures(corpus_issue(479), 129)[-1] == ("지린성", "-0.7", None, None, 2028)
    # 478 l.68 `… 1,200억 위안에서 1,900억 위안으로 벌어지며 순위 역전의 꿈을 다음으로 미뤘다.`: no order word
    assert {f[2] for f in _figures(corpus_issue(478), 68) if f[1] == "190000000000"} == {None}


def test_the_year_a_report_came_out_and_a_level_a_year_before(corpus_issue):
    # 480 l.141 `공업정보화부가 지난해 말 발표한 … 명단에 따르면, … 저장성이 2,046곳으로 1위를 달렸다. 저장성은 처음으로
    # 2,000곳을 넘어섰다. 광둥성(1,987곳)과 장쑤성(1,952곳)이 바짝 뒤를 쫓았다.`: all of the list's year
    assert {f[4] for f in _figures(corpus_issue(480), 141)} == {2028}
    # 478 l.68 `광저우는 충칭과의 격차가 1년 새 1,200억 위안에서 1,900억 위안으로 벌어지며 …`
    assert [(f[1], f[4]) for f in _figures(corpus_issue(478), 68) if f[0] == "광저우"][1:] == [
        ("120000000000", 2027), ("190000000000", 2028)]


def test_names_joining_regions_by_a_hyphen_and_people_of_an_origin(corpus_issue):
    # 360 l.217 `난닝(南宁)시 칭슈구(青秀区)에 자리한 중국-아세안 정보항(中国—东盟信息港) 핵심 단지에는 2026년 6월 기준 1,126곳의
    # 디지털 기업이 입주해 있다.`
    assert ("칭슈구", "1126", None, None, 2026) in _figures(corpus_issue(360), 217)
    assert "중국" not in [f[0] for f in _figures(corpus_issue(360), 217)]
    # 358 l.171 `첸하이선강현대서비스업협력구(前海深港现代服务业合作区)에 입주한 홍콩·마카오 청년 창업팀은 올해 9월 말 기준
    # 1,260개를 넘어섰고, …`: the teams are where they are, not Hong Kong's or Macau's
    assert [f[0] for f in _figures(corpus_issue(358), 171) if f[1] == "1260"] == ["첸하이선강현대서비스업협력구"]
    # 364 l.189 `광저우시 남부의 난사구(南沙区)에서 활동하는 홍콩·마카오 청년 창업팀은 2025년 말 기준 1,200개를 넘어섰다.`
    assert [(f[0], f[3]) for f in _figures(corpus_issue(364), 189) if f[1] == "1200"] == [("난사구", "min")]
    # 472 l.170 `첸하이에는 홍콩·마카오 및 해외 청년이 창업한 기업이 900곳 넘게 입주해 있어 …`
    assert [f[0] for f in _figures(corpus_issue(472), 170) if f[1] == "900"] == ["첸하이"]
