"""Kinds met in a twenty-ninth round (1197 games, 1199 container ports, 1201 cosmetics, 1203 airliners): a port named
after two cities over a gloss with its own dot (`닝보·저우산(宁波·舟山)`), a port or zone glued to a place's gloss
(`다롄(大连)항과`, `베이부완(北部湾)항을`), a ranking in the sentence before `이들 6 개 지역이`, a lead above a `순` list that
passed a mark (`광둥성이 1,900 억 위안을 넘어섰고, 상하이 …, 저장성 … 순이다`), the whole country's firms counted, a class of
the whole made a topic (`1 억 위안 이상 대형 투자는`), a city qualifying what a province acts by or what changed on the
way (`후난성은 창사(长沙)와 주저우(株洲)의 … 기업을 앞세워`, `쓰촨성은 청두의 … 수요가 함께 늘면서`), and a span of twenty
years; read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, warnings_of

from kic_extract.places import glossed_places
from kic_extract.typed.prose_figures import block_to_figures


def test_a_port_named_after_two_cities_and_ports_glued_to_a_gloss(corpus_issue):
    # 1199 l.56: `… 닝보·저우산(宁波·舟山)이 4,262만 TEU로 그 뒤를 이었고, …`; l.58: `증가 폭은 닝보·저우산이 8.4%로 가장 컸고 …`
    assert figures_at(corpus_issue(1199), 56)[1] == ("닝보·저우산", "42620000", 2, None, 2025)
    assert figures_at(corpus_issue(1199), 58)[0] == ("닝보·저우산", "8.4", 1, None, 2025)
    assert glossed_places("닝보·저우산(宁波·舟山)이") == {"닝보·저우산": "宁波舟山"}
    # l.130: `랴오닝성은 다롄(大连)항과 잉커우(营口)항의 통합 운영 효과가 나타나면서 1,170만 TEU를 처리해 …`
    assert figures_at(corpus_issue(1199), 130) == [("랴오닝성", "11700000", None, None, 2025)]
    # l.62 (its paragraph; the sentence on l.67): `반면 광시좡족자치구(广西壮族自治区)는 베이부완(北部湾)항을 앞세워 11.5% 늘어난
    # 1,006만 TEU를 처리해 처음으로 1,000만 TEU를 넘어섰다.`
    assert figures_at(corpus_issue(1199), 62)[2:] == [
        ("광시좡족자치구", "11.5", None, None, 2025), ("광시좡족자치구", "10060000", None, None, 2025),
        ("광시좡족자치구", "10000000", None, "min", 2025)]


def test_a_ranking_the_sentence_before_gave_and_a_lead_past_a_mark(corpus_issue):
    # 1201 l.110: `… 광둥성이 27 건으로 가장 많았고 상하이 19 건, 저장성 11 건, 장쑤성 9 건, 산둥성 7 건 순이었다. 이들 6 개 지역이
    # 전체 신고의 대부분을 차지했다.`
    assert warnings_of(corpus_issue(1201), "count_mismatch") == [
        (110, "the text says 6개 지역 but lists 5: 광둥성, 상하이, 저장성, 장쑤성, 산둥성")]
    # l.295: `▶ 주강삼각주: … 2024 년 성·시별 화장품 생산액은 광둥성이 1,900 억 위안을 넘어섰고, 상하이 720 억 위안, 저장성 510 억
    # 위안 순이다.`
    assert figures_at(corpus_issue(1201), 295) == [
        ("광둥성", "190000000000", 1, "min", 2024), ("상하이", "72000000000", 2, None, 2024),
        ("저장성", "51000000000", 3, None, 2024)]


def test_the_whole_countrys_firms_and_a_class_of_the_whole(corpus_issue):
    # 1201 l.268: `… 2024 년 말 기준 전국 화장품 생산기업은 5,940 개사로, 이 가운데 대부분이 광둥성, … 5 개 성·시에 몰려 있다.`
    assert figures_at(corpus_issue(1201), 268) == [("전국", "5940", None, None, 2024)]
    # l.220: `… 장쑤성은 전년보다 4 건 줄어든 5 건에 그쳤다. 1 억 위안 이상 대형 투자는 모두 11 건이었다.`: not 장쑤성's
    assert figures_at(corpus_issue(1201), 220)[-2:] == [("장쑤성", "-4", None, None, 2025), ("장쑤성", "5", None, None, 2025)]


def test_a_city_qualifying_what_a_province_acts_by_or_what_changed(corpus_issue):
    # 1203 l.137: `… 후난성은 창사(长沙)와 주저우(株洲)의 항공엔진·통용항공기 기업을 앞세워 2024 년 항공산업 생산액이 410 억 위안으로
    # 19.3% 늘었는데, 증가율로는 전국 1 위다.`
    assert figures_at(corpus_issue(1203), 137) == [
        ("후난성", "41000000000", None, None, 2024), ("후난성", "19.3", 1, None, 2024)]
    # l.127: `… 쓰촨성은 청두의 군용기·무인기 생산과 항공 정비(MRO) 수요가 함께 늘면서 2024 년 생산액이 14.6% 증가했고,
    # 산시성과의 격차를 150 억 위안까지 좁혔다.`
    assert figures_at(corpus_issue(1203), 127)[:2] == [
        ("쓰촨성", "14.6", None, None, 2024), ("쓰촨성", "15000000000", None, None, 2024)]
    # l.135: `반면 헤이룽장성(黑龙江省)은 하얼빈(哈尔滨)의 헬기·소형기 주문이 줄어 2024 년 생산액이 310 억 위안으로 4.2% 감소했다.`
    assert figures_at(corpus_issue(1203), 135)[:2] == [
        ("헤이룽장성", "31000000000", None, None, 2024), ("헤이룽장성", "-4.2", None, None, 2024)]


def test_a_sum_over_twenty_years_has_no_one_year(corpus_issue):
    # 1203 l.194: `… 2043 년까지 20 년간 중국 항공사에 인도될 신규 여객기는 8,866 대이며, …`
    assert figures_at(corpus_issue(1203), 194)[0] == ("중국", "8866", None, None, None)
    figures, _ = block_to_figures("선전시는 향후 10년간 200억 위안을 투입한다.", 2025)
    assert [(f["region_ko"], f["year"]) for f in figures] == [("선전시", None)]
