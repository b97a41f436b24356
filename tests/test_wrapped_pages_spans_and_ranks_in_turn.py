"""Kinds met in a thirteenth round (1069 EV exports, 1071 AI models, 1073 university spin-offs, 1075 the silver economy),
each read by hand from the lines named and tried on sentences of my own:

- a contents entry's page on the line it wraps onto, after leader dots (`    ··· 8쪽`), is no entry of its own;
- `최고` before a number bounds it from above (`최고 50%로`), as `최대` does;
- a date ahead that a clause waits on (`2026년 7월까지 … 앞두고`) dates that clause only;
- figures after a span of years (`2023년부터 2025년 9월까지 발표한 … 투자액`) are over the span, of no one year;
- a figure describing the one place the copula names (`3.2% 감소한 산둥성뿐이다`) is that place's;
- a place where a firm named as the cause is seated (`류저우에 본사를 둔 상치퉁융우링(…)의 … 수출에 힘입어`) is no subject;
- a clause on each of a kind (`각 분센터는 … 200명 이상씩`) is about no place listed before it;
- ranks written before the places they go to, in turn (`5위와 6위인 헤이룽장성과 지린성도 각각 19.8%, 19.2%`);
- `가장 뚜렷했다` beside a figure states first place;
- a sentence opening with a set of things counted (`상위 10건 가운데 …`) goes on about no region before it;
- a rank stated alone does not go to the figure of a sentence turning against it (`다만 …`)."""

from __future__ import annotations

from conftest import figures_at, records_of

from kic_extract.typed.prose_figures import block_to_figures
from kic_extract.typed.prose_regions import sentence_regions


def _read(text: str, year: int | None = 2025) -> list[tuple]:
    return [(f["region_ko"], f["value"], f["rank"], f["bound"], f["year"]) for f in block_to_figures(text, year)[0]]


def test_a_page_on_the_line_an_entry_wraps_onto(corpus_issue):
    # 1069 l.29-30: `▶ 【KIC 안내】 2026년 1분기 KIC 중국 창업대회 참가자 모집` / `    ··· 8쪽`
    toc = records_of(corpus_issue(1069), "issues")[0]["toc"]
    assert [(e["title"], e["page"]) for e in toc][-2:] == [
        ("한중 전기차 배터리 공급망 세미나 개최", 8), ("2026년 1분기 KIC 중국 창업대회 참가자 모집", 8)]
    assert len(toc) == 7


def test_at_most_with_choego(corpus_issue):
    # 1069 l.55: `멕시코가 … 수입 관세를 최고 50%로 올리는 방안을 논의하는 등`
    assert figures_at(corpus_issue(1069), 55) == [("멕시코", "50", None, "max", 2025)]
    assert _read("광저우시는 창업 기업에 최고 300만 위안을 지원한다.")[0][1:4] == ("3000000", None, "max")


def test_dates_ahead_and_spans_of_years(corpus_issue):
    # 1069 l.49: `2026년 7월까지 단계적으로 35%까지 오르는 수입 관세를 앞두고 … 브라질 수출은 전년 동기보다 2.3배로 늘었다`
    assert figures_at(corpus_issue(1069), 49)[3:] == [("브라질", "35", None, None, 2026), ("브라질", "2.3", None, None, 2025)]
    # 1069 l.121: `2023년부터 2025년 9월까지 발표한 해외 공장 투자액을 국가별로 보면 헝가리가 약 110억 유로로 가장 많다`
    assert figures_at(corpus_issue(1069), 121)[0] == ("헝가리", "11000000000", 1, None, None)
    assert _read("2021년부터 2024년까지 청두에 들어선 연구소는 42곳이다.") == [("청두", "42", None, None, None)]
    # a period stated is no span of figures
    assert _read("시범 기간은 2025년 10월부터 2027년 9월까지다. 우한은 2025년 12곳을 지정했다.") == [
        ("우한", "12", None, None, 2025)]


def test_the_place_the_copula_names_and_a_firms_seat_as_cause(corpus_issue):
    # 1069 l.76: `상위 6곳 가운데 수출액이 줄어든 곳은 3.2% 감소한 산둥성뿐이다`; and `광둥성은 3위로 밀려났다. 다만 광둥성의
    # 수출액 증가율은 9.8%로 상하이(9.1%)를 웃돌았다`: the rate takes no rank
    got = figures_at(corpus_issue(1069), 76)
    assert got[0] == ("광둥성", "9.8", None, None, 2025) and got[-1] == ("산둥성", "-3.2", None, None, 2025)
    # 1069 l.78: `광시좡족자치구는 류저우에 본사를 둔 상치퉁융우링(上汽通用五菱)의 소형 전기차 수출에 힘입어 … 300억 위안을 돌파했다`
    assert figures_at(corpus_issue(1069), 78)[-1] == ("광시좡족자치구", "30000000000", None, "min", 2025)
    assert _read("안후이성은 허페이에 본사를 둔 웨이라이(蔚来)의 판매 호조에 힘입어 수출이 12% 늘었다.") == [
        ("안후이성", "12", None, None, 2025)]
    # several places before `뿐` are a list a count names, none of them a topic
    assert _read("두 곳, 즉 안후이성과 후베이성뿐이다.") == []


def test_each_of_a_kind_after_a_list_of_places(corpus_issue):
    # 1073 l.119: `선정된 도시는 허페이(合肥), 난징(南京), 창사(长沙), 지난(济南)이며, 각 분센터는 2027년까지 … 200명 이상씩`
    assert figures_at(corpus_issue(1073), 119) == []
    assert _read("지원 대상은 청두와 시안이며, 각 기업은 최대 50만 위안을 받는다.") == []


def test_ranks_in_turn_first_place_and_sets_of_things(corpus_issue):
    # 1075 l.129: `5위와 6위인 헤이룽장성(黑龙江省)과 지린성(吉林省)도 각각 19.8%, 19.2%로`
    assert figures_at(corpus_issue(1075), 129)[4:] == [("헤이룽장성", "19.8", 5, None, 2025), ("지린성", "19.2", 6, None, 2025)]
    assert _read("3위와 4위인 저장성과 산둥성은 각각 5.1%, 4.9%였다.") == [
        ("저장성", "5.1", 3, None, 2025), ("산둥성", "4.9", 4, None, 2025)]
    # 1075 l.211: `우한시(武汉市)는 … 전년보다 14.2% 늘어 성장세가 가장 뚜렷했다`
    assert ("우한시", "14.2", 1, None, 2025) in figures_at(corpus_issue(1075), 211)
    # 1075 l.162: `베이징은 전년보다 8.8% 줄어 … 상위 10건 가운데 달러로 조달한 3건은 모두 해외 투자자가 참여했고`
    assert [f for f in figures_at(corpus_issue(1075), 162) if f[0] == "베이징"] == [
        ("베이징", "31", 3, None, 2025), ("베이징", "-8.8", None, None, 2025)]


def test_a_word_region_compared_with():
    # `선전` (also 宣傳) right before `보다` and a figure is the place compared with, no subject
    regions = sentence_regions("청두는 선전보다 1만 1,100개 적었다.")
    assert [(r.written, r.subject) for r in regions] == [("청두", True), ("선전", False)]
