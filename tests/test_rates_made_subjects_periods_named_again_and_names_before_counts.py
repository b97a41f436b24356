"""Kinds met in a thirty-sixth round (1253 industrial 3D printing, 1255 brain-computer interfaces, 1257 quantum
technology, 1259 museum merchandise): a contents entry closed by its outlet and date (`… (중국산업리뷰. 2025.11.14)`), the
period `같은 기간` names again after a bracketed level compared with, a rate made the subject before a first place
(`244곳으로 증가율이 24.5%에 달해 전국에서 가장 높았다`), a first place of another measure (`단지 수가 가장 많지만 | 단지당
평균 입주 기업은 28곳으로`), a city named bare after its province in a table cell (`장쑤 쿤산`), and names listed right before
a count that a phrase follows (`…, 페이얼캉 5곳이 금속 적층제조 장비·소재 기업이다`); read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_contents_entry_closed_by_its_outlet_and_date(corpus_issue):
    # 1253 l.34: `- ▶ 中 소비자용 3D프린터, 세계 시장 장악…“가성비 앞세워 해외로” (중국산업리뷰. 2025.11.14) p10`
    toc = records_of(corpus_issue(1253), "issues")[0]["toc"]
    assert [(e["title"], e["source"]) for e in toc if e["page"] == 10] == [
        ("中 소비자용 3D프린터, 세계 시장 장악…“가성비 앞세워 해외로”", "중국산업리뷰")]


def test_the_period_named_again_after_a_level_compared_with(corpus_issue):
    # 1253 l.173-175: `… 2025년 1~10월 … 투자는 모두 47건, … 약 42억 위안에 달했다. 중국의 2024년 한 해 투자액(35억 위안)을
    # 10개월 만에 웃돈 것이다. …` / `같은 기간 지역별로는 장쑤성 기업이 11건으로 가장 많았고 …`
    assert figures_at(corpus_issue(1253), 175)[:2] == [("장쑤성", "11", 1, None, 2025), ("광둥성", "9", 2, None, 2025)]
    # 551 l.196-198: `… 2025 년(690 억 위안)과 비교하면 …` / `… 바난구(巴南区)는 같은 해 3.1% 뒷걸음질했다.`: of 2029
    assert figures_at(corpus_issue(551), 198)[-1] == ("바난구", "-3.1", None, None, 2029)


def test_a_rate_made_the_subject_before_a_first_place(corpus_issue):
    # 1253 l.135-140: `… 중부의 후난성은 244곳으로 증가율이 24.5%에 달해 전국에서 가장 높았다.`
    assert figures_at(corpus_issue(1253), 135)[-2:] == [("후난성", "244", None, None, 2024), ("후난성", "24.5", 1, None, 2024)]


def test_a_first_place_of_another_measure_ranks_no_figure_after(corpus_issue):
    # 1253 l.230: `… 장쑤성이 12곳으로 가장 많았고, … 장쑤성은 단지 수가 가장 많지만 단지당 평균 입주 기업은 28곳으로
    # 광둥성(41곳)보다 적었다.`
    assert figures_at(corpus_issue(1253), 230)[-2:] == [("장쑤성", "28", None, None, 2024), ("광둥성", "41", None, None, 2024)]


def test_a_city_named_bare_after_its_province_in_a_table(corpus_issue):
    # 1253 l.238 `5 | 장쑤 쿤산 | 쿤산 적층제조 산업단지 昆山增材制造产业园 | …`, then l.261 `쿤산은 … 2024년 쿤산의 적층제조 관련
    # 생산액은 전년 대비 17.5% 늘었다.`
    assert figures_at(corpus_issue(1253), 261) == [("쿤산", "17.5", None, None, 2024)]


def test_names_listed_right_before_a_count(corpus_issue):
    # 1253 l.198: `상위 8개사 가운데 이자싼웨이, 중커위천, 레이자쩡차이, 한방롄항, 페이얼캉 5곳이 금속 적층제조 장비·소재 기업이다.`:
    # five, as counted; only l.158's `5개 성` listing four is warned of
    assert warnings_of(corpus_issue(1253), "count_mismatch") == [
        (158, "the text says 5개 성 but lists 4: 광둥성, 장쑤성, 산시성, 후난성")]
