"""Round 87 of unseen issues (1661 pen holders, 1663 desk calendars, 1665 crayons, 1667 label makers), written to the
harder brief and scored once before anything was changed for them: the kinds they showed, each asserted with the values a
reader takes from the line quoted."""

from __future__ import annotations

from conftest import figures_at, records_of


def test_a_forecast_dates_only_its_sentence_and_goods_made_in_a_place_hold_their_price(corpus_issue):
    issue = corpus_issue(1661)
    # l.68: `… 하반기에는 1,810억 위안으로 8.1% 증가하며 회복세를 보였다. 협회는 2026년 전국 영업수입이 3,600억 위안 안팎에 이를
    # 것으로 내다봤다.` then l.70 `… 1인당 문구 소비액은 상하이가 412위안으로 가장 높았고 베이징(398위안)이 … 2위였다.`: 2025's
    assert figures_at(issue, 68)[-1] == ("전국", "360000000000", None, None, 2026)
    assert figures_at(issue, 70)[:2] == [("상하이", "412", 1, None, 2025), ("베이징", "398", 2, None, 2025)]
    # l.156: `산지별 출고가는 저장성 안지현(安吉县)산 대나무 연필꽂이가 개당 21.5위안으로, 장시성 징더전(景德镇)산 세라믹 제품(개당
    # 46.8위안)의 절반에도 못 미쳤다.`
    assert figures_at(issue, 156) == [("안지현", "21.5", None, None, 2025), ("징더전", "46.8", None, None, 2025)]
    # l.162: `… 중소 도시에서는 여전히 10위안 이하 제품이 주류라고 설명했다.`: a class of places, no region's
    assert figures_at(issue, 162) == [
        ("상하이", "39.2", 1, None, 2025), ("전국", "24.6", None, None, 2025), ("상하이", "14.6", None, None, 2025)]
    # l.214: `장시성 전체 문구 수출(3억 9,900만 달러) 가운데 진셴현 비중은 62.4%에 이른다.`
    assert figures_at(issue, 214)[3:5] == [("장시성", "399000000", None, None, 2025), ("진셴현", "62.4", None, None, 2025)]


def test_towns_counted_then_named_copies_printed_and_the_last_place_stated_by_its_rank(corpus_issue):
    issue = corpus_issue(1663)
    # l.44: `… 창난현의 달력 생산량은 3억 2,000만 부로 1년 전보다 6.4% 늘었다.`
    assert [(a["value"], a["unit"]) for a in records_of(issue, "figures") if a["line"] == 44] == [
        ("320000000", "부"), ("6.4", "%")]
    # l.46: `2025년 상반기 창난현 달력 주문에서 민간기업이 차지한 비중은 81.3%였고, 하반기에는 86.0%까지 올라갔다.`
    assert figures_at(issue, 46)[:2] == [("창난현", "81.3", None, None, 2025), ("창난현", "86", None, None, 2025)]
    # l.50: `… 저장성 이우시(义乌市) 도매시장 판매가(개당 11.5위안)를 크게 밑돌았다.`
    assert figures_at(issue, 50) == [("창난현", "6.8", None, None, 2025), ("이우시", "11.5", None, None, 2025)]
    # l.92: `베이징은 -3.2%로 최하위인 8위였고, 상하이도 1.1% 뒷걸음질쳐 뒤에서 두 번째에 자리했다.`
    assert figures_at(issue, 92)[:2] == [("베이징", "-3.2", 8, None, 2025), ("상하이", "-1.1", 7, None, 2025)]
    # l.211: `창난현의 달력 특화 진 네 곳은 링시진, 이산진(宜山镇), 첸쿠진(钱库镇), 진샹진, 마잔진이다. … 마잔진은 2억 위안에 못
    # 미쳤다.`
    assert figures_at(issue, 211)[-1] == ("마잔진", "200000000", None, "max", 2025)
    # l.232: `2025년 기준 창난현의 국가급 녹색인쇄 시범기업은 세 곳이다.`
    assert figures_at(issue, 232)[-1] == ("창난현", "3", None, None, 2025)


def test_the_widest_rise_ordinals_past_ten_and_counts_in_words_after_also(corpus_issue):
    issue = corpus_issue(1665)
    # l.59: `장시성의 비중은 2023년 6.8%에서 2025년 9.4%로 2.6%p 높아져 주요 산지 가운데 가장 크게 올랐다.`: the change ranks
    assert figures_at(issue, 59)[:3] == [
        ("장시성", "6.8", None, None, 2023), ("장시성", "9.4", None, None, 2025), ("장시성", "2.6", 1, None, 2025)]
    # l.68: `진셴현의 크레파스 공장은 2021년 열두 곳에서 2025년 서른한 곳으로 늘었고, …`
    assert figures_at(issue, 68)[:2] == [("진셴현", "12", None, None, 2021), ("진셴현", "31", None, None, 2025)]
    # l.70: `… 청하이의 크레용 공장도 스물두 곳으로 줄었다.`
    assert figures_at(issue, 70)[-1] == ("청하이", "22", None, None, 2025)
    # l.147: `… 한국은 12억 위안어치를 들여가 열한 번째로 큰 시장이었다.`
    assert figures_at(issue, 147)[-1] == ("한국", "1200000000", 11, None, 2025)
    # l.162: `… 광둥성이 2만 3,000곳으로 가장 많았다. 다음으로 산둥성(1만 8,600곳), 이어 저장성(1만 7,200곳) 순이었다.`
    assert figures_at(issue, 162)[:3] == [
        ("광둥성", "23000", 1, None, 2025), ("산둥성", "18600", 2, None, 2025), ("저장성", "17200", 3, None, 2025)]
    # l.230: `… 반면, 한국의 중국산 크레파스 수입액은 6,830만 달러로 12.4% 늘었다.`: what Korea buys
    assert figures_at(issue, 230)[2:] == [("한국", "68300000", None, None, 2025), ("한국", "12.4", None, None, 2025)]


def test_a_cause_named_by_its_country_and_a_firms_man_quoted(corpus_issue):
    issue = corpus_issue(1667)
    # l.232: `2025년 상반기 주하이의 잉크 카트리지 수출은 미국의 추가 관세 여파로 전년 동기 대비 8.7% 감소했다.`
    assert figures_at(issue, 232)[0] == ("주하이", "-8.7", None, None, 2025)
    # l.144: `주하이(珠海)의 한 소모품 업체 관계자는 "규격이 통일되면 라벨지 품목 수를 30% 이상 줄일 수 있다"고 말했다.`
    assert figures_at(issue, 144) == []
