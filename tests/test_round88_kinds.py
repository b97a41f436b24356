"""Round 88 of unseen issues (1669 glue sticks, 1671 correction tape, 1673 chalk and blackboards, 1675 highlighters),
written to the harder brief and scored once before anything was changed for them: the kinds they showed, each asserted
with the values a reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at, warnings_of


def test_the_top_ten_of_a_ranking_are_no_list_and_the_company_named_again_is_no_place(corpus_issue):
    issue = corpus_issue(1675)
    # l.211: `… 공동 3 위에 올랐고, 상위 10 개 도시의 맨 끝인 10 위는 시안(西安)으로 1 억 2,000 만 위안이었다.`: no count to check
    assert warnings_of(issue, "count_mismatch") == [(74, "the text says 6개 성·시 but lists 5: 저장성, 장쑤성, 푸젠성, 상하이, 안후이성")]
    assert figures_at(issue, 211)[-1] == ("시안", "120000000", 10, None, 2025)
    # l.200: `펑셴구는 대형 문구 기업 본사가 자리 잡은 곳으로, 루싱원촹은 이들과 유통 제휴를 맺었다. 회사는 지난해 스마트 형광펜
    # 42 만 개를 팔았다고 밝혔다.`: the firm's sales
    assert figures_at(issue, 200) == []


def test_counts_in_words_of_firms_before_the_place_they_are_in(corpus_issue):
    # 1669 l.214: `센터가 2025년 지원한 소비재 스타트업 17곳 가운데 여섯 곳은 저장성에, 네 곳은 광둥성에 법인을 세웠다.`
    assert figures_at(corpus_issue(1669), 214)[0] == ("저장성", "6", None, None, 2025)


def test_a_wrap_inside_a_native_numeral_of_two_words():
    # 1665's Ghostscript print wraps l.68 `… 2025년 서른` | `한 곳으로 늘었고`: one numeral, 31 (not `서른` | `한 해 동안`)
    from kic_extract.pdf.wraps import spans_numeral

    assert spans_numeral("2021년 열두 곳에서 2025년 서른", "한 곳으로 늘었고,")
    assert not spans_numeral("지난 서른", "한 해 동안")


def test_no_rank_filled_before_the_first_stated_one_for_a_smaller_level(corpus_issue):
    # 1671 l.156: `푸젠성(福建省)은 2024년 3억 3,000만 개로 전년보다 2.9% 감소했다. 광둥성은 … 생산량 13억 5,000만 개로 전국 두
    # 번째 자리를 지켰다.`: 푸젠성 is not the first
    assert figures_at(corpus_issue(1671), 156) == [
        ("푸젠성", "330000000", None, None, 2024), ("푸젠성", "-2.9", None, None, 2024), ("광둥성", "2.3", None, None, 2024),
        ("광둥성", "1350000000", 2, None, 2024)]


def test_a_fall_written_after_the_measure_named_as_its_subject(corpus_issue):
    # 1669 l.152: `… 반면 허난성은 3.4%, 산둥성은 1.8% 각각 생산량이 줄었다.`: both falls
    assert figures_at(corpus_issue(1669), 152)[2:] == [("허난성", "-3.4", None, None, 2025), ("산둥성", "-1.8", None, None, 2025)]


def test_a_word_summing_the_region_up_between_it_and_its_figure(corpus_issue):
    issue = corpus_issue(1673)
    # l.67: `… 2024년 말 스마트 칠판이 설치된 초·중등 교실은 전국 합산 312만 곳으로 1년 새 41만 곳 늘었다.`
    assert figures_at(issue, 67) == [("전국", "3120000", None, None, 2024), ("전국", "410000", None, None, 2024)]
    # l.38: `… 분필 칠판과 분필 등 전통 판서용품 조달액은 전국 기준 23억 위안 남짓으로 11.8% 줄었다.`
    assert figures_at(issue, 38)[-2:] == [("전국", "2300000000", None, "min", 2025), ("전국", "-11.8", None, None, 2025)]


def test_a_place_counted_from_the_bottom_of_the_provinces_whose_last_is_stated(corpus_issue):
    # 1673 l.93: `하위권에서는 시짱(西藏)이 31.4%로 31위, 칭하이성이 38.9%로 30위에 머물렀다. 닝샤(宁夏)는 42.0%로 뒤에서 세
    # 번째였지만, …` after `보급률 상위 10곳 가운데`: third from the bottom of 31, not of the ten
    assert figures_at(corpus_issue(1673), 93)[:3] == [
        ("시짱", "31.4", 31, None, 2024), ("칭하이성", "38.9", 30, None, 2024), ("닝샤", "42", 29, None, 2024)]


def test_the_halves_of_a_year_listed_together_are_of_the_year_named_before(corpus_issue):
    issue = corpus_issue(1673)
    # l.158 (an issue of 19 November 2025): `광둥성의 2024년 교육용 평판 생산량은 142만 대로 … 광둥성 생산량은 상반기 63만 대,
    # 하반기 79만 대로 하반기에 몰렸다.`: both halves of 2024, adding up to its 142만
    assert figures_at(issue, 158)[-2:] == [("광둥성", "630000", None, None, 2024), ("광둥성", "790000", None, None, 2024)]
    # l.160, the next paragraph: `… 평균 낙찰가는 3년 새 27.5% 떨어져 2025년 1~3분기에는 대당 1만 1,200위안을 기록했다.`: the
    # fall to 2025's level, not a change of the year the paragraph before ended on
    assert figures_at(issue, 160) == [("중국", "-27.5", None, None, 2025), ("중국", "11200", None, None, 2025)]
    # 1649 l.119: `2024년 … 판매액은 127억 위안으로 … 중국 시장은 상반기 52억 위안, 하반기 75억 위안으로 …` (an issue of 2025)
    assert figures_at(corpus_issue(1649), 119)[2:] == [("중국", "5200000000", None, None, 2024), ("중국", "7500000000", None, None, 2024)]
