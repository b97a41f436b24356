"""Round 92 of unseen issues (1701 microscopes, 1703 hourglasses and kitchen timers, 1705 shuttlecocks and rackets, 1707
dumbbells and home fitness gear), written to the harder brief and scored once before anything was changed for them, and
1697's misses left from round 91: the kinds they showed, each asserted with the values a reader takes from the line
quoted."""

from __future__ import annotations

from conftest import figures_at

from kic_extract.typed.prose_figures import block_to_figures


def _warned(result, code: str) -> list[tuple[int, str]]:
    return [(w.line, w.message) for w in result.warnings if w.code == code]


def test_the_countrys_divisions_of_several_provinces_are_no_region(corpus_issue):
    # 1697 l.167: `권역별로는 화둥이 90만 7,000대로 가장 많아 전국 판매량의 34.0%를 가져갔다. 화난(56만 1,000대)이 뒤를 이었고,
    # 화베이는 하반기 판매가 25만 4,000대로 상반기보다 28.9% 뛰었다.`: none of them the country's
    assert figures_at(corpus_issue(1697), 167) == []
    # l.169: `… 시베이는 칭하이와 간쑤의 관측 명소 덕분에 고급 대구경 제품 비중이 41.5%에 달해 전국 평균(26.8%)을 크게 웃돌았다.`:
    # the division's share, not 칭하이's; the nation's average its own
    assert figures_at(corpus_issue(1697), 169) == [("전국", "26.8", None, None, 2025)]


def test_a_rank_told_before_its_place_has_a_figure(corpus_issue):
    # 1697 l.78: `선두는 허난성 난양(南阳)이다. 난양의 광학기기 생산액은 412억 6,000만 위안으로 …`; l.86: `세 번째 자리는
    # 우한(武汉)에 돌아갔다. … 우한의 생산액은 342억 8,000만 위안이었고, 증가율은 14.2%로 10대 도시 중 가장 가팔랐다.`
    assert figures_at(corpus_issue(1697), 78)[0] == ("난양", "41260000000", 1, None, 2025)
    assert figures_at(corpus_issue(1697), 86)[:2] == [("우한", "34280000000", 3, None, 2025), ("우한", "14.2", 1, None, 2025)]


def test_a_list_shorter_than_its_count_is_warned(corpus_issue):
    # 1697 l.207: `이 가운데 대학이 주도하는 네 곳은 칭화대, 중국과학기술대, 베이징대다.`: names, not places, that `곳` counts
    assert _warned(corpus_issue(1697), "count_mismatch") == [
        (207, "the text says 4곳 but lists 3: 칭화대, 중국과학기술대, 베이징대")]
    # 1703 l.223: `모래시계 수출 대상국 상위 다섯 나라로는 미국, 독일, 일본, 러시아가 꼽힌다.`: a noun counted with no counter
    assert _warned(corpus_issue(1703), "count_mismatch") == [(223, "the text says 5나라 but lists 4: 미국, 독일, 일본, 러시아")]


def test_a_share_goes_on_with_the_subject_not_the_whole(corpus_issue):
    # 1703 l.77: `닝보시 한 곳이 저장성 전체 수출의 54.6%를 책임졌고, 전국 수출에서 차지하는 비중도 22.6%에 달했다.`
    assert figures_at(corpus_issue(1703), 77)[:2] == [("닝보시", "54.6", None, None, 2025), ("닝보시", "22.6", None, None, 2025)]
    # 1703 l.85: `둥하이의 전국 생산량 비중은 약 38%로 추산되며, 생산액은 9억 6,000만 위안이었다.`: 전국 only describes the noun
    assert figures_at(corpus_issue(1703), 85)[-2:] == [("둥하이", "38", None, None, 2024), ("둥하이", "960000000", None, None, 2024)]
    # 1705 l.157: `2024년 저장성 생산량의 71.3%는 취저우시(衢州市) 산하 장산시 한 곳에서 나왔다.`
    assert figures_at(corpus_issue(1705), 157)[0] == ("장산시", "71.3", None, None, 2024)
    # 1707 l.77: `… 닝진현 기업들이 공급하는 물량은 중국 상업용 헬스기구 시장의 70%를 웃돌고, …`
    assert figures_at(corpus_issue(1707), 77)[1] == ("닝진현", "70", None, "min", 2024)


def test_goods_made_in_a_place_made_the_subject(corpus_issue):
    # 1703 l.87: `이우산이 개당 10위안 안팎의 저가 제품 위주라면, 둥하이산은 개당 52위안 수준이다.`
    assert figures_at(corpus_issue(1703), 87) == [("이우", "10", None, None, 2024), ("둥하이", "52", None, None, 2024)]


def test_a_band_of_ranks_whose_levels_are_out_of_order_ranks_none(corpus_issue):
    # 1703 l.166: `하위권에서는 쑤저우(96만 개)와 우한(121만 개), 난징(118만 개)이 8~10위권을 이뤘다.`
    assert figures_at(corpus_issue(1703), 166)[:3] == [
        ("쑤저우", "960000", None, None, 2025), ("우한", "1210000", None, None, 2025), ("난징", "1180000", None, None, 2025)]


def test_counts_in_words_where_things_are(corpus_issue):
    # 1703 l.225: `이우에서 모래를 채우고 밀봉하는 공정을 갖춘 공장은 세 곳뿐이다.`
    assert figures_at(corpus_issue(1703), 225) == [("이우", "3", None, None, 2025)]


def test_a_figure_in_words_describing_the_place_after_them(corpus_issue):
    # 1705 l.69: `… 배드민턴 인구가 2억 5,000만 명에 이르는 것으로 집계된 중국에서 셔틀콕은 …`
    assert figures_at(corpus_issue(1705), 69) == [("중국", "250000000", None, None, 2025)]


def test_a_firm_based_in_a_place_and_a_band_of_prices_are_no_places(corpus_issue):
    # 1705 l.81: `… 상하이 기반의 훙솽시(红双喜)도 주력 제품 가격을 20% 안팎 인상했다.`: the firm's
    assert figures_at(corpus_issue(1705), 81) == []
    # 1705 l.201: `… 해외 브랜드 일색이던 300위안 이상 가격대에서도 …`: a band of prices, no one's figure
    assert [f[1] for f in figures_at(corpus_issue(1705), 201)] == ["312", "287", "146"]


def test_an_order_word_after_a_comma_and_amounts_in_turn_before_an_average(corpus_issue):
    # 1707 l.126: `쓰촨성이 16.2%로 가장 가팔랐고, 다음으로 산둥성이 14.9%, 이어 광둥성이 12.8%를 기록했다.`
    assert figures_at(corpus_issue(1707), 126) == [
        ("쓰촨성", "16.2", 1, None, 2025), ("산둥성", "14.9", 2, None, 2025), ("광둥성", "12.8", 3, None, 2025)]
    # 1707 l.128: `상하이시는 44억 2,000만 위안으로 4위, 베이징시는 37억 8,000만 위안으로 6위였지만 증가율은 각각 6.3%, 4.1%에
    # 그쳐 전국 평균(9.2%)에 못 미쳤다. 4위 상하이시는 5위 산둥성(40억 3,000만 위안)을 3억 9,000만 위안 차로 간신히 따돌렸다.`
    assert figures_at(corpus_issue(1707), 128) == [
        ("상하이시", "4420000000", 4, None, 2025), ("베이징시", "3780000000", 6, None, 2025), ("상하이시", "6.3", None, None, 2025),
        ("베이징시", "4.1", None, None, 2025), ("전국", "9.2", None, None, 2025), ("산둥성", "4030000000", 5, None, 2025),
        ("상하이시", "390000000", None, None, 2025)]


def test_the_topic_that_joins_places_keeps_the_aim(corpus_issue):
    # 1701 l.220: `닝보시는 2027년까지 위야오와 닝보 가오신구를 묶어 광학기기 산업 규모를 1,500억 위안 이상으로 키운다는 계획이다.`
    assert figures_at(corpus_issue(1701), 220) == [("닝보시", "150000000000", None, "min", 2027)]


def test_the_passed_ones_rank_written_before_it_with_the_subjects_before_it():
    # the subject's rank written before it, no figure of its own: the one passed, its rank before it, takes that one
    text = "4위 상하이시는 5위 산둥성(40억 3,000만 위안)을 3억 9,000만 위안 차로 간신히 따돌렸다."
    assert [(f["region_ko"], f["value"], f["rank"]) for f in block_to_figures(text, 2025)[0]] == [
        ("산둥성", "4030000000", 5), ("상하이시", "390000000", None)]
    # and where none is written before it, none
    text = "4위 상하이시는 산둥성(40억 3,000만 위안)을 3억 9,000만 위안 차로 따돌렸다."
    assert [(f["region_ko"], f["rank"]) for f in block_to_figures(text, 2025)[0]] == [("산둥성", None), ("상하이시", None)]


def test_print_wraps_inside_words_the_readers_key_on():
    from kic_extract.pdf.wraps import join_text

    # 1703's LibreOffice print: `… 광둥성은 2.3% 뒷걸` | `음질쳤다.` (a fall, -2.3); 1705's: `… 3,970만 달러로 뒤따` | `랐다.` (an
    # order word, rank 4); 1707's: `전` | `국 평균은 1인당 45위안` (the country) and Chromium's `퉁산(铜山)` | `구에만` (a district)
    assert join_text("광둥성은 2.3% 뒷걸", "음질쳤다. 산둥성은", False, "") == "광둥성은 2.3% 뒷걸음질쳤다. 산둥성은"
    assert join_text("닝보시가 3,970만 달러로 뒤따", "랐다.", False, "") == "닝보시가 3,970만 달러로 뒤따랐다."
    assert join_text("두 번째였다. 전", "국 평균은 1인당 45위안", False, "") == "두 번째였다. 전국 평균은 1인당 45위안"
    assert join_text("쉬저우시 퉁산(铜山)", "구에만 아령 제조사가", False, "") == "쉬저우시 퉁산(铜山)구에만 아령 제조사가"
    # not a word that merely opens like one, nor a city's gloss before a word opening like a generic one
    assert join_text("두 번째였다. 전", "국가적 과제다", False, "") == "두 번째였다. 전 국가적 과제다"
    assert join_text("광저우(广州)", "시내 곳곳에", False, "") == "광저우(广州) 시내 곳곳에"
