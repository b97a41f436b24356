"""Rounds 95 and 96 of unseen issues (1725 wristwatches, 1727 perfume and air fresheners, 1729 safety helmets and protective
gear, 1731 e-scooters; 1733 kites, 1735 earrings and fashion jewellery, 1737 wireless earphones, 1739 hats and caps),
written to the harder brief and scored once before anything was changed for them: the kinds they showed, each asserted
with the values a reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at, paragraph_figures

from kic_extract.typed.counts import sentence_counts


def test_the_one_passed_described_before_the_passer(corpus_issue):
    # 1727 l.52: `저장성(12.1%)을 근소한 차이로 따돌린 상하이가 12.4%로 2위에 올랐다`
    assert figures_at(corpus_issue(1727), 52)[1:3] == [("저장성", "12.1", 3, None, 2025), ("상하이", "12.4", 2, None, 2025)]


def test_a_new_ranking_opened_by_the_second(corpus_issue):
    # 1727 l.56 after a paragraph ranking to 5: `청두의 판매액 증가율은 31.5%로 광저우(18.2%)보다 13.3%p 높았고, 윈난성
    # 쿤밍(昆明)이 27.4%로 두 번째로 빨랐다`
    assert figures_at(corpus_issue(1727), 56)[0] == ("청두", "31.5", 1, None, 2025)
    assert figures_at(corpus_issue(1727), 56)[3] == ("쿤밍", "27.4", 2, None, 2025)


def test_the_place_named_as_the_subject_goes_on(corpus_issue):
    # 1727 l.110: `생산액이 가장 적은 곳은 톈진으로 96억 위안에 그쳤고, 전년보다 1.8% 뒷걸음질쳤다`
    assert figures_at(corpus_issue(1727), 110)[:2] == [("톈진", "9600000000", 8, None, 2024), ("톈진", "-1.8", None, None, 2024)]
    # 1735 l.159: `증가 속도가 가장 빨랐던 곳은 광시좡족자치구로, 베트남 국경 무역을 발판 삼아 수출이 41.3% 불어났다`
    assert figures_at(corpus_issue(1735), 159)[0] == ("광시좡족자치구", "41.3", 1, None, 2025)


def test_shares_going_to_places_and_counts_gathered_there(corpus_issue):
    # 1727 l.133: `2024년 기준 수출의 27%는 말레이시아, 19%는 태국으로 향했다`
    assert figures_at(corpus_issue(1727), 133)[2:] == [("말레이시아", "27", None, None, 2024), ("태국", "19", None, None, 2024)]
    # l.145: `광저우(广州)에서는 바이윈구(白云区)에 620곳, 화두구(花都区)에 280곳이 자리 잡았다`
    assert figures_at(corpus_issue(1727), 145)[2:4] == [("바이윈구", "620", None, None, 2025), ("화두구", "280", None, None, 2025)]


def test_the_lead_as_an_epithet_and_the_top_seat_made_the_topic(corpus_issue):
    # 1727 l.162: `2025년 상반기 선두 상하이는 8억 4,250만 위안으로 베이징보다 1억 2,870만 위안 많았다`
    assert figures_at(corpus_issue(1727), 162)[:2] == [
        ("상하이", "842500000", 1, None, 2025), ("상하이", "128700000", None, None, 2025)]
    # 1735 l.130: `선전은 29억 위안으로 두 번째였고, 정상은 상하이(34억 위안)가 지켰다`
    assert figures_at(corpus_issue(1735), 130)[3:5] == [("선전", "2900000000", 2, None, 2025), ("상하이", "3400000000", 1, None, 2025)]


def test_a_nation_average_per_one_in_brackets(corpus_issue):
    # 1729 l.66: `저장성의 수출 단가는 개당 3.8달러로 전국 평균(개당 2.9달러)을 크게 웃돌`
    assert [(f["region_ko"], f["value"], f["unit"]) for f in paragraph_figures(corpus_issue(1729), 66)] == [
        ("저장성", "3.8", "달러/개"), ("전국", "2.9", "달러/개")]


def test_counts_in_words_of_places_designated(corpus_issue):
    # 1729 l.207: `산둥성에서는 2024년 말까지 가오미를 비롯해 다섯 개 도시가 국가급 … 특색 산업기지로 지정됐다`
    assert figures_at(corpus_issue(1729), 207)[-1] == ("산둥성", "5", None, None, 2024)
    # l.221: `장쑤성에서는 우장을 포함해 세 곳이 2024년 성급 안전산업 시범기지로 새로 지정됐다`
    assert figures_at(corpus_issue(1729), 221) == [("장쑤성", "3", None, None, 2024)]


def test_a_share_taken_without_its_whole_named_and_a_tie_holding_two_places(corpus_issue):
    # 1731 l.46: `톈진(天津)이 1,020만 대로 19.8%를 차지해 1위를 지켰고`
    assert figures_at(corpus_issue(1731), 46)[1:3] == [("톈진", "10200000", 1, None, 2025), ("톈진", "19.8", 1, None, 2025)]
    # l.62: `저장성과 산둥성은 나란히 8.9%를 기록해 공동 3위에 올랐으며, 전국 평균 증가율(7.4%)을 웃돌았다. 톈진은 … 꼴찌였다`:
    # the tie holds 3 and 4, the average no place
    assert figures_at(corpus_issue(1731), 62)[4:] == [("전국", "7.4", None, None, 2025), ("톈진", "-3.2", 5, None, 2025)]
    # 1735 l.48: `베이징과 저장성은 나란히 245억 위안을 기록해 공동 3위에 올랐으며, 이어 장쑤성 231억 위안, 쓰촨성 174억 위안 순이었다`
    assert figures_at(corpus_issue(1735), 48)[-2:] == [("장쑤성", "23100000000", 5, None, 2025), ("쓰촨성", "17400000000", 6, None, 2025)]


def test_a_place_listed_without_its_figure_holds_its_place(corpus_issue):
    # 1733 l.58: `저장성(14.2%)과 광둥성이 차례로 뒤따랐다. 광둥성의 비중은 8.9%로`
    assert figures_at(corpus_issue(1733), 58)[2] == ("광둥성", "8.9", 3, None, 2025)
    # l.209: `공방 수는 충촨이 42곳으로 하이먼(27곳)보다 15곳 많았다` (하이먼구(海门区) named before)
    assert figures_at(corpus_issue(1733), 209)[-2] == ("하이먼", "27", None, None, 2025)


def test_the_exporter_not_the_destination(corpus_issue):
    # 1735 l.270: `이우시는 2025년 한국으로 액세서리 3억 2,000만 위안어치를 수출했으며`
    assert figures_at(corpus_issue(1735), 270) == [("이우시", "320000000", None, None, 2025)]


def test_counts_of_places_named_after_their_district_and_of_one_place():
    # 1735 l.87: six counted, five named, the last closed by its generic word
    assert sentence_counts("현재 지정된 성급 단지 여섯 곳은 뤄후 수이베이, 판위 사완, 후이저우(惠州) 후이양, 제양(揭阳) 양메이, "
                           "자오칭(肇庆) 쓰후이 단지다.")[0][:2] == (6, "곳")


def test_no_count_warning_for_all_in_one_place(corpus_issue):
    # 1735 l.83: `원석 조달부터 디자인, 가공, 감정, 유통까지 한 곳에서 해결되는 구조를 갖췄다`
    assert [w.line for w in corpus_issue(1735).warnings if w.code == "count_mismatch"] == [87]


def test_a_later_round_of_a_card_is_funding():
    from kic_extract.data import tsv_rows

    # 1735's card: `투자 유치 | 2022년 엔젤 3,000만 위안 | 후속 투자 | 2025년 시리즈 Pre-A 8,500만 위안`
    assert {r["label"]: r["field"] for r in tsv_rows("card_labels.tsv")}["후속투자"] == "funding"


def test_print_keeps_a_counter_apart_from_the_bound_after_it():
    from kic_extract.pdf.wraps import join_text

    # 1739's Ghostscript print: `… 2.9 억 개` | `안팎이 될 것으로`
    assert join_text("몰리면서 2.9 억 개", "안팎이 될 것으로", True, "") == "몰리면서 2.9 억 개 안팎이 될 것으로"
