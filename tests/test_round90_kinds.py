"""Round 90 of unseen issues (1685 nail clippers, 1687 flashlights, 1689 toothpicks and chopsticks, 1691 hair combs),
written to the harder brief and scored once before anything was changed for them: the kinds they showed, each asserted
with the values a reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at, paragraph_figures


def test_the_one_passed_takes_the_next_rank_with_its_level_told_after(corpus_issue):
    # 1685 l.47: `… 한국(6억 1,000만 위안)은 영국을 제치고 네 번째 시장으로 올라섰으며, 영국은 5억 7,000만 위안으로 한 계단
    # 밀려났다.`
    assert figures_at(corpus_issue(1685), 47)[-2:] == [("한국", "610000000", 4, None, 2025), ("영국", "570000000", 5, None, 2025)]
    # 1687 l.49: `닝하이현이 1~3분기 7억 6,000만 달러어치를 수출해 두 번째인 이우시(5억 1,000만 달러)를 크게 앞질렀다.`: ahead of the
    # second, so first
    assert figures_at(corpus_issue(1687), 49) == [("닝하이현", "760000000", 1, None, 2025), ("이우시", "510000000", 2, None, 2025)]


def test_a_page_break_inside_a_list_of_places(corpus_issue):
    # 1685 l.110–111: `… 광저우와` | page furniture | `선전이 각각 2만 7,900곳, 2만 2,300곳으로 3~4위를 지켰다. 충칭은 … 2만
    # 600곳으로 베이징을 제쳤다. 6개 도시 가운데 가장 적은 베이징은 1만 9,400곳으로 …`: two places, not `광저우와선전`
    assert figures_at(corpus_issue(1685), 111)[:2] == [("광저우", "27900", 3, None, 2025), ("선전", "22300", 4, None, 2025)]


def test_the_top_made_the_topic_before_its_figure_and_place(corpus_issue):
    # 1685 l.200: `… 맨 위는 428억 위안의 장청구(江城区)였고, 양둥구가 272억 위안으로 두 번째였다.`
    assert figures_at(corpus_issue(1685), 200)[-2:] == [("장청구", "42800000000", 1, None, 2025), ("양둥구", "27200000000", 2, None, 2025)]


def test_the_whole_a_share_is_of_described_by_its_own_verb(corpus_issue):
    # 1687 l.79: `… 시뎬진(西店镇)은 중국이 수출하는 손전등 물량의 20% 이상을 만들어 내는 곳이다. 이곳에는 … 기업 800여 곳이 모여
    # 있고, 이들 기업의 연간 생산액은 80억 위안에 이른다.`
    assert figures_at(corpus_issue(1687), 79) == [
        ("시뎬진", "20", None, "min", 2024), ("시뎬진", "800", None, None, 2024), ("시뎬진", "8000000000", None, None, 2024)]
    # 1689 l.198: `중국 전체 대나무 젓가락의 26%가량을 칭위안 한 곳에서 만드는 셈이다.`
    assert figures_at(corpus_issue(1689), 198)[1] == ("칭위안", "26", None, None, 2024)
    # 1691 l.141: `… 완저우구의 빗 생산액은 2025년 11억 4,000만 위안으로, 충칭시 전체 헤어 액세서리 생산의 41.5%에 달했다.`
    assert figures_at(corpus_issue(1691), 141) == [("완저우구", "1140000000", None, None, 2025), ("완저우구", "41.5", None, None, 2025)]


def test_a_count_described_before_its_place_and_the_lead_of_a_place_whose_firms_are_the_subject(corpus_issue):
    # 1687 l.112: `2024년 말 현재 선전 바오안구(宝安区)에 등록된 휴대용 조명 기업은 1,200곳을 넘어, 900여 곳인 룽강구(龙岗区)를 300곳
    # 넘게 앞선다.`
    assert figures_at(corpus_issue(1687), 112) == [
        ("바오안구", "1200", None, "min", 2024), ("룽강구", "900", None, None, 2024), ("바오안구", "300", None, "min", 2024)]


def test_counts_in_words_of_things_newly_come_to_a_place(corpus_issue):
    # 1689 l.116: `이펑현에는 2024년에만 이쑤시개 공장 일곱 곳이 새로 들어섰다.`; l.206: `반면 장시성 간장신구(赣江新区)에는 2025년
    # 상반기 대나무 소재 기업 세 곳이 새로 입주했다.`
    issue = corpus_issue(1689)
    assert figures_at(issue, 116)[-1] == ("이펑현", "7", None, None, 2024)
    assert figures_at(issue, 206) == [("간장신구", "3", None, None, 2025)]
    # 1687 l.93: `닝보 첸완신구(前湾新区)에서는 2025년 상반기에만 리튬전지 셀 공장 두 곳이 새로 가동에 들어가 …`
    assert figures_at(corpus_issue(1687), 93)[-1] == ("첸완신구", "2", None, None, 2025)
    # 1691 l.76: `이우에는 헤어 액세서리만 다루는 전문 도매 거리도 세 곳 있다.`
    assert figures_at(corpus_issue(1691), 76) == [("이우", "3", None, None, 2025)]


def test_goods_made_in_a_province_named_with_its_generic_word(corpus_issue):
    # 1689 l.163: `2024년 저장성산 대나무 젓가락 선물 세트의 수출 단가는 개당 18.4위안으로 푸젠성(15.2위안), 장시성(12.9위안)보다
    # 높았다.`: each price per one
    figures = [(f["region_ko"], f["value"], f["unit"]) for f in paragraph_figures(corpus_issue(1689), 163)]
    assert figures == [("저장성", "18.4", "위안/개"), ("푸젠성", "15.2", "위안/개"), ("장시성", "12.9", "위안/개")]


def test_a_result_before_a_forecast_dates_the_paragraph(corpus_issue):
    # 1689 l.68: `2025년 상반기 … 비율은 38.5%로 집계됐고, 하반기에는 45%를 웃돌 것으로 지침은 내다봤다. … 서북 지역은 아직
    # 더디다. 란저우(兰州)는 20%에도 못 미쳤다.`
    assert figures_at(corpus_issue(1689), 68)[-1] == ("란저우", "20", None, "max", 2025)


def test_a_season_of_the_year_opening_an_article_dates_it(corpus_issue):
    # 1691 l.95: `2026년 설(춘제) 연휴 동안 중국 주요 전자상거래 플랫폼에서 … 판매가 크게 늘었다.`, then l.97: `… 연휴 기간 헤어
    # 액세서리 판매 증가율은 청두가 63%로 가장 높았고, 충칭과 시안이 나란히 58%로 공동 2위였다. …`
    issue = corpus_issue(1691)
    assert figures_at(issue, 97)[:3] == [("청두", "63", 1, None, 2026), ("충칭", "58", 2, None, 2026), ("시안", "58", 2, None, 2026)]
    assert figures_at(issue, 99)[-1] == ("전국", "47", None, None, 2026)


def test_amounts_before_the_first_place_that_are_bases_of_a_rate(corpus_issue):
    # 1649 l.201: `첸완신구에는 2024년 한 해에만 바늘·침판 부품 기업 아홉 곳이 새로 입주했다. 기업 1곳당 평균 생산액을 보면
    # 샹산현 니트 기업은 5,400만 위안으로 장쑤성 창수(3,900만 위안)를 앞질렀다.`: `1곳당` carries no place into the sentence
    assert figures_at(corpus_issue(1649), 201) == [
        ("첸완신구", "9", None, None, 2024), ("샹산현", "54000000", None, None, 2024), ("창수", "39000000", None, None, 2024)]
