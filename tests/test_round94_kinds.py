"""Round 94 of unseen issues (1717 straws and disposable tableware, 1719 rice cookers and small kitchen appliances, 1721
neckties and scarves, 1723 carpets and rugs), written to the harder brief and scored once before anything was changed for
them, and the left-overs of round 93 (1709, 1713, 1715): the kinds they showed, each asserted with the values a reader
takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at, paragraph_figures

from kic_extract.typed.prose_figures import block_to_figures


def test_a_year_only_weighed_is_not_the_one_the_next_paragraph_goes_on_in(corpus_issue):
    # 1709 l.39 dates its results 2024 and weighs `2022년 … 8억 6,410만 달러에 머물렀던 점을 감안하면`; l.41
    # (`중국의 상반기 수출은 4억 5,170만 달러, 하반기는 5억 3,470만 달러로`) goes on in 2024
    assert figures_at(corpus_issue(1709), 41) == [
        ("중국", "451700000", None, None, 2024), ("중국", "534700000", None, None, 2024)]


def test_ranks_that_describe_or_compare_rank_no_figure(corpus_issue):
    # 1713 l.113: `이어 후베이성도 20%를 웃돌았다` after `… 두 번째로 높았다` is third; `조달 규모 1위인 광둥성은 6.4% 증가에
    # 그쳐 전국 평균(11.2%)에 못 미쳤고`: the rank describes the region by another measure
    assert figures_at(corpus_issue(1713), 113)[2] == ("후베이성", "20", 3, "min", 2024)
    assert figures_at(corpus_issue(1713), 113)[5:7] == [("광둥성", "6.4", None, None, 2024), ("전국", "11.2", None, None, 2024)]
    # l.150: `선전 한 도시의 생산량만 약 1,594만 대로, 3위 장쑤성에는 못 미치지만 4위 푸젠성은 웃돈다`: the others' ranks
    assert figures_at(corpus_issue(1713), 150)[2] == ("선전", "15940000", None, None, 2024)
    # l.214: `증가율 1위는 샤먼(12.3%)으로, 닝보(9.7%)보다 2.6%p 높았다`: the one compared with holds no rank
    assert figures_at(corpus_issue(1713), 214)[4:] == [
        ("샤먼", "12.3", 1, None, 2024), ("닝보", "9.7", None, None, 2024), ("샤먼", "2.6", None, None, 2024)]


def test_counts_in_words_of_places_and_the_present_dating_nothing(corpus_issue):
    # 1713 l.218: `룽강에는 현재 다섯 개 전문 산업단지가 조성돼 있고, 쑹산후에는 … 연구개발센터 세 곳이 들어서 있다` (룽강구 named
    # in full before)
    assert figures_at(corpus_issue(1713), 218)[-2:] == [("룽강", "5", None, None, None), ("쑹산후", "3", None, None, None)]
    # 1723 l.224: `카스(喀什) 지역에서는 2025년 들어 세 곳의 카펫 전시판매센터가 새로 문을 열었다`
    assert figures_at(corpus_issue(1723), 224) == [("카스", "3", None, None, 2025)]


def test_a_share_in_brackets_after_a_ranked_level_takes_its_rank_where_the_sum_shows_it():
    # 1717 l.145: `… 3,268곳으로 집계됐다. 저장성이 624곳(19.1%)으로 가장 많았고` (624 / 3,268 = 19.09%)
    text = ("전국 빨대 관련 사업자는 2025년 6월 말 기준 3,268곳으로 집계됐다. 저장성이 624곳(19.1%)으로 가장 많았고 광둥성이 "
            "587곳으로 그 뒤를 바짝 쫓았다.")
    assert [(f["region_ko"], f["value"], f["rank"]) for f in block_to_figures(text, 2025)[0]] == [
        ("전국", "3268", None), ("저장성", "624", 1), ("저장성", "19.1", 1), ("광둥성", "587", 2)]
    # the whole a leader's level and share imply (5억 2,480만 / 38.6% → 2억 8,650만 is 21.07%)
    text = ("2024년 성별 생산량은 저장성이 5억 2,480만 장으로 전국의 38.6%를 차지해 압도적인 1위였다. 장쑤성은 2억 8,650만 "
            "장(21.1%)으로 2위를 기록했다.")
    assert [(f["value"], f["rank"]) for f in block_to_figures(text, 2024)[0]][2:] == [("286500000", 2), ("21.1", 2)]
    # a figure in brackets that is no share of that whole keeps no rank
    text = "전국 사업자는 3,268곳이다. 저장성이 624곳(12.5%)으로 가장 많았다."
    assert [(f["value"], f["rank"]) for f in block_to_figures(text, 2025)[0]][1:] == [("624", 1), ("12.5", None)]


def test_a_share_beside_its_level_before_the_rank(corpus_issue):
    # 1715 l.136: `저장성은 48.6억 위안, 전국 생산액의 37.4%로 1위를 지켰다`
    assert figures_at(corpus_issue(1715), 136)[:2] == [("저장성", "4860000000", 1, None, 2025), ("저장성", "37.4", 1, None, 2025)]


def test_the_one_named_ahead_holds_the_rank_an_earlier_paragraph_gave(corpus_issue):
    # 1719 l.56 ranks 쓰촨성 first in growth; l.61: `충칭시의 판매 증가율은 17.4%로 쓰촨성 다음으로 높았다`
    assert figures_at(corpus_issue(1719), 61)[2] == ("충칭시", "17.4", 2, None, 2025)


def test_a_zone_called_by_its_kind_alone(corpus_issue):
    # 1721 l.77: `성저우경제개발구(嵊州经济开发区)에 …` then `경제개발구의 상반기 생산액은 27억 4,000만 위안으로 시 전체의 44.8%를`
    assert figures_at(corpus_issue(1721), 77)[3:] == [
        ("경제개발구", "2740000000", None, None, 2025), ("경제개발구", "44.8", None, None, 2025)]


def test_the_gap_of_a_part_and_a_gap_after_a_page_break(corpus_issue):
    # 1723 l.56: `저장성 카펫 수출 가운데 자싱시(嘉兴市)의 몫은 38.2%로, 항저우시보다 9.6%p 높았다`: 자싱시's, not the whole's
    assert figures_at(corpus_issue(1723), 56) == [("자싱시", "38.2", None, None, 2025), ("자싱시", "9.6", None, None, 2025)]
    # l.157 ends `항저우는 4.6%로 선전(4.1%)보다` and, after the page's footer and header, l.160 goes on `0.5%p 높았다.`
    assert [(f["region_ko"], f["value"], f["line"]) for f in paragraph_figures(corpus_issue(1723), 157)][-1] == ("항저우", "0.5", 160)


def test_superlatives_of_a_source_and_firms_based_in_a_place_are_no_figures(corpus_issue):
    # 1717 l.118: `중국 최대 음식배달 플랫폼 메이퇀(美团)에 따르면 … 전국 평균 … 42.3%로 15.2%p 높아졌다`: no first place
    assert figures_at(corpus_issue(1717), 118) == [
        ("전국", "27.1", None, None, 2023), ("전국", "42.3", None, None, 2025), ("전국", "15.2", None, None, 2025)]
    # l.194: `이우에 본사를 둔 뤼관의 연간 생산 능력은 60억 개에 이르며`: the firm's, no place's
    assert figures_at(corpus_issue(1717), 194) == []


def test_print_wraps_inside_a_name_and_a_counter():
    from kic_extract.pdf.wraps import spans_currency
    from kic_extract.pdf.wraps import _word_evidence

    # 1721's LibreOffice print: `… 경제개` | `발구의 상반기 생산액은`, the document writing `경제개발구가` elsewhere
    assert _word_evidence("경제개", "발구의", " 상반기", "1인당 생산액은 경제개발구가 52만 위안으로")
    # 1719's LibreOffice print: `1억 2,500만 가` | `구를 넘어섰고`
    assert spans_currency("2024년 1억 2,500만 가", "구를 넘어섰고")
    assert not spans_currency("2,500만 가", "까운")
