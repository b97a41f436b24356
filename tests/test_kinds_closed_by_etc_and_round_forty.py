"""Kinds met in a thirty-ninth round's last issue (1283 smart elevators) and a fortieth round (1285 weddings, 1287
nuclear power, 1289 shipbuilding, 1291 copper smelting): a count of places of several kinds closed by `등` after the
clause's topic (`푸둥신구도 병원·호텔 등 260 곳에서`); ships' tonnage (`만 DWT`) and couples (`쌍`) as units; a unit per
another in a caption's list of units (`단위: 달러/톤, %`); a ranking of places with figures after their count as topic
(`상위 4개 성은 A 52만 6,000쌍, …, E 36만 4,000쌍 순`); a mark not to be passed (`3만 위안을 넘지 않도록`); last place
in the whole country, not in a set a paragraph before named; reactors counted in one digit in a ranking (`9기로 가장
많고 저장성 7기, …`); a count told the sentence after a day's approval dated by it; `같은 기간` after a paragraph of no
quantity; a count of times (`2023년에 이어 두 번째다`) that ranks nothing; a rate describing the region it is set
against (`6.5% 증가한 산둥성과의 격차가`); `장신구` no district; read by hand from the lines named."""

from __future__ import annotations

from conftest import figures_at, records_of, warnings_of


def test_a_count_of_kinds_of_place_closed_by_etc_is_the_topics(corpus_issue):
    # 1283 l.133: `… 선전(深圳)은 2024 년 말까지 오피스 빌딩과 호텔 420 곳에 … 설치했고, 상하이의 푸둥신구(浦东新区)도 병원·호텔
    # 등 260 곳에서 시범 운영 중이다.`
    assert figures_at(corpus_issue(1283), 133)[:2] == [("선전", "420", None, None, 2024), ("푸둥신구", "260", None, None, 2024)]


def test_tonnage_of_ships_in_a_table_and_in_prose(corpus_issue):
    result = corpus_issue(1289)
    # l.55: `건조량(만 DWT) | 3,786 | 4,232 | 4,818 | 2,021`
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 55] == [
        ("37860000", "DWT"), ("42320000", "DWT"), ("48180000", "DWT"), ("20210000", "DWT")]
    # l.45: `2025년 1~5월 중국의 선박 건조량은 2,021만 DWT(재화중량톤)로 전년 동기 대비 9.8% 늘었다.`
    assert figures_at(result, 45)[:2] == [("중국", "20210000", None, None, 2025), ("중국", "9.8", None, None, 2025)]
    # l.74, after l.70 (`2025년 1~5월 … 48.6%`) and l.72 (`… 발주는 지난해 정점을 찍은 뒤 줄어드는 흐름이다.`, no number): `같은
    # 기간 중국의 수출 선박은 … 각각 91.2%, 93.5%, 92.8%를 차지해`
    assert figures_at(result, 74) == [("중국", "91.2", None, None, 2025), ("중국", "93.5", None, None, 2025),
                                      ("중국", "92.8", None, None, 2025)]


def test_couples_counted_and_a_ranking_after_its_count(corpus_issue):
    result = corpus_issue(1285)
    # l.43: `… 지난해 전국 혼인 등록 건수는 610만 6,000쌍으로 전년보다 20.5% 감소했다.`
    assert figures_at(result, 43)[:2] == [("전국", "6106000", None, None, 2024), ("전국", "-20.5", None, None, 2024)]
    # l.49: `2024년 혼인 등록 건수 상위 4개 성은 광둥성(广东省) 52만 6,000쌍, …, 장쑤성(江苏省) 36만 4,000쌍 순이었다.`: five listed
    assert [message for line, message in warnings_of(result, "count_mismatch") if line == 49] == [
        "the text says 4개 성 but lists 5: 광둥성, 허난성, 쓰촨성, 산둥성, 장쑤성"]
    # l.144: `… 구이저우성은 차이리가 3만 위안을 넘지 않도록 하자는 캠페인을 벌이고 있다.`
    assert ("구이저우성", "30000", None, "max", 2025) in figures_at(result, 144)
    # l.186: `… 주얼리는 2024년 기준 선전 뤄후구(罗湖区)가 전국 금 장신구 도매 물량의 약 70%를 소화한다.`
    assert ("뤄후구", "70", None, None, 2024) in figures_at(result, 186)
    # l.53, after l.51 (`… 표에 실린 10개 성 가운데 감소율이 가장 컸다.`): `시짱자치구(西藏自治区)는 1만 6,000쌍으로 전국에서 가장
    # 적었다.`: last of the country's 31, not of the table's ten
    assert figures_at(result, 53)[-1] == ("시짱자치구", "16000", 31, None, 2024)


def test_reactors_ranked_and_counted_after_a_days_approval(corpus_issue):
    result = corpus_issue(1287)
    # l.62: `2025년 4월 현재 건설 중인 원자로는 광둥성이 9기로 가장 많고 저장성 7기, 산둥성 6기, 푸젠성 5기 순이다.`
    assert figures_at(result, 62) == [("광둥성", "9", 1, None, 2025), ("저장성", "7", 2, None, 2025),
                                      ("산둥성", "6", 3, None, 2025), ("푸젠성", "5", 4, None, 2025)]
    # l.49, under `1) 승인 배경과 규모`, the article opening `… 2025년 4월 27일 … 원전 프로젝트를 심의해 승인했다. 새로 승인된
    # 원자로는 모두 10기이며, …`: `… 원자로는 모두 112기로 늘었다. 중국의 원전 설비용량 합계는 1억 2,500만 kW를 넘어서 세계 1위 …`
    assert figures_at(result, 49) == [("중국", "112", None, None, 2025), ("중국", "125000000", 1, "min", 2025)]


def test_a_unit_per_another_and_rates_beside_it(corpus_issue):
    result = corpus_issue(1291)
    # l.163-170: `(단위: 달러/톤, %)` / `연도 | TC | 전년 대비` / `2021년 | 59.5 | -4.0` … `2025년 | 21.25 | -73.4`
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] in (166, 170)] == [
        ("59.5", "달러/톤"), ("-4", "%"), ("21.25", "달러/톤"), ("-73.4", "%")]
    # l.41: `… 중국의 연간 생산량이 7,000만 톤을 넘어선 것은 2023년에 이어 두 번째다.`: the second time, no rank
    assert figures_at(result, 41)[-1] == ("중국", "70000000", None, "min", 2024)
    # l.72: `반면 전통 산지인 장시성은 3.3% 느는 데 그쳐 6.5% 증가한 산둥성과의 격차가 한층 벌어졌다.`
    assert figures_at(result, 72) == [("장시성", "3.3", None, None, 2024), ("산둥성", "6.5", None, None, 2024)]


# A forty-first round (1293 e-sports, 1295 bicycles, 1297 coffee chains, 1299 seeds): a county glossed whole (`중셴(忠县)`),
# a season's year (`2025 시즌`), counts gathered in places listed before the verb, events held in a place counted as its
# own, the most but one after a named place, a part right under the title dated by the date its data are counted as of,
# a list item's label naming no subject, and places closed by `등` inside the province named after them.


def test_events_held_counties_seasons_and_places_gathered_in(corpus_issue):
    result = corpus_issue(1293)
    # l.73: `… 광둥성 안에서는 선전(深圳)에 1,960곳, 광저우(广州)에 1,744곳이 몰려 …`
    assert figures_at(result, 73)[-2:] == [("선전", "1960", None, None, 2025), ("광저우", "1744", None, None, 2025)]
    # l.107: `… 2024년 한 해 동안 전국에서 열린 프로 e스포츠 대회는 612건으로 전년 대비 13.8% 늘었다.`
    assert figures_at(result, 107) == [("전국", "612", None, None, 2024), ("전국", "13.8", None, None, 2024)]
    # l.115: `… 2025년에만 국제대회 결승 3개가 상하이에서 열렸다.`
    assert figures_at(result, 115)[-1] == ("상하이", "3", None, None, 2025)
    # l.165: `시안은 2023년 29건에 그쳤으나 2024년에는 38건으로 31.0% 증가해 주요 도시 가운데 항저우 다음으로 높은 증가율을 보였다.`
    assert figures_at(result, 165)[-1] == ("시안", "31", 2, None, 2024)
    # l.181: `2025 시즌 LPL에 참가한 17개 구단 가운데 상하이를 연고로 하는 팀은 5개로 가장 많다. 베이징이 3개로 그 뒤를 이었고, …`
    assert figures_at(result, 181)[:2] == [("상하이", "5", 1, None, 2025), ("베이징", "3", 2, None, 2025)]
    # l.185: `… 충칭시 산하 중셴(忠县)은 2024년 말 인구가 약 70만 명에 불과하지만, …`
    assert figures_at(result, 185)[0] == ("중셴", "700000", None, None, 2024)


def test_a_part_under_the_title_dated_by_its_count_date(corpus_issue):
    # 1297 l.41 (`1) 전국 매장 현황`, right under the title): `… 올해 9월 말 기준 전국의 브랜드 커피 매장은 18만 6,300개로
    # 집계됐다.`; l.75, under `3) 증가율과 밀도`: `인구 1만 명당 매장 수는 상하이시가 4.4개로 가장 많았고 베이징시(4.1개)와
    # 저장성(2.3개)이 2, 3위를 차지했다.`
    assert figures_at(corpus_issue(1297), 75)[:3] == [("상하이시", "4.4", 1, None, 2025), ("베이징시", "4.1", 2, None, 2025),
                                                      ("저장성", "2.3", 3, None, 2025)]


def test_labels_and_places_closed_by_etc_in_their_province(corpus_issue):
    result = corpus_issue(1299)
    # l.273: `▶ 신장 창지 기지: 창지회족자치주(昌吉回族自治州)는 대규모 기계화 제종이 강점이다. 2025년 옥수수 제종 면적은 45만
    # 무로 전년보다 8.2% 줄었다.`
    assert figures_at(result, 273) == [("창지회족자치주", "450000", None, None, 2025), ("창지회족자치주", "-8.2", None, None, 2025)]
    # l.275: `▶ 쓰촨 기지: 2025년 쑤이닝(遂宁)·몐양(绵阳) 등 쓰촨성의 교잡벼 제종 기지는 전국 교잡벼 종자의 22.6%를 공급했다.`
    assert figures_at(result, 275) == [("쓰촨성", "22.6", None, None, 2025)]


# A forty-second round (1301 dental clinics, 1303 craft beer, 1305 live music, 1307 rental housing): the signs of
# kilolitres and litres (`만㎘`, `25ℓ`) and flats (`채`) as units, a free trade zone's new section (`린강신구역`), a district
# whose name ends like a port (`민항구`), facilities named after places (`상하이·선전 두 증권거래소`), a count with decimals
# (`1.2곳을 넘었는데`), a base of many (`인구 10만 명당`), and a plan broken down in the sentence after it.


def test_volumes_in_their_signs(corpus_issue):
    result = corpus_issue(1303)
    # l.52-54: `(단위: 만㎘, %)` / `순위 | 지역 | 2022 년 | 2023 년 | 2024 년 | 증감률` / `1 | 산둥성 | 452.6 | 441.0 | 445.3 | 1.0`
    assert [(a["value"], a["unit"]) for a in records_of(result, "amounts") if a["line"] == 54] == [
        ("4526000", "㎘"), ("4410000", "㎘"), ("4453000", "㎘"), ("1", "%")]
    # l.82: `중국의 1 인당 맥주 소비량은 약 25ℓ로 독일(약 90ℓ)과 비교하면 크게 낮은 편이다.`
    assert figures_at(result, 82) == [("중국", "25", None, None, 2024), ("독일", "90", None, None, 2024)]


def test_flats_districts_and_a_plan_broken_down(corpus_issue):
    result = corpus_issue(1307)
    # l.238: `… 상하이시는 2025년 보장성 임대주택 7만 채를 새로 공급할 계획이다. 주요 7개 구·신구역 가운데 푸둥신구가 1만 2,400채로
    # 가장 많고, 린강신구역(9,800채)과 민항구(8,600채)가` | `그 뒤를 잇는다. …`
    assert figures_at(result, 238)[:4] == [("상하이시", "70000", None, None, 2025), ("푸둥신구", "12400", 1, None, 2025),
                                           ("린강신구역", "9800", 2, None, 2025), ("민항구", "8600", 3, None, 2025)]
    # l.123: `… 상하이·선전 두 증권거래소에 상장된 임대주택 리츠는 모두 9개이며, …`: neither city's
    assert figures_at(result, 123) == []


def test_counts_with_decimals_and_bases_of_many(corpus_issue):
    result = corpus_issue(1301)
    # l.123: `… 상하이(上海)·베이징(北京)·톈진(天津)·저장성 5개 지역이 1.2곳을 넘었는데, 이 가운데 상하이가 1.46곳으로 가장 높았다.`
    assert figures_at(result, 123)[:4] == [("상하이", "1.2", None, "min", 2024), ("베이징", "1.2", None, "min", 2024),
                                           ("톈진", "1.2", None, "min", 2024), ("저장성", "1.2", None, "min", 2024)]
    # l.127: `… 베이징은 인구 10만 명당 62.4명으로 전국 평균의 두 배를 넘었다.`: per 100,000, no `명/명`
    assert [(f["value"], f["unit"]) for f in records_of(result, "figures") if f["line"] == 127 and f["region_ko"] == "베이징"] \
        == [("62.4", "명")]


def test_events_held_counted_after_an_aside(corpus_issue):
    # 1305 l.46: `… 올해 들어 9월까지 전국에서 열린 상업 공연(유흥업소 공연 제외)은 48만 3,600회로 전년 동기 대비 7.2% 늘었다.`
    assert figures_at(corpus_issue(1305), 46)[:2] == [("전국", "483600", None, None, 2025), ("전국", "7.2", None, None, 2025)]


# A forty-third round (1309 air conditioners, 1311 sportswear, 1313 water, 1315 theme parks): ranks written before
# places beside a benchmark passed, a part first within a region's whole, first place in another measure after a
# shortfall granted, events counted with `개`.


def test_ranks_before_places_beside_a_benchmark(corpus_issue):
    # 1315 l.62: `… 3 위 충칭(19.8%)과 4 위 후난성(18.2%)도 전국 평균 증가율(11.6%)을 크게 웃돌았다.`
    assert figures_at(corpus_issue(1315), 62)[2:] == [("충칭", "19.8", 3, None, 2024), ("후난성", "18.2", 4, None, 2024),
                                                      ("전국", "11.6", None, None, 2024)]


def test_first_places_that_are_no_regions(corpus_issue):
    # 1313 l.44: `… 2024년 전국 담수 생산량 가운데 공업용수 비중이 약 65%로 가장 컸고, …`: a use first, not the country
    assert figures_at(corpus_issue(1313), 44)[-1] == ("전국", "65", None, None, 2024)
    # 1309 l.207: `… 광둥성이 27건으로 가장 많았고 저장성(19건), 장쑤성(17건)이 뒤를 이었다. 상하이는 12건에 그쳤지만 건당 평균
    # 투자액은 가장 컸다.`
    assert figures_at(corpus_issue(1309), 207)[-1] == ("상하이", "12", None, None, 2024)


def test_races_held_counted(corpus_issue):
    # 1311 l.164: `… 2024 년 중국에서 열린 마라톤·로드러닝 대회는 749 개에 달했고, …`
    assert figures_at(corpus_issue(1311), 164)[0] == ("중국", "749", None, None, 2024)


# A forty-fourth round (1317 e-cigarettes, 1319 tyres, 1321 porcelain, 1323 silk): a city glossed in a heading, a
# count whose places the next sentence makes its topics in turn, subdistricts (`가도`) and counts gathered in them after
# the words naming what is counted, and two places tied first.


def test_places_glossed_in_headings_and_topics_in_turn(corpus_issue):
    result = corpus_issue(1321)
    # l.99 heading `2. 징더전(景德镇) 국가 도자문화 …`; l.54: `… 리링(醴陵)이 842억 위안으로 1위를 차지했다. 징더전은 781억
    # 9,000만 위안으로 2위였는데, …`
    assert figures_at(result, 54)[:2] == [("리링", "84200000000", 1, None, 2024), ("징더전", "78190000000", 2, None, 2024)]
    # l.118: `방안은 4개 구·현·시를 중점 구역으로 지정하고 기능을 나눴다. 주산(珠山)구는 …, 창장(昌江)구는 …, 푸량(浮梁)현은 …,
    # 러핑(乐平)시는 …, 가오신(高新)구는 … 각각 맡는다.`: five places
    assert [message for line, message in warnings_of(result, "count_mismatch") if line == 118] == [
        "the text says 4개 구·현·시 but lists 5: 주산구, 창장구, 푸량현, 러핑시, 가오신구"]


def test_subdistricts_and_ties(corpus_issue):
    # 1317 l.153: `… 바오안구 안에서는 시샹가도(西乡街道)에 전자담배 관련 기업 186 곳이 모여 있어 가장 많았다. 사징가도(沙井街道)가
    # 142 곳으로 2 위, …`
    assert figures_at(corpus_issue(1317), 153)[:2] == [("시샹가도", "186", 1, None, 2024), ("사징가도", "142", 2, None, 2024)]
    # 1323 l.134: `지역별로는 저장성과 장쑤성이 각각 3곳으로 가장 많았고, 푸젠성이 2곳으로 그 뒤를 이었다.`
    assert figures_at(corpus_issue(1323), 134) == [("저장성", "3", 1, None, 2025), ("장쑤성", "3", 1, None, 2025),
                                                   ("푸젠성", "2", 2, None, 2025)]


# A forty-fifth round (1325 musical instruments, 1327 bamboo, 1329 hot pot, 1331 fisheries): the places a count names in
# the next sentence, put on its list (`… 명단에 이름을 올렸다`) or closed by `로,` with a count of another kind after them.


def test_lists_in_the_next_sentence(corpus_issue):
    # 1325 l.78: `… ‘악기 산업 특색 지역’ 5곳을 새로 지정했다. 광둥성 후이저우(惠州)시, 허베이성 쑤닝(肃宁)현, 허난성 란카오(兰考)현,
    # 장쑤성 타이싱(泰兴)시가 명단에 이름을 올렸다.`
    assert [m for line, m in warnings_of(corpus_issue(1325), "count_mismatch") if line == 78] == [
        "the text says 5곳 but lists 4: 광둥성 후이저우(惠州)시, 허베이성 쑤닝(肃宁)현, 허난성 란카오(兰考)현, 장쑤성 타이싱(泰兴)시"]
    # 1329 l.84: `방안은 도심 5개 구를 … 지정했다. 대상은 위중구(渝中区), 장베이구(江北区), 난안구(南岸区), 주룽포구(九龙坡区)로, 구마다
    # 1~2곳의 특화 거리를 …`
    assert [m for line, m in warnings_of(corpus_issue(1329), "count_mismatch") if line == 84] == [
        "the text says 5개 구 but lists 4: 위중구(渝中区), 장베이구(江北区), 난안구(南岸区), 주룽포구(九龙坡区)"]


def test_a_change_first_then_its_followers(corpus_issue):
    # 1301 l.55: `저장성(浙江省)의 임플란트 1개당 평균 총비용은 2022년 1만 6,800위안에서 2024년 6,300위안으로 62.5% 떨어져 하락
    # 폭이 가장 컸다. 광둥성(广东省)이 58.9%로 그 뒤를 이었고 …`: the fall is first, not the level it led to
    assert figures_at(corpus_issue(1301), 55)[:4] == [("저장성", "16800", None, None, 2022), ("저장성", "6300", None, None, 2024),
                                                      ("저장성", "-62.5", 1, None, 2024), ("광둥성", "-58.9", 2, None, 2024)]
