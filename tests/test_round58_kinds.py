"""Kinds met in a fifty-eighth round (1429 pencil sharpeners, 1431 brooms, 1433 clothes hangers, 1435 thermometers) and in
issues read before it: a ranking from the least that the second least names the least in (`… 가장 낮았다. 베이징이 34.7%로
상하이 다음으로 낮았고, …이 뒤를 이었다` → 1, 2, 3, 4); the least of a set a sentence before named, its size untold (no 31st);
a figure granted small before a superlative of another basis (`규모는 작지만, 단일 품목으로는 세계 최대`); the cities a place holds,
what happened there describing them (`전국에서 … 관측된 도시는 58곳으로`); a table's unit given under its rows before the source
(`표 1) 단위: 억 달러, 출처: …`); a figure each of places joined where something is (`바오딩(保定)시와 싱타이(邢台)시에 … 있지만, 생산액은
각각 1억 위안`); a city glossed with its generic word inside the bracket, named bare after (`구이린시(桂林市)` | `구이린 14.1%`);
이우 named bare; a region's buyers as the cause (`미국 바이어의 주문 감소로`); money a government gives to a place's park
(`… 정부는 리푸 옷걸이 산업단지의 … 개선에 2억 3,000만 위안을 지원했다`); a firm a place's `의` names (`선전의 화성창(华盛昌)은`);
and a page break after a clause's connective ending (`줄었고` | `푸젠성도`); read by hand from the lines named."""

from __future__ import annotations

from conftest import ROOT, figures_at, paragraph_figures, records_of, warnings_of


def test_the_least_but_one_naming_the_least_ranks_from_the_least(corpus_issue):
    # 1401 l.99: `상하이에서 … 비율은 2024 년 68.5%에서 2025 년 29.3%로 떨어져 시범 지역 가운데 가장 낮았다. 베이징이 34.7%로
    # 상하이 다음으로 낮았고, 저장성(41.2%)과 광둥성(46.8%)이 뒤를 이었다.`
    assert [f for f in figures_at(corpus_issue(1401), 99) if f[1] != "17.5"] == [
        ("상하이", "68.5", None, None, 2024), ("상하이", "29.3", 1, None, 2025), ("베이징", "34.7", 2, None, 2025),
        ("저장성", "41.2", 3, None, 2025), ("광둥성", "46.8", 4, None, 2025)]


def test_the_least_of_a_set_named_before_is_no_31st(corpus_issue):
    # 1409 l.72: `증가 폭으로는 안후이성이 17.1%로 주요 성 가운데 가장 컸다. … 반면 상하이는 3.7% 증가에 그쳐 가장 낮은 증가율을
    # 기록했고, …`
    assert figures_at(corpus_issue(1409), 72)[:2] == [("안후이성", "17.1", 1, None, 2025), ("상하이", "3.7", None, None, 2025)]


def test_a_figure_granted_small_takes_no_rank_of_another_basis(corpus_issue):
    # 1409 l.276: `이에 비해 우웨이시의 셔틀콕 산업 생산액은 약 128억 위안으로 규모는 작지만, 단일 품목으로는 세계 최대 생산지로 꼽힌다.`
    assert figures_at(corpus_issue(1409), 276)[-1] == ("우웨이시", "12800000000", None, None, 2024)


def test_the_cities_a_place_holds_are_its_count(corpus_issue):
    # 1395 l.125: `… 2025년 춘제 전야 전국에서 중간 수준 이상의 대기오염이 관측된 도시는 58곳으로, 2024년의 71곳보다 줄었다.`
    assert figures_at(corpus_issue(1395), 125) == [("전국", "58", None, None, 2025), ("전국", "71", None, None, 2024)]


def test_a_unit_under_the_rows_before_the_source_is_the_tables(corpus_issue):
    # 1431 l.56: `저장성	10.8	11.5	12.4	13.2` under `지역별 수동 청소용품 수출액 추이(…)`, l.65 `표 1) 단위: 억 달러, 출처: 해관총서(海关总署)`
    row = [(a["column_label"], a["value"], a["unit"]) for a in records_of(corpus_issue(1431), "amounts") if a["line"] == 56]
    assert row == [("2022년", "1080000000", "달러"), ("2023년", "1150000000", "달러"), ("2024년", "1240000000", "달러"),
                   ("2025년", "1320000000", "달러")]


def test_each_of_places_joined_where_something_is(corpus_issue):
    # 1431 l.102: `허베이성 안에서는 탕산시 외에도 바오딩(保定)시와 싱타이(邢台)시에 빗자루 산지가 있지만, 2024년 생산액은 각각 1억 위안
    # 정도로 탕산시의 6분의 1 수준에 그친다.`
    assert figures_at(corpus_issue(1431), 102) == [("바오딩시", "100000000", None, None, 2024),
                                                  ("싱타이시", "100000000", None, None, 2024)]


def test_a_city_glossed_with_its_generic_word_inside_is_named_bare_after(corpus_issue):
    # 1433 l.78 `광시좡족자치구 구이린시(桂林市) 산하의 리푸시(荔浦市)가 …`; l.117: `… 도시별 비중은 진화(金华) 23.6%, 구이린 14.1%,
    # 광저우 11.8%, 제양(揭阳) 7.4% 순이었다. 구이린은 … 비중이 1 년 새 3.2%p 높아졌다.`
    assert figures_at(corpus_issue(1433), 117) == [
        ("진화", "23.6", 1, None, 2025), ("구이린", "14.1", 2, None, 2025), ("광저우", "11.8", 3, None, 2025),
        ("제양", "7.4", 4, None, 2025), ("구이린", "3.2", None, None, 2025)]


def test_yiwu_is_named_bare(corpus_issue):
    # 1433 l.113: `거래 증가는 온라인 주문이 이끌었다. 이우 상인들이 … 올린 옷걸이 매출은 19 억 위안으로 전체 거래의 41%를 차지했다.`
    assert figures_at(corpus_issue(1433), 113) == [("이우", "1900000000", None, None, 2025), ("이우", "41", None, None, 2025)]


def test_a_regions_buyers_are_a_cause_not_the_subject(corpus_issue):
    # 1433 l.60: `… 반면 산둥성은 미국 바이어의 주문 감소로 수출액이 6,400 만 달러에 그쳐 지난해 같은 기간보다 9.3% 줄었다.`
    assert figures_at(corpus_issue(1433), 60)[-2:] == [("산둥성", "64000000", None, None, 2025),
                                                      ("산둥성", "-9.3", None, None, 2025)]


def test_money_given_to_a_places_park_is_the_givers(corpus_issue):
    # 1433 l.240: `광시좡족자치구 정부는 2024년 리푸 옷걸이 산업단지의 도로·전력·폐수처리 등 기반시설 개선에 2억 3,000만 위안을 지원했다.`
    assert figures_at(corpus_issue(1433), 240) == [("광시좡족자치구", "230000000", None, None, 2024)]


def test_a_firm_a_places_of_names_holds_its_figure(corpus_issue):
    # 1435 l.120: `… 선전의 화성창(华盛昌)은 적외선 체온계 생산능력을 연 1,500만 대로 늘리는 증설 계획을 내놨다.`
    assert all(f[0] != "선전" for f in figures_at(corpus_issue(1435), 120))


def test_a_page_break_after_a_connective_ending_parts_two_words(corpus_issue):
    # 1435 l.61 `… 반면 상하이시는 4,410만 달러로 10.5% 줄었고` | page break | l.67 `푸젠성도 4.1% 감소했다.`
    assert figures_at(corpus_issue(1435), 61)[-3:] == [
        ("상하이시", "44100000", None, None, 2024), ("상하이시", "-10.5", None, None, 2024), ("푸젠성", "-4.1", None, None, 2024)]


# Round 59 (1437 irons, 1439 flashlights, 1441 showers and faucets, 1443 remote controls)

def test_columns_after_a_rate_that_add_up_to_a_level_take_its_unit(corpus_issue):
    # 1443 l.159 `단위: 억 위안, %` over `연도	시장 규모	증가율	적외선·RF	블루투스·음성`; l.161 `2021	86.4	-	61.2	25.2`
    row = [(a["column_label"], a["value"], a["unit"]) for a in records_of(corpus_issue(1443), "amounts") if a["line"] == 161]
    assert row == [("시장 규모", "8640000000", "위안"), ("적외선·RF", "6120000000", "위안"), ("블루투스·음성", "2520000000", "위안")]


def test_a_list_two_counts_claim_is_neither_counts(corpus_issue):
    # 1443 l.272: `… 한중 청년 창업팀 23 개 팀이 지원해 서류 심사와 온라인 면접을 거쳐 8 개 팀이 본선에 올랐다.` over the winners
    # `▶ 대상: 팀 ‘리모아’ …`, `▶ 최우수상: 팀 ‘키즈콘’ …`, `▶ 우수상(2 팀): …`; l.68 says `4 개 도시` and lists five
    assert [line for line, _ in warnings_of(corpus_issue(1443), "count_mismatch")] == [68]


def test_a_noun_ending_like_a_connective_ends_no_clause(corpus_issue):
    # 1443 l.196: `… 2025년 중국 스마트 제어 분야 스타트업이 유치한 투자는 137건, 약 64억 위안이었다.`
    assert figures_at(corpus_issue(1443), 196)[:2] == [("중국", "137", None, None, 2025), ("중국", "6400000000", None, None, 2025)]


def test_a_ranking_item_may_be_about_its_figure(corpus_issue):
    # 1441 l.147: `중국 수전 생산은 동남 연해 3 개 성에 몰려 있다. 2024 년 생산량 기준으로 저장성이 약 3 억 2,000 만 개로 가장
    # 많았고, 광둥성 2 억 4,000 만 개, 푸젠성 1 억 9,000 만 개 순이었다.`: three, as counted; l.101 says `6 개 지역` and names five
    assert [line for line, _ in warnings_of(corpus_issue(1441), "count_mismatch")] == [101]


def test_a_place_passed_in_the_present_tense(corpus_issue):
    # 1441 l.151: `샤먼시는 2 위인 광둥성 장먼시(4,200 만 개)를 6,800 만 개 이상 앞선다.`
    assert figures_at(corpus_issue(1441), 151)[2:] == [("장먼시", "42000000", 2, None, 2024), ("샤먼시", "68000000", None, "min", 2024)]


def test_a_share_of_the_places_own_firms_is_the_places(corpus_issue):
    # 1441 l.111: `… 2025 년 6 월 기준 카이핑시 수전 기업 가운데 새 1 등급 기준을 충족하는 제품을 보유한 곳은 27%에 불과했다.`
    assert figures_at(corpus_issue(1441), 111) == [("카이핑시", "27", None, None, 2025)]


def test_the_first_of_a_kind_in_the_country_is_a_scope_no_rank(corpus_issue):
    # 1437 l.121: `포산시 순더구(顺德区)는 메이디 본사가 자리한 중국 최대의 가전 도시로, 2024 년 다리미 생산량이 5,300 만 대를 넘어섰다.`
    assert figures_at(corpus_issue(1437), 121)[0] == ("순더구", "53000000", None, "min", 2024)


def test_a_survey_made_in_a_quarter_dates_what_it_found(corpus_issue):
    # 1439 l.139: `총국이 2025 년 3 분기 실시한 품질 추출검사에서는 … 10.8%에 이르렀다. 지역별로는 광둥성 생산 제품의 불합격률이 14.1%로
    # 가장 높았고 저장성(9.6%)과 장쑤성(7.3%)이 뒤를 이었다.`
    assert figures_at(corpus_issue(1439), 139)[-3:] == [
        ("광둥성", "14.1", 1, None, 2025), ("저장성", "9.6", 2, None, 2025), ("장쑤성", "7.3", 3, None, 2025)]


# Round 60 (1445 clocks, 1447 scrubbers, 1449 keyboards and mice, 1451 clothespins and drying racks)

def test_a_place_work_moves_to_past_an_object_holds_nothing(corpus_issue):
    # 1451 l.56: `… 반면 장쑤성은 쑤저우(苏州)와 난퉁(南通)의 금속 건조대 업체들이 베트남·캄보디아로 생산라인을 옮기면서 3.8% 감소해, …`
    assert figures_at(corpus_issue(1451), 56)[-1] == ("장쑤성", "-3.8", None, None, 2025)


def test_a_share_of_a_whole_no_region_names_is_the_place_it_left(corpus_issue):
    # 1451 l.54: `… 플라스틱·금속 빨래집게 수출의 61.3%가 저장성에서 나갔고, 광둥성 비중은 17.8%에 그쳤다.`
    assert figures_at(corpus_issue(1451), 54) == [("저장성", "61.3", None, None, 2025), ("광둥성", "17.8", None, None, 2025)]


def test_a_threshold_of_the_firms_a_grant_goes_to_is_no_figure(corpus_issue):
    # 1449 l.116: `둥관시는 2026년부터 매년 5억 위안 규모의 … 특별자금'을 편성해 … 지원한다. 연 매출이 처음으로 10억 위안을 넘은
    # 기업에는 …`
    assert all(f[1] != "1000000000" for f in figures_at(corpus_issue(1449), 116))


# Round 61 (1453 trash bins and bags, 1455 cushions, 1457 kettles, 1459 mugs)

def test_a_row_of_what_the_row_above_holds_is_no_part_of_the_total(corpus_issue):
    # 1453 l.131–136: `구분	2022년	…` / `쓰레기통(억 위안)	181	…` / `그중 스마트 쓰레기통(억 위안)	38	…` / `쓰레기봉투(억 위안)	296	…` /
    # `생분해 봉투 비중(%)	11.2	…` / `시장 전체(억 위안)	477	…`: 181 + 296 = 477; the faults are l.67's total and l.78's count
    result = corpus_issue(1453)
    assert [line for line, _ in warnings_of(result, "total_mismatch")] == [67]
    assert [line for line, _ in warnings_of(result, "count_mismatch")] == [78]


def test_each_rate_after_a_fall_named_falls(corpus_issue):
    # 1453 l.106: `반면 구이저우성(贵州省)과 광시좡족자치구는 2020년 대비 2026년 감소율이 각각 9.8%, 12.3%에 머물렀다.`
    assert figures_at(corpus_issue(1453), 106) == [("구이저우성", "-9.8", None, None, 2026),
                                                  ("광시좡족자치구", "-12.3", None, None, 2026)]


def test_a_count_of_a_kind_of_city_is_no_figure(corpus_issue):
    # 1453 l.43: `상하이(上海)가 2019년 7월 분류 배출을 처음 의무화한 뒤 분류 제도는 46개 중점도시를 넘어 … 퍼졌다.`
    assert all(f[1] != "46" for f in figures_at(corpus_issue(1453), 43))


def test_a_place_visited_holds_the_sentences_figures(corpus_issue):
    # 1459 l.120: `… 2024년 한 해 징더전을 찾은 관광객은 4,210만 명으로 전년보다 12.4% 늘었고, 관광 수입은 496억 위안으로 집계됐다.`
    assert figures_at(corpus_issue(1459), 120) == [("징더전", "42100000", None, None, 2024), ("징더전", "12.4", None, None, 2024),
                                                  ("징더전", "49600000000", None, None, 2024)]


def test_what_a_places_firms_run_abroad_is_the_places(corpus_issue):
    # 1459 l.263: `더화현 업체들이 미국, 독일, 아랍에미리트 등지에 운영하는 해외창고는 2024년 말 23곳으로 늘었다.`
    assert figures_at(corpus_issue(1459), 263)[0] == ("더화현", "23", None, None, 2024)


# Round 62 (1461 shopping bags, 1463 cool boxes, 1465 sunglasses, 1467 insect screens)

def test_a_count_closed_by_places_each_with_its_rate(corpus_issue):
    # 1465 l.127: `선글라스 판매가 20% 이상 늘어난 도시는 모두 5 곳으로 청두(26.4%), 충칭(23.1%), 시안(21.7%), 쿤밍(20.5%)이 여기에
    # 속한다.`: four
    assert [line for line, _ in warnings_of(corpus_issue(1465), "count_mismatch")] == [127]


def test_a_district_glossed_after_a_city_spelt_like_a_word(corpus_issue):
    # 1465 l.177: `▶ 선전 헝강(横岗): … 2024년 헝강의 스마트 글래스 생산액은 38억 위안으로 전년 대비 41% 늘었다.`
    assert figures_at(corpus_issue(1465), 177) == [("헝강", "3800000000", None, None, 2024), ("헝강", "41", None, None, 2024)]


# Round 63 (1469 humidifiers, 1471 dehumidifiers, 1473 kitchen scissors and knives, 1475 fans)

def test_a_noun_ending_like_a_joiner_opens_no_list_item(corpus_issue):
    # 1469 l.306: `심사 결과 '에어모아', '숨결랩', '하이드로핏' 3개 팀이 우수 기업으로 선정됐다.`: three, as counted
    # (l.98's `… 네이멍구자치구 5개 성·자치구였다` names four: the one fault)
    assert [line for line, _ in warnings_of(corpus_issue(1469), "count_mismatch")] == [98]


def test_places_dotted_each_glossed_before_its_generic_word(corpus_issue):
    # 1473 l.95: `양장시는 올해 장청(江城)구·양둥(阳东)구·양춘(阳春)시·양시(阳西)현 5개 지역에 흩어져 있던 …`: four
    assert [line for line, _ in warnings_of(corpus_issue(1473), "count_mismatch")] == [95]


# Round 64 (1477 bathroom scales, 1479 hair stylers, 1481 foot spas, 1483 sheet masks)

def test_a_titles_period_without_its_year_takes_the_opening_paragraphs(corpus_issue):
    # 1479 l.99 `2. 1~9 월 성별 헤어기기 수출 실적, …`; l.102 `해관총서가 발표한 통계에 따르면 2024 년 1~9 월 중국의 … 수출액은 …`;
    # l.105 `성별로 보면 광둥성이 30 억 2,000 만 달러로 전체 수출의 절반을 넘기며 1 위 자리를 지켰다. …`
    assert figures_at(corpus_issue(1479), 105)[0] == ("광둥성", "3020000000", 1, None, 2024)


def test_a_place_named_with_its_generic_word_closes_its_word_at_a_wrap():
    # 1477 l.79 `… 수출액이 5,870만 달러로 12.4% 줄었고, 상하이시 역시 7.7% 감소했다.`, wrapped after `상하이시` by a producer
    # breaking inside words (LibreOffice's and WeasyPrint's prints gave `상하이시역시`, and 상하이's fall went to 장쑤성)
    from kic_extract.clean.word_joins import decide_join
    from kic_extract.pdf.wraps import join_text

    text = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-1477.txt").read_text(encoding="utf-8")
    left, right = "5,870만 달러로 12.4% 줄었고, 상하이시", "역시 7.7% 감소했다."
    assert f"{left} {right}" in text
    assert join_text(left, right, True, text) == f"{left} {right}"
    assert decide_join(left, right, text) == "space"  # (a page break there in the text route)
    # a particle, an ending or the copula after the place is still its word's
    assert join_text("중국 체중계 수출의 중심은 광둥성", "이다. 특히", True, text).endswith("광둥성이다. 특히")
    assert join_text("줄었고, 상하이시", "에서는 7.7% 감소했다.", True, text).endswith("상하이시에서는 7.7% 감소했다.")


# Round 65 (1485 electric shavers, 1487 toasters, 1489 blenders, 1491 electric blankets)

def test_a_list_closed_by_where_it_goes_is_checked_against_its_count(corpus_issue):
    # 1489 l.126: `아세안(ASEAN) 5개국인 베트남·태국·말레이시아·인도네시아로의 수출 증가율은 각각 38.2%, …`: four
    assert [line for line, _ in warnings_of(corpus_issue(1489), "count_mismatch")] == [126]


def test_what_is_kept_in_a_place_and_its_part_are_the_places(corpus_issue):
    # 1489 l.253: `츠시시에 등록된 가전 관련 기업은 1만 개를 넘으며, 이 가운데 규모 이상 기업은 1,036개사다.` (the counter
    # written `개사` closed by the copula `다`)
    assert figures_at(corpus_issue(1489), 253)[:2] == [("츠시시", "10000", None, "min", 2024), ("츠시시", "1036", None, None, 2024)]


def test_a_measure_of_the_same_subject_after_a_comma_and_of_its_firms(corpus_issue):
    # 1489 l.215: `… 2024년 중국 주방 소형가전 분야 스타트업의 투자 유치 건수는 43건으로 전년보다 7건 줄었지만, 유치 총액은 약 26억
    # 위안으로 12.5% 늘었다.`; l.217: `광둥성 기업의 유치 총액은 11억 위안을 넘어 전체의 40%를 웃돌았다.`
    issue = corpus_issue(1489)
    assert figures_at(issue, 215) == [("중국", "43", None, None, 2024), ("중국", "-7", None, None, 2024),
                                      ("중국", "2600000000", None, None, 2024), ("중국", "12.5", None, None, 2024)]
    assert figures_at(issue, 217)[4:] == [("광둥성", "1100000000", None, "min", 2024), ("광둥성", "40", None, "min", 2024)]


def test_a_follower_compared_with_the_ranked_leader_still_follows(corpus_issue):
    # 1491 l.49: `… 저장성이 … 3 억 1,200 만 달러를 수출해 1 위를 지켰다. 광둥성이 1 억 1,540 만 달러로 그 뒤를 이었으나 1 위
    # 저장성보다 1 억 9,660 만 달러 적었다. 이어 장쑤성(5,870 만 달러), 안후이성(2,210 만 달러), 산둥성(1,630 만 달러) 순이었다.`
    assert [f for f in figures_at(corpus_issue(1491), 49) if f[2] is not None] == [
        ("저장성", "312000000", 1, None, 2025), ("광둥성", "115400000", 2, None, 2025), ("장쑤성", "58700000", 3, None, 2025),
        ("안후이성", "22100000", 4, None, 2025), ("산둥성", "16300000", 5, None, 2025)]


def test_a_rank_of_another_measure_granted_and_a_parts_first_place_rank_nothing(corpus_issue):
    # 1491 l.148: `… 창사 15.2% 순이었다. 판매량으로는 상하이가 1 위였지만 증가율은 6.1%에 그쳤다.`; l.258: `… 츠시의 가전
    # 수출액은 412 억 위안으로 11.6% 늘었고, 이 가운데 전열제품이 가장 가파르게 늘었다.`
    issue = corpus_issue(1491)
    assert figures_at(issue, 148)[-1] == ("상하이", "6.1", None, None, 2024)
    assert figures_at(issue, 258)[-1] == ("츠시", "11.6", None, None, 2025)


def test_the_country_a_place_is_first_in_and_a_radius_are_no_ones_figures(corpus_issue):
    # 1491 l.249: `… 츠시는 2024 년 말 기준 가전 관련 기업이 1 만 곳을 넘는 중국 최대의 소형가전 생산지다.`; l.269: `츠시 전열
    # 클러스터의 강점은 반경 30km 안에서 … 조달할 수 있는 공급망이다. … 2027 년까지 자체 브랜드 수출 비중을 40%로 끌어올린다는 …`
    issue = corpus_issue(1491)
    assert figures_at(issue, 249) == [("츠시", "10000", None, "min", 2024)]
    assert figures_at(issue, 269) == [("츠시시", "40", None, None, 2027)]


def test_another_measure_of_the_same_place_passed_is_its_level(corpus_issue):
    # 1491 l.286: `… 한국의 대중국 전열기기 수입은 1 억 4,200 만 달러로, 같은 기간 대중국 수출 2,340 만 달러를 크게 웃돌았다.`
    assert figures_at(corpus_issue(1491), 286) == [("한국", "142000000", None, None, 2025), ("한국", "23400000", None, None, 2025)]


# Round 66 (1493 massage chairs, 1495 sewing machines, 1497 power strips, 1499 yoga mats)

def test_a_rank_column_holding_the_rest_reads_no_amounts_and_its_total_is_checked(corpus_issue):
    # 1495 ll.112–126: `순위 | 지역 | 수출액 | 전년 동기 대비` under `단위: 만 달러, %`, ranks 1–8, then `기타 | - | 3,070 | -`
    # and `합계 | - | 62,480 | 7.6` (the parts add up to 62,460)
    issue = corpus_issue(1495)
    assert [(a["value"], a["unit"]) for a in records_of(issue, "amounts") if a["line"] == 112] == [("336100000", "달러"), ("8.9", "%")]
    assert [line for line, _ in warnings_of(issue, "total_mismatch")] == [126]


def test_the_same_year_after_a_turning_point_recalled_is_the_figures(corpus_issue):
    # 1495 l.46: `2024년 중국의 공업용 재봉틀 생산량은 약 685만 대로 … 2023년 바닥을 찍은 생산량이 1년 만에 회복세로 돌아선
    # 것이다. 반면 같은 해 중국의 가정용 재봉틀 생산량은 438만 대로 5.4% 줄어 …`
    assert figures_at(corpus_issue(1495), 46)[2:] == [("중국", "4380000", None, None, 2024), ("중국", "-5.4", None, None, 2024)]


def test_a_decision_goes_on_with_the_targets_deadline(corpus_issue):
    # 1495 l.141: `방안은 2027년까지 … 75% 이상으로 끌어올리는 것을 목표로 제시했다. 또 전국에 스마트 봉제 시범공장을 100곳 이상
    # 조성하기로 했다.`
    assert figures_at(corpus_issue(1495), 141) == [("전국", "100", None, "min", 2027)]


def test_the_least_of_a_set_the_paragraph_before_named_is_no_31st(corpus_issue):
    # 1497 l.70: `… 광둥성(广东省)은 12.8%로 조사 대상 성 가운데 가장 높았다.` | l.72: `장쑤성은 불합격률이 4.9%에 그쳐 가장
    # 낮았고, …`
    assert figures_at(corpus_issue(1497), 72)[0] == ("장쑤성", "4.9", None, None, 2025)


def test_a_level_recalled_from_an_earlier_year_is_not_ranked(corpus_issue):
    # 1497 l.128: `2021 년 31 억 달러 수준이던 닝보의 수출액은 2025 년 50 억 달러를 넘어서며 선전을 제치고 1 위로 올라섰다.`
    assert figures_at(corpus_issue(1497), 128)[4:] == [("닝보", "3100000000", None, None, 2021),
                                                       ("닝보", "5000000000", 1, "min", 2025)]


def test_a_unit_spelt_after_percent_is_one_word_at_a_wrap():
    # 1495 l.192 `… 2024년 58%까지 높아져 4년 새 11%포인트 상승했다.`, wrapped inside `포인트` by LibreOffice, Ghostscript
    # and WeasyPrint (`11%포 인트`: the change read as a rate, 11%)
    from kic_extract.pdf.wraps import join_text

    text = (ROOT / "tests" / "corpus" / "heldout" / "kic-china-weekly-1495.txt").read_text(encoding="utf-8")
    assert "4년 새 11%포인트 상승했다." in text
    assert join_text("높아져 4년 새 11%포", "인트 상승했다.", True, text) == "높아져 4년 새 11%포인트 상승했다."
    assert join_text("높아져 4년 새 11%포", " 인트 상승했다.", False, text) == "높아져 4년 새 11%포인트 상승했다."


# Round 67 (1501 dumbbells, 1503 clothes dryers, 1505 bicycle helmets, 1507 strollers)

def test_a_unit_line_naming_columns_by_a_longer_name(corpus_issue):
    # 1505 l.252–254: `단위: 입주 기업(곳), 연간 생산능력(만 개)` over `번호 | 단지명 | 中文名称 | 소재지 | 입주 기업 | 생산능력`,
    # `1 | 융캉경제개발구 | … | 약 320곳 | 9,800`
    amounts = [(a["value"], a["unit"]) for a in records_of(corpus_issue(1505), "amounts") if a["line"] == 254]
    assert amounts == [("320", "곳"), ("98000000", "개")]


def test_the_nation_takes_its_share_of_the_worlds_whole(corpus_issue):
    # 1505 l.157: `업계는 2025년 전 세계에서 판매된 자전거·전동자전거 헬멧의 약 70%가 중국에서 생산된 것으로 추산한다.`
    assert figures_at(corpus_issue(1505), 157) == [("중국", "70", None, None, 2025)]


def test_a_county_glossed_before_its_generic_word_and_named_bare_after(corpus_issue):
    # 1501 l.137 `… 산둥성 닝진(宁津)현, 저장성 융캉(永康)시, …`; l.155: `… 닝진이 182억 위안으로 1위, 융캉이 156억 위안으로
    # 2위였다. 닝진현에서 피트니스기구를 만드는 기업은 1,200곳을 넘으며, 이 가운데 … 업체만 320곳에 이른다.`
    assert figures_at(corpus_issue(1501), 155) == [
        ("닝진", "18200000000", 1, None, 2024), ("융캉", "15600000000", 2, None, 2024),
        ("닝진현", "1200", None, "min", 2024), ("닝진현", "320", None, None, 2024)]


def test_a_share_of_the_nations_whole_after_a_place_where_things_are(corpus_issue):
    # 1507 l.116: `… 2024년 말 기준 핑후시에는 유모차 완제품·부품 기업 310곳이 모여 있고, 같은 해 생산량은 1,850만 대로 전국
    # 생산량의 31.2%를 차지했다. 산업 생산액은 186억 위안으로 전년보다 7.9% 늘었다.`
    assert [f[:2] for f in figures_at(corpus_issue(1507), 116)] == [
        ("핑후시", "310"), ("핑후시", "18500000"), ("핑후시", "31.2"), ("핑후시", "18600000000"), ("핑후시", "7.9")]


def test_the_means_to_a_target_take_its_deadline(corpus_issue):
    # 1507 l.118: `… 핑후시는 2027년까지 … 30%로 높일 계획이다. 이를 위해 매출 '억 위안급' 기업을 60곳으로 늘리고, … 5억 위안
    # 규모의 산업기금을 조성한다.`
    assert [f[4] for f in figures_at(corpus_issue(1507), 118)] == [2027, 2027, 2027, 2027]


def test_a_topic_whose_measure_a_cause_clause_on_the_way_names_another_place(corpus_issue):
    # 1507 ll.60–65: `후베이성의 수출액은 한촨(汉川)시 업체들의 유럽 주문이 늘면서 처음으로` | (a page break) | `1억 달러를
    # 넘어섰다.`
    assert figures_at(corpus_issue(1507), 60)[-1] == ("후베이성", "100000000", None, "min", 2025)


# Round 68 (1509 camping chairs, 1511 ice makers, 1513 coffee grinders, 1515 sleds)

def test_a_list_opened_by_an_order_word_follows_the_one_figure_the_sentence_before_gave(corpus_issue):
    # 1511 l.175: `지역별로 보면 2024년 상업용 제빙기 판매의 18.2%가 광둥성에서 이뤄졌다. 이어 저장성(11.5%), 상하이시(8.7%),
    # 베이징시(7.9%), 쓰촨성(6.3%) 순이었다.`
    assert [f[:3] for f in figures_at(corpus_issue(1511), 175)][:5] == [
        ("광둥성", "18.2", 1), ("저장성", "11.5", 2), ("상하이시", "8.7", 3), ("베이징시", "7.9", 4), ("쓰촨성", "6.3", 5)]


def test_a_list_closed_by_etc_and_a_part_of_the_country_is_checked(corpus_issue):
    # 1511 l.139: `… 헤이룽장성(黑龙江省), 지린성(吉林省), 랴오닝성(辽宁省), 네이멍구자치구(内蒙古自治区), 신장웨이우얼자치구(…),
    # 허베이성(河北省) 등 북방 5 개 성·자치구를 …`: six
    assert [line for line, _ in warnings_of(corpus_issue(1511), "count_mismatch")] == [139]
    # 816 l.27: `… 종합한 결과, 쓰촨성(四川省)·후베이성(湖北省)·…·구이저우성(贵州省) 등 중서부 6 개 성의 …`: the six the dots
    # join, not the clause before them
    assert 27 not in [line for line, _ in warnings_of(corpus_issue(816), "count_mismatch")]


def test_a_share_of_the_nations_whole_after_what_is_made_in_a_place(corpus_issue):
    # 1509 l.90: `… 융캉시에서 한 해 생산되는 캠핑의자는 1 억 2,000 만 개가 넘어 전국 생산량의 약 40%를 차지한다.`
    assert figures_at(corpus_issue(1509), 90)[-2:] == [("융캉시", "120000000", None, "min", 2024), ("융캉시", "40", None, None, 2024)]


# Round 69 (1517 neck pillows, 1519 walkers, 1521 foam rollers, 1523 laundry baskets)

def test_countries_each_with_their_share_of_a_places_breakdown(corpus_issue):
    # 1523 l.124: `2024년 푸난현 버들세공 수출 대상국별 비중은 미국 31.2%, 독일 14.5%, 일본 10.9%, 영국 8.3% 순이었다.`
    assert [f[:3] for f in figures_at(corpus_issue(1523), 124)][:4] == [
        ("미국", "31.2", 1), ("독일", "14.5", 2), ("일본", "10.9", 3), ("영국", "8.3", 4)]


def test_the_average_of_a_set_of_places_is_no_places(corpus_issue):
    # 1521 l.85: `… 상하이는 처음으로 3,800 위안을 넘어섰고, 조사 대상 도시 평균(3,235 위안)도 크게 웃돌았다. 같은 해 전국
    # 평균은 2,130 위안이었다.`
    assert [f[:2] for f in figures_at(corpus_issue(1521), 85)][5:] == [("상하이", "3800"), ("전국", "2130")]


# Round 70 (1525 umbrella stands, 1527 earplugs, 1529 bath mats, 1531 bathroom slippers)

def test_a_count_whose_list_is_designated_is_checked(corpus_issue):
    # 1527 ll.234–236: `둥관시는 2025년 음향 부품 특화 진 4곳으로 창안진(长安镇), 칭시진(清溪镇), 탕샤진(塘厦镇),` | (a page break) |
    # `펑강진(凤岗镇), 황장진(黄江镇)을 지정했다.`: five
    assert [line for line, _ in warnings_of(corpus_issue(1527), "count_mismatch")] == [234]


def test_a_list_named_as_what_the_count_is_after_a_clause_with_no_comma(corpus_issue):
    # 1531 l.116: `방안은 3개 도시를 핵심 거점으로 지정했는데 취안저우시(泉州市), 푸톈시(莆田市), 샤먼시(厦门市)가 그것이다.`: three;
    # l.97's `5개 성은 장쑤성, 산둥성, 허난성, 후베이성` lists four
    assert [line for line, _ in warnings_of(corpus_issue(1531), "count_mismatch")] == [97]


def test_most_of_a_places_firms_the_subject_and_generations_counted(corpus_issue):
    # 1531 l.166: `… 다만 생산액 기준으로는 푸톈시가 238억 위안으로 1위였다. 제양시 업체 대부분이 가족 단위 소규모 공장이어서
    # '규모 이상' 공업 기업은 410곳에 그친다.`
    assert figures_at(corpus_issue(1531), 166)[-1] == ("제양시", "410", None, None, 2025)
    # 1531 l.217: `▶ 기업 소개: 제양의 2대째 슬리퍼 공장을 물려받은 창업자가 …`: a generation, no machines
    assert figures_at(corpus_issue(1531), 217) == []


def test_a_flow_to_a_country_written_with_particles_goes_on_past_a_comma(corpus_issue):
    # 1525 l.45: `… 한국으로의 수출은 1억 5,000만 달러로 7위를 기록했으며, 전년 동기 대비 증가율은 12.6%였다.`
    assert figures_at(corpus_issue(1525), 45)[-2:] == [("한국", "150000000", 7, None, 2025), ("한국", "12.6", None, None, 2025)]


# Round 71 (1533 handheld fans, 1535 knee braces, 1537 toilet seats, 1539 ironing boards)

def test_a_places_firms_counted_where_they_are_after_the_place_made_topic(corpus_issue):
    # 1533 l.213: `닝보시는 2025년 … 5억 위안 규모의 ‘스마트가전 창업펀드’를 조성했고, 6월 말 현재 닝보시 소재 23개 기업에 1억 8,600만
    # 위안을 투자했다.`
    assert figures_at(corpus_issue(1533), 213) == [
        ("닝보시", "500000000", None, None, 2025), ("닝보시", "23", None, None, 2025), ("닝보시", "186000000", None, None, 2025)]


def test_a_thing_first_among_its_kind_ranks_no_figure_before_it(corpus_issue):
    # 1535 l.41: `같은 해 중국 스포츠용품 시장 전체 성장률이 6% 미만에 그친 것을 감안하면 두 배 가까운 속도로, 무릎보호대가
    # 운동보호용품 가운데 가장 빠르게 크는 품목으로 자리 잡았다는 평가다.`
    assert figures_at(corpus_issue(1535), 41)[-1] == ("중국", "6", None, "max", 2025)


def test_the_place_whose_events_were_counted_holds_the_next_clauses_figure(corpus_issue):
    # 1535 l.47: `2025년 중국에서 열린 마라톤·러닝 대회는 790회를 넘었고, 참가자는 연인원 700만 명을 웃돌았다.`
    assert figures_at(corpus_issue(1535), 47) == [("중국", "790", None, "min", 2025), ("중국", "7000000", None, "min", 2025)]


def test_a_bound_closing_its_clause_with_no_comma_describes_no_place_after_it(corpus_issue):
    # 1537 l.43: `같은 시점 일본의 온수세정 변좌 보급률은 80%를 넘고 한국도 60% 안팎에 이르는 만큼, …`
    assert figures_at(corpus_issue(1537), 43)[1:] == [("일본", "80", None, "min", 2025), ("한국", "60", None, None, 2025)]


def test_what_was_done_in_a_place_after_a_deed_on_the_way_and_a_region_heading_a_reported_subject(corpus_issue):
    # 1537 l.75: `상무부에 따르면 2025년 한 해 전국에서 보조금을 받아 판매된 스마트 변기·변기커버는 286만 대였고, 판매액은 71억
    # 4,000만 위안에 달했다.`
    assert figures_at(corpus_issue(1537), 75) == [("전국", "2860000", None, None, 2025), ("전국", "7140000000", None, None, 2025)]
    # 1537 l.242: `KIC 중국은 발표에서 2025년 한국의 비데 시장 규모가 1조 2,000억 원 수준이며, 이 가운데 렌털 판매 비중이 60%를
    # 넘는다고 소개했다.`
    assert figures_at(corpus_issue(1537), 242) == [("한국", "1200000000000", None, None, 2025), ("한국", "60", None, "min", 2025)]


# Round 72 (1541 toothbrush sterilisers, 1543 shoehorns, 1545 wrist guards, 1547 bathtubs)

def test_followers_whose_order_word_a_line_break_parts(corpus_issue):
    # 1545 ll.106–107: `증가 속도로 보면 허베이성이 21.5%로 가장 빨랐고 저장성(18.4%), 푸젠성(15.7%)이 뒤를` | `이었다.`
    assert figures_at(corpus_issue(1545), 106)[:3] == [
        ("허베이성", "21.5", 1, None, 2025), ("저장성", "18.4", 2, None, 2025), ("푸젠성", "15.7", 3, None, 2025)]


def test_a_periods_level_written_as_a_bound_keeps_it(corpus_issue):
    # 1541 l.149: `중국의 UV-C LED 칩 국산화율은 2024년 약 65%로, 2020년의 30% 미만에서 크게 높아졌다.`
    assert figures_at(corpus_issue(1541), 149) == [("중국", "65", None, None, 2024), ("중국", "30", None, "max", 2020)]


def test_a_cause_whose_subject_holds_an_aside_leaves_the_figure_to_the_topic(corpus_issue):
    # 1543 l.66: `반면 장쑤성(江苏省)은 쑤저우와 우시 일대의 주문자상표부착생산(OEM) 공장이 동남아로 옮겨 가면서 2025 년 생산액이
    # 38 억 2,000 만 위안에 그쳤고, 1 년 전보다 2.3% 줄어 …`
    assert figures_at(corpus_issue(1543), 66) == [("장쑤성", "3820000000", None, None, 2025), ("장쑤성", "-2.3", None, None, 2025)]


def test_a_wrap_inside_a_name_the_document_glosses_closes_up():
    from kic_extract.pdf.wraps import join_text

    # 1541's LibreOffice print, l.153: `… 2024년 바오안` | `구에서만 전국 칫솔살균기 생산량의 약 15%가 나왔다.`, after
    # `선전 바오안구(宝安区)는`
    vocabulary = "① 선전: 선전 바오안구(宝安区)는 부품과 금형, 조립까지 가까운 거리 안에서 해결되는 공급망을 갖췄다."
    assert join_text("2024년 바오안", " 구에서만 전국", False, vocabulary) == "2024년 바오안구에서만 전국"
    assert join_text("2024년 바오안", "구에서만 전국", True, vocabulary) == "2024년 바오안구에서만 전국"


# Rounds 73 and 74 (1549 shower curtains, 1551 glasses cloths, 1553 lunch boxes, 1555 cotton buds; 1557 watering cans,
# 1559 fly swatters, 1561 heat packs, 1563 spatulas)

def test_a_share_of_the_whole_beside_a_ranked_level_takes_its_rank(corpus_issue):
    # 1549 l.123: `2024년 성별 생산량은 저장성이 5억 2,480만 장으로 전국의 38.6%를 차지해 압도적인 1위였다.`
    assert figures_at(corpus_issue(1549), 123)[:2] == [("저장성", "524800000", 1, None, 2024), ("저장성", "38.6", 1, None, 2024)]


def test_lengths_in_a_caption_and_after_a_magnitude(corpus_issue, data):
    # 1551 ll.111–115: `(단위: 만 미터, %)` over `2	사오싱	저장성	14,200	18.7`; l.108: `… 쑤저우시가 1억 8,600만 미터로 전국
    # 1위였고, 사오싱시가 1억 4,200만 미터로 2위, …`
    issue = corpus_issue(1551)
    assert [(a["value"], a["unit"]) for a in records_of(issue, "amounts") if a["line"] == 114] == [("142000000", "m"), ("18.7", "%")]
    assert figures_at(issue, 108)[0] == ("쑤저우시", "186000000", 1, None, 2024)
    # 268 l.584: `스피드스케이팅 남자 1500미터 경기에서`: a race, no length of Beijing's
    assert [f["value"] for f in data["figures"] if f["line"] == 584] == ["7"]


def test_the_main_places_counted_are_a_set_whose_share_is_no_nations(corpus_issue):
    # 1551 l.67: `2024년 연간 전국 안경닦이 수출액은 … 6억 5,000만 달러였다. 4개 주요 성의 비중은 89.2%로 …`
    assert figures_at(corpus_issue(1551), 67) == [("전국", "7.7", None, None, 2024), ("전국", "650000000", None, None, 2024)]


def test_a_later_part_ranking_rates_takes_the_year_of_the_first_parts_changes(corpus_issue):
    # 1553 l.110, under `2) 증가율로 본 지역 판도`: `생산량 증가 속도로 줄을 세우면 … 안후이성이 12.6%로 가장 빨랐고 푸젠성(11.2%)과
    # 저장성(9.8%)이 차례로 뒤를 이었다.`, after `1) 생산량 순위` and `2025 년 전국 합산 생산량은 … 전년 대비 7.9% 증가했다`
    assert figures_at(corpus_issue(1553), 110) == [
        ("안후이성", "12.6", 1, None, 2025), ("푸젠성", "11.2", 2, None, 2025), ("저장성", "9.8", 3, None, 2025)]


def test_a_conversion_in_brackets_and_a_count_of_kinds_joined_by_a_dot(corpus_issue):
    issue = corpus_issue(1557)
    # l.44: `… 고효율 절수관개 면적은 4억 1,200만 무(1무는 약 666.7㎡)로 집계됐다.`: what one 무 is, no figure
    assert [f[1] for f in figures_at(issue, 44)] == ["412000000", "400000000"]
    # l.225: `이들 기업이 특히 몰린 4개 진·가도는 구산진, 즈잉진, 스주진, 둥청가도, 장난가도다.`: five
    assert [line for line, _ in warnings_of(issue, "count_mismatch")] == [225]


def test_a_district_named_bare_after_its_gloss_and_a_change_after_a_standing(corpus_issue):
    issue = corpus_issue(1559)
    # l.206: `… 같은 해 푸양의 파리채 생산 증가율은 39.2%로 닝보(8.4%)를 크게 앞질렀다.`, after `푸양구(富阳区)`
    assert ("푸양", "39.2", None, None, 2024) in figures_at(issue, 206)
    # l.110: `… 선전시와 청두시가 각각 2위와 3위에 올랐다. 청두시의 주문은 1년 전보다 27.4% 늘어 … 증가 폭이 가장 컸다.`
    assert figures_at(issue, 110) == [("청두시", "27.4", 1, None, 2025)]


def test_cities_named_bare_beside_one_another(corpus_issue):
    # 1561 l.202: `… 자무쓰(佳木斯)가 47.8%로 뒤를 이었다. 치치하얼과 다칭은 각각 44.2%, 43.6%로 4~5위를 기록했다.`
    assert figures_at(corpus_issue(1561), 202)[3:] == [("치치하얼", "44.2", 4, None, 2025), ("다칭", "43.6", 5, None, 2025)]


# Round 75 (1565 raincoats, 1567 zip bags, 1569 insulated lunch boxes, 1571 hair ties), written to the harder brief

def test_a_subdistrict_named_bare_and_the_measure_its_city_sets_for_it(corpus_issue):
    issue = corpus_issue(1565)
    # l.222: `천장의 2024 년 우비 생산액은 104 억 8,000 만 위안으로 처음 100 억 위안을 넘어섰다.`, after `천장(陈江)가도`
    assert figures_at(issue, 222)[:2] == [("천장", "10480000000", None, None, 2024), ("천장", "10000000000", None, "min", 2024)]
    # l.224: `광둥성에는 2024 년 말 기준 … 산업단지가 다섯 곳 있는데, …. 후이저우시는 2027 년까지 천장 단지 생산액을 150 억 위안으로
    # 끌어올리고 수출 비중을 33% 이상으로 유지한다는 목표를 세웠다.`
    assert figures_at(issue, 224) == [("광둥성", "5", None, None, 2024), ("천장", "15000000000", None, None, 2027),
                                      ("천장", "33", None, "min", 2027)]
    assert [line for line, _ in warnings_of(issue, "count_mismatch")] == [160]  # (`내륙 4 개 도시는 푸양, 간저우, 상라오다`)


def test_first_of_a_kind_with_its_figure_aside_a_rank_band_and_a_rank_then_its_holder(corpus_issue):
    issue = corpus_issue(1565)
    # l.49: `최대 시장인 미국(2 억 1,300 만 달러)은 …`
    assert figures_at(issue, 49)[-1] == ("미국", "213000000", 1, None, 2024)
    # l.127: `우한은 주문량이 61% 늘어 3~5 위권에 들었다.`: somewhere in the band
    assert ("우한", "61", None, None, 2025) in figures_at(issue, 127)
    # l.88: `…, 1 위는 두 자릿수 증가율(12.4%)을 낸 안후이성, 2 위는 8.1%의 산둥성이었다.`
    assert figures_at(issue, 88)[-2:] == [("안후이성", "12.4", 1, None, 2025), ("산둥성", "8.1", 2, None, 2025)]


def test_goods_made_in_a_place_and_a_part_taken_into_its_whole(corpus_issue):
    issue = corpus_issue(1569)
    # l.49: `중국산 보온도시락 수출액은 11억 6,000만 달러로 1년 전보다 14.5% 뛰어 …`
    assert figures_at(issue, 49) == [("중국", "1160000000", None, None, 2025), ("중국", "14.5", None, None, 2025)]
    # l.93: `2025년 1~9월 융캉산 보온용기의 국내 출하액은 1년 전보다 2.4% 줄었고, 저가 보온도시락 출하는 5.1% 뒷걸음질쳤다.`
    assert figures_at(issue, 93) == [("융캉", "-2.4", None, None, 2025), ("융캉", "-5.1", None, None, 2025)]
    # l.152: `진화시(융캉 포함)가 저장성 보온용기 수출의 58.6%를 차지했고, 닝보는 14.2%로 그다음이었다.`
    assert [f[:3] for f in figures_at(issue, 152)] == [("진화시", "58.6", 1), ("닝보", "14.2", 2)]


def test_two_places_ranked_together_a_ranking_from_the_bottom_and_a_listed_set_in_turn(corpus_issue):
    issue = corpus_issue(1569)
    # l.70: `… 베트남향 수출은 37.6% 급증했고 멕시코향도 29.4% 늘어, 두 나라가 증가율 1·2위를 나란히 차지했다.`
    assert figures_at(issue, 70) == [("베트남", "37.6", 1, None, 2025), ("멕시코", "29.4", 2, None, 2025)]
    # l.103: `… 아래에서부터 보면, 5위 청두(27%)에 이어 충칭이 31%로 4위, 우한이 36%로 3위였다. …`
    assert [f[:3] for f in figures_at(issue, 103)] == [("청두", "27", 5), ("충칭", "31", 4), ("우한", "36", 3),
                                                      ("창춘", "48", 2), ("하얼빈", "62", 1)]
    # l.105: `동북 3개 성은 헤이룽장성, 지린성, 랴오닝성으로, … 이들 지역의 … 증가율은 각각 25.3%, 21.7%, 19.8%였다.`
    assert [f[:2] for f in figures_at(issue, 105)][:3] == [("헤이룽장성", "25.3"), ("지린성", "21.7"), ("랴오닝성", "19.8")]


def test_parts_counted_after_a_whole_a_place_fallen_short_of_and_trade_between_two(corpus_issue):
    issue = corpus_issue(1569)
    # l.89: `… 융캉의 … 등록 기업은 2,380곳인데, 즈잉진(芝英镇)이 870곳으로 가장 많고 융캉경제개발구가 640곳으로 뒤를 이었다. …`
    assert [f[:3] for f in figures_at(issue, 89)] == [("융캉", "2380", None), ("즈잉진", "870", 1),
                                                     ("융캉경제개발구", "640", 2), ("구산진", "310", 3)]
    # l.91: `우이현의 보온용기 생산액은 2024년 86억 위안으로 아직 융캉에 한참 못 미치지만, 증가율은 18.3%로 융캉(7.4%)보다 …`
    assert figures_at(issue, 91)[:2] == [("우이현", "8600000000", None, None, 2024), ("우이현", "18.3", None, None, 2024)]
    # l.230: `"2024년 저장성과 한국의 교역액은 386억 달러였고, 이 가운데 소비재 비중은 27% 안팎"`
    assert figures_at(issue, 230) == [("저장성", "38600000000", None, None, 2024), ("저장성", "27", None, None, 2024)]


def test_a_place_under_a_city_a_period_after_the_nation_and_the_fewest_of_five(corpus_issue):
    issue = corpus_issue(1567)
    # l.114: `2024년 원저우시 관할 룽강시(龙港市)가 저장성 생산량의 38.2%, 창난현(苍南县)이 17.6%를 각각 맡았다. …`
    assert figures_at(issue, 114)[:2] == [("룽강시", "38.2", None, None, 2024), ("창난현", "17.6", None, None, 2024)]
    # l.45: `협회는 전국 4분기 물량이 … 180억 개 안팎에 이를 것으로 내다봤다.`
    assert figures_at(issue, 45)[-1] == ("전국", "18000000000", None, None, 2025)
    # l.145: `… 광저우시는 200곳에 조금 못 미쳐 다섯 도시 가운데 가장 적었다.`
    assert figures_at(issue, 145)[-1] == ("광저우시", "200", 5, "max", 2024)


def test_an_ordinal_reached_a_multiple_of_anothers_measure_and_a_firm_based_in_a_place(corpus_issue):
    issue = corpus_issue(1571)
    # l.45: `… 저장성은 7.9%로 네 번째에 그쳐 전국 평균(9.4%)에도 못 미쳤다. …`
    assert ("저장성", "7.9", 4, None, 2025) in figures_at(issue, 45)
    # l.145: `반대로 중국의 대한국 헤어액세서리 수출은 같은 해 2억 3,000만 달러로 한국의 대중국 수출의 12배를 웃돌았다.`
    assert figures_at(issue, 145)[-2:] == [("중국", "230000000", None, None, 2024), ("중국", "12", None, "min", 2024)]
    # l.101: `항저우에 본사를 둔 MCN 기업 웨광미디어는 … 3분기에만 1억 위안어치를 팔았다.`: the firm's, no place's
    assert figures_at(issue, 101) == []


def test_a_half_year_its_clause_names_the_year_of(corpus_issue):
    # 1559 l.206: `2024년 푸양의 전기 파리채 월 생산량은 상반기 70만 개, 하반기 120만 개로 불어났다.` in an issue of July 2025
    assert figures_at(corpus_issue(1559), 206)[:2] == [("푸양", "700000", None, None, 2024), ("푸양", "1200000", None, None, 2024)]


# Round 76 (1573 phone holders, 1575 cable ties, 1577 shower puffs, 1579 car air fresheners), written to the harder brief

def test_places_a_count_of_their_kind_names_bare_and_a_new_area_named_bare(corpus_issue):
    issue = corpus_issue(1573)
    # l.188: `1 단계로 지정된 5 개 가도는 푸융, 사징, 쑹강, 신차오다.`: four, and the four are places
    assert [line for line, _ in warnings_of(issue, "count_mismatch")] == [188]
    # l.209: `2025 년 1~9 월에는 푸융이 231 개사로 1 위를 지켰고 사징이 226 개사로 바짝 뒤따랐다. 신차오는 2023 년 96 개사에서
    # 2025 년 1~9 월 152 개사로 58.3% 늘었지만 네 곳 가운데 4 위에 머물렀다.`
    assert [f[:3] for f in figures_at(issue, 209)] == [("푸융", "231", 1), ("사징", "226", 2), ("신차오", "96", None),
                                                      ("신차오", "152", 4), ("신차오", "58.3", None)]
    # l.135: `… 충칭 량장신구(两江新区)가 …. 량장은 2024 년 연간 19 곳을 유치한 데 이어 2025 년 상반기에만 … 27 곳을`
    assert figures_at(issue, 135) == [("량장", "19", None, None, 2024), ("량장", "27", None, None, 2025)]


def test_a_set_combined_kinds_named_a_whole_in_brackets_and_a_falls_width_larger(corpus_issue):
    issue = corpus_issue(1573)
    # l.43: `… 광둥성 한 곳이 전국 수출액의 44.3%를 차지한 셈이다. 네 개 성을 합친 비중은 87.9%에 달했다.`: the four's
    assert [f[1] for f in figures_at(issue, 43)][-1] == "44.3"
    # l.79: `방안이 ‘중점 육성 품목’으로 지정한 4 개 품목은 차량용 자석 거치대, …다.`: kinds, no figure of Guangdong's
    assert [f[1] for f in figures_at(issue, 79)] == ["1500000000"]
    # l.186: `… 생산액은 268 억 위안으로 선전 전체(648 억 위안)의 41.4%를 차지했다`
    assert ("선전", "64800000000", None, None, 2024) in figures_at(issue, 186)
    # l.113: `쑤저우는 판매액이 3.4% 감소해 베이징보다 낙폭이 1.8%p 컸다.`
    assert ("쑤저우", "1.8", None, None, 2025) in figures_at(issue, 113)
    # l.131: `생산액이 50 억 위안을 넘는 3 개 성(省)은 광둥성, 저장성, 장쑤성뿐이다.`
    assert [f[:4] for f in figures_at(issue, 131)][-3:] == [("광둥성", "5000000000", None, "min"),
                                                           ("저장성", "5000000000", None, "min"), ("장쑤성", "5000000000", None, "min")]


def test_followers_in_brackets_an_ordinal_before_ranks_and_shares_of_two_wholes(corpus_issue):
    issue = corpus_issue(1575)
    # l.44: `푸젠성이 12.7%로 가장 가팔랐고 산둥성이 10.2%로 다음이었으며, 저장성(7.8%)과 장쑤성(3.6%)이 이어졌다. …`
    assert [f[:3] for f in figures_at(issue, 44)][:4] == [("푸젠성", "12.7", 1), ("산둥성", "10.2", 2), ("저장성", "7.8", 3),
                                                         ("장쑤성", "3.6", 4)]
    # l.50: `… 베트남이 두 번째로 큰 시장으로 올라섰고(1억 5,700만 달러), 멕시코와 인도가 각각 1억 1,200만 달러, 9,800만 달러로
    # 3·4위를 나눠 가졌다.`
    assert [f[:3] for f in figures_at(issue, 50) if f[2]] == [("미국", "343000000", 1), ("베트남", "157000000", 2),
                                                             ("멕시코", "112000000", 3), ("인도", "98000000", 4)]
    # l.149: `… 웨칭의 2025년 생산량은 392억 개로 저장성 전체의 64.1%, 전국의 23.1%를 차지했다. …`
    assert [f[:2] for f in figures_at(issue, 149)][:3] == [("웨칭", "39200000000"), ("웨칭", "64.1"), ("웨칭", "23.1")]
    # l.249: `… 원저우의 2025년 한국 수출은 12억 3,000만 달러로 전년보다 4.1% 줄었다.`: Korea the destination
    assert figures_at(issue, 249) == [("원저우", "1230000000", None, None, 2025), ("원저우", "-4.1", None, None, 2025)]
    # l.128: `저장성은 612억 개를 생산해 1위에 올랐다.`, dated by the article's opening paragraph (`… 맡고 있다. 2025년 중국의 …`)
    assert figures_at(issue, 128)[0] == ("저장성", "61200000000", 1, None, 2025)


def test_a_measures_aside_after_its_region_and_a_share_from_a_district_its_city_locates(corpus_issue):
    issue = corpus_issue(1577)
    # l.211: `… 항지진의 생산액은 약 21만 위안으로, 장쑤성 1인당 GDP(약 15만 9,000위안)를 웃돈다.`
    assert ("장쑤성", "159000", None, None, 2025) in figures_at(issue, 211)
    # l.85: `이우의 1분기 증가율은 같은 기간 저장성 전체 목욕용품 수출 증가율(11.8%)보다 11.7%p 높았다.`
    assert ("저장성", "11.8", None, None, 2026) in figures_at(issue, 85)
    # l.121: `2025년 광둥성 수출의 31%가량은 산터우(汕头)시 차오난구(潮南区)에서 나왔다.`
    assert figures_at(issue, 121)[0] == ("차오난구", "31", None, None, 2025)
    # l.159: `천연 소재 원료의 주산지는 4개 성(省)으로 윈난성, 구이저우성, 후베이성, 광시좡족자치구, 장시성이 꼽힌다.`: five
    assert 159 in [line for line, _ in warnings_of(issue, "count_mismatch")]


def test_a_ranking_read_from_the_bottom_an_averages_own_bound_and_a_level_of_a_year_passed(corpus_issue):
    issue = corpus_issue(1579)
    # l.227: `… 조사 대상 10개 도시의 … 낮은 쪽부터 보면 정저우(郑州)가 9.6%로 최하위였고, 우한(武汉) 11.2%, 시안 12.7%가
    # 뒤를 이었다.`
    assert [f[:3] for f in figures_at(issue, 227)][-3:] == [("정저우", "9.6", 10), ("우한", "11.2", 9), ("시안", "12.7", 8)]
    # l.101: `… 전국 평균은 14위안에 못 미쳤다.`
    assert figures_at(issue, 101)[-1] == ("전국", "14", None, "max", 2024)
    # l.117: `… 합격률은 91.3%로 전국 평균(87.6%)보다 3.7%p 높았다.`
    assert ("저장성", "3.7", None, None, 2024) in figures_at(issue, 117)
    # l.187: `… 17건으로 2024년 연간 건수(13건)를 이미 넘어섰다. 투자가 몰린 지역은 광둥성(7건)과 저장성(5건) 순이었다.`
    assert figures_at(issue, 187)[-2:] == [("광둥성", "7", 1, None, 2025), ("저장성", "5", 2, None, 2025)]


def test_an_adjectives_stem_wrapped_before_its_ending_closes_up():
    from kic_extract.pdf.wraps import join_text

    # 1573's LibreOffice print wraps `가장 크` | `고 둥관이 450 억 위안으로`
    assert join_text("2027 년 목표치는 선전이 800 억 위안으로 가장 크", "고 둥관이 450 억 위안으로", False, "").endswith("가장 크고 둥관이 450 억 위안으로")


# Round 77 (1581 storage boxes, 1583 sleep masks, 1585 glass jars, 1587 bicycle helmets), written to the harder brief

def test_a_figures_own_subject_after_a_list_and_ordinals_first_and_two_in_one(corpus_issue):
    issue = corpus_issue(1587)
    # l.80: `… 베이징, 상하이, 광저우, 청두 네 곳의 소비자를 조사한 결과, … 응답은 상하이가 68.4%로 가장 높았다. …`: 상하이's only
    assert [f[:3] for f in figures_at(issue, 80)][0] == ("상하이", "68.4", 1)
    assert [f[0] for f in figures_at(issue, 80)].count("베이징") == 1
    # l.145: `… 대여 건수도 2,450만 건으로 다섯 도시 중 첫손에 꼽혔다. 상하이와 선전이 각각 1,980만 건, 1,730만 건으로 두세 번째였다.`
    assert [f[:3] for f in figures_at(issue, 145)][1:] == [("항저우", "24500000", 1), ("상하이", "19800000", 2),
                                                         ("선전", "17300000", 3)]
    # l.44: `2023년 하반기 78.6%에 … 2025년 상반기 91.4%로 올라섰다. 전국 합격률이 2년 만에 12.8%p 뛴 셈이다. … 10위안대 …`
    assert figures_at(issue, 44) == [("전국", "78.6", None, None, 2023), ("전국", "91.4", None, None, 2025),
                                     ("전국", "12.8", None, None, 2025)]
    # l.280: `… 중국 팀의 소재지는 선전이 두 곳이고 항저우·청두·쑤저우가 한 곳씩이었다.`
    assert [f[:2] for f in figures_at(issue, 280)] == [("선전", "2"), ("항저우", "1"), ("청두", "1"), ("쑤저우", "1")]


def test_a_rank_stated_then_a_passed_place_a_market_last_of_five_and_a_list_naming_its_year(corpus_issue):
    issue = corpus_issue(1581)
    # l.69: `… 청두가 14.2%로 가장 높아 선전(12.3%)을 앞질렀고, 충칭은 11.8%로 세 번째로 높았다.`
    assert [f[:3] for f in figures_at(issue, 69)] == [("청두", "14.2", 1), ("선전", "12.3", 2), ("충칭", "11.8", 3)]
    # l.129: `… 한국으로의 수출은 2억 7,550만 달러로 다섯 시장 가운데 가장 적었지만, …`
    assert ("한국", "275500000", 5, None, 2025) in figures_at(issue, 129)
    # l.165: `아이메이컨설팅(艾媒咨询)이 2025년 선정한 ‘중국 수납 브랜드 100강’에 황옌 기업이 23개 …. 다음으로 위야오가 17개, …`
    assert all(f[4] == 2025 for f in figures_at(issue, 165)) and len(figures_at(issue, 165)) == 5
    # l.95: `합계	-	1,257.4	95.7`: a dash holds the region's column, the total under 생산액 (억 위안)
    assert [(a["value"], a["unit"]) for a in records_of(issue, "amounts") if a["line"] == 95] == [("125740000000", "위안"), ("95.7", "%")]


def test_a_city_opening_a_line_after_a_connective_is_a_word_of_its_own(corpus_issue):
    # 1585 ll.213–216: `… 10만 위안을 넘어` | `- 8 -` … | `쯔보시 평균(6만 8,000위안)을 크게 웃돈다.`
    assert ("쯔보시", "68000", None, None, 2024) in figures_at(corpus_issue(1585), 213)


def test_a_figure_names_the_line_that_prints_it(corpus_issue):
    # 1585: the paragraph opening at l.213 goes on past a page break at l.216, which prints `쯔보시 평균(6만 8,000위안)`
    lines = {(f["region_ko"], f["value"]): f["line"] for f in records_of(corpus_issue(1585), "figures") if 213 <= f["line"] <= 216}
    assert lines == {("보산구", "48600000000"): 213, ("보산구", "41.3"): 213, ("보산구", "100000"): 213, ("쯔보시", "68000"): 216}
    # 559 ll.130–136: `… 하이난성(海南省)이 31.5% 늘어 가장 두드러졌다. …` | `석이다. 그다음은 신장위구르자치구(18.2%), 윈난성(云南省,
    # 12.6%) 순이었다.`
    got = [(f["region_ko"], f["line"]) for f in records_of(corpus_issue(559), "figures") if 130 <= f["line"] <= 136]
    assert got == [("하이난성", 130), ("신장위구르자치구", 136), ("윈난성", 136)]


def test_order_words_and_particles_a_print_wraps_close_up():
    from kic_extract.pdf.wraps import join_text

    # 1583's Ghostscript print: `베이징시(1,312위안)가 뒤` | `따랐다`; 1581's LibreOffice print: `두 번째` | `로 많았고`
    assert join_text("상하이시가 1,386위안으로 가장 높았고 베이징시(1,312위안)가 뒤", "따랐다.", False, "").endswith("가 뒤따랐다.")
    assert join_text("광둥성은 312억 8,000만 위안으로 두 번째", "로 많았고,", False, "").endswith("두 번째로 많았고,")


# Round 78 (1589 dustpans, 1591 pillowcases, 1593 desk pads, 1595 hula hoops), written to the harder brief

def test_ranks_listed_after_a_pair_the_end_counted_back_and_a_count_of_two_kinds(corpus_issue):
    issue = corpus_issue(1589)
    # l.111: `… 이우가 1,460곳으로 가장 많았고 황옌(1,120곳)과 청하이(870곳)가 2, 3위였다.` (청하이구(澄海区) named in full at l.107)
    assert figures_at(issue, 111) == [("이우", "1460", 1, None, 2025), ("황옌", "1120", 2, None, 2025), ("청하이", "870", 3, None, 2025)]
    # l.133: `헤이룽장성 판매액은 1.9% 줄어 뒤에서 두 번째였고, 지린성은 -2.4%로 31개 성·자치구·직할시 가운데 최하위에 머물렀다.`
    assert figures_at(issue, 133)[:2] == [("헤이룽장성", "-1.9", 30, None, 2025), ("지린성", "-2.4", 31, None, 2025)]
    # l.275: `… 6개 가도·진은 신첸가도, 장커우가도, 베이청가도, 둥청가도, 위안차오진이다.`: five listed
    assert [line for line, _ in warnings_of(issue, "count_mismatch")] == [275]


def test_a_count_in_native_numerals_gathered_in_a_place(corpus_issue):
    # 1591 l.154: `2025년 현재 진장시에는 냉감 원단을 전문으로 하는 업체가 열두 곳 모여 있으며, …`
    assert figures_at(corpus_issue(1591), 154) == [("진장시", "12", None, None, 2025)]


def test_one_places_share_of_a_whole_a_count_held_another_measure_added_and_places_listed_bare(corpus_issue):
    issue = corpus_issue(1593)
    # l.66: `전국 영업수입 가운데 저장성 한 곳이 차지하는 비중은 30.6%로 광둥성(21.0%)보다 9.6%p 높았다.`
    assert figures_at(issue, 66)[-3:] == [("저장성", "30.6", None, None, 2025), ("광둥성", "21", None, None, 2025),
                                          ("저장성", "9.6", None, None, 2025)]
    # l.74: `2025년 말 기준 저장성은 국가급 문구 산업기지를 세 곳 보유해 전국에서 가장 많다.`
    assert figures_at(issue, 74) == [("저장성", "3", 1, None, 2025)]
    # l.78: `협회는 2027년까지 중국 문구 제조업 영업수입을 5,500억 위안 안팎으로 늘리고, 연구개발 투자 비중도 2.5% 이상으로 …`
    assert figures_at(issue, 78) == [("중국", "550000000000", None, None, 2027), ("중국", "2.5", None, "min", 2027)]
    # l.109: `증가율로는 인도가 18.5%로 가장 높았으며 브라질(13.8%), 베트남(12.9%)이 이었다.`
    assert figures_at(issue, 109)[3:6] == [("인도", "18.5", 1, None, 2025), ("브라질", "13.8", 2, None, 2025),
                                           ("베트남", "12.9", 3, None, 2025)]
    # l.139: `지정된 기지는 산터우 4곳, 광저우·둥관 각 2곳, 선전·제양 각 1곳이다.`, under an opening paragraph (l.137) telling of
    # bases named `2026년 3월 초`
    assert figures_at(issue, 139) == [("산터우", "4", None, None, 2026), ("광저우", "2", None, None, 2026), ("둥관", "2", None, None, 2026),
                                      ("선전", "1", None, None, 2026), ("제양", "1", None, None, 2026)]


def test_a_market_named_as_the_complement_a_multiple_in_words_last_of_five_and_a_nationwide_target(corpus_issue):
    issue = corpus_issue(1595)
    # l.54: `중국산 훌라후프의 최대 수출 시장은 미국으로, 전체 훌라후프 수출의 31.5%를 차지했다. 독일(9.8%)과 일본(7.1%)이 뒤를 이었다.`
    assert figures_at(issue, 54)[:3] == [("미국", "31.5", 1, None, 2025), ("독일", "9.8", 2, None, 2025), ("일본", "7.1", 3, None, 2025)]
    # l.81: `… 장쑤성은 산둥성(7.0%)에도 못 미친 6.4%로 다섯 곳 가운데 가장 낮았다.` (푸젠성, 광둥성, 저장성 ranked 1–3 before it)
    assert figures_at(issue, 81)[-1] == ("장쑤성", "6.4", 5, None, 2024)
    # l.100: `계획은 또 2026년까지 '15분 건신권'을 갖춘 도시를 전국 200곳 이상으로 늘리고, …`
    assert figures_at(issue, 100)[0] == ("전국", "200", None, "min", 2026)
    # l.209: `인근 우이현(武义县)은 2024년 관련 생산액이 42억 위안으로 융캉의 7분의 1에도 못 미쳤지만, 성장률은 18.2%로 융캉의 두
    # 배에 가까웠다.`
    assert figures_at(issue, 209)[1:] == [("우이현", "4200000000", None, None, 2024), ("우이현", "18.2", None, None, 2024)]


# Round 79 (1597 hair combs, 1599 pot trivets, 1601 mouse pads, 1603 hand mirrors), written to the harder brief

def test_places_above_a_rank_stated_before_them(corpus_issue):
    # 1597 l.105: `하위권에서는 충칭이 2,210만 달러로 10위에 머물렀고, 장시성(2,640만 달러)과 허베이성(3,270만 달러)이 그 위에
    # 자리했다.`
    assert figures_at(corpus_issue(1597), 105)[-3:] == [("충칭", "22100000", 10, None, 2025), ("장시성", "26400000", 9, None, 2025),
                                                        ("허베이성", "32700000", 8, None, 2025)]


def test_a_ranking_per_head_opens_anew_and_a_measure_raised_after_its_deadline(corpus_issue):
    issue = corpus_issue(1601)
    # l.127, after a paragraph that ranked sales 1–6: `선전이 1인당 0.59개로 가장 많았고, 항저우(0.56개)가 두 번째, 베이징과
    # 상하이가 각각 0.53개, 0.52개로 뒤따랐다. 반면 충칭은 0.16개에 그쳐 10개 도시 가운데 가장 낮았다.`
    assert [f[:3] for f in figures_at(issue, 127)] == [("선전", "0.59", 1), ("항저우", "0.56", 2), ("베이징", "0.53", 3),
                                                      ("상하이", "0.52", 4), ("충칭", "0.16", 10)]
    assert {f["unit"] for f in records_of(issue, "figures") if f["line"] == 127} == {"개/인"}
    # l.204: `저장성은 이우의 관련 수출을 2027년까지 10억 위안 이상으로 늘린다는 목표를 세웠고, …`
    assert figures_at(issue, 204) == [("이우", "1000000000", None, "min", 2027)]


def test_levels_set_side_by_side_a_chase_a_rate_leading_a_set_and_a_firm_based_in_a_place(corpus_issue):
    issue = corpus_issue(1603)
    # l.66: `개당 평균 수출 단가는 이우가 3.2위안, 둥관이 18.6위안으로 차이가 컸는데, …`: levels, not a gap
    assert figures_at(issue, 66)[-2:] == [("이우", "3.2", None, None, 2025), ("둥관", "18.6", None, None, 2025)]
    # l.70: `같은 기간 한국행 수출은 9억 8,000만 위안으로 11.2% 늘어 일본행(12억 4,000만 위안)을 바짝 뒤쫓았다.`: no ranks
    assert figures_at(issue, 70)[2:] == [("한국", "980000000", None, None, 2025), ("한국", "11.2", None, None, 2025),
                                         ("일본", "1240000000", None, None, 2025)]
    # ll.118–121: `… 난사신구(南沙新区)의 경우 … 작년 같은 기간보다` | `27.6% 급증했다. 광둥성 내 주요 산지 가운데 가장 빠른 증가세다.`
    assert figures_at(issue, 118)[-1] == ("난사신구", "27.6", 1, None, 2025)
    # l.188: `선전에 본사를 둔 광잉즈짜오의 2024년 매출은 전년보다 62% 늘었고, …`: the firm's, no place's
    assert figures_at(issue, 188) == []
    # l.61: `합계	상위 6개 성	383.6` under `순위	지역	수출액	…`: the words name what it sums, the figure is the 수출액
    assert [(a["value"], a["unit"]) for a in records_of(issue, "amounts") if a["line"] == 61] == [("38360000000", "위안")]
    assert [line for line, _ in warnings_of(issue, "total_mismatch")] == [141]


# Round 80 (1605 toothbrush holders, 1607 aluminium foil, 1609 lunch bags, 1611 hourglasses), written to the harder brief

def test_a_basis_year_dates_the_opening_a_rank_past_a_wholes_aside_a_verb_no_country_and_a_new_area_by_its_word(corpus_issue):
    issue = corpus_issue(1605)
    # l.122: `… 항지진(杭集镇)은 인구가 4만 명에 못 미치는 작은 마을이지만 해마다 칫솔 75억 개를 만들어 낸다. 2025년 기준 항지진
    # 제품은 중국 칫솔 시장의 80% 이상을 차지했다.`
    assert figures_at(issue, 122) == [("항지진", "40000", None, "max", 2025), ("항지진", "7500000000", None, None, 2025),
                                      ("항지진", "80", None, "min", 2025)]
    # l.184: `선전에 본사를 둔 칭야커지는 칫솔모에 남은 물기를 3분 안에 말리는 열풍 건조 모듈로 …`: 말리다, no 말리 (Mali)
    assert figures_at(issue, 184) == []
    # l.218: `황옌구는 관련 기업 737곳으로 타이저우시 전체(1,400곳)의 52.6%를 차지하며 압도적 1위였다.`
    assert figures_at(issue, 218)[:3] == [("황옌구", "737", 1, None, 2025), ("타이저우시", "1400", None, None, 2025),
                                          ("황옌구", "52.6", 1, None, 2025)]
    # l.226, after `타이저우만신구(台州湾新区)` at l.224: `신구의 욕실용품 생산액은 2025년 상반기 7억 8,000만 위안, 하반기 9억
    # 1,000만 위안으로 반년 새 16.7% 늘었다.`
    assert figures_at(issue, 226) == [("신구", "780000000", None, None, 2025), ("신구", "910000000", None, None, 2025),
                                      ("신구", "16.7", None, None, 2025)]


def test_a_part_of_a_year_names_no_measure_an_auxiliary_verb_keeps_its_clause_and_a_share_taken_by_a_place(corpus_issue):
    issue = corpus_issue(1607)
    # ll.55–62: `(단위: 만 톤, %)` over `구분 | 2021년 | … | 2024년 | 2025년 1~9월`: 만 톤 for every year, % for `수출 비중`
    assert [(a["value"], a["unit"]) for a in records_of(issue, "amounts") if a["line"] in (61, 62)][4:6] == [
        ("3404000", "톤"), ("29.2", "%")]
    # l.73: `… 수출 1위는 장쑤성(江苏省)으로 25만 8,000톤을 실어 내 전국 수출의 26.4%를 차지했다.`
    assert figures_at(issue, 73)[:2] == [("장쑤성", "258000", 1, None, 2025), ("장쑤성", "26.4", 1, None, 2025)]
    # l.65: `… 인도·멕시코 등의 반덤핑 조사도 겹쳤다"면서도 "2026년에는 중국의 수출량이 140만 톤 선을 회복할 것"이라고 …`
    assert figures_at(issue, 65) == [("중국", "1400000", None, None, 2026)]
    # l.96: `… 10위 푸젠성은 2만 톤으로 간신히 명단에 들었고 톈진이 2만 4,000톤으로 한 계단 위에 섰다.`
    assert figures_at(issue, 96)[:2] == [("푸젠성", "20000", 10, None, 2025), ("톈진", "24000", 9, None, 2025)]
    # l.131: `2025년 현재 궁이시에는 알루미늄 가공 상장사만 세 곳이 있다. … 2027년까지 전국 배터리박 생산의 30%를 허난이
    # 맡는다는 목표도 내놓았다.`
    assert figures_at(issue, 131) == [("궁이시", "3", None, None, 2025), ("허난", "30", None, None, 2027)]


def test_a_past_level_told_before_its_region_and_last_place_in_thinness(corpus_issue):
    # 1609 l.220: `2024년 상반기 71억 5,000만 위안이던 바이거우의 가방 수출액은 2025년 상반기 78억 위안으로 9.1% 늘었다.`
    assert figures_at(corpus_issue(1609), 220)[1:4] == [("바이거우", "7150000000", None, None, 2024),
                                                        ("바이거우", "7800000000", None, None, 2025), ("바이거우", "9.1", None, None, 2025)]
    issue = corpus_issue(1611)
    # l.110: `반대로 중간층이 가장 얇은 곳은 시짱자치구(西藏自治区)로 14.8%에 불과했다.`
    assert figures_at(issue, 110)[0] == ("시짱자치구", "14.8", 31, None, 2025)
    # l.228: `… 지정한 5개 '공예 특색 산업 클러스터'는 산둥성 보산구, 허베이성 사허시, 장쑤성 둥하이현, 저장성 푸장현이다.`
    assert [line for line, _ in warnings_of(issue, "count_mismatch")] == [228]


# Round 81 (1613 shoe insoles, 1615 key rings, 1617 bottle openers, 1619 bookmarks), written to the harder brief

def test_a_share_from_a_place_described_before_it_and_a_district_named_bare_after_its_heading(corpus_issue):
    # 1613 l.131: `… 항저우 판매의 40%가량은 물류 창고가 밀집한 위항구(余杭区)에서 나왔다.`
    assert figures_at(corpus_issue(1613), 131)[-2:] == [("항저우", "488000000", 5, None, 2025), ("위항구", "40", None, None, 2025)]
    issue = corpus_issue(1615)
    # l.95, the heading: `3. 산터우 청하이구(澄海区), 완구 수출 1위 지켰다 — …`; l.97: `… 산터우(汕头)시 청하이구의 2025년 … 620억
    # 위안으로 3.8% 증가하는 데 그쳤다. 반면 청하이의 키링 등 소형 굿즈 생산액은 85억 위안으로 27.5% 급증해 …`
    assert figures_at(issue, 97) == [("청하이구", "62000000000", None, None, 2025), ("청하이구", "3.8", None, None, 2025),
                                     ("청하이", "8500000000", None, None, 2025), ("청하이", "27.5", None, None, 2025)]
    # l.99: `청하이의 2025년 완구 수출액은 312억 위안으로 전국 구·현 가운데 1위를 지켰다. … 윈허현(云和县)의 수출은 48억 위안으로
    # … 산터우시 전체 완구 수출에서 청하이가 차지하는 비중은 80%를 넘는다.`
    assert figures_at(issue, 99) == [("청하이", "31200000000", 1, None, 2025), ("윈허현", "4800000000", None, None, 2025),
                                     ("청하이", "80", None, "min", 2025)]
    # l.101: `2025년 말 기준 청하이에 등록된 완구 관련 기업은 3만 곳 안팎이다.`
    assert figures_at(issue, 101) == [("청하이", "30000", None, None, 2025)]


def test_a_rank_describing_a_place_a_litre_a_zone_after_its_gloss_and_the_first_parts_opening_year(corpus_issue):
    issue = corpus_issue(1617)
    # l.61: `… 한국은 19억 5,000만 위안으로 다섯 번째였다. 네 번째인 베트남(21억 위안)은 증가율이 27.3%에 달해 주요 수입국
    # 가운데 가장 가파르게 늘었다.`
    assert figures_at(issue, 61)[-2:] == [("베트남", "2100000000", 4, None, 2024), ("베트남", "27.3", 1, None, 2024)]
    # l.107: `2024년 산둥성의 1인당 맥주 생산량은 45.3L로 전국 평균(25.0L)을 크게 웃돌았는데, 헤이룽장성은 53.4L로 …`
    assert [(f["region_ko"], f["value"], f["unit"]) for f in paragraph_figures(issue, 107)][:3] == [
        ("산둥성", "45.3", "L"), ("전국", "25", "L"), ("헤이룽장성", "53.4", "L")]
    # l.213: `하이링다오(海陵岛)시험구는 2024년 12억 6,000만 위안에서 2027년 20억 위안으로 생산액을 끌어올릴 계획이다.`
    assert figures_at(issue, 213)[1:] == [("하이링다오시험구", "1260000000", None, None, 2024),
                                          ("하이링다오시험구", "2000000000", None, None, 2027)]
    # l.191, under `1) 천년 칼 산업의 도시` right below the title: `… 양장(阳江)시는 중국 칼·가위 생산의 70% 이상을 책임지는 '칼의
    # 도시'다. 2024년 양장시 철물 산업 생산액은 …`
    assert figures_at(issue, 191)[0] == ("양장시", "70", None, "min", 2024)


def test_a_banner_over_the_contents_a_card_field_past_a_page_break_decimal_books_and_ranks_of_a_change(corpus_issue):
    issue = corpus_issue(1619)
    # l.14: `◆ 이번 호 특집 : 책갈피 — …` over `Weekly 뉴스`: the masthead's, told as a line not understood, no entry
    toc = records_of(issue, "issues")[0]["toc"]
    assert (len(toc), toc[0]["title"]) == (8, "2024년 중국 디지털 독서 보고서 발표")
    assert [line for line, _ in warnings_of(issue, "masthead_unparsed")] == [14]
    # ll.176–179: `주요 사업 : …` | `－ 6 －` | `주간 중국 창업 │ …` | `투자 유치 : 2022년 프리A 라운드 3,000만 위안 / 2024년
    # 시리즈 A 1억 2,000만 위안`
    assert [(a["value"], a["unit"]) for a in records_of(issue, "amounts") if a["line"] == 179] == [
        ("30000000", "위안"), ("120000000", "위안")]
    # l.63: `… 독서량은 상하이가 14.6권으로 가장 많았고 베이징이 13.7권으로 두 번째였다. 칭하이성은 7.2권으로 31위에 그쳤는데 …`
    assert [(f["region_ko"], f["value"], f["unit"], f["rank"]) for f in paragraph_figures(issue, 63)] == [
        ("상하이", "14.6", "권", 1), ("베이징", "13.7", "권", 2), ("칭하이성", "7.2", "권", 31)]
    # l.108: `… 간쑤성의 종합독서율은 2022년 69.4%에서 2024년 73.5%로 4.1%p 뛰어 서부 지역 가운데 개선 폭이 가장 컸다.`
    assert figures_at(issue, 108)[-2:] == [("간쑤성", "73.5", None, None, 2024), ("간쑤성", "4.1", 1, None, 2024)]
    # l.123: `… 진장구(锦江区)가 독립서점 86곳으로 가장 많아 청두 전체 독립서점의 14.5%를 차지했다. 다음으로 우허우구가 61곳이었다.`
    assert figures_at(issue, 123) == [("진장구", "86", 1, None, 2024), ("진장구", "14.5", None, None, 2024),
                                      ("우허우구", "61", 2, None, 2024)]
    # l.196: `2024년 말 기준 닝하이의 문구 기업은 2,100곳 남짓이며, 이 가운데 책갈피·북클립 전문 업체만 일흔 곳에 이른다.`
    assert figures_at(issue, 196)[:2] == [("닝하이", "2100", None, "min", 2024), ("닝하이", "70", None, None, 2024)]


# Round 82 (1621 shoe horns, 1623 pot saucers, 1625 draught strips, 1627 shoe brushes), written to the harder brief

def test_an_ordinal_before_a_place_compared_a_market_place_and_an_object_raised_in_two_clauses(corpus_issue):
    issue = corpus_issue(1621)
    # l.93: `상하이는 호적 인구 가운데 60세 이상 비중이 38.1%로, 두 번째인 랴오닝성(29.6%)보다 8.5%p 높았다.`
    assert figures_at(issue, 93)[-3:] == [("상하이", "38.1", 1, None, 2025), ("랴오닝성", "29.6", 2, None, 2025),
                                          ("상하이", "8.5", None, None, 2025)]
    # l.116: `이우 시장에서 거래된 신발주걱은 1억 2,000만 개로 18.5% 늘었고, 평균 거래가는 개당 1.9위안이었다.`
    assert [(f["region_ko"], f["value"], f["unit"]) for f in paragraph_figures(issue, 116)] == [
        ("이우", "120000000", "개"), ("이우", "18.5", "%"), ("이우", "1.9", "위안/개")]
    # l.95: `지침은 중국 노인용품 산업 규모를 2027년 1조 2,000억 위안 안팎으로 키우고 2030년에는 2조 위안을 넘어서게 한다는 …`
    assert figures_at(issue, 95)[:2] == [("중국", "1200000000000", None, None, 2027), ("중국", "2000000000000", None, "min", 2030)]


def test_a_share_from_one_place_a_means_named_by_a_city_and_a_count_within_a_district(corpus_issue):
    issue = corpus_issue(1623)
    # l.51: `… 저장성이 2억 1,400만 달러로 1위를 지켰다. 전국 수출의 40.9%가 저장성 한 곳에서 나간 셈이다.`
    assert figures_at(issue, 51)[:2] == [("저장성", "214000000", 1, None, 2025), ("저장성", "40.9", None, None, 2025)]
    # l.53: `산둥성은 칭저우(青州)시 화훼단지의 물량을 바탕으로 2,600만 달러 남짓을 수출했고, 장시성은 1,500만 달러에 조금 못 미쳤다.`
    assert figures_at(issue, 53)[2:] == [("산둥성", "26000000", None, "min", 2025), ("장시성", "15000000", None, "max", 2025)]
    # l.199: `… 황옌구 안의 원예용품 전문 산업단지는 세 곳이다.`
    assert figures_at(issue, 199)[-1][:4] == ("황옌구", "3", None, None)


def test_last_of_a_set_in_brackets_a_rank_of_another_measure_a_share_of_the_nation_and_goods_made_in_a_place(corpus_issue):
    issue = corpus_issue(1625)
    # l.100: `… 지린성은 -6.3%로 31개 성(구·시) 가운데 꼴찌였다.`
    assert figures_at(issue, 100)[-1] == ("지린성", "-6.3", 31, None, 2025)
    # l.102: `… 저장성 291억 위안이 각각 2~4위였고, 생산량 4위 허베이성은 287억 위안으로 한 계단 내려선 5위였다. … 쑤저우(苏州)에
    # 본사를 둔 한 대형 창호업체는 3분기 출하량이 18% 늘었다고 밝혔다.`
    assert figures_at(issue, 102)[3:] == [("저장성", "29100000000", 4, None, 2025), ("허베이성", "28700000000", 5, None, 2025)]
    # l.98: `… 장쑤성의 전국 비중(11.9%)은 허베이성보다 1.8%p 높았다.`
    assert figures_at(issue, 98)[2:] == [("장쑤성", "11.9", None, None, 2025), ("장쑤성", "1.8", None, None, 2025)]
    # l.127: `츠시산 자석식 밀봉 스트립의 평균 출고 단가는 개당 4.8위안으로, 허베이산(3.1위안)보다 54.8% 높았다.`
    assert [(f["region_ko"], f["value"], f["unit"]) for f in paragraph_figures(issue, 127)][3:] == [
        ("츠시", "4.8", "위안/개"), ("허베이", "3.1", "위안/개"), ("츠시", "54.8", "%")]
    # ll.219–222: `… 2025년 9월 말 218만㎡로 불어났다. 이는 허베이성 전체의 34.6%, 전` | furniture | `국의 8.4%에 해당한다.`
    assert figures_at(issue, 219)[1:4] == [("가오베이뎬", "2180000", None, None, 2025), ("가오베이뎬", "34.6", None, None, 2025),
                                           ("가오베이뎬", "8.4", None, None, 2025)]


def test_a_count_named_by_several_words_items_with_counts_of_their_own_and_a_share_set_against_a_whole(corpus_issue):
    issue = corpus_issue(1627)
    # l.237: `… 꼽은 5개 국내 솔 산업 집적지는 안후이성 위안탄진, 허난성 장뎬진, 허베이성 창저우(沧州), 저장성 닝보다.`; ll.253–256:
    # `- 신발·의류 관리용품: 5개 사` over `- 주방·욕실 세정용품: 4개 사`, …, each item's own count
    assert [line for line, _ in warnings_of(issue, "count_mismatch")] == [237]
    # l.194: `▶ 정식 명칭: 广州亮鞋科技有限公司`, a card's label
    assert warnings_of(issue, "card_label_unknown") == []
    # l.83: `위안탄진 생산액이 첸산시 전체 브러시 생산액에서 차지하는 비중은 82.6%, 안후이성 전체 브러시 생산액 대비로는 61.2%에 이른다.`
    assert figures_at(issue, 83)[2:] == [("위안탄진", "82.6", None, None, 2025), ("위안탄진", "61.2", None, None, 2025)]
    # l.222, under a title naming a 2030 plan: `계획서에 따르면 항지진의 … 생산액은 2025년 286억 위안으로, … 칫솔이 차지하는 비중은 61%였고`
    assert figures_at(issue, 222)[2] == ("항지진", "61", None, None, 2025)
    # l.158: `… 중국 신발관리 시장(용품과 서비스 포함) 규모는 2021년 398억 위안에서 2025년 612억 위안으로 4년 새 50% 넘게 커졌다.`
    assert figures_at(issue, 158)[:3] == [("중국", "39800000000", None, None, 2021), ("중국", "61200000000", None, None, 2025),
                                          ("중국", "50", None, "min", 2025)]


# Round 83 (1629 thumbtacks, 1631 bath mats, 1633 waste bins, 1635 trays), written to the harder brief

def test_native_counts_over_years_ordinals_of_size_results_put_out_and_a_level_passed_by_much(corpus_issue):
    # 1629 l.115: `… 진윈현은 금속문구 공장이 2020년 스무 곳에서 2024년 열두 곳으로 줄었지만, …`
    assert figures_at(corpus_issue(1629), 115)[2:4] == [("진윈현", "20", None, None, 2020), ("진윈현", "12", None, None, 2024)]
    issue = corpus_issue(1631)
    # l.45: `… 독일은 일본(2억 4,100만 달러)을 앞지르고 2억 5,800만 달러로 두 번째 큰 시장이 됐으며, 일본은 3위로 한 계단
    # 내려앉았다.`
    assert figures_at(issue, 45)[2:] == [("일본", "241000000", 3, None, 2025), ("독일", "258000000", 2, None, 2025)]
    # l.108, the article's opening: `… 2025년 상반기 전국 규조토 욕실매트 품질 추출검사 결과를 발표하고 …`; l.110: `이번 검사에서
    # 전국 합격률은 88.3%로 집계됐다.`; l.112: `불합격 건수는 광둥성이 27건으로 가장 많았고 저장성(19건)과 허베이성(11건)이 뒤따랐다.`
    assert figures_at(issue, 110)[0] == ("전국", "88.3", None, None, 2025)
    assert figures_at(issue, 112) == [("광둥성", "27", 1, None, 2025), ("저장성", "19", 2, None, 2025), ("허베이성", "11", 3, None, 2025)]
    # l.206: `… 가오양현 방직 산업 생산액 증가율은 11.2%로 인근 리현(蠡县)의 7.6%를 크게 앞질렀다.`
    assert figures_at(issue, 206)[1:] == [("가오양현", "11.2", None, None, 2024), ("리현", "7.6", None, None, 2024)]


def test_right_above_the_last_units_named_for_joined_measures_a_lead_and_the_amount_a_level_is_exceeded_by(corpus_issue):
    # 1633 l.69: `… 헤이룽장성은 회수량이 2.4% 뒷걸음질쳐 31개 성 가운데 꼴찌였고, 랴오닝성(-0.9%)이 그 바로 위에 자리했다.`
    assert figures_at(corpus_issue(1633), 69)[-2] == ("랴오닝성", "-0.9", 30, None, 2025)
    issue = corpus_issue(1635)
    # ll.100–102: `단위: 생산량 억 점, 비중·증감률 %` over `순위 | 지역 | 생산량 | 전국 비중 | 전년 동기 대비`, `1 | 광둥성 | 68.4 | 31.2 | 4.6`
    assert [(a["value"], a["unit"]) for a in records_of(issue, "amounts") if a["line"] == 102] == [
        ("6840000000", "점"), ("31.2", "%"), ("4.6", "%")]
    # l.87: `2024년 양장시 주방용품 산업 생산액은 820억 위안 안팎으로, 차오안구는 양장시를 466억 위안 앞섰다.`
    assert figures_at(issue, 87)[-1] == ("차오안구", "46600000000", None, None, 2024)
    # l.199: `안지현 농촌 주민 1인당 가처분소득은 2024년 4만 5,600위안으로 저장성 농촌 평균(4만 300위안)을 5,300위안 웃돌았다.`
    assert figures_at(issue, 199) == [("안지현", "45600", None, None, 2024), ("저장성", "40300", None, None, 2024),
                                      ("안지현", "5300", None, None, 2024)]
