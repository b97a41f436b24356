"""Shapes 955–960 showed at first sight (three writers of a new round): a page number printed once in a shape of its
own beside the first page's footer (`1`, `- 1 -`) while the other pages print theirs in a head (`주간 중국 창업 | 2`);
counts whose list closes with the noun all its items share, whose noun is two words, or whose list is a sentence of
places with no verb; card fields a slash apart with no colon; a Chinese name opening with Latin letters and digits;
a look back whose list runs on past a comma; a year opening a sentence after figures no year dated; `보다 … 적어`; a
threshold before `의`. Values read by hand from the issues' lines."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_page_number_printed_once_beside_the_first_pages_footer_is_furniture(corpus_issue):
    # 959 l.32–35 `KIC 중국 · www.kicchina.org` / `1` / `` / `주간 중국 창업 | 2`; 960 l.32–34 `- 1 -` / `` / `주간 중국 창업 | 2`
    for number, first in ((959, 33), (960, 32)):
        result = corpus_issue(number)
        assert first in result.coverage.furniture and not result.coverage.unassigned
        # the pages stay as printed: the articles open on pages 2, 4, 5 … as the contents say
        assert [s["page_start"] for s in records_of(result, "sections")][:3] == ([2, 4, 5] if number == 959 else [2, 4, 6])


def test_counts_whose_list_shares_its_last_noun_has_a_two_word_noun_or_stands_as_a_sentence(corpus_issue):
    # 959 l.175 `… 새로 승격된 개발구는 3 곳으로, 네이멍구자치구 바오터우(包头), 닝샤후이족자치구 스쭈이산(石嘴山), 광시좡족자치구
    # 친저우(钦州), 간쑤성 톈수이(天水) 경제기술개발구가 이름을 올렸다.` (four)
    assert [line for line, _ in warnings_of(corpus_issue(959), "count_mismatch")] == [175]
    # 960 l.120 `우선 지원 대상은 6 개 성급 지역으로 충칭, 쓰촨성, 구이저우성, 윈난성, 광시좡족자치구다.` (five)
    [(line, message)] = warnings_of(corpus_issue(960), "count_mismatch")
    assert line == 120 and "6개 성급 지역" in message and "lists 5" in message
    # 956 l.258 `KIC 중국은 하반기에 다음 3 곳에 거점을 새로 연다. 허페이(合肥), 시안(西安), 창사(长沙), 정저우(郑州).` (four)
    assert [line for line, _ in warnings_of(corpus_issue(956), "count_mismatch")] == [258]


def test_card_fields_a_slash_apart_and_a_chinese_name_opening_with_digits(corpus_issue):
    # 956 l.200–202 `■ 이캉반로봇(颐康伴机器人)` / `설립 2032.11 / 본사 저장성 항저우(杭州) / 대표 류칭윈(刘清云)` /
    # `분야 노인 돌봄 로봇 / 누적 투자 약 6억 위안`; l.218–220 `■ 6G톈왕커지(6G天网科技)` / … / `… / 누적 투자 15억 위안 이상`
    cards = {c["name"]: c for c in records_of(corpus_issue(956), "companies")}
    first = cards["이캉반로봇"]
    assert (first["founded_raw"], first["funding_value"], first["funding_approx"], first["funding_cumulative"]) == (
        "2032.11", 600000000, True, True)
    sixth = cards["6G톈왕커지"]
    assert (sixth["name_zh"], sixth["funding_value"], sixth["funding_bound"]) == ("6G天网科技", 1500000000, "min")


def test_years_that_look_back_date_their_own_words_only(corpus_issue):
    # 959 l.76 `… 2036 년 1 분기만 해도 쓰촨성이 1 조 6,480 억 위안, 허난성이 1 조 7,020 억 위안으로 허난성이 넉넉히 앞서 있었다.`
    figures = figures_at(corpus_issue(959), 76)
    assert ("쓰촨성", "1648000000000", None, None, 2036) in figures and ("허난성", "1702000000000", None, None, 2036) in figures
    # 960 l.172 `… 13 개사가 되면서 난징시(12 개사)를 앞질렀다. 2036 년에는 난징시가 10 개사로 쑤저우시(9 개사)보다 많았다.
    # 안후이성 허페이시는 6 개사에서 10 개사로 늘어 증가율이 66.7%에 달했다.`
    figures = figures_at(corpus_issue(960), 172)
    assert ("난징시", "10", None, None, 2036) in figures
    assert ("허페이시", "66.7", None, None, 2037) in figures


def test_less_than_another_by_is_a_fall_and_a_threshold_before_of_is_no_figure(corpus_issue):
    # 959 l.130 `후베이성 우한시는 2 조 3,520 억 위안으로 2 위였지만 청두시보다 3,360 억 위안 적어, …`
    assert ("우한시", "-336000000000", None, None, 2037) in figures_at(corpus_issue(959), 130)
    # 960 l.152 `… 기업가치 10 억 달러 이상의 비상장 기업을 뜻하는 유니콘의 …`
    assert not any(f[1] == "1000000000" for f in figures_at(corpus_issue(960), 152))


def test_last_place_of_a_set_an_earlier_paragraph_of_the_article_names(corpus_issue):
    # 959 l.130 `쓰촨성 청두시는 … 6 개 도시 가운데 1 위를 지켰다.` / l.132 `… 3 위 … 그 뒤를 …` / l.134 `허난성 정저우시는 1 조
    # 5,480 억 위안으로 5 위에 머물렀고, 시안시가 1 조 4,420 억 위안으로 최하위였다.`
    assert ("시안시", "1442000000000", 6, None, 2037) in figures_at(corpus_issue(959), 134)
    # 454 l.90 `… 다섯 곳 가운데 가장 많았다.` / l.92 `… 소득 규모 1위인 내몽골자치구는 5.1%로 최하위에 머물렀다.`: last of the five,
    # not of the country's 31
    assert ("내몽골자치구", "5.1", 5, None, 2028) in figures_at(corpus_issue(454), 92)
    # 364 l.68 `광저우시(广州市)는 성장률이 2.9%에 그쳐 주요 도시 가운데 가장 낮았고`: a set of its own, of no size given
    assert ("광저우시", "2.9", None, None, 2026) in figures_at(corpus_issue(364), 68)
